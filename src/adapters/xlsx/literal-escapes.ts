/**
 * Text that reads as one of Excel's escapes ("_x0041_", a character written as its code) kept as
 * the analyst typed it in what ExcelJS writes: Excel, LibreOffice and every reader undo those
 * escapes in a cell's text, so a literal "_x0041_" written as it is comes back as "A". ECMA-376
 * (Part 1, 22.9.2.19 ST_Xstring) escapes the underscore itself ("_x005F_x0041_"), as Excel does
 * and as package/xml.ts writes into a package.
 *
 * ExcelJS reads a shared string's escapes (its cells' text is what the user sees) but writes text
 * as it is; a formula's cached text it reads and writes as it is (the escaped form): so cells'
 * text is escaped only while the workbook is written (escapeWhileWriting), and a formula's cached
 * text as the cell is written (cells.ts). Known gap: a cell ExcelJS loaded from an inline string
 * or a t="str" value (it keeps those escaped) would be escaped twice; Excel writes neither.
 */
import type ExcelJS from "exceljs";
import { keepLiteralEscapes } from "./package/xml";

const LITERAL = /_x[0-9A-Fa-f]{4}_/;

/** Whether Excel would read part of this text as an escape. */
export function readsAsEscape(s: string): boolean {
  return s.includes("_x") && LITERAL.test(s);
}

type Runs = { richText: { text: string }[] };
type Link = { text: string; hyperlink: string };

function escapedValue(v: ExcelJS.CellValue): ExcelJS.CellValue | undefined {
  if (typeof v === "string") return readsAsEscape(v) ? keepLiteralEscapes(v) : undefined;
  if (v === null || typeof v !== "object") return undefined;
  const runs = (v as Partial<Runs>).richText;
  if (Array.isArray(runs)) {
    if (!runs.some((r) => typeof r?.text === "string" && readsAsEscape(r.text))) return undefined;
    return {
      ...v,
      richText: runs.map((r) =>
        typeof r?.text === "string" ? { ...r, text: keepLiteralEscapes(r.text) } : r
      ),
    } as ExcelJS.CellValue;
  }
  const link = v as Partial<Link>;
  if (typeof link.hyperlink === "string" && typeof link.text === "string")
    return readsAsEscape(link.text)
      ? ({ ...v, text: keepLiteralEscapes(link.text) } as ExcelJS.CellValue)
      : undefined;
  return undefined;
}

/**
 * Starts `write` with every cell's text that reads as an escape escaped (shared strings, rich
 * text, a hyperlink's text), and gives each cell its own value back as soon as the write has
 * taken its model — before the first await, so nothing typed meanwhile (the workbench) is undone.
 * ExcelJS's write takes the workbook's model synchronously (xlsx.js, write: the model and its
 * shared strings are prepared before the first part is rendered); the round-trip tests
 * (xlsx-literal-escapes.test.ts) fail should it ever take it later. Linear in the cells; a
 * workbook without such text is not touched.
 */
export function escapeWhileWriting<T>(wb: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const changed: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  try {
    for (const ws of wb.worksheets)
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          // a covered cell of a merge shows its master's value: only the master is written
          if (cell.isMerged && cell.master !== cell) return;
          const escaped = escapedValue(cell.value);
          if (escaped === undefined) return;
          changed.push({ cell, value: cell.value });
          cell.value = escaped;
        })
      );
    return write();
  } finally {
    for (const { cell, value } of changed) cell.value = value;
  }
}
