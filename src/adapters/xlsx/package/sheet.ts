/**
 * A worksheet part (xl/worksheets/sheetN.xml) with some cells replaced, everything else kept
 * byte for byte. Rows and cells stay in order; a row the patch needs and the sheet lacks is
 * added. Anything this does not expect — namespace prefixes, rows or cells without their
 * address, the head of a shared formula — is refused with the reason, and the caller writes the
 * file the slow way instead.
 */
import { columnLetters } from "../../../core/a1";
import {
  toFileForm,
  EXCEL_OVERFLOW,
  needsQuotePrefix,
  writableNumber,
  type CellSpec,
} from "../../../workbook";
import type { CellLook } from "./styles";
import {
  attribute,
  elementPattern,
  escapeCellText,
  escapeText,
  withAttribute,
  withoutAttribute,
} from "./xml";

/** The new cells, by row then column (1-based). */
export type CellsByRow = Map<number, Map<number, CellSpec>>;

/** The cell format index (s) for a cell whose format was `base`, looking as `look` says. */
export type StyleFor = (base: number, look: CellLook) => number;

/**
 * The patched part as pieces in order (their concatenation is the XML): a large sheet is encoded
 * piece by piece, never held as one string (parts.ts, utf8Of).
 */
export type SheetPatch = { ok: true; pieces: string[] } | { ok: false; why: string };

const ROW = elementPattern("row");
const CELL = elementPattern("c");
const START = /^<[^>]*?\/?>/;

class Refused extends Error {}

/**
 * "AB12" → {row: 12, col: 28}; undefined for anything else (what /^([A-Z]{1,3})(\d+)$/ takes,
 * read without a pattern: every cell of a patched row is asked).
 */
function parseAddress(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  for (let c = ref.charCodeAt(i); c >= 65 && c <= 90; c = ref.charCodeAt(++i))
    col = col * 26 + c - 64;
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j);
    if (d < 48 || d > 57) return undefined;
  }
  return { row: Number(ref.slice(i)), col };
}

function refuse(why: string): never {
  throw new Refused(why);
}

/** Column styles from <cols>: a cell that does not exist yet takes its column's format. */
function columnStyles(xml: string): (col: number) => number {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? "";
  const spans: { min: number; max: number; style: number }[] = [];
  for (const tag of cols.match(/<col\b[^>]*>/g) ?? []) {
    const style = Number(attribute(tag, "style") ?? 0);
    if (style)
      spans.push({ min: Number(attribute(tag, "min")), max: Number(attribute(tag, "max")), style });
  }
  return (col) => spans.find((s) => col >= s.min && col <= s.max)?.style ?? 0;
}

/** A value as a cell's type attribute and <v> text; a number beyond Excel's range is #NUM! (spec.ts). */
export function cachedValue(v: CellSpec["value"]): { t: string; v: string } | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number")
    return writableNumber(v) ? { t: "", v: String(v) } : { t: ' t="e"', v: EXCEL_OVERFLOW };
  if (typeof v === "boolean") return { t: ' t="b"', v: v ? "1" : "0" };
  return { t: ' t="str"', v: escapeCellText(v) };
}

/**
 * A formula's <f> element: a table's formulas repeat row after row (structured references name
 * no row), so the last few hundred are kept, each made once.
 */
const FORMULA_ELEMENTS = new Map<string, string>();
const KEPT_FORMULAS = 512;

export function formulaElement(formula: string): string {
  let f = FORMULA_ELEMENTS.get(formula);
  if (f === undefined) {
    f = `<f>${escapeText(toFileForm(formula))}</f>`;
    if (FORMULA_ELEMENTS.size >= KEPT_FORMULAS) FORMULA_ELEMENTS.clear();
    FORMULA_ELEMENTS.set(formula, f);
  }
  return f;
}

/**
 * The XML of one cell. Text constants are inline strings (no shared-string table to extend),
 * or entries of the shared-string table when `shared` gives their index.
 */
export function cellXml(
  ref: string,
  s: number,
  cell: CellSpec,
  cachedResults: boolean,
  shared?: (text: string) => number
): string {
  const style = s ? ` s="${s}"` : "";
  if (cell.formula !== undefined) {
    const f = formulaElement(cell.formula);
    const cached = cachedResults ? cachedValue(cell.value) : undefined;
    return cached
      ? `<c r="${ref}"${style}${cached.t}>${f}<v>${cached.v}</v></c>`
      : `<c r="${ref}"${style}>${f}</c>`;
  }
  const v = cell.value ?? null;
  if (v === null) return `<c r="${ref}"${style}/>`;
  if (typeof v === "number" && writableNumber(v)) return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === "string") {
    if (shared) return `<c r="${ref}"${style} t="s"><v>${shared(v)}</v></c>`;
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  }
  const cached = cachedValue(v) as { t: string; v: string };
  return `<c r="${ref}"${style}${cached.t}><v>${cached.v}</v></c>`;
}

