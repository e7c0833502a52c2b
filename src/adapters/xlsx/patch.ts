/** A fill patch written onto an ExcelJS workbook: only the patch's cells are touched. */
import type ExcelJS from "exceljs";
import type { Patch } from "../../workbook";
import { cellParts } from "../../workbook";
import { writeCell, type WriteCellOptions } from "./cells";

export function applyPatch(
  wb: ExcelJS.Workbook,
  patch: Patch,
  options: WriteCellOptions = {}
): number {
  const ws = wb.getWorksheet(patch.sheet);
  if (!ws) throw new Error(`applyPatch: no sheet «${patch.sheet}»`);
  let n = 0;
  for (const b of patch.blocks) {
    b.cells.forEach((r, i) => {
      const row = ws.getRow(b.row + i);
      r.forEach((c, j) => {
        writeCell(row.getCell(b.col + j), cellParts(c), options);
        n++;
      });
    });
  }
  return n;
}
