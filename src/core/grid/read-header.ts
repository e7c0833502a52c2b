/**
 * What a header cell names: the field, with a confidence and the reason in Italian and English
 * (the words of vocabulary.ts; a date, a year, "1° anno" or "triennio" gives a value column its key).
 */
import { message, type Message } from "../message";
import { foldHeaderText, headerParts, type HeaderParts } from "./header-text";
import { BY_WORDS, PREFIXES, type ColumnKind, type HeaderReading } from "./vocabulary";

const FIELD_WORDS_IT: Record<string, string> = {
  name: "nome dell'indicatore",
  formula: "algoritmo di calcolo",
  typology: "tipologia",
  unit: "unità di misura",
  source: "fonte",
  polarity: "polarità",
  notes: "note",
  group: "gruppo (sotto-tabella)",
};

function said(header: string, it: string, en: string): Message {
  return message(`intestazione «${header}»: ${it}`, `header «${header}»: ${en}`);
}

/** A value column's kind from the header's date, year, ordinal or triennium. */
function valueKind(
  what: "target" | "actual" | "baseline",
  parts: HeaderParts
): { kind: ColumnKind; dated: boolean } | null {
  if (what === "target") {
    if (parts.triennium)
      return { kind: { f: "target", year: null, offset: null, triennium: true }, dated: true };
    const year = parts.year ?? parts.date?.year ?? null;
    return {
      kind: { f: "target", year, offset: year === null ? parts.offset : null, triennium: false },
      dated: year !== null || parts.offset !== null,
    };
  }
  if (parts.date) return { kind: { f: "actual", ...parts.date }, dated: true };
  if (parts.year !== null)
    return { kind: { f: "actual", year: parts.year, month: 12, day: 31 }, dated: true };
  if (what === "baseline") return null;
  return { kind: { f: "actual", year: null, month: 12, day: 31 }, dated: false };
}

/** Words that name a value only together with a date or a year ("Valore 2021", "Stato al 30/09"). */
const NEEDS_DATE = new Set(["valore", "dato", "risultato", "situazione", "stato"]);

const CACHE = new Map<string, HeaderReading | null>();
const CACHE_SIZE = 4096;

/** What a header cell names; null for an empty header. Long cells (over 80 characters) are not headers. */
export function readHeader(header: string): HeaderReading | null {
  const hit = CACHE.get(header);
  if (hit !== undefined) return hit === null ? null : { ...hit };
  const reading = readHeaderText(header);
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(header, reading);
  return reading === null ? null : { ...reading };
}

function readHeaderText(header: string): HeaderReading | null {
  const written = header.replace(/\s+/g, " ").trim();
  if (written === "") return null;
  if (written.length > 80)
    return {
      kind: { f: "extra", why: "unknown" },
      confidence: 0.3,
      reason: said(
        written.slice(0, 40) + "…",
        "troppo lunga per un'intestazione",
        "too long for a header"
      ),
    };
  const parts = headerParts(foldHeaderText(written));
  if (parts.badDate !== undefined)
    return {
      kind: { f: "extra", why: "unknown" },
      confidence: 0.3,
      reason: said(
        written,
        `la data «${parts.badDate}» non esiste nel calendario`,
        `the date «${parts.badDate}» is not in the calendar`
      ),
    };
  const hit = BY_WORDS.get(parts.words);
  let what: ColumnKind | "target" | "actual" | "baseline" | null = hit?.kind ?? null;
  let confidence = hit?.confidence ?? 0;
  if (what === null) {
    for (const [prefix, kind, c] of PREFIXES) {
      if (parts.words === prefix || parts.words.startsWith(prefix + " ")) {
        what = kind;
        confidence = c;
        break;
      }
    }
  }
  if (what === null && parts.words === "" && (parts.year !== null || parts.date !== null)) {
    // a bare year or date: a year is a target, a date an actual (a parent header usually says which)
    what = parts.date !== null ? "actual" : "target";
    confidence = 0.6;
    const v = valueKind(what, parts);
    if (v)
      return {
        kind: v.kind,
        confidence,
        reason: said(
          written,
          parts.date !== null
            ? "una data sola: letta come consuntivo a quella data"
            : "un anno solo: letto come target di quell'anno",
          parts.date !== null
            ? "a date alone: read as the actual at that date"
            : "a year alone: read as that year's target"
        ),
      };
  }
  if (what === null)
    return {
      kind: { f: "extra", why: "unknown" },
      confidence: 0,
      reason: said(
        written,
        "non corrisponde a nessun campo del piano",
        "matches no field of the plan"
      ),
    };
  if (what === "target" || what === "actual" || what === "baseline") {
    if (what === "actual" && NEEDS_DATE.has(parts.words) && !parts.date && parts.year === null)
      return {
        kind: { f: "extra", why: "unknown" },
        confidence: 0.3,
        reason: said(
          written,
          "senza data né anno non dice di quale valore si tratti",
          "without a date or year it does not say which value it is"
        ),
      };
    const v = valueKind(what, parts);
    if (v === null)
      return {
        kind: { f: "extra", why: "noField" },
        confidence: 0.6,
        reason: said(
          written,
          "valore di partenza senza anno: tenuto come colonna in più",
          "a baseline without a year: kept as an extra column"
        ),
      };
    const c = v.dated ? confidence : Math.min(confidence, 0.8);
    return {
      kind: v.kind,
      confidence: c,
      reason: valueReason(written, v.kind, what === "baseline"),
    };
  }
  return { kind: what, confidence, reason: kindReason(written, what) };
}

