/**
 * The PIRA tables read straight from the package's XML, without building an ExcelJS model: for a
 * 10,000-indicator workbook a third of the time and memory of ExcelJS's reading, which parses
 * every cell of every sheet it is given into objects. It gives what the ExcelJS reader
 * (read.ts, workbookTables) gives — values as ExcelJS reads them (shared and inline strings, rich
 * text joined, numbers, booleans, errors as "#N/A", dates as dd/mm/yyyy under a date format,
 * a formula's cached result, a merged cell's value from its first cell), each cell's number
 * format (its own, else its row's or its column's), formulas as the user sees them (shared
 * formulas slid to their cell) — and a test holds the two equal on real files. A package shaped
 * otherwise than expected gives null, and the caller reads it with ExcelJS.
 */
import { fromFileForm } from "../../../workbook/formulas";
import { findHeaderRow } from "../../../workbook/headers";
import { parseRange } from "../../../workbook/a1";
import { SHEETS, TABLES, type TableKey } from "../../../workbook/names";
import type { Scalar } from "../../../workbook/spec";
import type { TableData, WorkbookTables } from "../../../workbook/tables";
import { reopen, type CheckedZipBytes } from "../../zip/safe-zip";
import {
  partText,
  REL_TYPE,
  relationships,
  relsPath,
  sheetEntries,
  WORKBOOK,
  WORKBOOK_RELS,
} from "./parts";
import { attribute, elementPattern, unescapeXml } from "./xml";

// ExcelJS's own helpers, so values read here are what its reader gives (CommonJS, no types)
const { slideFormula } = require("exceljs/lib/utils/shared-formula.js") as {
  slideFormula(formula: string, from: string, to: string): string;
};
const NumFmt = require("exceljs/lib/xlsx/xform/style/numfmt-xform.js") as {
  getDefaultFmtCode(id: number): string | undefined;
};

/** One cell as ExcelJS would hold it, reduced to what the tables need. */
interface Cell {
  /** the value a reader sees (a formula's cached result; rich text joined) */
  value: Scalar;
  /** the number format id's code, or null */
  format: string | null;
  /** the formula in the file's form, or null */
  formula: string | null;
}

interface SheetCells {
  rows: Map<number, Map<number, Cell>>;
  rowFormats: Map<number, string | null>;
  columnFormat: (col: number) => string | null;
  /** ExcelJS's rowCount and columnCount: the last row and column holding a cell */
  rowCount: number;
  columnCount: number;
}

class Unexpected extends Error {}

function unexpected(why: string): never {
  throw new Unexpected(why);
}

const ROW = elementPattern("row");
const CELL = elementPattern("c");
const PHONETIC = elementPattern("rPh");
const TEXT = elementPattern("t");
const STRING_ITEM = elementPattern("si");
const ADDRESS = /^([A-Z]{1,3})(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function letters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The text of <t> elements in a string item or a cell's <is> (phonetic runs left out). */
function itemText(xml: string): string {
  const body = xml.replace(PHONETIC, "");
  let out = "";
  for (const m of body.matchAll(TEXT)) out += unescapeXml(m[2] ?? "");
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return (xml.match(STRING_ITEM) ?? []).map(itemText);
}

/** Number format code of each cell format (xf) index, as ExcelJS gives cell.numFmt. */
function formatCodes(xml: string | undefined): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)?.[1] ?? "";
  for (const tag of numFmts.match(/<numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attribute(tag, "numFmtId"));
    const code = attribute(tag, "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return (cellXfs.match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attribute(tag, "numFmtId") ?? 0);
    if (!id) return null;
    return custom.get(id) ?? NumFmt.getDefaultFmtCode(id) ?? null;
  });
}

