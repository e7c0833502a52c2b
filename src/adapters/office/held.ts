/**
 * What the analyst's sheet holds beyond what its grid shows (WorksheetGrid.held): by sheet row,
 * the rightmost cell that holds anything — a value, a formula (one that shows blank too), a
 * number format, or only a style. The fill in place puts its computed columns right of it.
 *
 * - Inside the grid's block: its cells as loadCells read them (values, formulas, number formats),
 *   nothing more to ask.
 * - Right of the block, where the sheet's used range counting formats (getUsedRangeOrNullObject
 *   with valuesOnly false, ExcelApi 1.4) goes further than the block: one probe a row, the used
 *   range of that row's cells there — Excel's own answer, a fill or a border counted — queued
 *   with the cell reads, so they travel in the same sync (more only past the 5 MB request limit).
 *
 * Not seen: a cell inside the block with a style and no number format (a fill, a border) right of
 * the table's own cells in its rows, where another table's cells lie further right on the sheet.
 */
import type { Batch } from "./batch";
import type { Block, Cells } from "./load-rows";
import { formulaOf } from "./read";

/** The probes of one block: by row of the block, the used range right of it (or none). */
export interface HeldProbes {
  ranges: (Excel.Range | null)[];
}

/**
 * Queues one probe a row of `block` over the columns right of it up to `fullRight` (0-based, the
 * last column of the sheet's used range counting formats), when there are such columns.
 */
export async function queueHeldProbes(
  batch: Batch,
  block: Block,
  fullRight: number
): Promise<HeldProbes> {
  const right = block.col + block.cols - 1;
  if (fullRight <= right) return { ranges: [] };
  const width = fullRight - right;
  const ranges: Excel.Range[] = [];
  for (let i = 0; i < block.rows; i++) {
    await batch.calls(2, 2);
    const probe = block.sheet
      .getRangeByIndexes(block.row + i, right + 1, 1, width)
      .getUsedRangeOrNullObject(false);
    probe.load("columnIndex,columnCount");
    ranges.push(probe);
  }
  return { ranges };
}

function holds(value: unknown, formula: unknown, format: unknown): boolean {
  if (value !== "" && value !== null && value !== undefined) return true;
  if (formulaOf(formula, value) !== null) return true;
  return typeof format === "string" && format !== "" && format !== "General";
}

/** By sheet row (1-based), the rightmost column (1-based) holding anything; after the sync. */
export function heldCells(block: Block, cells: Cells, probes: HeldProbes): Map<number, number> {
  const held = new Map<number, number>();
  for (let i = 0; i < cells.values.length; i++) {
    const values = cells.values[i] as unknown[];
    const formulas = cells.formulas[i] as unknown[];
    const formats = cells.numberFormat[i] as unknown[];
    let right = -1;
    for (let j = values.length - 1; j >= 0; j--)
      if (holds(values[j], formulas[j], formats[j])) {
        right = block.col + j;
        break;
      }
    const probe = probes.ranges[i];
    if (probe && !probe.isNullObject) right = probe.columnIndex + probe.columnCount - 1;
    if (right >= 0) held.set(block.row + i + 1, right + 1);
  }
  return held;
}
