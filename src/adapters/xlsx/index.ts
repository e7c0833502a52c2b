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
import { applySpec, replaceSheets } from "./apply";
import { toBuffer } from "./buffer";
import type { WriteCellOptions } from "./cells";
import { applyPatch } from "./patch";
import { loadWorkbook, notPira, workbookTables, type BufferLike } from "./read";

export { applySpec, addSheet, replaceSheets } from "./apply";
export { applyPatch } from "./patch";
export { readTables, workbookTables, loadWorkbook, type BufferLike } from "./read";
export { toBuffer } from "./buffer";
export { writeCell, scalarOf, formulaOf, type WriteCellOptions } from "./cells";

export type Failure = { ok: false; code: "not-pira" | "corrupt"; reason: Message };

/** Plan → .xlsx bytes (layout, computed columns filled in the chosen style). */
export async function planToXlsx(
  plan: Plan,
  options: LayoutOptions & WriteCellOptions = {}
): Promise<Uint8Array> {
  return toBuffer(applySpec(layout(plan, options), options));
}

/** .xlsx bytes → plan, with diagnostics (sheet and cell) and each indicator's row. */
export async function xlsxToPlan(
  bytes: BufferLike
): Promise<{ ok: true; result: ReadResult } | Failure> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const tables = workbookTables(loaded.workbook);
  if (!tables.programmes && !tables.indicators) return notPira() as Failure;
  return { ok: true, result: read(tables) };
}

export interface FillXlsxOptions extends FillOptions, WriteCellOptions {
  /** also rebuild the generated sheets (Riepilogo, mission sheets) from the plan read */
  regenerate?: boolean;
}

/** Fills the computed columns of an .xlsx file; only those cells change (and, if asked, the generated sheets). */
export async function fillXlsx(
  bytes: BufferLike,
  options: FillXlsxOptions = {}
): Promise<({ ok: true; bytes: Uint8Array } & FillTablesResult) | Failure> {
  const loaded = await loadWorkbook(bytes);
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
  return { ok: true, bytes: await toBuffer(loaded.workbook), ...result };
}
