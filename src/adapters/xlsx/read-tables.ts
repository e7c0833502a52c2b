/** The PIRA tables of .xlsx bytes (CLI, tests): only the sheets that can hold them are parsed. */
import type { TablesResult } from "../../workbook/tables";
import { tablesOnly } from "./package/tables-only";
import { loadWorkbook, notPira, workbookTables, type BufferLike } from "./read";

/**
 * The tables of an .xlsx file, or why they cannot be read. Only the sheets that can hold them are
 * parsed (package/tables-only.ts).
 */
export async function readTables(buffer: BufferLike): Promise<TablesResult> {
  const loaded = await loadWorkbook(await tablesOnly(buffer));
  if (!loaded.ok) return loaded;
  const tables = workbookTables(loaded.workbook);
  if (!tables.programmes && !tables.indicators) return notPira();
  return { ok: true, tables };
}
