/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync */
/** Edits an analyst makes to a PIRA workbook, done with ExcelJS on a loaded file (test helper). */
import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../../src/workbook/write/a1";

interface TableModel {
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string }[];
}

export function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel {
  const t = (
    ws as unknown as { getTable(n: string): { table?: TableModel; model?: TableModel } }
  ).getTable(name);
  const m = t.table ?? t.model;
  if (!m) throw new Error(`no table ${name}`);
  return m;
}

export function headerIndex(ws: ExcelJS.Worksheet, name: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === name) return c;
  throw new Error(`no column ${name}`);
}

/** Grows the table by `rows` rows and `cols` columns (the cells themselves are set by the caller). */
export function growTable(
  ws: ExcelJS.Worksheet,
  name: string,
  rows: number,
  newColumns: string[] = []
): void {
  const m = tableModel(ws, name);
  const r = parseRange(m.tableRef);
  if (!r) throw new Error("bad ref");
  for (const c of newColumns) m.columns.push({ name: c });
  const ref = rangeAddress(r.row, r.col, r.rows + rows, r.cols + newColumns.length);
  m.tableRef = ref;
  m.autoFilterRef = ref;
}

/**
 * Swaps the contents (values and styles) of two sheet rows. Styles are copied into new objects:
 * cells loaded by ExcelJS share style objects, so setting numFmt on one would change others.
 */
export function swapRows(ws: ExcelJS.Worksheet, a: number, b: number, width: number): void {
  for (let c = 1; c <= width; c++) {
    const x = ws.getCell(a, c);
    const y = ws.getCell(b, c);
    const [xv, xs, yv, ys] = [x.value, { ...x.style }, y.value, { ...y.style }];
    x.value = yv;
    x.style = ys;
    y.value = xv;
    y.style = xs;
  }
}
