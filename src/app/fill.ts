/**
 * Fill: the computed columns of Indicatori, and nothing else, in the chosen formula style (else
 * the workbook's), with the workbook's outcome thresholds.
 */
import { message } from "../core/message";
import type { WorkbookBackend, WorkbookDiagnostic, FormulaStyle } from "../workbook";
import { fill, type Patch } from "../workbook";
import { failure, type Failure } from "./failure";
import type { InPlaceChoice, InPlaceFilled } from "./analyst-fill";
import { openWorkbook } from "./open";
import type { WorkbookPlan } from "./workbook";

/**
 * The formula style of this fill (default: the workbook's setting); on the analyst's own tables,
 * which sheet (default every one) and a mapping for this run.
 */
export type FillChoice = InPlaceChoice;

/** The computed columns of the PIRA Indicatori table, filled. */
export interface Filled {
  ok: true;
  form: "pira";
  style: FormulaStyle;
  /** indicator rows computed */
  rows: number;
  /** cells written, and how many of them differ from what the sheet held */
  cells: number;
  changed: number;
  /** rows written as values because native formulas cannot express them */
  fallbacks: number;
  /** what reading and filling found */
  diagnostics: WorkbookDiagnostic[];
  /** the plan as read before the fill (with its settings and locations) */
  workbook: WorkbookPlan;
  /** the cells written (a second fill of an unchanged workbook writes the same patch) */
  patch: Patch;
}

/**
 * Fills a workbook: the PIRA tables' computed columns, or those beside the analyst's own tables
 * (fillInPlace), whichever the workbook holds (openWorkbook).
 */
export async function fillWorkbook(
  backend: WorkbookBackend,
  choice: FillChoice = {}
): Promise<Filled | InPlaceFilled | Failure> {
  const opened = await openWorkbook(backend, choice);
  if (!opened.ok) return opened;
  if (opened.form === "analyst") {
    const analyst = await import(/* webpackChunkName: "analyst" */ "./analyst-fill");
    return analyst.fillInPlace(backend, choice, opened.tables);
  }
  const r = opened.workbook;
  const table = r.tables.indicators;
  if (!table)
    return failure(
      message(
        "Manca la tabella Indicatori: niente da calcolare.",
        "The Indicatori table is missing: nothing to compute."
      ),
      "createSheets"
    );
  const style = choice.style ?? r.settings.formulaStyle;
  const f = fill(
    r.plan,
    { table, rowIds: r.read.rowIds },
    { style, thresholds: r.settings.thresholds }
  );
  const diagnostics = [...r.diagnostics, ...f.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === "error");
  // no computed column at all (PIRA-X009), or nothing to write because the table cannot be read
  const blocking =
    f.diagnostics.find((d) => d.severity === "error") ??
    (f.patch.blocks.length ? undefined : errors[0]);
  if (blocking) return failure(blocking.message, "createSheets");
  await backend.applyPatch(f.patch);
  return {
    ok: true,
    form: "pira",
    style,
    rows: r.read.rowIds.filter((id) => id !== null).length,
    cells: f.patch.blocks.reduce((n, b) => n + b.cells.reduce((m, row) => m + row.length, 0), 0),
    changed: f.changed,
    fallbacks: f.fallbacks,
    diagnostics,
    workbook: r,
    patch: f.patch,
  };
}
