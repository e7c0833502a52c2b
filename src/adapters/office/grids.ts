/**
 * The sheets inside Excel as grids for the analyst's tables (WorkbookBackend.readGrids): each
 * sheet's used range — or, asked for the selection, the region around the selected cells
 * (Range.getSurroundingRegion, ExcelApi 1.7; the whole used range when the selection is a lone
 * cell) — with values, number formats and formulas read by load-rows.ts (row chunks under the
 * 5 MB response limit). Merged areas are read only where ExcelApi 1.13 is there
 * (getMergedAreasOrNullObject); elsewhere the grid has none, and a header merged across years
 * is read from its first cell, as the table reader does for a CSV. Each grid says, by row, how far
 * right the sheet holds anything, a style-only cell included (held.ts), read in the same syncs.
 */
import type { Merge } from "../../core/grid";
import type { GridWhere, WorksheetGrid } from "../../workbook";
import { Batch, DEFAULT_MAX_PAYLOAD } from "./batch";
import { heldCells, queueHeldProbes, type HeldProbes } from "./held";
import { loadCells, type Block } from "./load-rows";
import { cellValue, formulaOf } from "./read";
import { officeRequirements, type Requirements } from "./requirements";

function formatOf(f: unknown): string | null {
  return typeof f === "string" && f !== "" && f !== "General" ? f : null;
}

/** A region of more than one row and column (a lone cell: the whole used range instead). */
function regionUsable(region: Excel.Range): boolean {
  return region.rowCount > 1 && region.columnCount > 1;
}

export async function readGrids(
  context: Excel.RequestContext,
  where: GridWhere = {},
  requirements: Requirements = officeRequirements()
): Promise<WorksheetGrid[]> {
  const batch = new Batch(context, DEFAULT_MAX_PAYLOAD);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = where.selection ? context.workbook.worksheets.getActiveWorksheet() : null;
  const region = where.selection
    ? context.workbook.getSelectedRange().getSurroundingRegion()
    : null;
  if (active) active.load("name");
  if (region) region.load("rowIndex,columnIndex,rowCount,columnCount");
  await batch.calls(4, 6);
  await batch.sync();

  const wanted = (where.sheet ?? active?.name)?.toLowerCase();
  const chosen = sheets.items.filter(
    (s) => wanted === undefined || s.name.toLowerCase() === wanted
  );
  const ranges: { sheet: Excel.Worksheet; range: Excel.Range; full: Excel.Range }[] = [];
  for (const sheet of chosen) {
    // the used range counting formats too: how far right a style-only cell may lie (held.ts)
    const full = sheet.getUsedRangeOrNullObject(false);
    full.load("columnIndex,columnCount");
    if (region && regionUsable(region)) {
      ranges.push({ sheet, range: region, full });
      continue;
    }
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    ranges.push({ sheet, range, full });
  }
  await batch.calls(ranges.length * 4, ranges.length * 4);
  await batch.sync();
  const used = ranges.filter((r) => !r.range.isNullObject);
  const blocks: Block[] = used.map(({ sheet, range }) => ({
    sheet,
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  }));
  // the probes right of each block travel with the cells' first sync
  const probes: HeldProbes[] = [];
  for (const [i, { full }] of used.entries())
    probes.push(
      await queueHeldProbes(
        batch,
        blocks[i],
        full.isNullObject ? -1 : full.columnIndex + full.columnCount - 1
      )
    );
  const cells = await loadCells(batch, blocks);

  const merges: Merge[][] = used.map(() => []);
  if (requirements.isSetSupported("ExcelApi", "1.13")) {
    const areas = used.map(({ range }) => {
      const a = range.getMergedAreasOrNullObject();
      a.load(
        "isNullObject,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"
      );
      return a;
    });
    await batch.calls(areas.length * 2, areas.length * 2);
    await batch.sync();
    areas.forEach((a, i) => {
      if (a.isNullObject) return;
      const b = blocks[i];
      for (const m of a.areas.items)
        merges[i].push({
          top: m.rowIndex - b.row,
          left: m.columnIndex - b.col,
          bottom: m.rowIndex + m.rowCount - 1 - b.row,
          right: m.columnIndex + m.columnCount - 1 - b.col,
        });
    });
  }

  return used.map(({ sheet }, i) => {
    const b = blocks[i];
    const c = cells[i];
    return {
      grid: {
        rows: c.values.map((r, i) =>
          (r as unknown[]).map((v, j) => cellValue(v, (c.numberFormat[i] as unknown[])[j]))
        ),
        formats: c.numberFormat.map((r) => (r as unknown[]).map(formatOf)),
        merges: merges[i],
        origin: { kind: "sheet" as const, sheet: sheet.name, row: b.row + 1, col: b.col + 1 },
      },
      // text that starts with "=" (a Text cell, a quote prefix) has its formula equal to its value
      formulas: c.formulas.map((r, i) =>
        (r as unknown[]).map((f, j) => formulaOf(f, (c.values[i] as unknown[])[j]))
      ),
      held: heldCells(b, c, probes[i]),
    };
  });
}

/** Adds a hidden sheet (visibility: ExcelApi 1.2), unless the workbook has one of that name. */
export async function addHiddenSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!existing.isNullObject) return;
  const sheet = context.workbook.worksheets.add(name);
  sheet.visibility = Excel.SheetVisibility.hidden;
  await context.sync();
}
