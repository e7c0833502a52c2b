/**
 * A PNG encoder (pure, no compression library): an indexed-colour image (colour type 3, 8 bits a
 * pixel), its rows unfiltered in a zlib stream (the deflate encoder of deflate.ts, which copies
 * repeated rows and runs), with the CRC-32 of each chunk and the Adler-32 of the data.
 */
import { crc32 } from "../bytes";
import { deflateRows } from "./deflate";
import type { Raster } from "./raster";

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  const MOD = 65521;
  // 5552: the most bytes before the sums can overflow 32 bits
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream (RFC 1950) of `data`, compressed by deflate.ts; `row`: the length of a row. */
export function zlib(data: Uint8Array, row = 0): Uint8Array {
  const body = deflateRows(data, row);
  const out = new Uint8Array(2 + body.length + 4);
  out[0] = 0x78; // deflate, 32K window
  out[1] = 0x01; // no preset dictionary; (0x78 * 256 + 0x01) % 31 === 0
  out.set(body, 2);
  const adler = adler32(data);
  const o = 2 + body.length;
  out[o] = adler >>> 24;
  out[o + 1] = (adler >>> 16) & 0xff;
  out[o + 2] = (adler >>> 8) & 0xff;
  out[o + 3] = adler & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function encodePng(image: Raster): Uint8Array {
  const { width, height, pixels, palette } = image;
  if (palette.length === 0 || palette.length > 256)
    throw new Error("PNG palette of 1 to 256 colours");
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  // compression 0, filter 0, interlace 0
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));
  // each row: filter byte 0 (none), then its pixels
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", zlib(raw, width + 1)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
