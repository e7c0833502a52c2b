/**
 * The workbook layer's read then fill on tables already read, with the workbook's own settings
 * where the test does not choose: what the app's fill (src/app/fill.ts) does between a backend's
 * readTables and applyPatch, for the tests of src/workbook (no backend needed).
 */
import { message } from "../../src/core/message";
import { diagnostic, type WorkbookDiagnostic } from "../../src/workbook/diagnostics";
import { fill, type FillOptions, type FillResult } from "../../src/workbook/write/fill";
import { read, type ReadResult } from "../../src/workbook/read/read";
import type { WorkbookTables } from "../../src/workbook/read/tables";

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
