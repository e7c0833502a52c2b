/**
 * Excel's own rules, as Microsoft documents them, for the fake Excel of the Office adapter's
 * tests. Each rule cites where it is written down:
 *
 * - Office.js error codes: "Error handling with the Excel JavaScript API" (learn.microsoft.com,
 *   office/dev/add-ins/excel/excel-add-ins-error-handling), the `code` of an OfficeExtension.Error.
 * - 5 MB per request and per response in Excel on the web, 5,000,000 cells per read: "Resource
 *   limits and performance optimization for Office Add-ins", section "Excel add-ins".
 * - Worksheet names: Excel.Worksheet.name ("must be fewer than 32 characters") and "Rename a
 *   worksheet" (support.microsoft.com: not blank, no / \ ? * : [ ], no apostrophe first or last,
 *   not "History"), unique regardless of case.
 * - Table names: Excel.Table.name points at "Rename an Excel table" (support.microsoft.com): a
 *   letter, underscore or backslash first; then letters, digits, periods, underscores; no spaces;
 *   not a cell reference ("A1", "R1C1", and the single letters C, c, R, r); at most 255
 *   characters; unique in the workbook regardless of case.
 * - Table headers: a header row cannot hold a blank or a repeated name; Excel writes ColumnN
 *   for a blank and appends a number to a repeat ("Create and format tables").
 * - Cell contents: "Excel specifications and limits": 32,767 characters in a cell, 8,192 in a
 *   formula, no number beyond ±9.99999999999999E+307.
 * - Typed input: "Format numbers as text" (support.microsoft.com): a cell formatted as Text ("@")
 *   keeps what is typed as text, a formula included; an apostrophe first keeps the rest as text.
 */

export const LIMITS = {
  /** bytes of one request, and of one response, in Excel on the web ("5MB", read as 5,000,000) */
  payload: 5_000_000,
  /** cells of one range read */
  readCells: 5_000_000,
  sheetName: 31,
  tableName: 255,
  cellText: 32_767,
  formula: 8_192,
  rows: 1_048_576,
  cols: 16_384,
} as const;

/** An Office.js error as context.sync() rejects with it (OfficeExtension.Error's shape). */
export class OfficeError extends Error {
  readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = {
      code,
      message,
    }
  ) {
    super(message);
  }
}

export function fail(code: string, message: string, where?: string): never {
  throw new OfficeError(code, message, { code, message, errorLocation: where });
}

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Why Excel refuses a worksheet name, or null. (Uniqueness is the workbook's check.) */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "a sheet name cannot be blank";
  if (name.length > LIMITS.sheetName)
    return `a sheet name has at most ${LIMITS.sheetName} characters (${name.length})`;
  if (SHEET_FORBIDDEN.test(name)) return "a sheet name cannot contain : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'"))
    return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Column letters of A1 notation up to XFD (16,384). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Whether a name reads as a cell reference: "A1", "xfd1048576", "R1C1", "R", "C", "R2", "C10". */
export function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    return columnIndex(a1[1]) <= LIMITS.cols && row >= 1 && row <= LIMITS.rows;
  }
  return /^[Rr](\d*|\[-?\d+\])([Cc](\d*|\[-?\d+\]))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/** Why Excel refuses a table name, or null. (Uniqueness is the workbook's check.) */
export function tableNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "a table name cannot be blank";
  if (name.length > LIMITS.tableName)
    return `a table name has at most ${LIMITS.tableName} characters`;
  if (/\s/.test(name)) return "a table name cannot contain spaces";
  if (!/^[\p{L}_\\]/u.test(name)) return "a table name begins with a letter, _ or \\";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return "a table name holds only letters, digits, periods and underscores";
  if (isCellReference(name)) return "a table name cannot be a cell reference";
  return null;
}

/**
 * A table's header row as Excel keeps it: text, a blank becomes "ColumnN" (N its position), a
 * repeat (regardless of case) gets the first free number appended. Returns the names and the
 * changes made.
 */
