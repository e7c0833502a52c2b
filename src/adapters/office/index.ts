/**
 * The workbook engine inside Excel (Office.js): apply a description, read the tables, write a
 * fill patch — each a fixed, small number of context.sync() calls whatever the plan's size (more
 * only where a request or a response would pass Excel on the web's 5 MB).
 */
import { fillTables, type FillOptions, type FillTablesResult } from "../../workbook";
import { applyPatch } from "./patch";
import { readTables } from "./read";

export { applySpec, type OfficeApplyOptions, type OfficeApplyResult } from "./apply";
export { readTables, type OfficeReadResult } from "./read";
export { applyPatch } from "./patch";
export { DEFAULT_MAX_PAYLOAD } from "./batch";
export {
  EXCEL_API_MINIMUM,
  NO_OUTLINE,
  officeRequirements,
  type Requirements,
} from "./requirements";

/** Read, compute, write the computed columns: 4 syncs (3 to read, 1 to write; more past 5 MB). */
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
