/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
/**
 * ExcelJS's reading of a workbook, as the program read before its one package reader
 * (src/adapters/xlsx/read): the oracle the tests hold that reader to on files whose cells ExcelJS
 * reads the same (no custom formats that ExcelJS takes for dates). Never used by the program.
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../src/workbook/write/a1";
import { findHeaderRow } from "../../src/workbook/columns/headers";
import { SHEETS, TABLES, type TableKey } from "../../src/workbook/columns/names";
import type { Scalar } from "../../src/workbook/write/spec";
import type { TableData, WorkbookTables } from "../../src/workbook/read/tables";
import type { Grid, GridCell, Merge } from "../../src/core/grid/types";
import { message, type Message } from "../../src/core/message";
import { loadWorkbook } from "../../src/adapters/xlsx";
import type { BufferLike } from "../../src/adapters/xlsx/buffer";
import { cellScalar, formulaOf, scalarOf } from "../../src/adapters/xlsx/cells";

function rangeData(
  ws: ExcelJS.Worksheet,
  name: string,
  source: TableData["source"],
  top: number,
  left: number,
  bottom: number,
  right: number
): TableData {
  const header: string[] = [];
  const headerRow = ws.getRow(top);
  for (let c = left; c <= right; c++) {
    const v = scalarOf(headerRow.getCell(c).value);
    header.push(v === null ? "" : String(v));
  }
  const rows: Scalar[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row = ws.getRow(r);
    const values: Scalar[] = [];
    const fmts: (string | null)[] = [];
    const fs: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      values.push(cellScalar(cell));
      fmts.push(cell.numFmt || null);
      fs.push(formulaOf(cell));
    }
    rows.push(values);
    formats.push(fmts);
    formulas.push(fs);
  }
  return { name, sheet: ws.name, row: top, col: left, header, rows, formats, formulas, source };
}

interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  /** a total row at the bottom of the range (totalsRowCount="1"): never data */
  totalsRow?: boolean;
}

function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  const list =
    (
      ws as unknown as { getTables?: () => { table?: TableModel; model?: TableModel }[] }
    ).getTables?.() ?? [];
  return list.map((t) => t.table ?? t.model ?? {});
}

function gridOf(ws: ExcelJS.Worksheet, rows: number): Scalar[][] {
  const out: Scalar[][] = [];
  for (let r = 1; r <= Math.min(rows, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const cells: Scalar[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(scalarOf(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

/** A plain range on a sheet, found by its header row; data runs to the last non-blank row. */
function sheetTable(ws: ExcelJS.Worksheet, key: TableKey): TableData | undefined {
  const grid = gridOf(ws, 20);
  const h = findHeaderRow(grid, key);
  if (h < 0) return undefined;
  const header = grid[h];
  let left = header.findIndex((v) => v !== null && v !== "");
  let right = header.length - 1;
  while (right > left && (header[right] === null || header[right] === "")) right--;
  left += 1;
  right += 1;
  let bottom = ws.rowCount;
  const blank = (r: number) => {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) {
      const v = scalarOf(row.getCell(c).value);
      if (v !== null && v !== "") return false;
    }
    return true;
  };
  while (bottom > h + 1 && blank(bottom)) bottom--;
  return rangeData(ws, ws.name, "sheet", h + 1, left, bottom, right);
}

/** The PIRA tables of a loaded workbook. */
export function workbookTables(wb: ExcelJS.Workbook): WorkbookTables {
  const out: WorkbookTables = {};
  const keys = Object.keys(TABLES) as TableKey[];
  wb.eachSheet((ws) => {
    for (const t of tablesOf(ws)) {
      const key = keys.find((k) => TABLES[k].toLowerCase() === (t.name ?? "").toLowerCase());
      const ref = parseRange(t.tableRef ?? t.ref ?? "");
      if (!key || !ref || out[key]) continue;
      // the total row (SUBTOTAL formulas, "Totale") is neither read nor written
      const totals = t.totalsRow ? 1 : 0;
      out[key] = rangeData(
        ws,
        t.name as string,
        "table",
        ref.row,
        ref.col,
        ref.row + ref.rows - 1 - totals,
        ref.col + ref.cols - 1
      );
    }
  });
  const bySheet: Partial<Record<TableKey, string>> = {
    programmes: SHEETS.programmes,
    indicators: SHEETS.indicators,
  };
  for (const key of Object.keys(bySheet) as TableKey[]) {
    if (out[key]) continue;
    const ws = wb.worksheets.find(
      (w) => w.name.trim().toLowerCase() === (bySheet[key] as string).toLowerCase()
    );
    const data = ws ? sheetTable(ws, key) : undefined;
    if (data) out[key] = data;
  }
  return out;
}

export interface SheetGrid {
  sheet: string;
  grid: Grid;
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE_TYPE = 1; // ExcelJS.ValueType.Merge: a cell covered by a merge (its value is the merge's)

/** A worksheet's used range as a grid (null for an empty sheet). */
export function sheetGrid(ws: ExcelJS.Worksheet): Grid | null {
  const cells: { r: number; c: number; v: GridCell; f: string | null }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return;
      const v = cellScalar(cell);
      if (v === null || v === "") return;
      cells.push({ r, c, v, f: cell.numFmt || null });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (cells.length === 0) return null;
  const height = bottom - top + 1;
  const width = right - left + 1;
  const rows: GridCell[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    rows[i] = new Array<GridCell>(width).fill(null);
    formats[i] = new Array<string | null>(width).fill(null);
  }
  for (const x of cells) {
    rows[x.r - top][x.c - left] = x.v;
    formats[x.r - top][x.c - left] = x.f;
  }
  const merges: Merge[] = [];
  const declared = (ws as unknown as { _merges?: Record<string, MergeModel> })._merges ?? {};
  for (const m of Object.values(declared)) {
    if (!m) continue;
    merges.push({
      top: m.top - top,
      left: m.left - left,
      bottom: m.bottom - top,
      right: m.right - left,
    });
  }
  return { rows, merges, formats, origin: { kind: "sheet", sheet: ws.name, row: top, col: left } };
}

export type GridsRead =
  { ok: true; grids: SheetGrid[]; sheets: string[] } | { ok: false; reason: Message };

/** The grids of a workbook's sheets (only `sheet` when given; a name that is not there is an error). */
export function workbookGrids(wb: ExcelJS.Workbook, sheet?: string): GridsRead {
  const sheets = wb.worksheets.map((w) => w.name);
  let chosen = wb.worksheets;
  if (sheet !== undefined) {
    const want = sheet.trim().toLowerCase();
    chosen = wb.worksheets.filter((w) => w.name.trim().toLowerCase() === want);
    if (chosen.length === 0)
      return {
        ok: false,
        reason: message(
          `Il foglio «${sheet}» non c'è (fogli: ${sheets.map((s) => `«${s}»`).join(", ")}).`,
          `There is no sheet «${sheet}» (sheets: ${sheets.map((s) => `«${s}»`).join(", ")}).`
        ),
      };
  }
  const grids: SheetGrid[] = [];
  for (const ws of chosen) {
    const grid = sheetGrid(ws);
    if (grid) grids.push({ sheet: ws.name, grid });
  }
  return { ok: true, grids, sheets };
}

/** .xlsx bytes → the grids of its sheets (the package checked first, as every reader does). */
export async function readGrids(bytes: BufferLike, sheet?: string): Promise<GridsRead> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return { ok: false, reason: loaded.reason };
  return workbookGrids(loaded.workbook, sheet);
}