function valueReason(written: string, kind: ColumnKind, baseline: boolean): Message {
  if (kind.f === "target") {
    if (kind.triennium) return said(written, "target del triennio", "target for the triennium");
    if (kind.year !== null) return said(written, `target ${kind.year}`, `target ${kind.year}`);
    if (kind.offset !== null)
      return said(
        written,
        `target del ${kind.offset + 1}° anno del triennio`,
        `target of year ${kind.offset + 1} of the triennium`
      );
    return said(
      written,
      "target senza anno: l'anno del piano",
      "target without a year: the plan's year"
    );
  }
  if (kind.f === "actual") {
    const when =
      kind.year === null
        ? `${String(kind.day).padStart(2, "0")}/${String(kind.month).padStart(2, "0")} dell'anno del piano`
        : `${String(kind.day).padStart(2, "0")}/${String(kind.month).padStart(2, "0")}/${kind.year}`;
    const whenEn =
      kind.year === null
        ? `${String(kind.day).padStart(2, "0")}/${String(kind.month).padStart(2, "0")} of the plan's year`
        : `${String(kind.day).padStart(2, "0")}/${String(kind.month).padStart(2, "0")}/${kind.year}`;
    return baseline
      ? said(
          written,
          `valore di partenza: consuntivo al ${when}`,
          `baseline: the actual at ${whenEn}`
        )
      : said(written, `consuntivo al ${when}`, `actual at ${whenEn}`);
  }
  return said(written, "valore", "value");
}

function kindReason(written: string, kind: ColumnKind): Message {
  switch (kind.f) {
    case "text":
      return said(written, FIELD_WORDS_IT[kind.field], kind.field);
    case "reported":
      return said(written, "raggiungimento riportato", "reported achievement");
    case "programme":
      return said(written, `programma: ${kind.field}`, `programme: ${kind.field}`);
    case "objective":
      return said(
        written,
        "obiettivo: del programma se uno per programma, altrimenti gruppo degli indicatori",
        "objective: the programme's when one per programme, else the indicators' group"
      );
    case "nameOrExtra":
      return said(
        written,
        "nome dell'indicatore o colonna in più, secondo i valori",
        "indicator name or extra column, by the values"
      );
    case "extra":
      return kind.why === "noField"
        ? said(
            written,
            "nessun campo del piano: tenuta come colonna in più",
            "no plan field: kept as an extra column"
          )
        : said(
            written,
            "codice o numero: tenuto come colonna in più (salvo che i valori siano codici di programma)",
            "a code or number: kept as an extra column (unless the values are programme codes)"
          );
    default:
      return said(written, "", "");
  }
}

/** A header that can only sit under a parent header: a year, a date, "1° anno", "triennio". */
export function isSubHeader(header: string): boolean {
  const written = header.replace(/\s+/g, " ").trim();
  if (written === "" || written.length > 30) return false;
  const parts = headerParts(foldHeaderText(written));
  return (
    parts.words === "" &&
    (parts.year !== null || parts.date !== null || parts.offset !== null || parts.triennium)
  );
}