export function fixHeaders(cells: readonly unknown[]): { names: string[]; changed: string[] } {
  const names: string[] = [];
  const changed: string[] = [];
  const taken = new Set<string>();
  cells.forEach((c, j) => {
    const text = c === null || c === undefined ? "" : String(c);
    let name = text.trim() === "" ? `Column${j + 1}` : text;
    if (taken.has(name.toLowerCase())) {
      let k = 2;
      while (taken.has(`${name}${k}`.toLowerCase())) k++;
      name = `${name}${k}`;
    }
    if (name !== text) changed.push(`${JSON.stringify(text)} → ${JSON.stringify(name)}`);
    taken.add(name.toLowerCase());
    names.push(name);
  });
  return { names, changed };
}

export type Value = string | number | boolean;

export interface Cell {
  /** the value Excel holds ("" for an empty cell; a formula's value is not computed here) */
  value: Value | "";
  /** the formula as typed, with its "=" */
  formula: string | null;
  format: string;
}

/**
 * What Excel stores when a value is typed into a cell (Range.values or Range.formulas): "=…" is a
 * formula; a leading apostrophe makes the rest text; text that reads as a number, a percentage,
 * TRUE/FALSE or a date becomes that value (en-US reading: the fake does not model locales).
 * `converted` tells when text became something else.
 */
export function typed(
  input: Value | null,
  format = "General"
): {
  value: Value | "";
  formula: string | null;
  converted: boolean;
} {
  if (input === null || input === "") return { value: "", formula: null, converted: false };
  if (typeof input !== "string") return { value: input, formula: null, converted: false };
  // a leading apostrophe is Excel's prefix character, whatever the cell's format
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, converted: false };
  // a Text cell keeps what is typed as text, "=…" included ("Format numbers as text")
  if (format === "@") return { value: input, formula: null, converted: false };
  if (input.startsWith("=") && input.length > 1)
    return {
      value: ERROR_LITERAL.has(input.slice(1)) ? input.slice(1) : "",
      formula: input,
      converted: false,
    };
  const t = input.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
    return { value: Number(t), formula: null, converted: true };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(t))
    return { value: Number(t.slice(0, -1)) / 100, formula: null, converted: true };
  if (/^(true|false)$/i.test(t))
    return { value: t.toLowerCase() === "true", formula: null, converted: true };
  if (/^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/.test(t))
    return { value: t, formula: null, converted: true }; // a date: Excel keeps a serial number
  return { value: input, formula: null, converted: false };
}

/** Error literals: the formula "=#NUM!" evaluates to the error, which `values` reads as "#NUM!". */
const ERROR_LITERAL = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** Excel's largest number ("Excel specifications and limits": 9.99999999999999E+307). */
export const EXCEL_MAX = 9.99999999999999e307;

/** Why Excel refuses what is typed into one cell, or null. */
export function cellInputProblem(input: unknown): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return "not a finite number";
    return Math.abs(input) > EXCEL_MAX ? "a number beyond ±9.99999999999999E+307" : null;
  }
  if (typeof input === "boolean") return null;
  if (typeof input !== "string") return `a cell cannot hold a ${typeof input}`;
  if (input.startsWith("=") && input.length > LIMITS.formula)
    return `a formula has at most ${LIMITS.formula} characters (${input.length})`;
  if (input.length > LIMITS.cellText)
    return `a cell holds at most ${LIMITS.cellText} characters (${input.length})`;
  return null;
}

/** The message Excel gives for a 2-D array that does not fit its range. */
export const SIZE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Why a 2-D assignment does not fit an h × w range, or null (a single value fills the range). */
export function shapeProblem(data: unknown, h: number, w: number): string | null {
  if (!Array.isArray(data)) return null;
  if (data.length !== h) return `${SIZE_MISMATCH} (${data.length} rows for ${h})`;
  for (const row of data) {
    if (!Array.isArray(row)) return `${SIZE_MISMATCH} (a row is not an array)`;
    if (row.length !== w) return `${SIZE_MISMATCH} (${row.length} columns for ${w})`;
  }
  return null;
}