/** ExcelJS's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** A date serial as read.ts shows a date: dd/mm/yyyy (UTC, as ExcelJS's excelToDate). */
function dateText(serial: number, date1904: boolean): Scalar {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

interface Context {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

/** The number stored in <v>, as ExcelJS's parseFloat reads it. */
function numberOf(v: string): number {
  return parseFloat(v);
}

function parseSheet(xml: string, ctx: Context, wanted: (row: number) => boolean): SheetCells {
  // a style index as ExcelJS takes it: 0, or one past the styles, is no style (the cell then
  // takes its row's or its column's)
  const styled = (s: string | undefined) => {
    const n = parseInt(s ?? "", 10);
    return n > 0 && n < ctx.formats.length ? n : null;
  };
  const formatOf = (s: string | undefined) => {
    const n = styled(s);
    return n === null ? null : ctx.formats[n];
  };
  // column formats from <cols>
  const spans: { min: number; max: number; format: string | null }[] = [];
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? "";
  for (const tag of cols.match(/<col\b[^>]*>/g) ?? []) {
    const f = formatOf(attribute(tag, "style"));
    if (f)
      spans.push({
        min: Number(attribute(tag, "min")),
        max: Number(attribute(tag, "max")),
        format: f,
      });
  }
  const columnFormat = (col: number) =>
    spans.find((s) => col >= s.min && col <= s.max)?.format ?? null;

  const rows = new Map<number, Map<number, Cell>>();
  const rowFormats = new Map<number, string | null>();
  const shared = new Map<string, { formula: string; address: string }>();
  let rowCount = 0;
  let columnCount = 0;
  let r = 0;
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!data) unexpected("no <sheetData>");
  ROW.lastIndex = 0;
  const body = data[1] ?? "";
  for (let m = ROW.exec(body); m; m = ROW.exec(body)) {
    const attrs = m[1];
    const n = attribute(`<row ${attrs}>`, "r");
    r = n ? Number(n) : r + 1;
    if (!Number.isInteger(r) || r < 1) unexpected("a row without its number");
    const rowStyle = formatOf(attribute(`<row ${attrs}>`, "s"));
    if (rowStyle) rowFormats.set(r, rowStyle);
    let c = 0;
    let any = false;
    const inner = m[2] ?? "";
    const keep = wanted(r);
    const cells = new Map<number, Cell>();
    CELL.lastIndex = 0;
    for (let k = CELL.exec(inner); k; k = CELL.exec(inner)) {
      const tag = `<c ${k[1]}>`;
      const ref = attribute(tag, "r");
      if (ref) {
        const a = ADDRESS.exec(ref) ?? unexpected(`cell address «${ref}»`);
        if (Number(a[2]) !== r) unexpected(`cell ${ref} in row ${r}`);
        c = columnNumber(a[1]);
      } else c += 1;
      any = true;
      columnCount = Math.max(columnCount, c);
      const t = attribute(tag, "t") ?? "n";
      const s = attribute(tag, "s");
      const content = k[2] ?? "";
      const fTag = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(content);
      const vText = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(content)?.[1];
      const v = vText === undefined ? undefined : unescapeXml(vText);
      const format = styled(s) !== null ? formatOf(s) : (rowStyle ?? columnFormat(c));
      // shared formulas: the head holds the text, the others its index
      let formula: string | null = null;
      // a formula cell, for ExcelJS: formula text, or a type (shared, array) on <f>
      const fAttrs = fTag ? `<f ${fTag[1]}>` : "";
      const fText = fTag?.[2] !== undefined ? unescapeXml(fTag[2]) : "";
      const isFormula = !!fTag && (fText !== "" || attribute(fAttrs, "t") !== undefined);
      if (isFormula) {
        const text = fText;
        const si = attribute(fAttrs, "si");
        if (attribute(fAttrs, "t") === "shared" && si !== undefined) {
          const address = `${letters(c)}${r}`;
          if (attribute(fAttrs, "ref") !== undefined && text !== "") {
            shared.set(si, { formula: text, address });
            formula = text;
          } else {
            const head = shared.get(si);
            formula = head ? slideFormula(head.formula, head.address, address) : null;
          }
        } else formula = text || null;
      }
      if (!keep) continue;
      let value: Scalar = null;
      if (isFormula) {
        if (v !== undefined && v !== "") {
          if (t === "str") value = v;
          else if (t === "b") value = parseInt(v, 10) !== 0;
          else if (t === "e") value = v;
          else {
            const x = numberOf(v);
            value = isDateFormat(format) ? dateText(x, ctx.date1904) : x;
          }
        }
      } else if (t === "inlineStr") {
        const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(content);
        value = is ? itemText(is[1]) : null;
      } else if (v !== undefined && v !== "") {
        if (t === "s") value = ctx.strings[parseInt(v, 10)] ?? null;
        else if (t === "str") value = v;
        else if (t === "b") value = parseInt(v, 10) !== 0;
        else if (t === "e") value = v;
        else {
          const x = numberOf(v);
          value = isDateFormat(format) ? dateText(x, ctx.date1904) : x;
        }
      }
      cells.set(c, { value, format, formula: isFormula ? formula : null });
    }
    if (any || attrs.trim() !== "") rowCount = Math.max(rowCount, r);
    if (keep && cells.size) rows.set(r, cells);
  }
  // merged cells show their first cell's value
  const merges = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(xml)?.[1] ?? "";
  for (const tag of merges.match(/<mergeCell\b[^>]*>/g) ?? []) {
    const range = parseRange(attribute(tag, "ref") ?? "");
    if (!range) continue;
    const master = rows.get(range.row)?.get(range.col);
    for (let i = range.row; i < range.row + range.rows; i++)
      for (let j = range.col; j < range.col + range.cols; j++) {
        if (i === range.row && j === range.col) continue;
        const row = rows.get(i);
        const cell = row?.get(j);
        if (!row || !cell) continue;
        row.set(j, { value: master?.value ?? null, format: cell.format, formula: null });
      }
  }
  return { rows, rowFormats, columnFormat, rowCount, columnCount };
}

function cellAt(sheet: SheetCells, r: number, c: number): Cell {
  const cell = sheet.rows.get(r)?.get(c);
  if (cell) return cell;
  return { value: null, format: sheet.rowFormats.get(r) ?? sheet.columnFormat(c), formula: null };
}

function rangeData(
  sheet: SheetCells,
  sheetName: string,
  name: string,
  source: TableData["source"],
  top: number,
  left: number,
  bottom: number,
  right: number
): TableData {
  const header: string[] = [];
  for (let c = left; c <= right; c++) {
    const v = cellAt(sheet, top, c).value;
    header.push(v === null ? "" : String(v));
  }
  const rows: Scalar[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const values: Scalar[] = [];
    const fmts: (string | null)[] = [];
    const fs: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = cellAt(sheet, r, c);
      values.push(cell.value);
      fmts.push(cell.format || null);
      fs.push(cell.formula ? fromFileForm(cell.formula) : null);
    }
    rows.push(values);
    formats.push(fmts);
    formulas.push(fs);
  }
  return { name, sheet: sheetName, row: top, col: left, header, rows, formats, formulas, source };
}

