/**
 * Each column of a table mapped to a plan field: the user's mapping first, then the header's words
 * (vocabulary.ts), then — where the header is ambiguous or unknown — the values below it. Value
 * columns get their keys once the table's first year is known. Two columns for one field: the
 * surer one keeps it, the other is kept as an extra column.
 */
import { message, type Message } from "../message";
import { fieldPath, parseFieldPath, sameField, type FieldKind } from "./fields";
import { columnAt } from "./place";
import type { MappingOverride } from "./types";
import { foldHeaderText } from "./header-text";
import { readHeader } from "./read-header";
import type { ColumnKind, HeaderReading } from "./vocabulary";
import type { GridView } from "./view";

export interface ColumnPlan {
  column: number;
  /** as written ("" for a column without a header) */
  header: string;
  /** the key of the column's text in `extra` */
  extraKey: string;
  kind: FieldKind;
  confidence: number;
  reason: Message;
}

export interface YearContext {
  /** the user's first year */
  option: number | null;
  /** years named in titles above the table */
  titleYears: number[];
}

export interface PlannedTable {
  columns: ColumnPlan[];
  /** the first year of the table's value columns */
  baseYear: number;
  /** how the base year was found: "header", "option", "title", "actuals", "none" */
  baseFrom: "header" | "option" | "title" | "actuals" | "none";
  /** columns whose header had no year, resolved with the base year (for the report) */
  yearless: string[];
  /** a column lost its field to another (for the report) */
  conflicts: { header: string; winner: string; field: string }[];
}

const SAMPLE = 300;

function sample(view: GridView, c: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r < to && out.length < SAMPLE; r++) {
    const t = view.text(r, c);
    if (t !== "") out.push(t);
  }
  return out;
}

const CODE_LIKE = /^[a-z]{0,6}[ ._-]?\d{1,4}(?:[._-]\d{1,4}){0,3}[a-z]?$/i;

/** Values that are codes rather than names: "KPI12", "K.1.2", "OB1-3", short words with no space. */
function codeLikeShare(values: string[]): number {
  if (values.length === 0) return 0;
  let n = 0;
  for (const v of values) if (CODE_LIKE.test(v) || (v.length <= 12 && !v.includes(" "))) n++;
  return n / values.length;
}

/** Values that are programme codes written with their mission in three digits: "011.005", "011-005 …". */
function programmeCodeShare(view: GridView, c: number, from: number, to: number): number {
  let n = 0;
  let total = 0;
  for (let r = from; r < to && total < SAMPLE; r++) {
    const v = view.value(r, c);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    total++;
    const code = typeof v === "string" && /^\s*0\d{2} ?[./-] ?0\d{2}(?:\s|$)/.test(v);
    if (code) n++;
  }
  return total === 0 ? 0 : n / total;
}

function overrideFor(
  override: MappingOverride | undefined,
  source: string,
  header: string
): { kind: FieldKind; path: string } | "invalid" | null {
  if (!override || header === "") return null;
  const folded = foldHeaderText(header);
  for (const t of override.tables) {
    if (t.source !== undefined && t.source !== source) continue;
    for (const col of t.columns) {
      if (foldHeaderText(col.header) !== folded) continue;
      const kind = parseFieldPath(col.field);
      return kind === null ? "invalid" : { kind, path: col.field };
    }
  }
  return null;
}

interface Draft {
  column: number;
  header: string;
  reading: HeaderReading;
  /** set when the user's mapping decided */
  fixed: FieldKind | null;
}

function baseYearOf(
  drafts: Draft[],
  years: YearContext
): { year: number; from: PlannedTable["baseFrom"] } {
  const targets: number[] = [];
  const actuals: number[] = [];
  for (const d of drafts) {
    const k = d.fixed ?? null;
    if (k && k.f === "target" && /^\d{4}$/.test(k.key)) targets.push(Number(k.key));
    if (k && k.f === "actual") actuals.push(Number(k.key.slice(0, 4)));
    if (k) continue;
    const r = d.reading.kind;
    if (r.f === "target" && r.year !== null) targets.push(r.year);
    if (r.f === "actual" && r.year !== null) actuals.push(r.year);
  }
  // a loop, not Math.min(...list): a header of 300,000 «Target» columns would overflow the stack
  const least = (list: readonly number[]) => list.reduce((a, b) => (b < a ? b : a));
  if (targets.length) return { year: least(targets), from: "header" };
  if (years.option !== null) return { year: years.option, from: "option" };
  if (years.titleYears.length) return { year: least(years.titleYears), from: "title" };
  if (actuals.length) return { year: least(actuals), from: "actuals" };
  return { year: new Date().getFullYear(), from: "none" };
}

