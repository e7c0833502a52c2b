/**
 * A CSV file's grid (core/grid/csv.ts) as a worksheet of an ExcelJS workbook, for the workbench:
 * the analyst's CSV opened as a sheet, then mapped and filled in place like any sheet. A field is
 * a number only when it reads exactly as one without guessing — an integer ("150", "-3"), a decimal
 * with the Italian comma and no grouping ("12,5"), or such a number with "%" (a percent cell);
 * anything else ("1.500", "€ 1,2 milioni", "≥ 90%") stays text as written, so nothing is misread.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";

const INTEGER = /^-?\d{1,15}$/;
const COMMA_DECIMAL = /^-?\d{1,15},\d{1,15}$/;
const PERCENT = /^(-?\d{1,15}(?:,\d{1,15})?)\s?%$/;

/** The cell a CSV field becomes: a number (with its format) or the text as written. */
export function csvCell(text: string): { value: string | number; format?: string } {
  const s = text.trim();
  if (INTEGER.test(s)) return { value: Number(s) };
  if (COMMA_DECIMAL.test(s)) return { value: Number(s.replace(",", ".")) };
  const p = PERCENT.exec(s);
  if (p) {
    const digits = p[1].split(",")[1]?.length ?? 0;
    return {
      value: Number((Number(p[1].replace(",", ".")) / 100).toPrecision(15)),
      format: digits ? `0.${"0".repeat(digits)}%` : "0%",
    };
  }
  return { value: text };
}

/** Writes the grid's cells into `ws` from A1. */
export function writeCsvSheet(ws: ExcelJS.Worksheet, grid: Grid): void {
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      const x = typeof v === "string" ? csvCell(v) : { value: v as string | number };
      cell.value = x.value;
      if (x.format) cell.numFmt = x.format;
    })
  );
}
