/**
 * A declarative, serialisable description of a workbook: what layout produces and what the
 * adapters (ExcelJS, Office.js) apply in one batch. Rows and columns are 1-based, as in Excel.
 */

/**
 * A constant cell value. Strings are always text: an adapter never turns one into a formula.
 * Every adapter also follows the two rules below (writtenText, writtenNumber).
 */
export type Scalar = string | number | boolean | null;

/**
 * Text that Excel or LibreOffice would take as a formula if the user edited the cell and pressed
 * Enter: a first character of = + - @, tab or carriage return (OWASP's list for CSV injection),
 * or the full-width forms of the first four. Adapters write such text so it stays text when
 * edited: the quote prefix on the cell's format (OOXML `quotePrefix="1"`, what Excel itself does
 * for text typed after an apostrophe); where a writer cannot set the prefix (ExcelJS), the Text
 * number format "@" (Excel and LibreOffice keep what is typed in a Text cell as text); in Excel
 * through Office.js, the Text number format "@" set on the cell before its value.
 */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text);
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Excel's largest number (9.99999999999999E+307): no cell holds one beyond it, and `<v>Infinity</v>`
 * makes a file Excel must repair. A number that is not finite, or beyond it, is written as
 * Excel's overflow error instead (EXCEL_OVERFLOW), never as a number.
 */
export const EXCEL_MAX_NUMBER = 9.99999999999999e307;
export const EXCEL_OVERFLOW = "#NUM!";

/** Whether a number can be written into a cell as it is. */
export function writableNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= EXCEL_MAX_NUMBER;
}

export type CellStyle =
  "title" | "header" | "computedHeader" | "label" | "wrap" | "muted" | "link" | "total";

export interface CellSpec {
  /** constant value; with `formula`, the cached result (may be omitted) */
  value?: Scalar;
  /** a formula without the leading "=", in Excel's invariant (English) syntax */
  formula?: string;
  /** number format code, invariant syntax ("0%", "#,##0", "@") */
  format?: string;
  style?: CellStyle;
  /** internal hyperlink target, "'Indicatori'!A12" */
  link?: string;
}

export type CellInput = Scalar | CellSpec;

/** A rectangle of cells with its top-left corner. */
export interface Block {
  row: number;
  col: number;
  cells: CellInput[][];
}

export interface ColumnSpec {
  name: string;
  /** width in characters */
  width?: number;
  /** the column's default number format ("@" = text) */
  format?: string;
  /** written by fill only */
  computed?: boolean;
  wrap?: boolean;
}

export interface TableSpec {
  name: string;
  /** header row */
  row: number;
  col: number;
  columns: ColumnSpec[];
  rows: CellInput[][];
  /** Excel table style name */
  style: string;
}

/** A drop-down list taken from a range (normally on Elenchi). */
export interface ListValidation {
  /** A1 range on the sheet, "C2:C120" */
  range: string;
  /** absolute reference to the list, "Elenchi!$A$2:$A$9" (no "=") */
  source: string;
  /** reject other values (true) or only suggest the list (false) */
  strict: boolean;
}

export type BandColor = "red" | "amber" | "green";

/** Achievement in three bands: below `low` red, from `low` to below `high` amber, from `high` green. */
export interface BandFormat {
  range: string;
  low: number;
  high: number;
}

/**
 * A fill where a condition holds: `formula` (no "=") is written for the range's first cell, with
 * relative references as Excel reads them ("$H2<>\"\"" colours each row whose H cell is filled).
 */
export interface Highlight {
  range: string;
  formula: string;
  color: BandColor;
}

export interface RowGroup {
  /** first and last row of the group (inclusive) */
  from: number;
  to: number;
}

export type SheetRole = "input" | "generated" | "lists";

export interface SheetSpec {
  name: string;
  role: SheetRole;
  tables: TableSpec[];
  blocks: Block[];
  validations: ListValidation[];
  bands: BandFormat[];
  /** conditional fills by formula (optional: sheets without them omit it) */
  highlights?: Highlight[];
  /** rows / columns kept in view */
  freeze?: { rows: number; cols: number };
  widths: { col: number; width: number }[];
  /** Excel outline: row groups (level 1), summary row above the details */
  groups: RowGroup[];
  tabColor?: string;
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}

export function emptySheet(name: string, role: SheetRole): SheetSpec {
  return { name, role, tables: [], blocks: [], validations: [], bands: [], widths: [], groups: [] };
}

export function isCellSpec(c: CellInput): c is CellSpec {
  return c !== null && typeof c === "object";
}

/** The parts of a cell input, whatever its form. */
export function cellParts(c: CellInput): CellSpec {
  return isCellSpec(c) ? c : { value: c };
}