/** How a cell of the patch looks beyond its base format: its number format, the quote prefix. */
export function lookOf(cell: CellSpec): CellLook | undefined {
  const quotePrefix = quoted(cell);
  if (!cell.format && !quotePrefix) return undefined;
  const look: CellLook = {};
  if (cell.format) look.format = cell.format;
  if (quotePrefix) look.quotePrefix = true;
  return look;
}

function quoted(cell: CellSpec): boolean {
  return (
    cell.formula === undefined && typeof cell.value === "string" && needsQuotePrefix(cell.value)
  );
}

/** Whether the patch replaces every cell of an A1 range ("AD2:AD900"). */
function replacesAll(cells: CellsByRow, range: string): boolean {
  const [a, b] = range.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  if (!from || !to) return false;
  for (let r = from.row; r <= to.row; r++) {
    const row = cells.get(r);
    if (!row) return false;
    for (let c = from.col; c <= to.col; c++) if (!row.has(c)) return false;
  }
  return true;
}

interface Context {
  cells: CellsByRow;
  styleFor: StyleFor;
  columnStyle: (col: number) => number;
  cachedResults: boolean;
  /** someone else's sheet: the only columns where a cell holding something may be replaced */
  own?: ReadonlySet<number>;
  /** styleFor of a base format and a number format, by base then format: asked once each */
  formatted: Map<number, Map<string, number>>;
}

/** A cell element that holds something: content (a value, a formula) or a style. */
function holdsSomething(cellXml: string, tag: string): boolean {
  if (!tag.endsWith("/>")) return cellXml.slice(tag.length).replace("</c>", "").trim() !== "";
  return (attribute(tag, "s") ?? "0") !== "0";
}

/** The format index of a cell of the patch whose format was `base` (lookOf, styleFor). */
function styleOf(ctx: Context, base: number, cell: CellSpec): number {
  if (quoted(cell)) return ctx.styleFor(base, lookOf(cell) as CellLook);
  const format = cell.format;
  if (!format) return base;
  // tens of thousands of cells take one of a few formats: each pair's index found once
  let byFormat = ctx.formatted.get(base);
  if (!byFormat) ctx.formatted.set(base, (byFormat = new Map()));
  let s = byFormat.get(format);
  if (s === undefined) byFormat.set(format, (s = ctx.styleFor(base, { format })));
  return s;
}

function newCell(ctx: Context, row: number, col: number, base: number, cell: CellSpec): string {
  return cellXml(`${columnLetters(col)}${row}`, styleOf(ctx, base, cell), cell, ctx.cachedResults);
}

/** A row of the sheet with the patch's cells in place of (or beside) its own. */
function patchRow(ctx: Context, rowXml: string, r: number, wanted: Map<number, CellSpec>): string {
  const startTag = START.exec(rowXml)?.[0] ?? refuse("row without a start tag");
  const selfClosing = startTag.endsWith("/>");
  const body = selfClosing ? "" : rowXml.slice(startTag.length, rowXml.length - "</row>".length);
  const rowStyle =
    attribute(startTag, "customFormat") === "1" ? Number(attribute(startTag, "s") ?? 0) : 0;
  /** A cell the row lacks: it takes the row's format, else its column's. */
  const added = (col: number) =>
    newCell(ctx, r, col, rowStyle || ctx.columnStyle(col), wanted.get(col) as CellSpec);
  const out: string[] = [];
  const pending = [...wanted.keys()].sort((a, b) => a - b);
  let k = 0;
  let last = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(body); m; m = CELL.exec(body)) {
    if (m.index !== last && body.slice(last, m.index).trim() !== "")
      refuse(`row ${r}: content other than cells`);
    last = CELL.lastIndex;
    const tag = START.exec(m[0])?.[0] ?? "";
    const ref = attribute(tag, "r") ?? refuse(`row ${r}: a cell without its address`);
    const at = parseAddress(ref) ?? refuse(`row ${r}: cell address «${ref}»`);
    if (at.row !== r) refuse(`cell ${ref} in row ${r}`);
    while (k < pending.length && pending[k] < at.col) out.push(added(pending[k++]));
    const replacement = wanted.get(at.col);
    if (!replacement) {
      out.push(m[0]);
      continue;
    }
    if (ctx.own && !ctx.own.has(at.col) && holdsSomething(m[0], tag))
      refuse(`cell ${ref} holds something of its own (a value, a formula or a style)`);
    // the head of a shared or array formula: fine only when the patch replaces its whole range
    // (Excel saves a formula filled down a column as one shared formula)
    const f = /<f\b[^>]*>/.exec(m[0])?.[0];
    const range = f ? attribute(f, "ref") : undefined;
    if (range !== undefined && range !== ref && !replacesAll(ctx.cells, range))
      refuse(`cell ${ref} heads a shared or array formula`);
    out.push(newCell(ctx, r, at.col, Number(attribute(tag, "s") ?? 0), replacement));
    k = pending.indexOf(at.col) + 1;
  }
  if (body.slice(last).trim() !== "") refuse(`row ${r}: content other than cells`);
  while (k < pending.length) out.push(added(pending[k++]));
  const open = withoutAttribute(selfClosing ? startTag.replace(/\s*\/>$/, ">") : startTag, "spans");
  return `${open}${out.join("")}</row>`;
}

