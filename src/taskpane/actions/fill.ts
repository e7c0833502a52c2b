/** Fill: the computed columns of Indicatori, and nothing else, in the chosen formula style. */
import { message } from "../../core/message";
import type { WorkbookDiagnostic } from "../../workbook/diagnostics";
import type { Thresholds } from "../../workbook/computed";
import type { FormulaStyle } from "../../workbook/row-cells";
import { fillTables } from "../../workbook/workflow";
import type { WorkbookBackend } from "../backend";
import { failure, type Failure } from "./failure";

export interface Filled {
  ok: true;
  style: FormulaStyle;
  /** indicator rows computed */
  rows: number;
  /** cells written, and how many of them differ from what the sheet held */
  cells: number;
  changed: number;
  /** rows written as values because native formulas cannot express them */
  fallbacks: number;
  diagnostics: WorkbookDiagnostic[];
}

export async function fillWorkbook(
  backend: WorkbookBackend,
  style: FormulaStyle,
  thresholds: Thresholds
): Promise<Filled | Failure> {
  const r = await backend.readTables();
  if (!r.ok) return failure(r.reason, r.code === "not-pira" ? "createSheets" : "retry");
  const result = fillTables(r.tables, { style, thresholds });
  if (!result.fill) {
    return failure(
      message(
        "Manca la tabella Indicatori: niente da calcolare.",
        "The Indicatori table is missing: nothing to compute."
      ),
      "createSheets"
    );
  }
  const { patch, changed, fallbacks } = result.fill;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (!patch.blocks.length && errors.length) return failure(errors[0].message, "createSheets");
  await backend.applyPatch(patch);
  return {
    ok: true,
    style,
    rows: result.read.rowIds.filter((id) => id !== null).length,
    cells: patch.blocks.reduce((n, b) => n + b.cells.reduce((m, row) => m + row.length, 0), 0),
    changed,
    fallbacks,
    diagnostics: result.diagnostics,
  };
}
