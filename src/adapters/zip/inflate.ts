/**
 * A part of a checked package inflated by the platform (DecompressionStream "deflate-raw": zlib in
 * Node, native in browsers) rather than by JSZip's JavaScript inflate, several times slower on a
 * large sheet. The package was checked when it was opened (every part inflated to its declared
 * size and CRC, safe-zip.ts) or written by this program, so the part is taken as it is stored.
 */
import { platformStream } from "./platform-stream";
import { membersOf, storedData, type CheckedZipBytes } from "./safe-zip";

/**
 * The part's bytes, or null when the platform cannot give them (no such stream, no member of
 * that name in the directory, a method other than stored or deflated): the caller asks JSZip.
 */
export async function platformPart(
  bytes: CheckedZipBytes,
  path: string
): Promise<Uint8Array | null> {
  const member = membersOf(bytes).find((m) => m.name === path);
  if (!member || (member.method !== 0 && member.method !== 8)) return null;
  const data = storedData(bytes, member);
  if (member.method === 0) return data;
  const D = platformStream("DecompressionStream", "deflate-raw");
  if (!D) return null;
  const stream = new D("deflate-raw");
  const writer = stream.writable.getWriter();
  // a stream that fails rejects both sides: the reading side answers (null), the writing side's
  // rejection is not left unhandled (Node would end the process on it)
  writer
    .write(data)
    .then(() => writer.close())
    .catch(() => undefined);
  const out = new Uint8Array(member.size);
  let at = 0;
  const reader = stream.readable.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (at + r.value.length > out.length) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      out.set(r.value, at);
      at += r.value.length;
    }
  } catch {
    return null;
  }
  return at === out.length ? out : null;
}
