/**
 * Bytes of a text file as text, with the encoding it was read in: UTF-8 (with or without a
 * byte-order mark), UTF-16 with its byte-order mark (Excel's "Unicode text"), else Windows-1252 —
 * what Italian Excel and Notepad write. Windows-1252 is decoded here, not by the platform: Node 20's
 * TextDecoder("windows-1252") turns 0x80–0x9F into C1 control characters (nodejs/node#56542), so
 * "€" (0x80) and "–" (0x96) would be lost.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** 0x80–0x9F in Windows-1252; the five unassigned bytes keep their C1 code (as the WHATWG table does). */
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Windows-1252 bytes as text: 0x00–0x7F and 0xA0–0xFF as Latin-1, 0x80–0x9F by the code page's table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = "";
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS[b - 0x80] : b;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function hasUtf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The text of a file's bytes: UTF-8 when the bytes are valid UTF-8 (a byte-order mark dropped),
 * UTF-16 when they start with its byte-order mark, else Windows-1252. Never throws.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes), encoding: utf16 };
    } catch {
      // a platform without UTF-16 decoding: fall through to the byte-wise readings
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
