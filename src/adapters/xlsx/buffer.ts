/** Workbook ⇄ bytes, the same in Node and in the browser (no fs here). */

/** A file's bytes as Node or a browser give them. */
export type BufferLike = ArrayBuffer | Uint8Array;
import type ExcelJS from "exceljs";

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
