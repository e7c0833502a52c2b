/** The PIRA tables of .xlsx bytes (CLI, tests), through the package reader (read/). */
import type { TablesResult } from "../../workbook";
import { checkZip, type CheckedZipBytes } from "../zip";
import type { BufferLike } from "./buffer";
import { notReadable, WorkbookReader } from "./read/index";

/** The tables of an .xlsx file, or why they cannot be read (the package checked first). */
export async function readTables(buffer: BufferLike): Promise<TablesResult> {
  const checked = await checkZip(buffer);
  if (!checked.ok) return notReadable(checked);
  return readCheckedTables(checked.bytes);
}

/** readTables for a package already checked. */
export async function readCheckedTables(bytes: CheckedZipBytes): Promise<TablesResult> {
  const opened = await WorkbookReader.open(bytes);
  if (!opened.ok) return opened;
  return opened.reader.tables();
}
