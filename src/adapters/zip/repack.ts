/**
 * A package edited through JSZip, written again: the parts that were not touched are copied as
 * they were stored (no inflating, no deflating), the others deflated by the platform
 * (write-zip.ts). Editing one sheet of a large workbook costs that sheet, not the whole file.
 */
import type JSZip from "jszip";
import { membersOf, reopen, storedData, written, type CheckedZipBytes } from "./safe-zip";
import { ZipBuilder } from "./write-zip";

export interface Editable {
  zip: JSZip;
  /** the checked bytes it was opened from */
  bytes: CheckedZipBytes;
  /** each part's object as loaded: a part whose object is still this one was not touched */
  loaded: Map<string, JSZip.JSZipObject>;
}

export async function openEditable(bytes: CheckedZipBytes): Promise<Editable> {
  const zip = await reopen(bytes);
  return { zip, bytes, loaded: new Map(Object.entries(zip.files)) };
}

/** The edited package (parts in their order; `rank` may move some first). */
export async function repack(
  e: Editable,
  rank?: (path: string) => number
): Promise<CheckedZipBytes> {
  const out = new ZipBuilder();
  if (!out.native)
    return written(
      await e.zip.generateAsync({
        type: "uint8array",
        compression: "DEFLATE",
        compressionOptions: { level: 6 },
      })
    );
  const members = new Map(membersOf(e.bytes).map((m) => [m.name, m]));
  for (const [path, file] of Object.entries(e.zip.files)) {
    if (file.dir) continue;
    const m = members.get(path);
    if (m && e.loaded.get(path) === file)
      out.addStored(path, storedData(e.bytes, m), m.crc32, m.size, m.method);
    else await out.add(path, await file.async("uint8array"));
  }
  return out.build(rank);
}
