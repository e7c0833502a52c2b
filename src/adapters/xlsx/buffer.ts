/** Workbook ⇄ bytes, the same in Node and in the browser (no fs here). */

/** A file's bytes as Node or a browser give them. */
export type BufferLike = ArrayBuffer | Uint8Array;
import type ExcelJS from "exceljs";
import { escapeWhileWriting } from "./literal-escapes";

/** The workbook's bytes; text that reads as one of Excel's escapes kept (literal-escapes.ts). */
export async function toBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await escapeWhileWriting(wb, () => wb.xlsx.writeBuffer());
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
