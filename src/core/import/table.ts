/**
 * Indicator tables of every layout: a header gives the columns, each row gives an indicator.
 * Rows shifted one column left or right are realigned; a row holding only text under the text
 * columns continues the row above (a cell split over lines).
 */
import { message } from "../message";
import { inferPolarity } from "../performance";
import type { PlanValue } from "../plan";
import { readValue, toPlanValue } from "../values";
import type { PiraValue } from "../values";
import type { ColumnField, ColumnMap } from "./columns";
import { footnoteMarks, stripTags, type Line } from "./lines";
import type { FootnoteMark, IndicatorDraft, ProgrammeDraft, TableContext } from "./model";
import { IMPORT_CODES, REASONS, type Collector } from "./report";

const pad = (n: number): string => String(n).padStart(2, "0");

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0];
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The first target year of a header (typos corrected), or null when it names no target year. */
export function baseYear(columns: ColumnMap): number | null {
  const years: number[] = [];
  for (const f of [...columns.fields.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
    if (f.kind === "target") years.push(f.year - years.length);
  }
  return years.length ? mode(years) : null;
}

/** A percentage, an amount of money or a number with separators: data, never a column's name. */
function isFigure(text: string): boolean {
  const r = readValue(text);
  if (!r.ok) return false;
  const k = r.value.kind;
  return k === "percent" || k === "currency" || (k === "number" && /\d[.,]\d/.test(text));
}

/** Opens a table: the key of each value column, years checked against each other. */
export function openTable(
  line: Line,
  columns: ColumnMap,
  kind: TableContext["kind"],
  group: string | null,
  labelColumn: number | null,
  report: Collector,
  programme: ProgrammeDraft
): TableContext {
  const keys = new Map<number, string>();
  const base = baseYear(columns);
  let t = 0;
  const ordered = [...columns.fields.entries()].sort((a, b) => a[0] - b[0]);
  for (const [col, f] of ordered) {
    let key: string | null = null;
    if (f.kind === "target") {
      const year = base === null ? f.year : base + t;
      t++;
      if (year !== f.year) yearCorrected(report, programme, line, String(f.year), String(year));
      key = String(year);
    } else if (f.kind === "triennium") {
      key = "triennium";
    } else if (f.kind === "actual") {
      let year = f.year;
      if (base !== null && year !== base && Math.abs(year - base) <= 20) {
        yearCorrected(report, programme, line, String(f.year), String(base));
        year = base;
      }
      key = `${year}-${pad(f.month)}-${pad(f.day)}`;
    }
    if (key !== null) keys.set(col, key);
  }
  const read = withoutRepeatedKeys(line, columns, keys, report, programme);
  // a header cell names a column; a figure there (a data row run into the header line) names
  // none: it goes into the report instead of being taken as part of the header
  for (const c of line.cells) {
    if (c.text === "") continue;
    if (!read.fields.has(c.index) && isFigure(c.text))
      report.reject(line, c.index, REASONS.figureInHeader);
    else report.use(line, c.index);
  }
  return { kind, columns: read, keys, group, labelColumn, last: null };
}

/**
 * Two value columns that resolve to the same date or year («CONSUNTIVO AL 2020» beside
 * «CONSUNTIVO AL 31.12.2020»): the first is read, the second is not — its cells go into the
 * report (markRest) instead of silently replacing the first one's values — and the header says so.
 */
function withoutRepeatedKeys(
  line: Line,
  columns: ColumnMap,
  keys: Map<number, string>,
  report: Collector,
  programme: ProgrammeDraft
): ColumnMap {
  const seen = new Map<string, number>();
  let fields: Map<number, ColumnField> | null = null;
  for (const [col, key] of [...keys.entries()].sort((a, b) => a[0] - b[0])) {
    const section = `${columns.fields.get(col)?.kind === "actual" ? "actual" : "target"}:${key}`;
    const first = seen.get(section);
    if (first === undefined) {
      seen.set(section, col);
      continue;
    }
    fields ??= new Map(columns.fields);
    fields.delete(col);
    keys.delete(col);
    const a = columns.headers.get(first) ?? "";
    const b = columns.headers.get(col) ?? "";
    report.diagnose({
      code: IMPORT_CODES.columnRepeated,
      severity: "warning",
      message: message(
        `Intestazione della tabella: «${a}» e «${b}» indicano lo stesso periodo; è letta solo la prima, i valori della seconda sono nel rapporto tra le celle non comprese.`,
        `Table header: «${a}» and «${b}» name the same period; only the first is read, the second's values are in the report among the cells not understood.`
      ),
      entity: programme.entity,
      programme,
      line: line.no,
    });
  }
  return fields ? { ...columns, fields } : columns;
}

function yearCorrected(
  report: Collector,
  programme: ProgrammeDraft,
  line: Line,
  written: string,
  used: string
): void {
  report.diagnose({
    code: IMPORT_CODES.yearCorrected,
    severity: "warning",
    message: message(
      `Intestazione della tabella: l'anno ${written} non segue gli altri; letto come ${used}.`,
      `Table header: the year ${written} does not follow the others; read as ${used}.`
    ),
    entity: programme.entity,
    programme,
    line: line.no,
  });
}

const isValueField = (f: ColumnField): boolean =>
  f.kind === "actual" || f.kind === "target" || f.kind === "triennium" || f.kind === "performance";

/** Score of reading the row with every column moved by `offset` cells. */
function fit(
  columns: ColumnMap,
  line: Line,
  offset: number,
  valueOf: (t: string) => PlanValue
): number {
  let score = 0;
  const read = new Set<number>();
  for (const [col, f] of columns.fields) {
    const idx = col + offset;
    read.add(idx);
    const text = line.cells[idx]?.text ?? "";
    if (text === "") {
      if (f.kind === "name") score -= 1;
      continue;
    }
    const isText = valueOf(text).kind === "text";
    if (isValueField(f)) score += isText ? -1.5 : 2;
    else if (f.kind === "name") score += isText ? 2 : -1;
    else if (f.kind === "formula") score += isText ? 0.5 : -0.5;
    else score += 0.5;
  }
  for (const c of line.cells) if (c.text !== "" && !read.has(c.index)) score -= 1;
  return score;
}

function cleanText(raw: string, marks: string[]): string {
  const r = footnoteMarks(raw);
  marks.push(...r.marks);
  return stripTags(r.rest);
}

const PARETO = /\(\s*indicatore\s+pareto\s*\)/gi;
export const IS_PARETO = /\(\s*indicatore\s+pareto\s*\)/i;
export const withoutPareto = (name: string): string =>
  name.replace(PARETO, " ").replace(/\s+/g, " ").trim();
const UNIT_PREFIX: [RegExp, string][] = [
  [/^€/, "euro"],
  [/^%/, "%"],
  [/^n\.\s*\d/i, "n."],
];

function chartLike(text: string): boolean {
  return (
    /^-?\d{1,3}(,\d+)?\s?%$/.test(text) || /\b(chart|grafico|istogramma|barra|bar)\b/i.test(text)
  );
}

export type RowResult =
  { kind: "indicator"; draft: IndicatorDraft } | { kind: "continuation" } | { kind: "none" };

/** Reads one row of an open table. */
export function readRow(
  table: TableContext,
  line: Line,
  report: Collector,
  programme: ProgrammeDraft
): RowResult {
  const cache = new Map<string, PlanValue>();
  const valueOf = (t: string): PlanValue => {
    let v = cache.get(t);
    if (!v) {
      v = toPlanValue(footnoteMarks(t).rest);
      cache.set(t, v);
    }
    return v;
  };
  const { columns } = table;
  const filled = line.cells.filter((c) => c.text !== "");
  if (
    filled.length > 0 &&
    filled.every((c) => chartLike(c.text)) &&
    !filled.some((c) => columns.fields.get(c.index)?.kind === "name")
  ) {
    for (const c of filled) report.reject(line, c.index, REASONS.chart);
    return { kind: "continuation" };
  }
  // Only text, in fewer cells than half the columns: the rest of the row above (cells split over lines).
  if (
    table.last &&
    filled.length * 2 < columns.fields.size &&
    filled.every((c) => valueOf(c.text).kind === "text")
  ) {
    continueRow(table.last, columns, line, 0, report);
    markRest(table, line, 0, report);
    return { kind: "continuation" };
  }
  let offset = 0;
  let best = fit(columns, line, 0, valueOf);
  for (const o of [-1, 1]) {
    const s = fit(columns, line, o, valueOf);
    if (s >= best + 1) {
      best = s;
      offset = o;
    }
  }
  const cellAt = (col: number): { raw: string; text: string; index: number } | null => {
    const c = line.cells[col + offset];
    return c && c.text !== "" ? c : null;
  };

  let hasName = false;
  let hasValue = false;
  let hasText = false;
  for (const [col, f] of columns.fields) {
    const c = cellAt(col);
    if (!c) continue;
    if (f.kind === "name") hasName = true;
    else if (isValueField(f)) hasValue = true;
    else hasText = true;
  }
  if (!hasName && !hasValue) {
    if (!hasText) return { kind: "none" };
    if (!table.last) return { kind: "none" };
    continueRow(table.last, columns, line, offset, report);
    markRest(table, line, offset, report);
    return { kind: "continuation" };
  }

  const marks: string[] = [];
  const fields: IndicatorDraft["fields"] = {
    kind: table.kind,
    group: table.group,
    name: "",
    formula: null,
    typology: null,
    unit: null,
    source: null,
    pareto: false,
    polarity: "higher",
    polarityInferred: true,
    actuals: {},
    targets: {},
    reportedPerformance: null,
    notes: [],
  };
  let hasUnitColumn = false;
  const valueTexts: string[] = [];
  for (const [col, f] of columns.fields) {
    const c = cellAt(col);
    if (f.kind === "unit") hasUnitColumn = true;
    if (c) report.use(line, c.index);
    const text = c ? cleanText(c.raw, marks) : "";
    switch (f.kind) {
      case "name": {
        fields.pareto = IS_PARETO.test(text);
        fields.name = withoutPareto(text);
        break;
      }
      case "formula":
        fields.formula = text || null;
        break;
      case "typology":
        fields.typology = text || null;
        break;
      case "unit":
        fields.unit = text || null;
        break;
      case "source":
        fields.source = text || null;
        break;
      case "performance":
        fields.reportedPerformance = text ? toPlanValue(text) : null;
        break;
      default: {
        const key = table.keys.get(col);
        if (key === undefined) break;
        const v = toPlanValue(text);
        if (text !== "") valueTexts.push(text);
        if (f.kind === "actual") fields.actuals[key] = v;
        else fields.targets[key] = v;
      }
    }
  }
  if (!hasUnitColumn) {
    for (const t of valueTexts) {
      const u = UNIT_PREFIX.find(([re]) => re.test(t));
      if (u) {
        fields.unit = u[1];
        break;
      }
    }
  }
  const values: PiraValue[] = [];
  for (const t of valueTexts) {
    const r = readValue(t);
    if (r.ok) values.push(r.value);
  }
  const polarity = inferPolarity({
    name: fields.name,
    formula: fields.formula,
    unit: fields.unit,
    values,
  });
  fields.polarity = polarity.polarity;
  fields.polarityInferred = polarity.inferred;

  const draft: IndicatorDraft = {
    id: "",
    line: line.no,
    fields,
    marks: marks.map((mark): FootnoteMark => ({ mark, line: line.no })),
  };
  table.last = draft;
  if (offset !== 0) {
    report.diagnose({
      code: IMPORT_CODES.rowShifted,
      severity: "info",
      message: message(
        `Riga spostata di una colonna a ${offset < 0 ? "sinistra" : "destra"}: letta riallineata alle intestazioni («${fields.name}»).`,
        `Row shifted one column ${offset < 0 ? "left" : "right"}: read realigned with the headers («${fields.name}»).`
      ),
      entity: programme.entity,
      programme,
      indicator: draft,
      line: line.no,
    });
  }
  markRest(table, line, offset, report);
  return { kind: "indicator", draft };
}

/** A row that only continues the text cells of the row above. */
function continueRow(
  last: IndicatorDraft,
  columns: ColumnMap,
  line: Line,
  offset: number,
  report: Collector
): void {
  const f = last.fields;
  const marks: string[] = [];
  const join = (a: string | null, b: string): string => (a ? `${a} ${b}` : b);
  for (const [col, field] of columns.fields) {
    const c = line.cells[col + offset];
    if (!c || c.text === "") continue;
    const text = cleanText(c.raw, marks);
    report.use(line, c.index);
    if (field.kind === "name") {
      if (IS_PARETO.test(text)) f.pareto = true;
      f.name = join(f.name, withoutPareto(text));
    } else if (field.kind === "formula") f.formula = join(f.formula, text);
    else if (field.kind === "typology") f.typology = join(f.typology, text);
    else if (field.kind === "unit") f.unit = join(f.unit, text);
    else if (field.kind === "source") f.source = join(f.source, text);
  }
  for (const mark of marks) last.marks.push({ mark, line: line.no });
}

/** Cells of the row that no column reads: into the report. */
function markRest(table: TableContext, line: Line, offset: number, report: Collector): void {
  for (const c of line.cells) {
    if (c.text === "" || report.isUsed(line, c.index)) continue;
    const header = table.columns.headers.get(c.index - offset);
    if (table.kind === "progress" && chartLike(c.text)) report.reject(line, c.index, REASONS.chart);
    else if (header !== undefined && !table.columns.fields.has(c.index - offset))
      report.reject(
        line,
        c.index,
        message(`colonna non riconosciuta («${header}»)`, `column not recognised («${header}»)`)
      );
    else report.reject(line, c.index, REASONS.beyondColumns);
  }
}
