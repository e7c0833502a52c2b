/**
 * CRC-32 (ISO 3309, the checksum of zip entries and PNG chunks), whole or in chunks: start with
 * CRC32_START, feed crc32Update, end with crc32End.
 *
 * Eight bytes a step ("slicing by 8": eight tables, each the one before advanced by a zero byte),
 * several times faster than a byte a step on the tens of megabytes of a large workbook's sheets;
 * the few bytes left over, and short inputs, a byte a step.
 */

/** TABLES[k][n]: the CRC register's change for byte n followed by k zero bytes. */
const TABLES = (() => {
  const t = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k][n] = t[0][t[k - 1][n] & 0xff] ^ (t[k - 1][n] >>> 8);
  return t;
})();
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES;

export const CRC32_START = 0xffffffff;

export function crc32Update(crc: number, chunk: Uint8Array): number {
  let c = crc | 0;
  let i = 0;
  const n = chunk.length;
  for (const end = n - 8; i <= end; i += 8) {
    const lo = c ^ (chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24));
    c =
      T7[lo & 0xff] ^
      T6[(lo >>> 8) & 0xff] ^
      T5[(lo >>> 16) & 0xff] ^
      T4[lo >>> 24] ^
      T3[chunk[i + 4]] ^
      T2[chunk[i + 5]] ^
      T1[chunk[i + 6]] ^
      T0[chunk[i + 7]];
  }
  for (; i < n; i++) c = T0[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return c;
}

export function crc32End(crc: number): number {
  return (crc ^ 0xffffffff) >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  return crc32End(crc32Update(CRC32_START, bytes));
}
