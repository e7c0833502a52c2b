/**
 * The sheets of a workbook that is not a PIRA workbook, as grids for the table reader: each
 * sheet's used range with its merged cells and number formats, anchored at its first used cell so
 * every diagnostic names the analyst's own cell ("Foglio1!C7").
 */
import type ExcelJS from "exceljs";
import type { Grid, GridCell, Merge } from "../../core/grid/types";
import { message, type Message } from "../../core/message";
import { cellScalar } from "./cells";
import type { BufferLike } from "./buffer";
import { loadWorkbook } from "./load";

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
