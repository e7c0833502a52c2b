/**
 * What every action needs of a workbook, whatever holds it: Excel through Office.js
 * (src/adapters/office/backend.ts), an ExcelJS workbook in the browser's memory
 * (src/adapters/xlsx/memory-backend.ts) or an .xlsx file's bytes (src/adapters/xlsx/file-backend.ts).
 * The actions of src/app are written once over this interface.
 */
import type { Grid } from "../core/grid";
import type { Message } from "../core/message";
import type { Patch } from "./write/fill";
import type { WorkbookSpec } from "./write/spec";
import type { TablesResult } from "./read/tables";

/** Where the workbook is: inside Excel, in the workbench's memory, or a file (the command line). */
export type BackendKind = "excel" | "workbench" | "file";

export interface ApplyOptions {
  /** also delete existing sheets whose names match (stale mission sheets) */
  removeMatching?: RegExp;
}

/** Which grids to read: every sheet, one sheet, or the sheet under the selection (its table). */
export interface GridWhere {
  sheet?: string;
  /** the selection's sheet, and there the table around the selection (a file has none: all) */
  selection?: boolean;
}

/** A worksheet's used range (or the selection's region) as a grid, with its cells' formulas. */
export interface WorksheetGrid {
  /** origin kind "sheet": the sheet and the row and column of the grid's first cell */
  grid: Grid;
  /** the formula of each cell of the grid as the user sees it, without "=" (null: a constant) */
  formulas: (string | null)[][];
  /**
   * By sheet row, the rightmost column (1-based) of a cell that holds anything — a value, a
   * formula with or without a cached result (one that shows blank too), a style only. What the
   * grid does not show counts as the analyst's all the same: the fill in place places its columns
   * right of it. Absent: the grid shows every cell that holds something.
   */
  held?: ReadonlyMap<number, number>;
}

export interface WorkbookBackend {
  readonly kind: BackendKind;
  /** the workbook's sheet names, in order */
  sheetNames(): Promise<string[]>;
  /**
   * applies a description: its sheets replace the sheets of the same name. Returns notes on what
   * this workbook could not take as described (the rest is written): e.g. an Excel without the
   * requirement set for outlines (ExcelApi 1.10) gets the mission sheets ungrouped.
   */
  applySpec(spec: WorkbookSpec, options?: ApplyOptions): Promise<Message[]>;
  /** the PIRA tables (Piano, Enti, Programmi, Indicatori) or why there are none */
  readTables(): Promise<TablesResult>;
  /** writes a fill patch: only the cells it lists */
  applyPatch(patch: Patch): Promise<void>;
  /** the sheets as grids (values, number formats, merges, formulas), for the analyst's tables */
  readGrids(where?: GridWhere): Promise<WorksheetGrid[]>;
  /** adds a hidden sheet of that name, unless there is a sheet of that name */
  addHiddenSheet(name: string): Promise<void>;
  /** shows and selects a cell ("F12") of a sheet (a file on disk has no selection: nothing) */
  selectCell(sheet: string, cell: string): Promise<void>;
}
