/**
 * References in the workbook's formulas and tables (1-based rows and columns): absolute addresses,
 * ranges, sheet-qualified references. Column letters and cell addresses are src/core/a1.
 */
import { cellAddress, columnLetters, columnNumber } from "../../core/a1";

export function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const last = cellAddress(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1);
  return `${cellAddress(row, col)}:${last}`;
}

/** A sheet name as written in references: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${cellAddress(row, col)}`;
}

/** "B3" → {row: 3, col: 2}; "B3:D9" → top-left and size. */
export function parseRange(
  ref: string
): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  const col2 = m[3] ? columnNumber(m[3]) : col;
  const row2 = m[4] ? Number(m[4]) : row;
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}
