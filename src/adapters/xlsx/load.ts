/**
 * The whole workbook loaded by ExcelJS, for the writes that need it (a workbook written again
 * whole): the package checked first, the header rows of its tables given back. Reading the tables
 * and grids goes through read/, never through this model.
 */
import ExcelJS from "exceljs";
import { message } from "../../core/message";
import { checkZip, packageCounts, reopen, type CheckedZipBytes } from "../zip";
import type { BufferLike } from "./buffer";
import { notReadable } from "./read/refusal";

export { notReadable };

interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  /** a total row at the bottom of the range (totalsRowCount="1"): never data */
  totalsRow?: boolean;
}

function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  const list =
    (
      ws as unknown as { getTables?: () => { table?: TableModel; model?: TableModel }[] }
    ).getTables?.() ?? [];
  return list.map((t) => t.table ?? t.model ?? {});
}

type Loaded =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; code: "corrupt"; reason: ReturnType<typeof message> };

function corrupt(why: string, whyEn = why): Loaded {
  return {
    ok: false,
    code: "corrupt",
    reason: message(
      `Il file non è una cartella di lavoro .xlsx leggibile (${why}).`,
      `The file is not a readable .xlsx workbook (${whyEn}).`
    ),
  };
}

/**
 * Loads a file; a file that is not an .xlsx gives a "corrupt" result. The package is checked
 * first (zip/safe-zip.ts: sizes, CRCs), as ExcelJS inflates every part whole, with no limit.
 */
export async function loadWorkbook(buffer: BufferLike): Promise<Loaded> {
  const checked = await checkZip(buffer);
  if (!checked.ok) return notReadable(checked);
  return loadCheckedWorkbook(checked.bytes);
}

/** Loads a package already checked (or just written by this program). */
export async function loadCheckedWorkbook(bytes: CheckedZipBytes): Promise<Loaded> {
  const wb = new ExcelJS.Workbook();
  packageCounts.exceljsLoads++;
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return corrupt(why);
  }
  await restoreHeaderRows(wb, bytes);
  return { ok: true, workbook: wb };
}

/**
 * ExcelJS reads a table whose part leaves headerRowCount out (its default is 1: Excel's files and
 * ours) as a table without a header row, and writes it back with headerRowCount="0": Excel would
 * then show the column names as a row of data. The header row is given back to every table whose
 * part did not say "0".
 */
async function restoreHeaderRows(wb: ExcelJS.Workbook, bytes: CheckedZipBytes): Promise<void> {
  const zip = await reopen(bytes);
  const headerless = new Set<string>();
  for (const path of Object.keys(zip.files).filter(
    (p) => /\.xml$/i.test(p) && /tables?\//i.test(p)
  )) {
    const xml = await zip.file(path)?.async("string");
    const tag = xml ? /<table\b[^>]*>/.exec(xml)?.[0] : undefined;
    if (tag && /\sheaderRowCount\s*=\s*"0"/.test(tag))
      headerless.add((/\sname\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? "").toLowerCase());
  }
  wb.eachSheet((ws) => {
    for (const t of tablesOf(ws) as (TableModel & { headerRow?: boolean })[])
      if (!headerless.has((t.name ?? "").toLowerCase())) t.headerRow = true;
  });
}
