/**
 * What every action needs of a workbook, whatever holds it: Excel through Office.js
 * (src/adapters/office/backend.ts), an ExcelJS workbook in the browser's memory
 * (src/adapters/xlsx/memory-backend.ts) or an .xlsx file's bytes (src/adapters/xlsx/file-backend.ts).
 * The actions of src/app are written once over this interface.
 */
import type { Patch } from "./fill";
import type { WorkbookSpec } from "./spec";
import type { TablesResult } from "./tables";

/** Where the workbook is: inside Excel, in the workbench's memory, or a file (the command line). */
export type BackendKind = "excel" | "workbench" | "file";

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
  /** writes a fill patch: only the cells it lists */
  applyPatch(patch: Patch): Promise<void>;
  /** shows and selects a cell ("F12") of a sheet (a file on disk has no selection: nothing) */
  selectCell(sheet: string, cell: string): Promise<void>;
}
