/**
 * The workbook engine over .xlsx files with ExcelJS, in Node and in the browser: bytes in, bytes
 * out. Each function is what a CLI command or a browser button needs, in one call.
 */
import type { Message } from "../../core/message";
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
import { replaceSheets } from "./apply";
import { toBuffer } from "./buffer";
import type { WriteCellOptions } from "./cells";
import { checkZip, type CheckedZipBytes } from "../zip/safe-zip";
import { patchCheckedPackage } from "./package";
import { specToXlsx } from "./package/write";
import { applyPatch } from "./patch";
import { loadCheckedWorkbook, notPira, notReadable, workbookTables, type BufferLike } from "./read";
import { readCheckedTables, readTables } from "./read-tables";

export { applySpec, addSheet, replaceSheets } from "./apply";
export { applyPatch } from "./patch";
export { patchPackage, type PackagePatch } from "./package";
export { specToXlsx } from "./package/write";
export { workbookTables, loadWorkbook, type BufferLike } from "./read";
export { readTables } from "./read-tables";
export { toBuffer } from "./buffer";
export { writeCell, scalarOf, formulaOf, type WriteCellOptions } from "./cells";

export type Failure = { ok: false; code: "not-pira" | "corrupt"; reason: Message };

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
): Promise<{ ok: true; result: ReadResult } | Failure> {
  const loaded = await readTables(bytes);
  if (!loaded.ok) return loaded as Failure;
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
  ({ ok: true; bytes: Uint8Array; writer: FillWriter } & FillTablesResult) | Failure;

/** Fills the computed columns of an .xlsx file; only those cells change (and, if asked, the generated sheets). */
export async function fillXlsx(
  bytes: BufferLike,
  options: FillXlsxOptions = {}
): Promise<FillXlsxResult> {
  // the package is checked once (zip/safe-zip.ts); every step below reads the checked bytes
  const checked = await checkZip(bytes);
  if (!checked.ok) return notReadable(checked);
  if (options.regenerate) return fillWithExcelJS(checked.bytes, options);
  // only the tables' sheets are parsed; the loaded workbook is not kept
  const loaded = await readCheckedTables(checked.bytes);
  if (!loaded.ok) return loaded as Failure;
  const result = fillTables(loaded.tables, options);
  // nothing to write (no Indicatori, or a fill refused: a computed column repeated)
  if (!result.fill || result.fill.patch.blocks.length === 0)
    return { ok: true, bytes: checked.bytes, writer: { kind: "package" }, ...result };
  const direct = await patchCheckedPackage(checked.bytes, result.fill.patch, options);
  if (direct.ok) return { ok: true, bytes: direct.bytes, writer: { kind: "package" }, ...result };
  const whole = await loadCheckedWorkbook(checked.bytes);
  if (!whole.ok) return whole;
  applyPatch(whole.workbook, result.fill.patch, options);
  return {
    ok: true,
    bytes: await toBuffer(whole.workbook),
    writer: { kind: "exceljs", why: direct.why },
    ...result,
  };
}

/** The whole workbook read, patched and written by ExcelJS (and its generated sheets rebuilt if asked). */
async function fillWithExcelJS(
  bytes: CheckedZipBytes,
  options: FillXlsxOptions
): Promise<FillXlsxResult> {
  const loaded = await loadCheckedWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const tables = workbookTables(loaded.workbook);
  if (!tables.programmes && !tables.indicators) return notPira() as Failure;
  const result = fillTables(tables, options);
  if (result.fill) applyPatch(loaded.workbook, result.fill.patch, options);
  if (options.regenerate) {
    replaceSheets(
      loaded.workbook,
      generatedSheets(
        result.read.plan,
        options.thresholds ?? { ...DEFAULT_THRESHOLDS },
        result.read.locations
      ),
      { ...options, removeMatching: GENERATED_SHEET }
    );
  }
  return {
    ok: true,
    bytes: await toBuffer(loaded.workbook),
    writer: { kind: "exceljs" },
    ...result,
  };
}
