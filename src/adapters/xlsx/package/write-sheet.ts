/**
 * One described sheet (SheetSpec) as a worksheet part and its table parts, written as text — no
 * spreadsheet model in between, so a sheet of 10,000 rows costs its XML and little more. The
 * cells are those the ExcelJS writer (apply.ts) would write: tables' headers styled, data cells
 * with their column's format and wrap, blocks' non-empty cells; then the sheet's widths, frozen
 * panes, outline, drop-down lists, achievement bands and internal links. Text is written as
 * spec.ts says (quote prefix on formula-like text; numbers beyond Excel's range as #NUM!).
 */
import { cellAddress as address, columnLetters } from "../../../core/a1";
import { concatBytes } from "../../../core/bytes";
import {
  isCellSpec,
  needsQuotePrefix,
  parseRange,
  rangeAddress,
  type CellInput,
  type CellSpec,
  type CellStyle,
  type SheetSpec,
} from "../../../workbook";
import { BAND_FILLS } from "../looks";
import { Utf8Builder } from "./parts";
import { cachedValue, cellXml, formulaElement } from "./sheet";
import type { CellLook, StyleTable } from "./styles";
import { escapeAttribute, escapeText, keepLiteralEscapes } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetWriting {
  styles: StyleTable;
  /** the shared-string index of a text (undefined: text written inline) */
  shared?: (text: string) => number;
  /** write formulas' cached results (default true) */
  cachedResults: boolean;
  /** the next table id of the workbook (ids are unique across the workbook) */
  nextTableId: () => number;
  /** the sheet is the workbook's active one */
  selected: boolean;
}

export interface WrittenTable {
  id: number;
  xml: string;
}

export interface WrittenSheet {
  /** the worksheet part (UTF-8), encoded row by row as it is written, in chunks */
  chunks: Uint8Array[];
  /** the same part in one buffer (joined when asked for) */
  readonly bytes: Uint8Array;
  /** its tables, related as rId1…rIdN in that order */
  tables: WrittenTable[];
}

/** A rectangle of cells to write and how each looks. */
interface Source {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** the cell at (i, j) of the rectangle, or undefined for none */
  cell(i: number, j: number): CellInput | undefined;
  /** the cell format of that cell (`spec` its parts), with the quote prefix or not */
  xf(j: number, spec: CellSpec, quotePrefix: boolean): number;
}

/** Cell formats by look, each found once per sheet: most cells share a few looks. */
type XfOf = (
  style: CellStyle | undefined,
  format: string | undefined,
  wrap: boolean | undefined,
  quotePrefix: boolean
) => number;

function xfFinder(styles: StyleTable): XfOf {
  // by style, then format, then wrap and prefix: no key to build per cell (formats are few strings)
  const found = new Map<CellStyle | undefined, Map<string | undefined, number[]>>();
  return (style, format, wrap, quotePrefix) => {
    if (!style && !format && !wrap && !quotePrefix) return 0;
    let byFormat = found.get(style || undefined);
    if (byFormat === undefined) found.set(style || undefined, (byFormat = new Map()));
    let xfs = byFormat.get(format || undefined);
    if (xfs === undefined) byFormat.set(format || undefined, (xfs = []));
    const k = (wrap ? 2 : 0) + (quotePrefix ? 1 : 0);
    let xf = xfs[k];
    if (xf === undefined) {
      const look: CellLook = {
        ...(style ? { style } : {}),
        ...(format ? { format } : {}),
        ...(wrap ? { wrap: true } : {}),
        ...(quotePrefix ? { quotePrefix: true } : {}),
      };
      xf = xfs[k] = styles.withLook(0, look);
    }
    return xf;
  };
}

// the workbook's rules bound once: called per cell, not looked up through its index each time
const isSpec = isCellSpec;
const quotePrefixed = needsQuotePrefix;

/** A piece of a row's XML: text, or the bytes of a formula's <f> element. */
type RowPiece = string | Uint8Array;

/**
 * The <f> elements of formulas as UTF-8, each encoded once: a table's formulas repeat row after
 * row and make most of a large sheet (five of ~700 characters a row of Indicatori), so they are
 * copied as bytes instead of being joined into each row's text and encoded again.
 */
const FORMULA_BYTES = new Map<string, Uint8Array>();
const KEPT_FORMULAS = 512;
const encoder = new TextEncoder();