/** A plain range found by its header row (as read.ts's sheetTable). */
function sheetTable(sheet: SheetCells, sheetName: string, key: TableKey): TableData | undefined {
  const grid: Scalar[][] = [];
  for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
    const row: Scalar[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) row.push(cellAt(sheet, r, c).value);
    grid.push(row);
  }
  const h = findHeaderRow(grid, key);
  if (h < 0) return undefined;
  const header = grid[h];
  let left = header.findIndex((v) => v !== null && v !== "");
  let right = header.length - 1;
  while (right > left && (header[right] === null || header[right] === "")) right--;
  left += 1;
  right += 1;
  let bottom = sheet.rowCount;
  const blank = (r: number) => {
    for (let c = left; c <= right; c++) {
      const v = cellAt(sheet, r, c).value;
      if (v !== null && v !== "") return false;
    }
    return true;
  };
  while (bottom > h + 1 && blank(bottom)) bottom--;
  return rangeData(sheet, sheetName, sheetName, "sheet", h + 1, left, bottom, right);
}

interface TablePart {
  name: string;
  ref: string;
  totals: boolean;
}

/** The PIRA tables of a checked package, or null when it is not shaped as expected. */
export async function readPackageTables(bytes: CheckedZipBytes): Promise<WorkbookTables | null> {
  try {
    return await read(bytes);
  } catch (e) {
    if (e instanceof Unexpected) {
      return null;
    }
    throw e;
  }
}

