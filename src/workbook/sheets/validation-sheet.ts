/**
 * Verifica: the validation report inside the workbook, produced on demand (never read back).
 * One row per diagnostic — severity, code, where (entity, programme, indicator, field), the
 * message, and a HYPERLINK to the cell to fix (or the document line) — in an Excel table, so the
 * reviewer can filter by severity or programme. Errors first, as validatePlan orders them.
 */
import type { Diagnostic, Severity } from "../../core/diagnostics";
import type { Lang } from "../../core/message";
import type { Plan } from "../../core/plan";
import { quoteSheet } from "../write/a1";
import { SHEETS } from "../columns/names";
import { emptySheet, type CellInput, type SheetSpec } from "../write/spec";
import { TABLE_STYLE } from "./plan-sheet";

export const VALIDATION_TABLE = "Verifica";

export interface ValidationSheetOptions {
  /** language of the messages (default "it"; headers are Italian, as every sheet's) */
  lang?: Lang;
  /** the plan validated: names instead of ids for entities, programmes and indicators */
  plan?: Plan;
  /** the sheet's title (default: the plan's title) */
  title?: string;
}

const SEVERITY_WORDS: Record<Severity, string> = {
  error: "Errore",
  warning: "Avviso",
  info: "Informazione",
};

export const VALIDATION_COLUMNS = {
  severity: "Gravità",
  code: "Codice",
  entity: "Ente",
  programme: "Programma",
  indicator: "Indicatore",
  field: "Campo",
  message: "Messaggio",
  place: "Dove",
} as const;

const WIDTHS: Record<keyof typeof VALIDATION_COLUMNS, number> = {
  severity: 13,
  code: 12,
  entity: 22,
  programme: 34,
  indicator: 34,
  field: 20,
  message: 90,
  place: 18,
};

/** A string inside a formula: "…" with inner quotes doubled. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The link to a diagnostic's cell, or its document line, or nothing. */
function placeCell(d: Diagnostic): CellInput {
  if (d.sheet && d.cell) {
    const target = `${quoteSheet(d.sheet)}!${d.cell}`;
    return {
      formula: `HYPERLINK(${formulaString(`#${target}`)},${formulaString(target)})`,
      value: target,
      style: "link",
    };
  }
  if (d.sheet) return d.sheet;
  if (d.line !== null) return `riga ${d.line}`;
  return null;
}

function names(plan: Plan | undefined) {
  const entities = new Map(plan?.entities.map((e) => [e.id, e.name]) ?? []);
  const programmes = new Map(
    plan?.programmes.map((p) => {
      const code = p.mission || p.programme ? `${p.mission}.${p.programme} ` : "";
      return [p.id, `${code}${(p.strategicProgramme ?? "").trim() || p.title}`.trim()];
    }) ?? []
  );
  const indicators = new Map(plan?.indicators.map((i) => [i.id, i.name]) ?? []);
  const of = (m: Map<string, string>, id: string | null) =>
    id === null ? null : (m.get(id) ?? id);
  return {
    entity: (id: string | null) => of(entities, id),
    programme: (id: string | null) => of(programmes, id),
    indicator: (id: string | null) => of(indicators, id),
  };
}

function countsLine(diagnostics: readonly Diagnostic[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    n(c.error, "errore", "errori"),
    n(c.warning, "avviso", "avvisi"),
    n(c.info, "informazione", "informazioni"),
  ].join(", ");
}

/** The Verifica sheet for a validation result (validatePlan's, or any list of diagnostics). */
export function validationSheet(
  result: { diagnostics: readonly Diagnostic[] },
  options: ValidationSheetOptions = {}
): SheetSpec {
  const lang = options.lang ?? "it";
  const label = names(options.plan);
  const sheet = emptySheet(SHEETS.validation, "generated");
  const title = options.title ?? options.plan?.title ?? "";
  sheet.blocks.push({
    row: 1,
    col: 1,
    cells: [
      [{ value: title ? `Verifica — ${title}` : "Verifica del piano", style: "title" }],
      [{ value: countsLine(result.diagnostics), style: "muted" }],
    ],
  });
  const keys = Object.keys(VALIDATION_COLUMNS) as (keyof typeof VALIDATION_COLUMNS)[];
  const rows = result.diagnostics.map((d): CellInput[] => [
    SEVERITY_WORDS[d.severity],
    d.code,
    label.entity(d.entity),
    label.programme(d.programme),
    label.indicator(d.indicator),
    d.field,
    { value: d.message[lang], style: "wrap" },
    placeCell(d),
  ]);
  sheet.tables.push({
    name: VALIDATION_TABLE,
    row: 4,
    col: 1,
    style: TABLE_STYLE,
    columns: keys.map((k) => ({
      name: VALIDATION_COLUMNS[k],
      width: WIDTHS[k],
      ...(k === "message" ? { wrap: true } : {}),
    })),
    rows: rows.length ? rows : [keys.map(() => null)],
  });
  sheet.widths = keys.map((k, i) => ({ col: i + 1, width: WIDTHS[k] }));
  sheet.freeze = { rows: 4, cols: 0 };
  sheet.tabColor = "FFC00000";
  return sheet;
}
