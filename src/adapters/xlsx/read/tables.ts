/**
 * The PIRA tables of a scanned workbook: an Excel table named Programmi, Indicatori… (sheets in
 * sheetId order, the first table of a name wins), else a sheet named Programmi / Indicatori with
 * their header row among its first 20 rows. A table's total row is not data; a covered cell of a
 * merge shows its merge's value; a cell the part does not hold takes its row's or column's format.
 */
import type { Scalar, TableData, WorkbookTables } from "../../../workbook";
import { findHeaderRow, SHEETS, TABLES, type TableKey } from "../../../workbook";
import { message } from "../../../core/message";
import { denseLimit } from "./grids";
import { ReadRefusal } from "./refusal";
import type { SheetCells } from "./sheet-cells";
import type { TablePart } from "./table-parts";

export interface TablesSource {
  /** the sheets in sheetId order, with their table parts */
  sheets: { name: string; tables: TablePart[] }[];
  cells(sheet: string): Promise<SheetCells>;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A covered cell of a merge inside `r` → its merge's first cell's value. */
function coveredValues(s: SheetCells, r: Range): Map<number, Scalar> {
  const out = new Map<number, Scalar>();
  const width = r.right - r.left + 1;
  for (const m of s.merges) {
    if (m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right) continue;
    const k = s.find(m.top, m.left);
    const master = k < 0 ? null : s.values[k];
    merge: for (let i = Math.max(m.top, r.top); i <= Math.min(m.bottom, r.bottom); i++)
      for (let j = Math.max(m.left, r.left); j <= Math.min(m.right, r.right); j++) {
        if (i === m.top && j === m.left) continue;
        const key = (i - r.top) * width + (j - r.left);
        // overlapping merges (Excel refuses them): the first one holds
        if (out.has(key)) break merge;
        out.set(key, master);
      }
  }
  return out;
}

/** The range cut to the rows holding cells when the table claims far more than it holds. */
function bounded(s: SheetCells, r: Range, name: string): Range {
  let held = 0;
  let last = r.top;
  for (let k = 0; k < s.rows.length; k++) {
    const row = s.rows[k];
    const col = s.cols[k];
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    held++;
    if (row > last) last = row;
  }
  const rows = (b: number) => b - r.top + 1;
  const cols = r.right - r.left + 1;
  if (rows(r.bottom) * cols <= denseLimit(held)) return r;
  const cut = { ...r, bottom: last };
  if (rows(last) * cols <= denseLimit(held)) return cut;
  throw new ReadRefusal(
    message(
      `foglio «${s.sheet}», tabella «${name}»: ${held} celle sparse su ${rows(last)} righe e ${cols} colonne`,
      `sheet «${s.sheet}», table «${name}»: ${held} cells scattered over ${rows(last)} rows and ${cols} columns`
    )
  );
}

function rangeData(
  s: SheetCells,
  name: string,
  source: TableData["source"],
  whole: Range
): TableData {
  const r = bounded(s, whole, name);
  const covered = coveredValues(s, r);
  const width = r.right - r.left + 1;
  const at = (row: number, col: number) => {
    const k = s.find(row, col);
    const cover = covered.get((row - r.top) * width + (col - r.left));
    const value = cover !== undefined ? cover : k < 0 ? null : s.values[k];
    const format = k < 0 ? (s.rowFormat(row) ?? s.columnFormat(col)) : s.formats[k];
    return { value, format, formula: k < 0 || cover !== undefined ? null : s.formulas[k] };
  };
  const header: string[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const v = at(r.top, c).value;
    header.push(v === null ? "" : String(v));
  }
  const rows: Scalar[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const values: Scalar[] = [];
    const fmts: (string | null)[] = [];
    const fs: (string | null)[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const cell = at(row, c);
      values.push(cell.value);
      fmts.push(cell.format || null);
      fs.push(cell.formula);
    }
    rows.push(values);
    formats.push(fmts);
    formulas.push(fs);
  }
  return {
    name,
    sheet: s.sheet,
    row: r.top,
    col: r.left,
    header,
    rows,
    formats,
    formulas,
    source,
  };
}

const blank = (v: Scalar | undefined) => v === null || v === undefined || v === "";

/** A plain range on a sheet, found by its header row; data runs to the last non-blank row. */
function sheetTable(s: SheetCells, key: TableKey): TableData | undefined {
  const top: Scalar[][] = [];
  for (let r = 1; r <= Math.min(20, s.lastRow); r++)
    top.push(new Array<Scalar>(s.lastCol).fill(null));
  for (let k = 0; k < s.rows.length && s.rows[k] <= 20; k++)
    top[s.rows[k] - 1][s.cols[k] - 1] = s.values[k];
  const h = findHeaderRow(top, key);
  if (h < 0) return undefined;
  const header = top[h];
  let left = header.findIndex((v) => !blank(v));
  let right = header.length - 1;
  while (right > left && blank(header[right])) right--;
  left += 1;
  right += 1;
  let bottom = h + 1;
  for (let k = 0; k < s.rows.length; k++)
    if (s.cols[k] >= left && s.cols[k] <= right && !blank(s.values[k]) && s.rows[k] > bottom)
      bottom = s.rows[k];
  return rangeData(s, s.sheet, "sheet", { top: h + 1, left, bottom, right });
}

/** The PIRA tables (see the top of this file); {} when there are none. */
export async function piraTables(source: TablesSource): Promise<WorkbookTables> {
  const keys = Object.keys(TABLES) as TableKey[];
  const out: WorkbookTables = {};
  for (const s of source.sheets) {
    const found = s.tables
      .map((t) => ({ t, key: keys.find((k) => TABLES[k].toLowerCase() === t.name.toLowerCase()) }))
      .filter((x) => x.key && !out[x.key] && x.t.range);
    if (found.length === 0) continue;
    const cells = await source.cells(s.name);
    for (const { t, key } of found) {
      const k = key as TableKey;
      const range = t.range as Range;
      if (out[k]) continue;
      // headerRowCount="0" is read as ExcelJS read it (its own re-saves wrote it on every table):
      // the first row of the range is the header
      out[k] = rangeData(cells, t.name, "table", { ...range, bottom: range.bottom - t.totals });
    }
  }
  for (const [key, name] of [
    ["programmes", SHEETS.programmes],
    ["indicators", SHEETS.indicators],
  ] as [TableKey, string][]) {
    if (out[key]) continue;
    const s = source.sheets.find((w) => w.name.trim().toLowerCase() === name.toLowerCase());
    if (!s) continue;
    const data = sheetTable(await source.cells(s.name), key);
    if (data) out[key] = data;
  }
  return out;
}

/** Whether the workbook holds a PIRA table (by name) or a Programmi / Indicatori sheet with its header. */
export async function holdsPira(source: TablesSource): Promise<boolean> {
  const names = new Set([TABLES.programmes, TABLES.indicators].map((n) => n.toLowerCase()));
  if (source.sheets.some((s) => s.tables.some((t) => names.has(t.name.toLowerCase())))) return true;
  for (const s of source.sheets) {
    const key = s.name.trim().toLowerCase();
    const k: TableKey | undefined =
      key === SHEETS.programmes.toLowerCase()
        ? "programmes"
        : key === SHEETS.indicators.toLowerCase()
          ? "indicators"
          : undefined;
    if (!k) continue;
    if (sheetTable(await source.cells(s.name), k)) return true;
  }
  return false;
}
