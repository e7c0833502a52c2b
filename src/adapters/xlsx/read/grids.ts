/**
 * A scanned sheet as grids for the analyst's tables (WorkbookBackend.readGrids): the cells holding
 * a value, with their number formats, formulas and the merges, anchored at their first cell so
 * every diagnostic names the analyst's own cell ("Foglio1!C7").
 *
 * A grid is a dense block, so its size is bounded by the cells present, not by what the file
 * claims: when the used range is far larger than its cells (a value at XFD1048576 beside a table
 * at A1), the cells are cut into blocks along empty rows and columns (an XY cut, with a stack, not
 * recursion) until each block is dense enough; a block that cannot be cut and is still too sparse
 * refuses the sheet (ReadRefusal) instead of taking gigabytes.
 */
import type { Grid, GridCell, Merge } from "../../../core/grid";
import { message } from "../../../core/message";
import type { WorksheetGrid } from "../../../workbook";
import { ReadRefusal } from "./refusal";
import type { SheetCells } from "./sheet-cells";

/** The most cells a block may span: a floor, plus a multiple of the cells it holds. */
export function denseLimit(cells: number): number {
  return 1_000_000 + 16 * cells;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(s: SheetCells, idx: readonly number[]): Box {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const k of idx) {
    const r = s.rows[k];
    const c = s.cols[k];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return { top, left, bottom, right };
}

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/**
 * The cells cut in two at the widest empty band of one axis (rows or columns; of the widest, the
 * one nearest the middle, so that cuts halve); one group when the axis has no empty band.
 */
function cut(s: SheetCells, idx: number[], axis: "rows" | "cols"): number[][] {
  const at = s[axis];
  const sorted = [...idx].sort((a, b) => at[a] - at[b]);
  let best = -1;
  let widest = 1;
  const middle = sorted.length / 2;
  for (let j = 1; j < sorted.length; j++) {
    const gap = at[sorted[j]] - at[sorted[j - 1]];
    if (
      gap > widest ||
      (gap === widest && best >= 0 && Math.abs(j - middle) < Math.abs(best - middle))
    ) {
      if (gap > 1) {
        widest = gap;
        best = j;
      }
    }
  }
  return best < 0 ? [idx] : [sorted.slice(0, best), sorted.slice(best)];
}

/** The blocks of cells (see the top of this file), each in row, then column order. */
function blocks(s: SheetCells, all: number[]): number[][] {
  const out: number[][] = [];
  const stack: number[][] = [all];
  while (stack.length > 0) {
    const idx = stack.pop() as number[];
    if (area(boxOf(s, idx)) <= denseLimit(idx.length)) {
      out.push(idx);
      continue;
    }
    let parts = cut(s, idx, "rows");
    if (parts.length === 1) parts = cut(s, idx, "cols");
    if (parts.length === 1) {
      const b = boxOf(s, idx);
      throw new ReadRefusal(
        message(
          `foglio «${s.sheet}»: ${idx.length} celle sparse su ${b.bottom - b.top + 1} righe e ${b.right - b.left + 1} colonne, troppo poche per un'area così grande`,
          `sheet «${s.sheet}»: ${idx.length} cells scattered over ${b.bottom - b.top + 1} rows and ${b.right - b.left + 1} columns, too few for so large an area`
        )
      );
    }
    stack.push(...parts.reverse());
  }
  // in sheet order: by first row, then first column
  return out
    .map((idx) => idx.sort((a, b) => s.rows[a] - s.rows[b] || s.cols[a] - s.cols[b]))
    .sort((a, b) => s.rows[a[0]] - s.rows[b[0]] || s.cols[a[0]] - s.cols[b[0]]);
}

function gridOf(s: SheetCells, idx: number[]): WorksheetGrid {
  const box = boxOf(s, idx);
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const rows: GridCell[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  const formulas: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    rows[i] = new Array<GridCell>(width).fill(null);
    formats[i] = new Array<string | null>(width).fill(null);
    formulas[i] = new Array<string | null>(width).fill(null);
  }
  for (const k of idx) {
    const i = s.rows[k] - box.top;
    const j = s.cols[k] - box.left;
    rows[i][j] = s.values[k];
    formats[i][j] = s.formats[k];
    formulas[i][j] = s.formulas[k];
  }
  const merges: Merge[] = [];
  for (const m of s.merges) {
    if (m.bottom < box.top || m.top > box.bottom || m.right < box.left || m.left > box.right)
      continue;
    merges.push({
      top: m.top - box.top,
      left: m.left - box.left,
      bottom: m.bottom - box.top,
      right: m.right - box.left,
    });
  }
  const grid: Grid = {
    rows,
    merges,
    formats,
    origin: { kind: "sheet", sheet: s.sheet, row: box.top, col: box.left },
  };
  return { grid, formulas };
}

/**
 * By row, the rightmost column of a cell the part holds — whatever it holds: a value, a formula
 * showing blank or with no cached result, a style only (WorksheetGrid.held).
 */
function heldCells(s: SheetCells): Map<number, number> {
  const held = new Map<number, number>();
  for (let k = 0; k < s.rows.length; k++)
    if ((held.get(s.rows[k]) ?? 0) < s.cols[k]) held.set(s.rows[k], s.cols[k]);
  return held;
}

/** The grids of a scanned sheet: none for a sheet without values, one block for most sheets. */
export function sheetGrids(s: SheetCells): WorksheetGrid[] {
  const idx: number[] = [];
  for (let k = 0; k < s.values.length; k++) {
    const v = s.values[k];
    if (v !== null && v !== "") idx.push(k);
  }
  if (idx.length === 0) return [];
  const held = heldCells(s);
  return blocks(s, idx).map((b) => ({ ...gridOf(s, b), held }));
}