const pad = (n: number) => String(n).padStart(2, "0");

function settle(kind: ColumnKind, base: number): FieldKind {
  switch (kind.f) {
    case "target":
      if (kind.triennium) return { f: "target", key: "triennium" };
      return { f: "target", key: String(kind.year ?? base + (kind.offset ?? 0)) };
    case "actual":
      return { f: "actual", key: `${kind.year ?? base}-${pad(kind.month)}-${pad(kind.day)}` };
    case "nameOrExtra":
      return { f: "text", field: "name" };
    default:
      return kind.f === "extra" ? { f: "extra" } : kind;
  }
}

function yearless(kind: ColumnKind): boolean {
  return (
    (kind.f === "target" && !kind.triennium && kind.year === null) ||
    (kind.f === "actual" && kind.year === null)
  );
}

/** Maps the columns of a table whose header texts are `texts` and whose data runs from `from` to `to`. */
export function planColumns(
  view: GridView,
  texts: string[],
  from: number,
  to: number,
  source: string,
  years: YearContext,
  override: MappingOverride | undefined
): PlannedTable {
  const drafts: Draft[] = [];
  for (let c = 0; c < view.width; c++) {
    const header = (texts[c] ?? "").replace(/\s+/g, " ").trim();
    const o = overrideFor(override, source, header);
    if (o !== null && o !== "invalid") {
      drafts.push({
        column: c,
        header,
        fixed: o.kind,
        reading: {
          kind: { f: "extra", why: "unknown" },
          confidence: 1,
          reason: message(
            `«${header}» → ${o.path}: dalla mappatura data`,
            `«${header}» → ${o.path}: from the given mapping`
          ),
        },
      });
      continue;
    }
    if (header === "") {
      if (sample(view, c, from, to).length === 0) continue;
      drafts.push({
        column: c,
        header,
        fixed: null,
        reading: {
          kind: { f: "extra", why: "unknown" },
          confidence: 0,
          reason: message(
            `colonna ${columnAt(view.grid, c)} senza intestazione`,
            `column ${columnAt(view.grid, c)} has no header`
          ),
        },
      });
      continue;
    }
    const reading = readHeader(header) as HeaderReading;
    if (o === "invalid")
      reading.reason = message(
        `${reading.reason.it} (la mappatura data nomina un campo che non esiste: ignorata)`,
        `${reading.reason.en} (the given mapping names a field that does not exist: ignored)`
      );
    drafts.push({ column: c, header, fixed: null, reading });
  }

  // codes and unknown headers: programme codes when the values are "011.005"
  for (const d of drafts) {
    if (d.fixed || d.reading.kind.f !== "extra" || d.reading.kind.why === "noField") continue;
    if (programmeCodeShare(view, d.column, from, to) >= 0.8) {
      d.reading = {
        kind: { f: "programme", field: "code" },
        confidence: 0.6,
        reason: message(
          `«${d.header || columnAt(view.grid, d.column)}»: i valori sono codici di missione e programma (011.005)`,
          `«${d.header || columnAt(view.grid, d.column)}»: the values are mission and programme codes (011.005)`
        ),
      };
    }
  }

  // "KPI" and "Descrizione": the name unless another column is surely the name, or its values are codes
  const surelyName = drafts.some(
    (d) =>
      (d.fixed && sameField(d.fixed, { f: "text", field: "name" })) ||
      (!d.fixed &&
        d.reading.kind.f === "text" &&
        d.reading.kind.field === "name" &&
        d.reading.confidence >= 0.9)
  );
  const ambiguous = drafts.filter((d) => !d.fixed && d.reading.kind.f === "nameOrExtra");
  if (ambiguous.length > 0) {
    const ranked = ambiguous
      .map((d) => ({ d, codes: codeLikeShare(sample(view, d.column, from, to)) }))
      .sort((a, b) => Number(a.codes >= 0.8) - Number(b.codes >= 0.8) || a.d.column - b.d.column);
    ranked.forEach(({ d, codes }, i) => {
      // the first candidate is the name (codes or not: a table needs one) unless another column surely is
      if (!surelyName && i === 0) {
        d.reading = {
          kind: { f: "text", field: "name" },
          confidence: codes >= 0.8 ? 0.6 : ambiguous.length > 1 ? 0.75 : 0.85,
          reason: message(
            ambiguous.length > 1
              ? `«${d.header}»: nome dell'indicatore (i valori sono nomi, non codici; le altre colonne simili restano in più)`
              : `«${d.header}»: nome dell'indicatore (nessun'altra colonna lo nomina)`,
            ambiguous.length > 1
              ? `«${d.header}»: indicator name (the values are names, not codes; similar columns are kept as extra)`
              : `«${d.header}»: indicator name (no other column names it)`
          ),
        };
      } else {
        d.reading = {
          kind: { f: "extra", why: "noField" },
          confidence: 0.7,
          reason: message(
            codes >= 0.8
              ? `«${d.header}»: i valori sono codici, non nomi: tenuta come colonna in più`
              : `«${d.header}»: il nome dell'indicatore è in un'altra colonna: tenuta come colonna in più`,
            codes >= 0.8
              ? `«${d.header}»: the values are codes, not names: kept as an extra column`
              : `«${d.header}»: the indicator name is in another column: kept as an extra column`
          ),
        };
      }
    });
  }

  const base = baseYearOf(drafts, years);
  const yearlessHeaders: string[] = [];
  const settled = drafts.map((d) => {
    if (d.fixed) return { d, kind: d.fixed };
    if (yearless(d.reading.kind)) yearlessHeaders.push(d.header);
    return { d, kind: settle(d.reading.kind, base.year) };
  });

  // one column per field: the surer keeps it
  const conflicts: PlannedTable["conflicts"] = [];
  const holder = new Map<string, { d: Draft; kind: FieldKind }>();
  for (const s of settled) {
    if (s.kind.f === "extra") continue;
    const path = fieldPath(s.kind);
    const other = holder.get(path);
    if (!other) {
      holder.set(path, s);
      continue;
    }
    const keepOther = other.d.reading.confidence >= s.d.reading.confidence;
    const loser = keepOther ? s : other;
    const winner = keepOther ? other : s;
    if (!keepOther) holder.set(path, s);
    conflicts.push({ header: loser.d.header, winner: winner.d.header, field: path });
    loser.kind = { f: "extra" };
    loser.d.reading = {
      ...loser.d.reading,
      confidence: 0.5,
      reason: message(
        `«${loser.d.header}»: il campo ${path} è già preso da «${winner.d.header}»: tenuta come colonna in più`,
        `«${loser.d.header}»: field ${path} is already taken by «${winner.d.header}»: kept as an extra column`
      ),
    };
  }

  const keys = new Set<string>();
  // the next number to try after each stem: a header repeating one name k times costs k, not k²
  const nextOf = new Map<string, number>();
  const columns: ColumnPlan[] = settled.map(({ d, kind }) => {
    let extraKey = d.header === "" ? `Colonna ${columnAt(view.grid, d.column)}` : d.header;
    if (kind.f === "extra") {
      const stem = extraKey;
      let n = nextOf.get(stem) ?? 2;
      for (; keys.has(extraKey); n++) extraKey = `${stem} (${n})`;
      nextOf.set(stem, n);
      keys.add(extraKey);
    }
    return {
      column: d.column,
      header: d.header,
      extraKey,
      kind,
      confidence: d.reading.confidence,
      reason: d.reading.reason,
    };
  });
  return {
    columns,
    baseYear: base.year,
    baseFrom: base.from,
    yearless: yearlessHeaders,
    conflicts,
  };
}