function newRow(ctx: Context, r: number, wanted: Map<number, CellSpec>): string {
  return patchRow(ctx, `<row r="${r}"/>`, r, wanted);
}

/** The <dimension> of the sheet grown to cover the patched cells. */
function grownDimension(xml: string, cells: CellsByRow): string {
  const m = /<dimension\b[^>]*\/>/.exec(xml);
  if (!m) return xml;
  const ref = attribute(m[0], "ref") ?? "";
  const [a, b] = ref.split(":");
  const from = parseAddress(a ?? "");
  const to = parseAddress(b ?? a ?? "");
  if (!from || !to) return xml;
  let { row: top, col: left } = from;
  let { row: bottom, col: right } = to;
  for (const [r, cols] of cells) {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    for (const c of cols.keys()) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const grown = `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
  if (grown === ref) return xml;
  return (
    xml.slice(0, m.index) + withAttribute(m[0], "ref", grown) + xml.slice(m.index + m[0].length)
  );
}

export function patchSheetXml(
  xml: string,
  cells: CellsByRow,
  styleFor: StyleFor,
  cachedResults = true,
  own?: ReadonlySet<number>
): SheetPatch {
  try {
    const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) refuse(/:sheetData\b/.test(xml) ? "namespace prefixes" : "no <sheetData>");
    const ctx: Context = {
      cells,
      styleFor,
      columnStyle: columnStyles(xml),
      cachedResults,
      ...(own ? { own } : {}),
      formatted: new Map(),
    };
    const start = open.index + open[0].length;
    const end = open[1] ? start : xml.indexOf("</sheetData>", start);
    if (end < 0) refuse("<sheetData> not closed");
    const data = xml.slice(start, end);
    const rows = [...cells.keys()].sort((a, b) => a - b);
    const out: string[] = [];
    let k = 0;
    let last = 0;
    ROW.lastIndex = 0;
    for (let m = ROW.exec(data); m; m = ROW.exec(data)) {
      const tag = START.exec(m[0])?.[0] ?? "";
      const r = Number(attribute(tag, "r"));
      if (!Number.isInteger(r) || r < 1) refuse("a row without its number");
      out.push(data.slice(last, m.index));
      last = ROW.lastIndex;
      while (k < rows.length && rows[k] < r) {
        out.push(newRow(ctx, rows[k], cells.get(rows[k]) as Map<number, CellSpec>));
        k++;
      }
      if (k < rows.length && rows[k] === r) {
        out.push(patchRow(ctx, m[0], r, cells.get(r) as Map<number, CellSpec>));
        k++;
      } else out.push(m[0]);
    }
    out.push(data.slice(last));
    for (; k < rows.length; k++)
      out.push(newRow(ctx, rows[k], cells.get(rows[k]) as Map<number, CellSpec>));
    const before = open[1] ? xml.slice(0, open.index) + "<sheetData>" : xml.slice(0, start);
    const after = open[1] ? "</sheetData>" + xml.slice(start) : xml.slice(end);
    out.unshift(grownDimension(before, cells));
    out.push(after);
    return { ok: true, pieces: out };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, why: e.message };
    throw e;
  }
}
