/** The grids of .xlsx bytes as the program reads them (src/adapters/xlsx/read), for tests. */
import { WorkbookReader } from "../../src/adapters/xlsx/read";
import { checkZip } from "../../src/adapters/zip/safe-zip";
import type { Grid } from "../../src/core/grid/types";
import type { Message } from "../../src/core/message";

export async function readGrids(
  bytes: Uint8Array,
  sheet?: string
): Promise<{ ok: true; grids: { sheet: string; grid: Grid }[] } | { ok: false; reason: Message }> {
  const checked = await checkZip(bytes);
  if (!checked.ok) return checked;
  const opened = await WorkbookReader.open(checked.bytes);
  if (!opened.ok) return opened;
  const read = await opened.reader.grids(sheet);
  if (!read.ok) return read;
  return {
    ok: true,
    grids: read.grids.map(({ grid }) => ({
      sheet: grid.origin.kind === "sheet" ? grid.origin.sheet : "",
      grid,
    })),
  };
}
