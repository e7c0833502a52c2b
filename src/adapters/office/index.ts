/**
 * The workbook engine inside Excel (Office.js): apply a description, read the tables, write a
 * fill patch — each a fixed, small number of context.sync() calls whatever the plan's size.
 */
import { fillTables, type FillOptions, type FillTablesResult } from "../../workbook";
import { applyPatch } from "./patch";
import { readTables } from "./read";

export { applySpec, type OfficeApplyOptions, type OfficeApplyResult } from "./apply";
export { readTables, type OfficeReadResult } from "./read";
export { applyPatch } from "./patch";
export { DEFAULT_MAX_PAYLOAD } from "./batch";

/** Read, compute, write the computed columns: 3 syncs (2 to read, 1 to write). */
export async function fillWorkbook(
  context: Excel.RequestContext,
  options: FillOptions = {}
): Promise<
  | ({ ok: true; syncs: number } & FillTablesResult)
  | { ok: false; syncs: number; reason: import("../../core/message").Message }
> {
  const r = await readTables(context);
  if (!r.result.ok) return { ok: false, syncs: r.syncs, reason: r.result.reason };
  const filled = fillTables(r.result.tables, options);
  let syncs = r.syncs;
  if (filled.fill) syncs += (await applyPatch(context, filled.fill.patch)).syncs;
  return { ok: true, syncs, ...filled };
}
