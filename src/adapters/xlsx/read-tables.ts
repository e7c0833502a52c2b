/** The PIRA tables of .xlsx bytes (CLI, tests): only the sheets that can hold them are parsed. */
import type { TablesResult } from "../../workbook/tables";
import { checkZip, type CheckedZipBytes } from "../zip/safe-zip";
import { readPackageTables } from "./package/read-tables";
import { tablesOnly } from "./package/tables-only";
import { loadCheckedWorkbook, notPira, notReadable, workbookTables, type BufferLike } from "./read";

/**
 * The tables of an .xlsx file, or why they cannot be read. The package is checked first
 * (zip/safe-zip.ts); only the sheets that can hold the tables are parsed (package/tables-only.ts).
 */
export async function readTables(buffer: BufferLike): Promise<TablesResult> {
  const checked = await checkZip(buffer);
  if (!checked.ok) return notReadable(checked);
  return readCheckedTables(checked.bytes);
}

/** readTables for a package already checked. */
export async function readCheckedTables(bytes: CheckedZipBytes): Promise<TablesResult> {
  // straight from the package's XML (package/read-tables.ts); ExcelJS when its shape is unexpected
  const direct = await readPackageTables(bytes);
  if (direct)
    return direct.programmes || direct.indicators ? { ok: true, tables: direct } : notPira();
  return readTablesWithExcelJS(bytes);
}

/** The tables as ExcelJS reads them (only the sheets that can hold them are parsed). */
export async function readTablesWithExcelJS(bytes: CheckedZipBytes): Promise<TablesResult> {
  const loaded = await loadCheckedWorkbook(await tablesOnly(bytes));
  if (!loaded.ok) return loaded;
  const tables = workbookTables(loaded.workbook);
  if (!tables.programmes && !tables.indicators) return notPira();
  return { ok: true, tables };
}
