/**
 * What the task pane needs of a workbook, whatever holds it: Excel through Office.js
 * (OfficeBackend) or an .xlsx file in the browser's memory (the workbench's XlsxBackend).
 * Every action of the pane is written once over this interface.
 */
import type { Patch } from "../workbook/fill";
import type { WorkbookSpec } from "../workbook/spec";
import type { TablesResult } from "../workbook/tables";

export type BackendKind = "excel" | "workbench";

export interface ApplyOptions {
  /** also delete existing sheets whose names match (stale mission sheets) */
  removeMatching?: RegExp;
}

export interface WorkbookBackend {
  readonly kind: BackendKind;
  /** the workbook's sheet names, in order */
  sheetNames(): Promise<string[]>;
  /** applies a description: its sheets replace the sheets of the same name */
  applySpec(spec: WorkbookSpec, options?: ApplyOptions): Promise<void>;
  /** the PIRA tables (Piano, Enti, Programmi, Indicatori) or why there are none */
  readTables(): Promise<TablesResult>;
  /** writes a fill patch: only the computed cells it lists */
  applyPatch(patch: Patch): Promise<void>;
  /** shows and selects a cell ("F12") of a sheet */
  selectCell(sheet: string, cell: string): Promise<void>;
}
