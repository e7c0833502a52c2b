/**
 * Parts → a zip package. Deflated by the platform (CompressionStream: Node 18+, current
 * browsers), several times faster than JSZip's JavaScript deflate on the tens of megabytes a
 * large workbook's sheets take; where the platform has no such stream, JSZip writes the package.
 * Parts are written in the order given, without folder entries, as Excel does.
 *
 * The stream asked for is "gzip", not "deflate-raw": the same deflate data (the same library,
 * level and window) inside a header and a trailer, and the trailer carries the part's CRC-32,
 * computed natively as it deflates — a zip entry needs it, and computing it here again was
 * 50 ms a 35 MB sheet.
 *
 * A part is deflated while the next ones are written: add() starts its deflate and returns, and
 * build() waits for them all (the parts keep the order they were added in). A program that has a
 * faster gzip than the stream gives it to useGzip (gzip.ts).
 */
import JSZip from "jszip";
import { concatBytes } from "../../core/bytes";
import { programGzip } from "./gzip";
import { platformStream, type ByteStream } from "./platform-stream";
import { written, type CheckedZipBytes } from "./safe-zip";

export interface ZipPart {
  path: string;
  data: Uint8Array;
}

const encoder = new TextEncoder();

type DeflateStream = ByteStream<"gzip">;

/** A part deflated, with its CRC-32 and its size modulo 2^32 (the gzip trailer's). */
interface Deflated {
  data: Uint8Array;
  crc: number;
  size: number;
}

async function deflate(C: DeflateStream, data: readonly Uint8Array[]): Promise<Deflated> {
  const gzip = programGzip();
  if (gzip) return gzipMember(await gzip(data));
  const stream = new C("gzip");
  const writer = stream.writable.getWriter();
  // a failing stream rejects both sides: the reading side below throws, this one is not left
  // unhandled (Node would end the process on it)
  (async () => {
    for (const piece of data) await writer.write(piece);
    await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return gzipMember(concatBytes(chunks));
}

/** The deflate data of one gzip member (RFC 1952) and what its trailer says. */
function gzipMember(gz: Uint8Array): Deflated {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8)
    throw new Error("zip writer: the platform's gzip stream wrote no gzip member");
  const flags = gz[3];
  const end = gz.length - 8;
  let at = 10;
  if (flags & 4) at += 2 + (gz[at] | (gz[at + 1] << 8)); // extra field
  if (flags & 8) while (at < end && gz[at++] !== 0); // file name
  if (flags & 16) while (at < end && gz[at++] !== 0); // comment
  if (flags & 2) at += 2; // header CRC
  if (at > end) throw new Error("zip writer: the platform's gzip header is damaged");
  const trailer = new DataView(gz.buffer, gz.byteOffset + end, 8);
  return {
    data: gz.subarray(at, end),
    crc: trailer.getUint32(0, true),
    size: trailer.getUint32(4, true),
  };
}

const FOUR_GB = 0xffffffff;

interface Entry {
  name: Uint8Array;
  path: string;
  crc: number;
  size: number;
  data: Uint8Array;
  /** 8 deflated, 0 stored */
  method: number;
}

/** A part being deflated: its entry, in the order added, once the deflate is done. */
type Pending = Promise<Entry>;

/**
 * A package built part by part: each part is deflated as it is added and only its compressed
 * bytes are kept, so a large workbook never holds all its parts uncompressed at once.
 */
export class ZipBuilder {
  private readonly C = platformStream("CompressionStream", "gzip");
  private readonly entries: (Entry | Pending)[] = [];
  private readonly fallback = this.C ? null : new JSZip();

  /** Whether parts are deflated by the platform (else JSZip writes the package). */
  get native(): boolean {
    return this.fallback === null;
  }

  /** A part already compressed (copied from another package as it was stored). */
  addStored(path: string, data: Uint8Array, crc: number, size: number, method: number): void {
    if (this.fallback) throw new Error("ZipBuilder.addStored: no platform deflate");
    this.entries.push({ name: encoder.encode(path), path, crc, size, data, method });
  }

  /**
   * A part, whole or in pieces (a large sheet written chunk by chunk is never joined into one
   * buffer: tens of megabytes allocated outside the heap make the collector run over all of it).
   * Its deflate is started, not waited for: the next part is written meanwhile, and build() waits.
   */
  async add(path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const pieces = data instanceof Uint8Array ? [data] : data;
    if (this.fallback) {
      this.fallback.file(path, concatBytes(pieces), { binary: true, createFolders: false });
      return;
    }
    const pending = deflatedEntry(this.C as DeflateStream, path, pieces);
    // a failure is reported by build(), which awaits it; until then it is not an unhandled one
    pending.catch(() => undefined);
    this.entries.push(pending);
  }

  /** The package, its parts in the order `rank` gives (lowest first; the order added on ties). */
  async build(rank: (path: string) => number = () => 0): Promise<CheckedZipBytes> {
    if (this.fallback)
      return written(
        await this.fallback.generateAsync({
          type: "uint8array",
          compression: "DEFLATE",
          compressionOptions: { level: 6 },
        })
      );
    const done = await Promise.all(this.entries);
    const entries = done
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e.path) - rank(b.e.path) || a.i - b.i)
      .map((x) => x.e);
    return written(assemble(entries));
  }
}

async function deflatedEntry(
  C: DeflateStream,
  path: string,
  pieces: readonly Uint8Array[]
): Promise<Entry> {
  const deflated = await deflate(C, pieces);
  let size = 0;
  for (const piece of pieces) size += piece.length;
  if (deflated.size !== size >>> 0)
    throw new Error(`zip writer: ${path} deflated as ${deflated.size} bytes, not ${size}`);
  return {
    name: encoder.encode(path),
    path,
    crc: deflated.crc,
    size,
    data: deflated.data,
    method: 8,
  };
}

/** The package of `parts` (checked bytes: this program wrote them). */
export async function zipParts(parts: ZipPart[]): Promise<CheckedZipBytes> {
  const z = new ZipBuilder();
  for (const p of parts) await z.add(p.path, p.data);
  return z.build();
}

function assemble(entries: Entry[]): Uint8Array {
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    offsets.push(offset);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  if (offset + centralSize + 22 > FOUR_GB || entries.length > 0xffff)
    throw new Error("zip writer: a package past 4 GB or 65,535 parts needs zip64");
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  // DOS date 1980-01-01 00:00 for every part (the workbook's own dates are in docProps/core.xml)
  const DOS_DATE = (1 << 5) | 1;
  let at = 0;
  for (const e of entries) {
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // names in UTF-8
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const central = at;
  entries.forEach((e, k) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    view.setUint32(at + 42, offsets[k], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

/** A part from text (UTF-8). */
export function textPart(path: string, text: string): ZipPart {
  return { path, data: encoder.encode(text) };
}
