/**
 * The one scanner of a sheet part: every cell the part holds, with its value as a reader sees it,
 * its number format and its formula, in one pass from tag to tag (linear in the part, whatever it
 * holds). Only the cells present are kept (parallel arrays, no grid of the used range).
 *
 * - value: shared and inline strings (rich text joined, phonetic runs left out), numbers, booleans,
 *   errors as "#N/A", a formula's cached result; a number under a date format
 *   (core/number-format) and a t="d" cell as dd/mm/yyyy; an empty <v> is no value (null).
 * - format: the cell's own (s="…"), else its row's, else its column's.
 * - formula: as the user sees it (shared formulas slid to their cell), null for a constant.
 *
 * A shared-string index the file does not have refuses the sheet (ReadRefusal, with the cell);
 * so does a part whose elements do not close in order — an element closed by another's end tag,
 * an end tag with nothing open, an element never closed (with the line and column of the fault):
 * a damaged part is never read as far as it happens to go (a stray </sheetData> would otherwise
 * end the sheet's rows there, and the indicators after it would be lost without a word).
 */
import { cellOfAddress, columnLetters } from "../../../core/a1";
import { fromFileForm } from "../../../workbook";
import type { GridCell } from "../../../core/grid";
import { message } from "../../../core/message";
import { numberUnderFormat } from "../../../core/number-format";
import { ReadRefusal } from "./refusal";
import {
  attr,
  cellText,
  endTagHoldsName,
  NOT_CLOSED,
  placeIn,
  runsText,
  skippedMarkupEnd,
  tagEnd,
  tagName,
} from "./xml-text";

// ExcelJS's own helper for shared formulas (CommonJS, no types): one rule with what it writes
const { slideFormula } = require("exceljs/lib/utils/shared-formula.js") as {
  slideFormula(formula: string, from: string, to: string): string;
};

export interface SheetContext {
  strings: readonly string[];
  /** number format by cell format index */
  formats: readonly (string | null)[];
  date1904: boolean;
}

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetCells {
  sheet: string;
  /** the cells in row, then column order (1-based); parallel arrays */
  rows: number[];
  cols: number[];
  values: GridCell[];
  formats: (string | null)[];
  formulas: (string | null)[];
  merges: MergedRange[];
  /** the format of a row or a column, for a cell the part does not hold */
  rowFormat(row: number): string | null;
  columnFormat(col: number): string | null;
  /** the last row and column the part holds a cell in (0: none) */
  lastRow: number;
  lastCol: number;
  /** the index of the cell at (row, col), or -1 */
  find(row: number, col: number): number;
}

/** "BC12" → [12, 55], 1-based; null when it is not an address inside a sheet's bounds. */
function address(ref: string): [number, number] | null {
  const a = ref.length <= 11 ? cellOfAddress(ref) : null;
  return a && a.col <= 16384 && a.row <= 1048576 ? [a.row, a.col] : null;
}

function rangeOf(ref: string): MergedRange | null {
  const [a, b] = ref.split(":");
  const tl = address(a ?? "");
  const br = address(b ?? a ?? "");
  if (!tl || !br) return null;
  return {
    top: Math.min(tl[0], br[0]),
    left: Math.min(tl[1], br[1]),
    bottom: Math.max(tl[0], br[0]),
    right: Math.max(tl[1], br[1]),
  };
}

/** A stored value (text of <v>) of a cell of type `t` under `format`. */
function valueOf(raw: string, t: string, format: string | null, ctx: SheetContext): GridCell {
  if (raw === "") return null;
  switch (t) {
    case "str":
    case "e":
      return cellText(raw);
    case "b":
      return parseInt(raw, 10) !== 0;
    case "d": {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
      return m ? `${m[3]}/${m[2]}/${m[1]}` : raw;
    }
    default: {
      const n = Number(raw.trim());
      return Number.isFinite(n) ? numberUnderFormat(n, format, ctx.date1904) : raw;
    }
  }
}

interface Pending {
  row: number;
  col: number;
  t: string;
  style: string | undefined;
  value: GridCell;
  raw: string | undefined;
  formula: { text: string; type?: string; si?: string; ref?: string } | null;
}

/** The refusal of a sheet part whose elements do not close in order, with the place. */
function malformed(sheet: string, xml: string, at: number, it: string, en: string): ReadRefusal {
  const { line, column } = placeIn(xml, at);
  return new ReadRefusal(
    message(
      `foglio «${sheet}»: la parte del foglio è danneggiata, ${it} (riga ${line}, colonna ${column})`,
      `sheet «${sheet}»: the sheet's part is damaged, ${en} (line ${line}, column ${column})`
    )
  );
}