function formulaBytes(formula: string): Uint8Array {
  let b = FORMULA_BYTES.get(formula);
  if (b === undefined) {
    b = encoder.encode(formulaElement(formula));
    if (FORMULA_BYTES.size >= KEPT_FORMULAS) FORMULA_BYTES.clear();
    FORMULA_BYTES.set(formula, b);
  }
  return b;
}

/** A formula cell as cellXml writes it, its <f> element as bytes. */
function formulaCell(
  row: RowPiece[],
  ref: string,
  s: number,
  cell: CellSpec,
  cachedResults: boolean
): void {
  const style = s ? ` s="${s}"` : "";
  const cached = cachedResults ? cachedValue(cell.value) : undefined;
  row.push(
    `<c r="${ref}"${style}${cached ? cached.t : ""}>`,
    formulaBytes(cell.formula as string),
    cached ? `<v>${cached.v}</v></c>` : "</c>"
  );
}

/** A row: each run of text joined and encoded at once, the formulas' bytes copied in between. */
function writeRow(out: Utf8Builder, start: string, pieces: readonly RowPiece[]): void {
  const text: string[] = [start];
  for (const p of pieces) {
    if (typeof p === "string") text.push(p);
    else {
      out.push(text.join(""));
      text.length = 0;
      out.pushBytes(p);
    }
  }
  text.push("</row>");
  out.push(text.join(""));
}

/** Table column names and header texts: Excel writes a line break in a name as _x000a_. */
function columnNameAttribute(name: string): string {
  return escapeAttribute(keepLiteralEscapes(name))
    .replace(/\r/g, "_x000d_")
    .replace(/\n/g, "_x000a_")
    .replace(/\t/g, "_x0009_");
}

function isBlank(spec: CellSpec): boolean {
  return spec.value === null || spec.value === undefined;
}

/** The sources of a sheet's cells: tables' headers and data, then blocks. */
function sourcesOf(sheet: SheetSpec, xfOf: XfOf): Source[] {
  const out: Source[] = [];
  for (const t of sheet.tables) {
    const columns = t.columns;
    out.push({
      row: t.row,
      col: t.col,
      rows: 1,
      cols: columns.length,
      cell: (_i, j) => (columns[j] ? { value: columns[j].name } : undefined),
      // the column's format too, as Excel gives a header cell of a formatted column
      xf: (j, _spec, quotePrefix) =>
        xfOf(
          columns[j].computed ? "computedHeader" : "header",
          columns[j].format,
          false,
          quotePrefix
        ),
    });
    out.push({
      row: t.row + 1,
      col: t.col,
      rows: t.rows.length,
      cols: columns.length,
      cell: (i, j) => (columns[j] ? (t.rows[i][j] ?? null) : undefined),
      xf: (j, spec, quotePrefix) => {
        const column = columns[j];
        // a data cell with neither a style nor a format of its own looks as its column says
        if (!spec.style && !spec.format)
          return xfOf(undefined, column.format, column.wrap, quotePrefix);
        return xfOf(
          spec.style,
          spec.format ?? column.format,
          column.wrap && !spec.style,
          quotePrefix
        );
      },
    });
  }
  for (const b of sheet.blocks) {
    out.push({
      row: b.row,
      col: b.col,
      rows: b.cells.length,
      cols: Math.max(0, ...b.cells.map((r) => r.length)),
      cell: (i, j) => {
        const input: CellInput | undefined = b.cells[i][j];
        if (input === undefined || input === null) return undefined;
        if (!isSpec(input)) return input;
        if (isBlank(input) && input.formula === undefined && !input.style && !input.format)
          return undefined;
        return input;
      },
      xf: (_j, spec, quotePrefix) => xfOf(spec.style, spec.format, false, quotePrefix),
    });
  }
  return out;
}

