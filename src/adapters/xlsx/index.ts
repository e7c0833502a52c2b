/**
 * The workbook engine over .xlsx files with ExcelJS, in Node and in the browser: bytes in, bytes
 * out. Each function is what a CLI command or a browser button needs, in one call.
 */
import type { Plan } from "../../core/plan/types";
import { DEFAULT_THRESHOLDS } from "../../core/performance";
import {
  fillTables,
  generatedSheets,
  GENERATED_SHEET,
  layout,
  type FillOptions,
  type FillTablesResult,
  type LayoutOptions,
  type ReadResult,
} from "../../workbook";
import { read } from "../../workbook/read";
import type { TablesFailure } from "../../workbook/tables";
import type { WriteCellOptions } from "./cells";
import { UnreadableWorkbook, XlsxFileBackend } from "./file-backend";
import { specToXlsx } from "./package/write";
import type { BufferLike } from "./buffer";
import { readTables } from "./read-tables";

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

/** .xlsx bytes → plan, with diagnostics (sheet and cell) and each indicator's row. */
export async function xlsxToPlan(
  bytes: BufferLike
): Promise<{ ok: true; result: ReadResult } | TablesFailure> {
  const loaded = await readTables(bytes);
  if (!loaded.ok) return loaded;
  return { ok: true, result: read(loaded.tables) };
}

export interface FillXlsxOptions extends FillOptions, WriteCellOptions {
  /** also rebuild the generated sheets (Riepilogo, mission sheets) from the plan read */
  regenerate?: boolean;
}

/**
 * How the filled file was written: "package" — only the Indicatori sheet's part (and the styles)
 * rewritten inside the original file, everything else kept byte for byte; "exceljs" — the whole
 * workbook written again by ExcelJS (to regenerate sheets, or when the file's shape is not one
 * the package patch handles: `why`).
 */
export type FillWriter = { kind: "package" } | { kind: "exceljs"; why?: string };

export type FillXlsxResult =
  ({ ok: true; bytes: Uint8Array; writer: FillWriter } & FillTablesResult) | TablesFailure;

/**
 * Fills the computed columns of an .xlsx file; only those cells change (and, if asked, the
 * generated sheets). The file backend's fill: written into the package when it can be.
 */
export async function fillXlsx(
  bytes: BufferLike,
  options: FillXlsxOptions = {}
): Promise<FillXlsxResult> {
  // the package is checked once (zip/safe-zip.ts); every step reads the checked bytes
  const opened = await XlsxFileBackend.open(bytes, options);
  if (!opened.ok) return opened;
  const file = opened.backend;
  try {
    const loaded = await file.readTables();
    if (!loaded.ok) return loaded;
    const result = fillTables(loaded.tables, options);
    const { plan, locations, settings } = result.read;
    if (options.regenerate)
      await file.applySpec(
        {
          title: plan.title,
          sheets: generatedSheets(
            plan,
            options.thresholds ?? settings.thresholds ?? { ...DEFAULT_THRESHOLDS },
            locations
          ),
        },
        { removeMatching: GENERATED_SHEET }
      );
    if (result.fill) await file.applyPatch(result.fill.patch);
    const writer: FillWriter = file.writer.kind === "unchanged" ? { kind: "package" } : file.writer;
    return { ok: true, bytes: await file.bytes(), writer, ...result };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { ok: false, code: "corrupt", reason: e.reason };
    throw e;
  }
}