/** Scans a sheet part (see the top of this file). */
export function scanSheet(sheet: string, xml: string, ctx: SheetContext): SheetCells {
  const styled = (s: string | undefined): string | null => {
    if (s === undefined) return null;
    const n = parseInt(s, 10);
    return n > 0 && n < ctx.formats.length ? ctx.formats[n] : null;
  };
  const rows: number[] = [];
  const cols: number[] = [];
  const values: GridCell[] = [];
  const formats: (string | null)[] = [];
  const formulas: (string | null)[] = [];
  const merges: MergedRange[] = [];
  const rowFormats = new Map<number, string>();
  const colSpans: { min: number; max: number; format: string }[] = [];
  const shared = new Map<string, { formula: string; address: string }>();
  let sorted = true;
  let lastRow = 0;
  let lastCol = 0;
  let row = 0;
  let col = 0;
  let rowStyle: string | null = null;
  let cell: Pending | null = null;
  let inData = false;

  // a column's format, looked up once per column
  const byColumn = new Map<number, string | null>();
  const columnFormat = (c: number): string | null => {
    if (colSpans.length === 0) return null;
    let f = byColumn.get(c);
    if (f === undefined) {
      f = colSpans.find((s) => c >= s.min && c <= s.max)?.format ?? null;
      byColumn.set(c, f);
    }
    return f;
  };

  const finish = (p: Pending) => {
    const own = styled(p.style);
    const format = p.style !== undefined && own !== null ? own : (rowStyle ?? columnFormat(p.col));
    let value = p.value;
    if (p.raw !== undefined) {
      if (p.t === "s" && !p.formula) {
        const k = Number(p.raw.trim());
        if (!Number.isInteger(k) || k < 0 || k >= ctx.strings.length)
          throw new ReadRefusal(
            message(
              `foglio «${sheet}», cella ${columnLetters(p.col)}${p.row}: il testo condiviso n. ${p.raw} non c'è (il file ne ha ${ctx.strings.length})`,
              `sheet «${sheet}», cell ${columnLetters(p.col)}${p.row}: shared string no. ${p.raw} is not in the file (it has ${ctx.strings.length})`
            )
          );
        value = ctx.strings[k];
      } else value = valueOf(p.raw, p.t, format, ctx);
    }
    let formula: string | null = null;
    const f = p.formula;
    if (f && (f.text !== "" || f.type !== undefined)) {
      if (f.type === "shared" && f.si !== undefined) {
        const here = `${columnLetters(p.col)}${p.row}`;
        if (f.ref !== undefined && f.text !== "") {
          shared.set(f.si, { formula: f.text, address: here });
          formula = f.text;
        } else {
          const head = shared.get(f.si);
          formula = head ? slideFormula(head.formula, head.address, here) : null;
        }
      } else formula = f.text || null;
    }
    const n = rows.length;
    if (n > 0 && (p.row < rows[n - 1] || (p.row === rows[n - 1] && p.col <= cols[n - 1])))
      sorted = false;
    rows.push(p.row);
    cols.push(p.col);
    values.push(value);
    formats.push(format);
    formulas.push(formula === null ? null : fromFileForm(formula));
    if (p.row > lastRow) lastRow = p.row;
    if (p.col > lastCol) lastCol = p.col;
  };

  // the elements open, by local name, and where their start tags are: each must close in order
  const open: string[] = [];
  const openAt: number[] = [];
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const skipped = skippedMarkupEnd(xml, lt);
    if (skipped === NOT_CLOSED)
      throw malformed(
        sheet,
        xml,
        lt,
        "una dichiarazione o un commento non è chiuso",
        "a declaration or a comment is not closed"
      );
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) throw malformed(sheet, xml, lt, "un tag non è chiuso", "a tag is not closed");
    i = gt + 1;
    const closing = xml[lt + 1] === "/";
    const name = tagName(xml, lt);
    if (closing) {
      const top = open.length - 1;
      if (top < 0 || open[top] !== name) {
        if (top < 0)
          throw malformed(
            sheet,
            xml,
            lt,
            `</${name}> non chiude nessun elemento aperto`,
            `</${name}> closes no open element`
          );
        const o = placeIn(xml, openAt[top]);
        throw malformed(
          sheet,
          xml,
          lt,
          `</${name}> mentre <${open[top]}> (riga ${o.line}, colonna ${o.column}) è ancora aperto`,
          `</${name}> where <${open[top]}> (line ${o.line}, column ${o.column}) is still open`
        );
      }
      if (!endTagHoldsName(xml, lt, gt))
        throw malformed(
          sheet,
          xml,
          lt,
          `il tag di chiusura </${name}> contiene altro oltre il nome`,
          `the end tag </${name}> holds more than its name`
        );
      open.pop();
      openAt.pop();
      if (name === "c" && cell) {
        finish(cell);
        cell = null;
      } else if (name === "sheetData") inData = false;
      continue;
    }
    const selfClosing = xml[gt - 1] === "/";
    if (!selfClosing) {
      open.push(name);
      openAt.push(lt);
    }
    if (!inData) {
      if (name === "sheetData") inData = !selfClosing;
      else if (name === "col") {
        const tag = xml.slice(lt, gt + 1);
        const format = styled(attr(tag, "style"));
        if (format !== null)
          colSpans.push({
            min: Number(attr(tag, "min")) || 0,
            max: Number(attr(tag, "max")) || 0,
            format,
          });
      } else if (name === "mergeCell") {
        const m = rangeOf(attr(xml.slice(lt, gt + 1), "ref") ?? "");
        if (m) merges.push(m);
      }
      continue;
    }
    if (name === "row") {
      const tag = xml.slice(lt, gt + 1);
      const r = attr(tag, "r");
      const n = r !== undefined ? Number(r) : row + 1;
      row = Number.isInteger(n) && n > 0 && n <= 1048576 ? n : row + 1;
      col = 0;
      rowStyle = attr(tag, "customFormat") === "0" ? null : styled(attr(tag, "s"));
      if (rowStyle !== null) rowFormats.set(row, rowStyle);
      if (row > lastRow) lastRow = row;
      continue;
    }
    if (name === "c") {
      if (cell) finish(cell);
      const tag = xml.slice(lt, gt + 1);
      const ref = attr(tag, "r");
      const at = ref !== undefined ? address(ref) : null;
      if (at) [row, col] = at;
      else col++;
      cell = {
        row: row || 1,
        col,
        t: attr(tag, "t") ?? "n",
        style: attr(tag, "s"),
        value: null,
        raw: undefined,
        formula: null,
      };
      if (selfClosing) {
        finish(cell);
        cell = null;
      }
      continue;
    }
    if (!cell || selfClosing) {
      if (cell && name === "f") {
        const tag = xml.slice(lt, gt + 1);
        cell.formula = {
          text: "",
          type: attr(tag, "t"),
          si: attr(tag, "si"),
          ref: attr(tag, "ref"),
        };
      }
      continue;
    }
    // an element's text runs to the next "<" (escaped text holds none)
    const next = xml.indexOf("<", i);
    const text = xml.slice(i, next < 0 ? xml.length : next);
    if (name === "v") {
      cell.raw = text;
      i = next < 0 ? xml.length : next;
    } else if (name === "f") {
      const tag = xml.slice(lt, gt + 1);
      cell.formula = {
        text: cellText(text),
        type: attr(tag, "t"),
        si: attr(tag, "si"),
        ref: attr(tag, "ref"),
      };
      i = next < 0 ? xml.length : next;
    } else if (name === "is") {
      const inline = runsText(xml, i, "is");
      if (cell.t === "inlineStr") cell.value = inline.text;
      i = inline.end;
      // runsText read up to and with </is>: the element is closed (else the part ended in it)
      if (inline.closed) {
        open.pop();
        openAt.pop();
      }
    }
  }
  if (open.length > 0) {
    const top = open.length - 1;
    throw malformed(
      sheet,
      xml,
      openAt[top],
      `<${open[top]}> non è mai chiuso`,
      `<${open[top]}> is never closed`
    );
  }
  if (cell) finish(cell);

  if (!sorted) {
    // cells out of order (some generators): sorted by row and column, the last of a cell kept
    const order = rows
      .map((_, k) => k)
      .sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || a - b);
    const keep = order.filter((k, j) => {
      const n = order[j + 1];
      return n === undefined || rows[n] !== rows[k] || cols[n] !== cols[k];
    });
    const pick = <T>(xs: T[]) => keep.map((k) => xs[k]);
    const [r2, c2, v2, f2, fo2] = [
      pick(rows),
      pick(cols),
      pick(values),
      pick(formats),
      pick(formulas),
    ];
    rows.splice(0, rows.length, ...r2);
    cols.splice(0, cols.length, ...c2);
    values.splice(0, values.length, ...v2);
    formats.splice(0, formats.length, ...f2);
    formulas.splice(0, formulas.length, ...fo2);
  }

  // where each row's cells are (rows and columns ascending: a binary search within the row)
  const rowRange = new Map<number, [number, number]>();
  for (let k = 0; k < rows.length; k++) {
    const range = rowRange.get(rows[k]);
    if (range) range[1] = k + 1;
    else rowRange.set(rows[k], [k, k + 1]);
  }
  const find = (r: number, c: number): number => {
    const range = rowRange.get(r);
    if (!range) return -1;
    let [lo, hi] = range;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cols[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    return lo < range[1] && cols[lo] === c ? lo : -1;
  };

  return {
    sheet,
    rows,
    cols,
    values,
    formats,
    formulas,
    merges,
    rowFormat: (r) => rowFormats.get(r) ?? null,
    columnFormat,
    lastRow,
    lastCol,
    find,
  };
}
