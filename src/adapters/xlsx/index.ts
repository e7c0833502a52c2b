/**
 * The workbook engine over .xlsx files, in Node and in the browser: bytes in, bytes out. Reading
 * a workbook and filling it are the app's actions over the file backend (src/app, file-backend.ts).
 */
import type { Plan } from "../../core/plan";
import { layout, type LayoutOptions } from "../../workbook";
import type { WriteCellOptions } from "./cells";
import { specToXlsx } from "./package/write";

export { applySpec, addSheet, replaceSheets } from "./apply";
export { applyPatch } from "./patch";
export { patchPackage, type PackagePatch } from "./package";
export { specToXlsx } from "./package/write";
export { loadWorkbook } from "./load";
export type { BufferLike } from "./buffer";
export { readTables } from "./read-tables";
export { toBuffer } from "./buffer";
export { writeCell, scalarOf, formulaOf, type WriteCellOptions } from "./cells";
export { XlsxFileBackend, UnreadableWorkbook, type FileWriter } from "./file-backend";

/**
 * Plan → .xlsx bytes (layout, computed columns filled in the chosen style), written straight
 * into the package (package/write.ts: no ExcelJS model, a fraction of its time and memory).
 */
export async function planToXlsx(
  plan: Plan,
  options: LayoutOptions & WriteCellOptions = {}
): Promise<Uint8Array> {
  return specToXlsx(layout(plan, options), options);
}
