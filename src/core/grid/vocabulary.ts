/**
 * The words chambers head their columns with (docs/workbook.md, "The analyst's own table"): a header cell →
 * the plan field it names, with a confidence and the reason. Case, accents, punctuation and spacing
 * do not matter; a date, a year, "1° anno" or "triennio" in the header gives a value column its key.
 * Every pattern here runs in linear time (no nested quantifiers).
 */
import { message, type Message } from "../message";
import { isCalendarDay, MONTH_NAMES, monthOfName } from "../text";

export type TextField =
  "name" | "formula" | "typology" | "unit" | "source" | "polarity" | "notes" | "group";

export type ProgrammeField =
  | "mission"
  | "code"
  | "title"
  | "missionTitle"
  | "objective"
  | "responsible"
  | "stakeholders"
  | "strategicArea"
  | "strategicProgramme"
  | "budget"
  | "description";

/** What a column holds, before the table's first year settles the keys of value columns. */
export type ColumnKind =
  | { f: "text"; field: TextField }
  | { f: "reported" }
  /** year: written; offset: "2° anno" (0-based); neither: the table's first year */
  | { f: "target"; year: number | null; offset: number | null; triennium: boolean }
  /** year null: the table's first year ("Consuntivo 30/09", "Consuntivo") */
  | { f: "actual"; year: number | null; month: number; day: number }
  | { f: "programme"; field: ProgrammeField }
  /** "Obiettivo": the programme's objective when one per programme, else the indicators' group */
  | { f: "objective" }
  /** "Descrizione", "KPI" beside another name column: decided by the values */
  | { f: "nameOrExtra" }
  /** codes or a header the vocabulary does not know: decided by the values, else kept as extra */
  | { f: "extra"; why: "unknown" | "noField" | "codeColumn" };

export interface HeaderReading {
  kind: ColumnKind;
  confidence: number;
  reason: Message;
}

/** Lower case, accents removed, every run of other than letters, digits, % and ° one space. */
export function foldHeaderText(text: string): string {
  // eslint-disable-next-line no-control-regex -- an ASCII test
  const ascii = /^[\u0000-\u007f]*$/.test(text);
  const plain = ascii ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9%°]+/g, " ")
    .trim();
}

const FULL_DATE = /(?:^| )(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})(?= |$)/;
const MONTH_DATE = new RegExp(`(?:^| )(\\d{1,2}) (${MONTH_NAMES.join("|")})(?: (\\d{4}))?(?= |$)`);
const DAY_MONTH = /(?:^| )(\d{1,2}) (\d{1,2})(?= |$)/;
const YEAR = /(?:^| )((?:19|20)\d{2})(?= |$)/;
const ORDINAL =
  /(?:^| )(?:([1-9]) ?°?|(iii|ii|i|primo|secondo|terzo)) anno(?= |$)|(?:^| )anno ([1-9])(?= |$)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, primo: 1, secondo: 2, terzo: 3 };
const TRIENNIUM = /(?:^| )(?:triennio|triennale)(?= |$)/;

const FILLER = new Set([
  "al",
  "a",
  "anno",
  "anni",
  "esercizio",
  "del",
  "per",
  "il",
  "in",
  "data",
  "alla",
  "entro",
  "previsto",
  "prevista",
  "n",
  "nr",
]);

/** The date, year, ordinal and triennium a folded header names, and its words without them. */
export interface HeaderParts {
  words: string;
  date: { year: number | null; month: number; day: number } | null;
  year: number | null;
  offset: number | null;
  triennium: boolean;
  /** a date written in full that the calendar does not have ("31/06/2021") */
  badDate?: string;
}

