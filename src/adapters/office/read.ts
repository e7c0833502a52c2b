/**
 * Reads the PIRA tables inside Excel in three syncs whatever their size: one to list tables and
 * sheets, one to learn where each table (or fallback sheet) lies, one to load every table's
 * values, number formats and formulas at once — more only when that answer would pass Excel on
 * the web's 5 MB response limit (load-rows.ts: then in row chunks).
 */
import { message } from "../../core/message";
import { numberUnderFormat } from "../../core/number-format";
import { findHeaderRow, SHEETS, TABLES, type TableKey } from "../../workbook";
import type { Scalar, TableData, TablesResult, WorkbookTables } from "../../workbook";
import { Batch } from "./batch";
import { loadCells, type Block, type Cells } from "./load-rows";

/** A table's cells and where they start (0-based). */
interface Loaded extends Cells {
  rowIndex: number;
  columnIndex: number;
}

/** A range's cells to read; `drop` rows at its bottom left out (a table's total row). */
function blockOf(sheet: Excel.Worksheet, r: Excel.Range, drop = 0): Block {
  const rows = Math.max(1, r.rowCount - drop);
  return { sheet, row: r.rowIndex, col: r.columnIndex, rows, cols: r.columnCount };
}

export function scalar(v: unknown): Scalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * A cell's value as every reader gives it (core/number-format): a number under a date format is
 * the date as dd/mm/yyyy, as the .xlsx reader reads the same cell; any other number stays a number.
 * Excel gives values in the 1900 date system (dates of a 1904 workbook are not told apart here).
 */
export function cellValue(v: unknown, format: unknown): Scalar {
  const s = scalar(v);
  return typeof s === "number" && typeof format === "string" ? numberUnderFormat(s, format) : s;
}

/** A cell's formula without its "="; none for text that merely starts with "=" (formula = value). */
export function formulaOf(f: unknown, v: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") && f !== v ? f.slice(1) : null;
}

/** A loaded range → table data; `from` is the header's row within the range. */
function toTable(
  name: string,
  sheet: string,
  r: Loaded,
  source: TableData["source"],
  from = 0
): TableData {
  const values = r.values as unknown[][];
  const headerFormats = (r.numberFormat as unknown[][])[from] ?? [];
  const header = (values[from] ?? []).map((h, j) => {
    const v = cellValue(h, headerFormats[j]);
    return v === null ? "" : String(v);
  });
  const body = values.slice(from + 1);
  let end = body.length;
  if (source === "sheet") while (end > 0 && body[end - 1].every((v) => scalar(v) === null)) end--;
  const formatRows = (r.numberFormat as unknown[][]).slice(from + 1);
  const rows = body
    .slice(0, end)
    .map((row, i) => row.map((v, j) => cellValue(v, formatRows[i]?.[j])));
  const formats = (r.numberFormat as unknown[][])
    .slice(from + 1, from + 1 + end)
    .map((row) => row.map((f) => (typeof f === "string" && f !== "General" ? f : null)));
  const formulas = (r.formulas as unknown[][])
    .slice(from + 1, from + 1 + end)
    .map((row, i) => row.map((f, j) => formulaOf(f, body[i][j])));
  return {
    name,
    sheet,
    row: r.rowIndex + 1 + from,
    col: r.columnIndex + 1,
    header,
    rows,
    formats,
    formulas,
    source,
  };
}

export interface OfficeReadResult {
  result: TablesResult;
  syncs: number;
}

export async function readTables(context: Excel.RequestContext): Promise<OfficeReadResult> {
  const batch = new Batch(context);
  const tables = context.workbook.tables;
  const worksheets = context.workbook.worksheets;
  // a table's total row (showTotals, ExcelApi 1.3) is not data: it is left out of the read, so a
  // fill's patch (as many rows as the data) never reaches it either
  tables.load("items/name,items/showTotals");
  worksheets.load("items/name");
  await batch.sync();

  const keys = Object.keys(TABLES) as TableKey[];
  const found: {
    key: TableKey;
    name: string;
    range: Excel.Range;
    sheet: Excel.Worksheet;
    totals: number;
  }[] = [];
  for (const t of tables.items) {
    const key = keys.find((k) => TABLES[k].toLowerCase() === t.name.toLowerCase());
    if (!key || found.some((f) => f.key === key)) continue;
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount"); // where it lies
    t.worksheet.load("name");
    found.push({ key, name: t.name, range, sheet: t.worksheet, totals: t.showTotals ? 1 : 0 });
  }
  const fallback: { key: TableKey; sheet: Excel.Worksheet; range: Excel.Range }[] = [];
  for (const [key, sheetName] of [
    ["programmes", SHEETS.programmes],
    ["indicators", SHEETS.indicators],
  ] as [TableKey, string][]) {
    if (found.some((f) => f.key === key)) continue;
    const sheet = worksheets.items.find(
      (w) => w.name.trim().toLowerCase() === sheetName.toLowerCase()
    );
    if (!sheet) continue;
    const range = sheet.getUsedRange(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount"); // where it lies
    fallback.push({ key, sheet, range });
  }
  await batch.sync();

  const cells = await loadCells(batch, [
    ...found.map((f) => blockOf(f.sheet, f.range, f.totals)),
    ...fallback.map((f) => blockOf(f.sheet, f.range)),
  ]);
  const loaded = (i: number, r: Excel.Range): Loaded => ({
    ...cells[i],
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
  });

  const out: WorkbookTables = {};
  found.forEach((f, i) => {
    out[f.key] = toTable(f.name, f.sheet.name, loaded(i, f.range), "table");
  });
  fallback.forEach((f, k) => {
    const r = loaded(found.length + k, f.range);
    const h = findHeaderRow(
      r.values.map((row, i) =>
        (row as unknown[]).map((v, j) => cellValue(v, (r.numberFormat[i] as unknown[])[j]))
      ),
      f.key
    );
    if (h >= 0) out[f.key] = toTable(f.sheet.name, f.sheet.name, r, "sheet", h);
  });
  if (!out.programmes && !out.indicators) {
    return {
      syncs: batch.syncs,
      result: {
        ok: false,
        code: "not-pira",
        reason: message(
          `Non è una cartella PIRA: non ci sono le tabelle (o i fogli) «${TABLES.programmes}» e «${TABLES.indicators}».`,
          `Not a PIRA workbook: there are no «${TABLES.programmes}» and «${TABLES.indicators}» tables (or sheets).`
        ),
      },
    };
  }
  return { syncs: batch.syncs, result: { ok: true, tables: out } };
}
