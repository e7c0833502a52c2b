/**
 * The steps a command runs on a workbook's tables, so a CLI command or a task-pane button is a
 * few lines: read the tables into a plan, then fill.
 */
import { message } from "../core/message";
import { diagnostic, type WorkbookDiagnostic } from "./diagnostics";
import { fill, type FillOptions, type FillResult } from "./fill";
import { read, type ReadResult } from "./read";
import type { WorkbookTables } from "./tables";

export interface FillTablesResult {
  read: ReadResult;
  /** null when the workbook has no Indicatori table */
  fill: FillResult | null;
  diagnostics: WorkbookDiagnostic[];
}

export function fillTables(tables: WorkbookTables, options: FillOptions = {}): FillTablesResult {
  const r = read(tables);
  if (!tables.indicators) {
    const d = diagnostic(
      "PIRA-X009",
      "error",
      message(
        "Manca la tabella Indicatori: niente da calcolare.",
        "The Indicatori table is missing: nothing to compute."
      )
    );
    return { read: r, fill: null, diagnostics: [...r.diagnostics, d] };
  }
  // the workbook's own settings apply where the caller does not choose
  const f = fill(
    r.plan,
    { table: tables.indicators, rowIds: r.rowIds },
    {
      ...options,
      style: options.style ?? r.settings.formulas ?? undefined,
      thresholds: options.thresholds ?? r.settings.thresholds ?? undefined,
    }
  );
  return { read: r, fill: f, diagnostics: [...r.diagnostics, ...f.diagnostics] };
}
