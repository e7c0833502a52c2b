/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync */
/**
 * The PIRA tables of an .xlsx file: by Excel table name, else by sheet name and header detection.
 * A file that is not a spreadsheet, or a workbook without PIRA tables, is a clear result, not a throw.
 */
import ExcelJS from "exceljs";
import { message, type Message } from "../../core/message";
import { parseRange } from "../../workbook/a1";
import { findHeaderRow } from "../../workbook/headers";
import { SHEETS, TABLES, type TableKey } from "../../workbook/names";
import type { Scalar } from "../../workbook/spec";
import type { TableData, TablesResult, WorkbookTables } from "../../workbook/tables";
import {
  checkZip,
  packageCounts,
  reopen,
  type CheckedZipBytes,
  type ZipRefusal,
} from "../zip/safe-zip";
import { cellScalar, formulaOf, scalarOf } from "./cells";

import type { BufferLike } from "./buffer";

function rangeData(
  ws: ExcelJS.Worksheet,
  name: string,
  source: TableData["source"],
  top: number,
  left: number,
  bottom: number,
  right: number
): TableData {
  const header: string[] = [];
  const headerRow = ws.getRow(top);
  for (let c = left; c <= right; c++) {
    const v = scalarOf(headerRow.getCell(c).value);
    header.push(v === null ? "" : String(v));
  }
  const rows: Scalar[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row = ws.getRow(r);
    const values: Scalar[] = [];
    const fmts: (string | null)[] = [];
    const fs: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      values.push(cellScalar(cell));
      fmts.push(cell.numFmt || null);
      fs.push(formulaOf(cell));
    }
    rows.push(values);
    formats.push(fmts);
    formulas.push(fs);
  }
  return { name, sheet: ws.name, row: top, col: left, header, rows, formats, formulas, source };
}

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

function gridOf(ws: ExcelJS.Worksheet, rows: number): Scalar[][] {
  const out: Scalar[][] = [];
  for (let r = 1; r <= Math.min(rows, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const cells: Scalar[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(scalarOf(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

/** A plain range on a sheet, found by its header row; data runs to the last non-blank row. */
function sheetTable(ws: ExcelJS.Worksheet, key: TableKey): TableData | undefined {
  const grid = gridOf(ws, 20);
  const h = findHeaderRow(grid, key);
  if (h < 0) return undefined;
  const header = grid[h];
  let left = header.findIndex((v) => v !== null && v !== "");
  let right = header.length - 1;
  while (right > left && (header[right] === null || header[right] === "")) right--;
  left += 1;
  right += 1;
  let bottom = ws.rowCount;
  const blank = (r: number) => {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) {
      const v = scalarOf(row.getCell(c).value);
      if (v !== null && v !== "") return false;
    }
    return true;
  };
  while (bottom > h + 1 && blank(bottom)) bottom--;
  return rangeData(ws, ws.name, "sheet", h + 1, left, bottom, right);
}

/** The PIRA tables of a loaded workbook. */
export function workbookTables(wb: ExcelJS.Workbook): WorkbookTables {
  const out: WorkbookTables = {};
  const keys = Object.keys(TABLES) as TableKey[];
  wb.eachSheet((ws) => {
    for (const t of tablesOf(ws)) {
      const key = keys.find((k) => TABLES[k].toLowerCase() === (t.name ?? "").toLowerCase());
      const ref = parseRange(t.tableRef ?? t.ref ?? "");
      if (!key || !ref || out[key]) continue;
      // the total row (SUBTOTAL formulas, "Totale") is neither read nor written
      const totals = t.totalsRow ? 1 : 0;
      out[key] = rangeData(
        ws,
        t.name as string,
        "table",
        ref.row,
        ref.col,
        ref.row + ref.rows - 1 - totals,
        ref.col + ref.cols - 1
      );
    }
  });
  const bySheet: Partial<Record<TableKey, string>> = {
    programmes: SHEETS.programmes,
    indicators: SHEETS.indicators,
  };
  for (const key of Object.keys(bySheet) as TableKey[]) {
    if (out[key]) continue;
    const ws = wb.worksheets.find(
      (w) => w.name.trim().toLowerCase() === (bySheet[key] as string).toLowerCase()
    );
    const data = ws ? sheetTable(ws, key) : undefined;
    if (data) out[key] = data;
  }
  return out;
}

type Loaded =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; code: "corrupt"; reason: ReturnType<typeof message> };

/** A refusal of the zip guard in the words of a workbook reader. */
export function notReadable(r: ZipRefusal): {
  ok: false;
  code: "corrupt";
  reason: ReturnType<typeof message>;
} {
  if (r.problem !== "not-zip" || !r.detail) return { ok: false, code: "corrupt", reason: r.reason };
  return corrupt(r.detail.it, r.detail.en) as { ok: false; code: "corrupt"; reason: Message };
}

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

export function notPira(): TablesResult {
  return {
    ok: false,
    code: "not-pira",
    reason: message(
      `Non è una cartella PIRA: non ci sono le tabelle (o i fogli) «${TABLES.programmes}» e «${TABLES.indicators}».`,
      `Not a PIRA workbook: there are no «${TABLES.programmes}» and «${TABLES.indicators}» tables (or sheets).`
    ),
  };
}