export function headerParts(folded: string): HeaderParts {
  let rest = ` ${folded} `;
  let date: HeaderParts["date"] = null;
  let year: number | null = null;
  let offset: number | null = null;
  const cut = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + " " + rest.slice(m.index + m[0].length);
  };
  let m = FULL_DATE.exec(rest);
  const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  if (m && !isCalendarDay(Number(m[1]), Number(m[2]), fullYear(m[3]))) {
    // not read as some other date (its year alone, or day and month): the header is refused as one
    const bad = m[0].trim();
    cut(m);
    return {
      words: rest.replace(/\s+/g, " ").trim(),
      date: null,
      year: null,
      offset: null,
      triennium: false,
      badDate: bad,
    };
  }
  if (m) {
    const y = fullYear(m[3]);
    date = { year: y, month: Number(m[2]), day: Number(m[1]) };
    cut(m);
  } else if ((m = MONTH_DATE.exec(rest)) !== null) {
    const month = monthOfName(m[2]) as number;
    if (isCalendarDay(Number(m[1]), month, m[3] ? Number(m[3]) : undefined)) {
      date = { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) };
      cut(m);
    }
  } else if ((m = DAY_MONTH.exec(rest)) !== null && isCalendarDay(Number(m[1]), Number(m[2]))) {
    date = { year: null, month: Number(m[2]), day: Number(m[1]) };
    cut(m);
  }
  if (date === null) {
    const y = YEAR.exec(rest);
    if (y) {
      year = Number(y[1]);
      cut(y);
    }
  }
  const o = ORDINAL.exec(rest);
  if (o) {
    const n = o[1] ? Number(o[1]) : o[2] ? ROMAN[o[2]] : Number(o[3]);
    offset = n - 1;
    cut(o);
  }
  const t = TRIENNIUM.exec(rest);
  const triennium = t !== null;
  if (t) cut(t);
  const words = rest
    .split(" ")
    .filter((w) => w !== "" && !FILLER.has(w))
    .join(" ");
  return { words, date, year, offset, triennium };
}

type Entry = [
  words: string[],
  kind: ColumnKind | "target" | "actual" | "baseline",
  confidence: number,
];

const text = (field: TextField): ColumnKind => ({ f: "text", field });
const prog = (field: ProgrammeField): ColumnKind => ({ f: "programme", field });

/** Exact phrases (after folding and dropping filler words), by what they name. */
const PHRASES: Entry[] = [
  [
    [
      "indicatore",
      "indicatori",
      "nome indicatore",
      "denominazione indicatore",
      "descrizione indicatore",
      "descrizione dell indicatore",
      "valenza indicatore",
      "indicatore di performance",
      "indicatori di performance",
      "indicatore di risultato",
      "indicatori di risultato",
      "indicatore di impatto",
      "indicatore di output",
      "nome kpi",
      "descrizione kpi",
    ],
    text("name"),
    0.95,
  ],
  [["kpi", "descrizione"], { f: "nameOrExtra" }, 0.8],
  [
    [
      "algoritmo",
      "algoritmo di calcolo",
      "formula",
      "formula di calcolo",
      "modalita di calcolo",
      "metodo di calcolo",
      "metodologia di calcolo",
      "modalita di misurazione",
      "metodo di misurazione",
      "calcolo",
    ],
    text("formula"),
    0.95,
  ],
  [
    ["unita di misura", "udm", "u m", "u d m", "unita", "misura", "unita misura"],
    text("unit"),
    0.95,
  ],
  [["tipologia", "tipo indicatore", "tipologia indicatore", "tipo"], text("typology"), 0.9],
  [["dimensione", "dimensione indicatore", "categoria indicatore"], text("typology"), 0.7],
  [
    ["polarita", "verso", "andamento atteso", "trend atteso", "verso atteso", "direzione", "trend"],
    text("polarity"),
    0.85,
  ],
  [
    [
      "note",
      "nota",
      "osservazioni",
      "commenti",
      "note e commenti",
      "annotazioni",
      "motivazioni",
      "cause scostamento",
      "cause degli scostamenti",
      "cause dello scostamento",
      "motivazione scostamento",
      "motivazioni dello scostamento",
      "note scostamento",
    ],
    text("notes"),
    0.85,
  ],
  [["gruppo", "sottogruppo", "ambito", "sezione"], text("group"), 0.8],
  [
    [
      "% raggiungimento",
      "% di raggiungimento",
      "raggiungimento %",
      "percentuale di raggiungimento",
      "percentuale raggiungimento",
      "grado di raggiungimento",
      "grado raggiungimento",
      "livello di raggiungimento",
      "raggiungimento",
      "raggiungimento target",
      "performance",
      "% realizzazione",
      "% di realizzazione",
      "grado di realizzazione",
    ],
    { f: "reported" },
    0.9,
  ],
  [
    [
      "target",
      "valore atteso",
      "valori attesi",
      "valore obiettivo",
      "risultato atteso",
      "risultati attesi",
      "valore target",
      "target atteso",
      "valore programmato",
      "obiettivo target",
    ],
    "target",
    0.95,
  ],
  [
    [
      "consuntivo",
      "valore rilevato",
      "valore raggiunto",
      "valore consuntivo",
      "valore consuntivo",
      "risultato raggiunto",
      "risultato conseguito",
      "valore conseguito",
      "valore effettivo",
      "dato rilevato",
      "rilevazione",
      "consuntivo rilevato",
      "stato",
      "valore",
      "dato",
      "risultato",
      "situazione",
    ],
    "actual",
    0.9,
  ],
  [
    [
      "baseline",
      "valore di partenza",
      "valore iniziale",
      "valore storico",
      "dato storico",
      "valore base",
    ],
    "baseline",
    0.7,
  ],
  [
    ["missione", "missioni", "codice missione", "cod missione", "missione di bilancio"],
    prog("mission"),
    0.95,
  ],
  [
    ["descrizione missione", "titolo missione", "denominazione missione"],
    prog("missionTitle"),
    0.9,
  ],
  [
    [
      "programma",
      "programmi",
      "codice programma",
      "cod programma",
      "programma di spesa",
      "programma di bilancio",
      "missione programma",
      "missione e programma",
      "codice missione programma",
      "missione programma di spesa",
      "mis prog",
    ],
    prog("code"),
    0.9,
  ],
  [
    [
      "titolo programma",
      "titolo del programma",
      "descrizione programma",
      "descrizione del programma",
      "denominazione programma",
    ],
    prog("title"),
    0.9,
  ],
  [
    ["obiettivo strategico", "obiettivi strategici", "obiettivo strategico di riferimento"],
    prog("objective"),
    0.9,
  ],
  [["obiettivo", "obiettivi", "descrizione obiettivo"], { f: "objective" }, 0.8],
  [["obiettivo operativo", "obiettivi operativi"], text("group"), 0.8],
  [["area strategica", "ambito strategico", "priorita strategica"], prog("strategicArea"), 0.9],
  [
    ["programma strategico", "programmi strategici", "linea strategica"],
    prog("strategicProgramme"),
    0.9,
  ],
  [
    [
      "centro di responsabilita",
      "centri di responsabilita",
      "cdr",
      "c d r",
      "responsabile",
      "responsabili",
      "struttura responsabile",
      "dirigente responsabile",
      "ufficio responsabile",
      "unita organizzativa",
    ],
    prog("responsible"),
    0.9,
  ],
  [
    [
      "stakeholder",
      "stakeholders",
      "portatori di interesse",
      "portatori di interessi",
      "portatori d interesse",
    ],
    prog("stakeholders"),
    0.9,
  ],
  [
    [
      "budget",
      "risorse",
      "risorse finanziarie",
      "risorse assegnate",
      "stanziamento",
      "budget assegnato",
    ],
    prog("budget"),
    0.85,
  ],
  [
    ["codice", "cod", "id", "codice indicatore", "cod indicatore", "id indicatore", "#", "n°"],
    { f: "extra", why: "codeColumn" },
    0.5,
  ],
  [["peso", "peso %", "% peso", "peso indicatore"], { f: "extra", why: "noField" }, 0.9],
];

