/**
 * One described cell onto an ExcelJS cell and back. Strings are always written as text (an
 * ExcelJS string value is a shared string, never a formula): text such as "=91/28008 …" cannot
 * turn into a formula. Formulas are written in the form a file stores them (PIRA.X → _xldudf_PIRA_X).
 */
import type ExcelJS from "exceljs";
import { fromFileForm, toFileForm } from "../../workbook/formulas";
import type { CellSpec, CellStyle, Scalar } from "../../workbook/spec";

const COLORS = {
  headerFill: "FFD9E1F2",
  computedFill: "FFFCE4D6",
  link: "FF0563C1",
  muted: "FF7F7F7F",
};

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case "title":
      cell.font = { bold: true, size: 14 };
      break;
    case "header":
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COLORS.headerFill } };
      cell.alignment = { vertical: "top", wrapText: true };
      break;
    case "computedHeader":
      cell.font = { bold: true, italic: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COLORS.computedFill } };
      cell.alignment = { vertical: "top", wrapText: true };
      break;
    case "label":
      cell.font = { bold: true };
      cell.alignment = { vertical: "top" };
      break;
    case "wrap":
      cell.alignment = { vertical: "top", wrapText: true };
      break;
    case "muted":
      cell.font = { color: { argb: COLORS.muted } };
      break;
    case "link":
      cell.font = { color: { argb: COLORS.link }, underline: true };
      break;
    case "total":
      cell.font = { bold: true };
      break;
  }
}

export interface WriteCellOptions {
  /** write formulas' cached results (default true); false makes a reader recompute them */
  cachedResults?: boolean;
}

export function writeCell(
  cell: ExcelJS.Cell,
  spec: CellSpec,
  options: WriteCellOptions = {}
): void {
  const value = spec.value === undefined ? null : spec.value;
  if (spec.formula !== undefined) {
    const formula = toFileForm(spec.formula);
    cell.value =
      options.cachedResults === false || value === null
        ? { formula }
        : ({ formula, result: value } as ExcelJS.CellFormulaValue);
  } else if (spec.link !== undefined) {
    cell.value = { text: value === null ? spec.link : String(value), hyperlink: spec.link };
  } else {
    cell.value = value;
  }
  if (spec.format) cell.numFmt = spec.format;
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
