/**
 * The tables of a workbook description as an adapter would read them back from the applied
 * workbook: for tests, and for filling a description before it is applied.
 */
import { TABLES, type TableKey } from "../columns/names";
import { cellParts, type WorkbookSpec } from "../write/spec";
import type { TableData, WorkbookTables } from "./tables";

export function tablesOfSpec(spec: WorkbookSpec): WorkbookTables {
  const out: WorkbookTables = {};
  const keys = Object.keys(TABLES) as TableKey[];
  for (const sheet of spec.sheets) {
    for (const t of sheet.tables) {
      const key = keys.find((k) => TABLES[k] === t.name);
      if (!key) continue;
      const parts = t.rows.map((r) => r.map(cellParts));
      const data: TableData = {
        name: t.name,
        sheet: sheet.name,
        row: t.row,
        col: t.col,
        header: t.columns.map((c) => c.name),
        rows: parts.map((r) => r.map((c) => (c.value === undefined ? null : c.value))),
        formats: parts.map((r) => r.map((c, j) => c.format ?? t.columns[j]?.format ?? null)),
        formulas: parts.map((r) => r.map((c) => c.formula ?? null)),
        source: "table",
      };
      out[key] = data;
    }
  }
  return out;
}
