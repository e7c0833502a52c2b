/**
 * A small deflate encoder (RFC 1951) for chart images, with no compression library: one block of
 * the fixed Huffman codes, and matches of two kinds only — a run of the byte just written
 * (distance 1) and a copy of the row above (distance = the row's length). A chart is flat areas
 * and repeated rows, so this is nearly as small as a full encoder at a fraction of the work.
 * Greedy and linear: each byte is looked at a bounded number of times.
 */

class BitWriter {
  private buf = new Uint8Array(1 << 12);
  private pos = 0;
  private acc = 0;
  private bits = 0;

  /** `n` bits of `value`, least significant first (extra bits, headers) */
  write(value: number, n: number): void {
    this.acc |= value << this.bits;
    this.bits += n;
    while (this.bits >= 8) {
      this.byte(this.acc & 0xff);
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  /** a Huffman code of `n` bits, most significant first */
  code(code: number, n: number): void {
    let rev = 0;
    for (let i = 0; i < n; i++) rev |= ((code >>> i) & 1) << (n - 1 - i);
    this.write(rev, n);
  }

  private byte(b: number): void {
    if (this.pos === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.pos++] = b;
  }

  finish(): Uint8Array {
    if (this.bits > 0) this.byte(this.acc & 0xff);
    this.acc = 0;
    this.bits = 0;
    return this.buf.slice(0, this.pos);
  }
}

/** Fixed Huffman code of a literal/length symbol (RFC 1951, 3.2.6). */
function symbol(out: BitWriter, s: number): void {
  if (s < 144) out.code(0x30 + s, 8);
  else if (s < 256) out.code(0x190 + s - 144, 9);
  else if (s < 280) out.code(s - 256, 7);
  else out.code(0xc0 + s - 280, 8);
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

function lastAtMost(table: number[], v: number): number {
  let i = table.length - 1;
  while (table[i] > v) i--;
  return i;
}

function match(out: BitWriter, length: number, distance: number): void {
  const l = lastAtMost(LENGTH_BASE, length);
  symbol(out, 257 + l);
  if (LENGTH_EXTRA[l]) out.write(length - LENGTH_BASE[l], LENGTH_EXTRA[l]);
  const d = lastAtMost(DIST_BASE, distance);
  out.code(d, 5);
  if (DIST_EXTRA[d]) out.write(distance - DIST_BASE[d], DIST_EXTRA[d]);
}

const MAX_MATCH = 258;
const WINDOW = 32768;

/** Raw deflate data of `data`; `row` is the distance of the row above (0: none). */
export function deflateRows(data: Uint8Array, row = 0): Uint8Array {
  const out = new BitWriter();
  out.write(1, 1); // BFINAL
  out.write(1, 2); // BTYPE 01: fixed Huffman codes
  const up = row > 0 && row <= WINDOW ? row : 0;
  const n = data.length;
  let i = 0;
  while (i < n) {
    const limit = Math.min(MAX_MATCH, n - i);
    let upLen = 0;
    if (up && i >= up) while (upLen < limit && data[i + upLen] === data[i + upLen - up]) upLen++;
    let runLen = 0;
    // a copy of the row above as long as a match can be needs no other look
    if (i >= 1 && upLen < limit)
      while (runLen < limit && data[i + runLen] === data[i - 1]) runLen++;
    if (upLen >= 3 && upLen >= runLen) {
      match(out, upLen, up);
      i += upLen;
    } else if (runLen >= 3) {
      match(out, runLen, 1);
      i += runLen;
    } else {
      symbol(out, data[i]);
      i++;
    }
  }
  symbol(out, 256); // end of block
  return out.finish();
}
