/**
 * A declarative, serialisable description of a workbook: what layout produces and what the
 * adapters (ExcelJS, Office.js) apply in one batch. Rows and columns are 1-based, as in Excel.
 */

/** A constant cell value. Strings are always text: an adapter never turns one into a formula. */
export type Scalar = string | number | boolean | null;

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
