/**
 * An ExcelJS workbook's sheets as grids with their formulas (WorkbookBackend.readGrids, for the
 * analyst's tables): each sheet's used range, merges and number formats as the table reader sees
 * them (grid.ts), and beside each cell its formula as the user sees it (null for a constant).
 */
import type ExcelJS from "exceljs";
import type { GridWhere, WorksheetGrid } from "../../workbook/backend";
import { formulaOf } from "./cells";
import { sheetGrid } from "./grid";

export function worksheetGrid(ws: ExcelJS.Worksheet): WorksheetGrid | null {
  const grid = sheetGrid(ws);
  if (!grid || grid.origin.kind !== "sheet") return null;
  const { row, col } = grid.origin;
  const formulas = grid.rows.map((r, i) =>
    r.map((v, j) => (v === null ? null : formulaOf(ws.getCell(row + i, col + j))))
  );
  return { grid, formulas };
}

/** The grids of the sheets `where` names (a sheet by name, case-insensitive; all by default). */
export function worksheetGrids(
  wb: ExcelJS.Workbook,
  where: GridWhere = {},
  selectedSheet?: string
): WorksheetGrid[] {
  const wanted = (where.sheet ?? (where.selection ? selectedSheet : undefined))?.toLowerCase();
  const out: WorksheetGrid[] = [];
  for (const ws of wb.worksheets) {
    if (wanted !== undefined && ws.name.toLowerCase() !== wanted) continue;
    const g = worksheetGrid(ws);
    if (g) out.push(g);
  }
  return out;
}
