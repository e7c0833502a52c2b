/**
 * A description applied to a workbook that already has sheets: its sheets replace those of the
 * same name and keep their place; a PIRA table name taken on a sheet that stays is given up there
 * (that table becomes a plain range). What both ExcelJS backends (workbench, file) do on applySpec.
 */
import type ExcelJS from "exceljs";
import type { ApplyOptions, WorkbookSpec } from "../../workbook";
import { replaceSheets } from "./apply";
import type { WriteCellOptions } from "./cells";

/** ExcelJS keeps tables in a map it does not type. */
interface WithTables {
  getTable?(name: string): unknown;
  removeTable?(name: string): void;
}

/**
 * The order of the sheets after a description was applied: sheets that were there keep their
 * place (a replaced sheet too); a new one goes after the sheet before it in the description, or
 * before the next one; others (the file's own new sheets) at the end.
 */
export function sheetOrder(before: string[], spec: string[], after: string[]): string[] {
  const present = new Set(after);
  const order = before.filter((n) => present.has(n));
  spec.forEach((name, i) => {
    if (order.includes(name) || !present.has(name)) return;
    const previous = i > 0 ? order.indexOf(spec[i - 1]) : -1;
    if (previous >= 0) return void order.splice(previous + 1, 0, name);
    const next = spec.slice(i + 1).find((n) => order.includes(n));
    if (next !== undefined) order.splice(order.indexOf(next), 0, name);
    else order.push(name);
  });
  for (const name of after) if (!order.includes(name)) order.push(name);
  return order;
}

export function updateWorkbook(
  wb: ExcelJS.Workbook,
  spec: WorkbookSpec,
  options: ApplyOptions & WriteCellOptions = {}
): void {
  const before = wb.worksheets.map((w) => w.name);
  const replaced = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
  const tableNames = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
  for (const ws of wb.worksheets) {
    if (replaced.has(ws.name.toLowerCase()) || options.removeMatching?.test(ws.name)) continue;
    const tables = ws as unknown as WithTables;
    for (const name of tableNames) if (tables.getTable?.(name)) tables.removeTable?.(name);
  }
  replaceSheets(wb, spec.sheets, options);
  if (!wb.title) wb.title = spec.title;
  const after = wb.worksheets.map((w) => w.name);
  const order = sheetOrder(
    before,
    spec.sheets.map((s) => s.name),
    after
  );
  // ExcelJS orders sheets (and writes them) by orderNo, which it does not type
  for (const ws of wb.worksheets)
    (ws as unknown as { orderNo: number }).orderNo = order.indexOf(ws.name);
}