const BY_WORDS = new Map<
  string,
  { kind: ColumnKind | "target" | "actual" | "baseline"; confidence: number }
>();
for (const [phrases, kind, confidence] of PHRASES) {
  for (const p of phrases) {
    const key = headerParts(foldHeaderText(p)).words;
    if (!BY_WORDS.has(key)) BY_WORDS.set(key, { kind, confidence });
  }
}

/** Beginnings that name a field whatever follows ("Fonte dei dati …", "Algoritmo (numeratore / …)"). */
const PREFIXES: [prefix: string, kind: ColumnKind | "target" | "actual", confidence: number][] = [
  ["fonte", text("source"), 0.9],
  ["algoritmo", text("formula"), 0.85],
  ["formula", text("formula"), 0.85],
  ["tipologia", text("typology"), 0.85],
  ["unita di misura", text("unit"), 0.85],
  ["indicatore", text("name"), 0.75],
  ["note", text("notes"), 0.75],
  ["target", "target", 0.8],
  ["valore atteso", "target", 0.8],
  ["valore obiettivo", "target", 0.8],
  ["consuntivo", "actual", 0.8],
  ["valore rilevato", "actual", 0.8],
  ["valore raggiunto", "actual", 0.8],
  ["% raggiungimento", { f: "reported" }, 0.8],
  ["grado di raggiungimento", { f: "reported" }, 0.8],
  ["budget", prog("budget"), 0.75],
  ["risorse", prog("budget"), 0.7],
  ["centro di responsabilita", prog("responsible"), 0.85],
  ["obiettivo strategico", prog("objective"), 0.8],
  ["obiettivo operativo", text("group"), 0.75],
];

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
