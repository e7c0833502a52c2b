/** A fill patch written inside Excel: each block one 2-D range, one sync (more only above 5 MB). */
import type { Patch } from "../../workbook";
import { Batch, DEFAULT_MAX_PAYLOAD, payloadSize } from "./batch";
import { toArrays } from "./cells";

export async function applyPatch(
  context: Excel.RequestContext,
  patch: Patch,
  options: { maxPayload?: number } = {}
): Promise<{ syncs: number }> {
  const batch = new Batch(context, options.maxPayload ?? DEFAULT_MAX_PAYLOAD);
  const sheet = context.workbook.worksheets.getItem(patch.sheet);
  for (const b of patch.blocks) {
    const width = Math.max(0, ...b.cells.map((r) => r.length));
    if (!b.cells.length || !width) continue;
    const arrays = toArrays(b.cells, width);
    const perRow = Math.max(
      1,
      Math.ceil((payloadSize(arrays.formulas) + payloadSize(arrays.numberFormat)) / b.cells.length)
    );
    const rowsPerChunk = Math.max(1, Math.floor(batch.maxBytes / perRow));
    for (let start = 0; start < b.cells.length; start += rowsPerChunk) {
      const end = Math.min(b.cells.length, start + rowsPerChunk);
      await batch.calls(1, 2, perRow * (end - start));
      const range = sheet.getRangeByIndexes(b.row - 1 + start, b.col - 1, end - start, width);
      range.numberFormat = arrays.numberFormat.slice(start, end);
      range.formulas = arrays.formulas.slice(start, end);
    }
  }
  await batch.sync();
  return { syncs: batch.syncs };
}
