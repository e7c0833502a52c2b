/**
 * The contents of the workbook's tables as the adapters return them: header row and data rows,
 * where they sit on the sheet, and (when the adapter can tell) each data cell's number format and
 * formula. This is all `read` and `fill` need: no Excel object crosses into src/workbook.
 */
import type { Message } from "../../core/message";
import type { TableKey } from "../columns/names";
import type { Scalar } from "../write/spec";

export interface TableData {
  /** the Excel table's name, or the sheet's name when found by header detection */
  name: string;
  sheet: string;
  /** header row (1-based) */
  row: number;
  /** first column (1-based) */
  col: number;
  header: string[];
  /** data rows below the header, each as long as the header (missing cells null) */
  rows: Scalar[][];
  /** number format of each data cell (null: General / unknown) */
  formats?: (string | null)[][];
  /** formula of each data cell without "=" (null: a constant), in the form the user sees */
  formulas?: (string | null)[][];
  /** "table": an Excel table (structured references work); "sheet": a plain range found by its header */
  source: "table" | "sheet";
}

export type WorkbookTables = Partial<Record<TableKey, TableData>>;

export type TablesResult =
  | { ok: true; tables: WorkbookTables }
  | { ok: false; code: "not-pira" | "corrupt"; reason: Message };

/** Why a workbook's tables cannot be read: not a PIRA workbook, or not a workbook at all. */
export type TablesFailure = Extract<TablesResult, { ok: false }>;

/** The data cell of `table` at data row `i` (0-based) under `column` (index in header). */
export function cellAt(table: TableData, i: number, column: number): Scalar {
  const v = table.rows[i]?.[column];
  return v === undefined ? null : v;
}

export function formatAt(table: TableData, i: number, column: number): string | null {
  return table.formats?.[i]?.[column] ?? null;
}

/** Sheet row (1-based) of data row `i`. */
export function sheetRow(table: TableData, i: number): number {
  return table.row + 1 + i;
}