async function read(bytes: CheckedZipBytes): Promise<WorkbookTables> {
  const zip = await reopen(bytes);
  const workbook = (await partText(zip, WORKBOOK)) ?? unexpected("no workbook part");
  const rels = (await partText(zip, WORKBOOK_RELS)) ?? unexpected("no workbook relationships");
  const links = relationships(rels, WORKBOOK);
  const part = (type: RegExp) => links.find((l) => type.test(l.type))?.target;
  const stylesPath = part(REL_TYPE.styles);
  const stringsPath = part(/\/sharedStrings$/);
  const ctx: Context = {
    strings: sharedStrings(stringsPath ? await partText(zip, stringsPath) : undefined),
    formats: formatCodes(stylesPath ? await partText(zip, stylesPath) : undefined),
    date1904: /<workbookPr\b[^>]*\sdate1904\s*=\s*"(1|true)"/.test(workbook),
  };
  const sheets = sheetEntries(workbook).map((e) => {
    const link = links.find((l) => l.id === e.id);
    if (!link || !zip.file(link.target)) unexpected(`no part for sheet «${e.name}»`);
    return { name: e.name, path: link.target, sheetId: Number(attribute(e.tag, "sheetId")) || 0 };
  });

  const keys = Object.keys(TABLES) as TableKey[];
  const out: WorkbookTables = {};
  // ExcelJS visits sheets by sheetId (eachSheet), and the fallback by sheet order
  for (const s of [...sheets].sort((a, b) => a.sheetId - b.sheetId)) {
    const own = await partText(zip, relsPath(s.path));
    const tables: TablePart[] = [];
    for (const rel of own ? relationships(own, s.path) : []) {
      if (!REL_TYPE.table.test(rel.type)) continue;
      const xml = (await partText(zip, rel.target)) ?? "";
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      tables.push({
        name: attribute(tag, "name") ?? attribute(tag, "displayName") ?? "",
        ref: attribute(tag, "ref") ?? "",
        totals: attribute(tag, "totalsRowCount") === "1",
      });
    }
    const found = tables
      .map((t) => ({ t, key: keys.find((k) => TABLES[k].toLowerCase() === t.name.toLowerCase()) }))
      .filter((x) => x.key && !out[x.key]);
    if (found.length === 0) continue;
    // headerRowCount="0" is read as ExcelJS reads it (its own re-saves wrote it on every table
    // until read.ts gave the header rows back): the first row of the range is the header
    const ranges = found.map((x) => parseRange(x.t.ref));
    const xml = (await partText(zip, s.path)) as string;
    const sheet = parseSheet(xml, ctx, (r) =>
      ranges.some((g) => !!g && r >= g.row && r < g.row + g.rows)
    );
    found.forEach((x, i) => {
      const ref = ranges[i];
      const key = x.key as TableKey;
      if (!ref || out[key]) return;
      const totals = x.t.totals ? 1 : 0;
      out[key] = rangeData(
        sheet,
        s.name,
        x.t.name,
        "table",
        ref.row,
        ref.col,
        ref.row + ref.rows - 1 - totals,
        ref.col + ref.cols - 1
      );
    });
  }
  const bySheet: Partial<Record<TableKey, string>> = {
    programmes: SHEETS.programmes,
    indicators: SHEETS.indicators,
  };
  for (const key of Object.keys(bySheet) as TableKey[]) {
    if (out[key]) continue;
    const s = sheets.find(
      (w) => w.name.trim().toLowerCase() === (bySheet[key] as string).toLowerCase()
    );
    if (!s) continue;
    const sheet = parseSheet((await partText(zip, s.path)) as string, ctx, () => true);
    const data = sheetTable(sheet, s.name, key);
    if (data) out[key] = data;
  }
  return out;
}