export function writeSheet(sheet: SheetSpec, w: SheetWriting): WrittenSheet {
  const sources = sourcesOf(sheet, xfFinder(w.styles)).filter((x) => x.rows > 0 && x.cols > 0);
  const outline = new Set<number>();
  for (const g of sheet.groups) for (let r = g.from; r <= g.to; r++) outline.add(r);
  const links: string[] = [];

  // rows in order; a later source wins a cell two sources share (as the ExcelJS writer)
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const x of sources) {
    top = Math.min(top, x.row);
    bottom = Math.max(bottom, x.row + x.rows - 1);
    left = Math.min(left, x.col);
    right = Math.max(right, x.col + x.cols - 1);
  }
  for (const r of outline) bottom = Math.max(bottom, r);

  // columns: widths, then each table column's width, format and wrap (its empty cells' look)
  const cols = new Map<number, { width?: number; style?: number }>();
  for (const x of sheet.widths) cols.set(x.col, { ...cols.get(x.col), width: x.width });
  for (const t of sheet.tables)
    t.columns.forEach((c, j) => {
      const col = t.col + j;
      const entry = { ...cols.get(col) };
      if (c.width) entry.width = c.width;
      if (c.format || c.wrap)
        entry.style = w.styles.withLook(0, {
          ...(c.format ? { format: c.format } : {}),
          ...(c.wrap ? { wrap: true } : {}),
        });
      cols.set(col, entry);
    });
  const colXml = [...cols.keys()]
    .sort((a, b) => a - b)
    .map((c) => {
      const x = cols.get(c) as { width?: number; style?: number };
      // Excel's default width (Calibri 11) when only the column's look is set
      const width =
        x.width !== undefined ? ` width="${x.width}" customWidth="1"` : ' width="9.140625"';
      const style = x.style ? ` style="${x.style}"` : "";
      return `<col min="${c}" max="${c}"${width}${style}/>`;
    });

  // head of the sheet
  const sheetPr =
    sheet.tabColor || sheet.groups.length
      ? `<sheetPr>${sheet.tabColor ? `<tabColor rgb="${escapeAttribute(sheet.tabColor)}"/>` : ""}${
          sheet.groups.length ? '<outlinePr summaryBelow="0" summaryRight="1"/>' : ""
        }</sheetPr>`
      : "";
  const dimension =
    bottom > 0 && right > 0
      ? `${address(Math.min(top, bottom), Math.min(left, right))}:${address(bottom, right)}`
      : "A1";
  const selected = w.selected ? ' tabSelected="1"' : "";
  let view = `<sheetView workbookViewId="0"${selected}/>`;
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
    const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
    view =
      `<sheetView workbookViewId="0"${selected}><pane${split} topLeftCell="${address(f.rows + 1, f.cols + 1)}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}"/></sheetView>`;
  }
  const format = `<sheetFormatPr defaultRowHeight="15"${sheet.groups.length ? ' outlineLevelRow="1"' : ""}/>`;

  const scratch: CellSpec = { value: null };
  /** column letters, made once per column */
  const columnNames: string[] = [];
  const letters = (col: number) => (columnNames[col] ??= columnLetters(col));

  const out = new Utf8Builder();
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
  );
  out.push(sheetPr);
  out.push(`<dimension ref="${dimension}"/>`);
  out.push(`<sheetViews>${view}</sheetViews>`);
  out.push(format);
  if (colXml.length) out.push(`<cols>${colXml.join("")}</cols>`);
  out.push("<sheetData>");
  let first = top;
  for (const r of outline) first = Math.min(first, r);
  // the sources covering each row, found by walking them in row order (not every source per row)
  const byTop = sources.map((x, k) => ({ x, k })).sort((a, b) => a.x.row - b.x.row || a.k - b.k);
  let next = 0;
  let live: { x: Source; k: number }[] = [];
  for (let r = first; r <= bottom; r++) {
    while (next < byTop.length && byTop[next].x.row <= r) live.push(byTop[next++]);
    if (live.some(({ x }) => r >= x.row + x.rows))
      live = live.filter(({ x }) => r < x.row + x.rows);
    if (live.length > 1) live.sort((a, b) => a.k - b.k);
    // one source: its cells come in column order; several: a later source wins a shared cell
    const cells = live.length > 1 ? new Map<number, string>() : null;
    const row: RowPiece[] = [];
    const rowNumber = String(r);
    for (const { x } of live) {
      for (let j = 0; j < x.cols; j++) {
        const input = x.cell(r - x.row, j);
        if (input === undefined) continue;
        // a constant goes through one scratch spec (cellXml keeps nothing of it)
        let spec: CellSpec;
        if (isSpec(input)) spec = input;
        else {
          scratch.value = input;
          spec = scratch;
        }
        const col = x.col + j;
        const ref = letters(col) + rowNumber;
        const quotePrefix =
          spec.link === undefined &&
          spec.formula === undefined &&
          typeof spec.value === "string" &&
          quotePrefixed(spec.value);
        const xf = x.xf(j, spec, quotePrefix);
        if (spec.link !== undefined) {
          const text = isBlank(spec) ? spec.link : String(spec.value);
          links.push(
            `<hyperlink ref="${ref}" location="${escapeAttribute(spec.link)}" display="${escapeAttribute(text)}"/>`
          );
          spec = { value: text };
        }
        if (cells) cells.set(col, cellXml(ref, xf, spec, w.cachedResults, w.shared));
        else if (spec.formula !== undefined) formulaCell(row, ref, xf, spec, w.cachedResults);
        else row.push(cellXml(ref, xf, spec, w.cachedResults, w.shared));
      }
    }
    const ordered = cells
      ? [...cells.keys()].sort((a, b) => a - b).map((c) => cells.get(c) as string)
      : row;
    if (ordered.length === 0 && !outline.has(r)) continue;
    const level = outline.has(r) ? ' outlineLevel="1"' : "";
    writeRow(out, `<row r="${r}"${level}>`, ordered);
  }

  out.push("</sheetData>");

  // after the data
  const tail: string[] = [];
  let priority = 1;
  for (const b of sheet.bands) {
    const at = parseRange(b.range) ? b.range.split(":")[0].replace(/\$/g, "") : "A1";
    const rule = (formula: string, argb: string) =>
      `<cfRule type="expression" dxfId="${w.styles.fillDxf(argb)}" priority="${priority++}"><formula>${escapeText(formula)}</formula></cfRule>`;
    tail.push(
      `<conditionalFormatting sqref="${escapeAttribute(b.range)}">` +
        rule(`AND(ISNUMBER(${at}),${at}<${b.low})`, BAND_FILLS.red) +
        rule(`AND(ISNUMBER(${at}),${at}>=${b.low},${at}<${b.high})`, BAND_FILLS.amber) +
        rule(`AND(ISNUMBER(${at}),${at}>=${b.high})`, BAND_FILLS.green) +
        "</conditionalFormatting>"
    );
  }
  for (const h of sheet.highlights ?? [])
    tail.push(
      `<conditionalFormatting sqref="${escapeAttribute(h.range)}">` +
        `<cfRule type="expression" dxfId="${w.styles.fillDxf(BAND_FILLS[h.color])}" priority="${priority++}"><formula>${escapeText(h.formula)}</formula></cfRule>` +
        "</conditionalFormatting>"
    );
  if (sheet.validations.length) {
    const items = sheet.validations.map(
      (v) =>
        `<dataValidation type="list" allowBlank="1"${
          v.strict
            ? ` showErrorMessage="1" errorStyle="stop" error="${escapeAttribute("Scegliere un valore dell'elenco (foglio Elenchi).")}"`
            : ""
        } sqref="${escapeAttribute(v.range)}"><formula1>${escapeText(v.source)}</formula1></dataValidation>`
    );
    tail.push(`<dataValidations count="${items.length}">${items.join("")}</dataValidations>`);
  }
  if (links.length) tail.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  tail.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );

  const tables: WrittenTable[] = sheet.tables.map((t) => {
    const id = w.nextTableId();
    const ref = rangeAddress(t.row, t.col, 1 + Math.max(t.rows.length, 1), t.columns.length);
    const columns = t.columns
      .map((c, j) => `<tableColumn id="${j + 1}" name="${columnNameAttribute(c.name)}"/>`)
      .join("");
    return {
      id,
      xml:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttribute(t.name)}" displayName="${escapeAttribute(t.name)}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
        `<tableStyleInfo name="${escapeAttribute(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    };
  });
  if (tables.length)
    tail.push(
      `<tableParts count="${tables.length}">${tables.map((_, k) => `<tablePart r:id="rId${k + 1}"/>`).join("")}</tableParts>`
    );

  for (const piece of tail) out.push(piece);
  out.push("</worksheet>");
  const chunks = out.chunks();
  return {
    chunks,
    get bytes() {
      return concatBytes(chunks);
    },
    tables,
  };
}
