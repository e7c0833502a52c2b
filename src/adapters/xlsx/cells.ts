/**
 * One described cell onto an ExcelJS cell and back. Strings are always written as text (an
 * ExcelJS string value is a shared string, never a formula): text such as "=91/28008 …" cannot
 * turn into a formula. Formulas are written in the form a file stores them (PIRA.X → _xldudf_PIRA_X).
 */
import type ExcelJS from "exceljs";
import {
  fromFileForm,
  toFileForm,
  EXCEL_OVERFLOW,
  needsQuotePrefix,
  writableNumber,
  type CellSpec,
  type CellStyle,
  type Scalar,
} from "../../workbook";
import { LOOKS } from "./looks";
import { keepLiteralEscapes } from "./package/xml";

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const { font, fill, alignment } = LOOKS[style];
  if (font)
    cell.font = {
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(font.underline ? { underline: true } : {}),
      ...(font.size ? { size: font.size } : {}),
      ...(font.color ? { color: { argb: font.color } } : {}),
    };
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (alignment)
    cell.alignment = {
      vertical: alignment.vertical,
      ...(alignment.wrap ? { wrapText: true } : {}),
    };
}

export interface WriteCellOptions {
  /** write formulas' cached results (default true); false makes a reader recompute them */
  cachedResults?: boolean;
}

/**
 * A cached formula result ExcelJS can write: a number beyond Excel's range has none; text is
 * held as the file stores it (ExcelJS writes and reads a cached text as it is), its literal
 * "_x0041_" escaped (literal-escapes.ts).
 */
function cachedResult(value: Scalar): Scalar {
  if (typeof value === "string") return keepLiteralEscapes(value);
  return typeof value === "number" && !writableNumber(value) ? null : value;
}

/**
 * Writes one described cell. The rules of spec.ts hold here: a number beyond Excel's range
 * becomes the error #NUM!, and text Excel would take as a formula when edited gets the Text
 * format "@" (ExcelJS cannot write the quote prefix; package/ writes it).
 */
export function writeCell(
  cell: ExcelJS.Cell,
  spec: CellSpec,
  options: WriteCellOptions = {}
): void {
  const value = spec.value === undefined ? null : spec.value;
  let guarded = false;
  if (spec.formula !== undefined) {
    const formula = toFileForm(spec.formula);
    const result = cachedResult(value);
    cell.value =
      options.cachedResults === false || result === null
        ? { formula }
        : ({ formula, result } as ExcelJS.CellFormulaValue);
  } else if (spec.link !== undefined) {
    cell.value = { text: value === null ? spec.link : String(value), hyperlink: spec.link };
  } else if (typeof value === "number" && !writableNumber(value)) {
    cell.value = { error: EXCEL_OVERFLOW } as ExcelJS.CellErrorValue;
  } else {
    cell.value = value;
    guarded = typeof value === "string" && needsQuotePrefix(value);
  }
  if (guarded) cell.numFmt = "@";
  else if (spec.format) cell.numFmt = spec.format;
  if (spec.style) applyStyle(cell, spec.style);
}

export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  applyStyle(cell, style);
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

type RichText = { richText: { text: string }[] };

/** An ExcelJS cell value as a plain scalar (rich text joined, dates as dd/mm/yyyy, errors as "#N/A"). */
export function scalarOf(v: ExcelJS.CellValue | undefined): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date)
    return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === "object") {
    if ("richText" in v) return (v as RichText).richText.map((r) => r.text).join("");
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("formula" in v || "sharedFormula" in v)
      return scalarOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return scalarOf((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(v);
}

/**
 * A cell's value as a scalar. For a formula the cached result is taken from cell.result: ExcelJS's
 * cell.value drops falsy results (a cached 0 would read as "no result").
 */
export function cellScalar(cell: ExcelJS.Cell): Scalar {
  if (cell.type === 6 /* Formula */) return scalarOf((cell.result ?? null) as ExcelJS.CellValue);
  return scalarOf(cell.value);
}

/** The formula of a cell as the user sees it (shared formulas resolved), or null. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== 6 /* ExcelJS.ValueType.Formula */) return null;
  const f = cell.formula;
  return f ? fromFileForm(f) : null;
}
