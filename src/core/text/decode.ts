/**
 * Bytes of a text file as text, with the encoding it was read in: UTF-8 (with or without a
 * byte-order mark), UTF-16 with its byte-order mark (Excel's "Unicode text"), else Windows-1252 —
 * what Italian Excel and Notepad write. Windows-1252 is decoded here, not by the platform: Node 20's
 * TextDecoder("windows-1252") turns 0x80–0x9F into C1 control characters (nodejs/node#56542), so
 * "€" (0x80) and "–" (0x96) would be lost.
 *
 * A UTF-8 byte-order mark followed by bytes that are not UTF-8 (lines added by a program writing
 * Windows-1252 to a file Excel saved as "CSV UTF-8") is read line by line: UTF-8 where the line is
 * UTF-8, Windows-1252 where it is not — so neither the first header (the mark read as "ï»¿") nor
 * any accented letter is garbled — and the first such line is said.
 */
import { message, type Message } from "../message";

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
/** Bytes that are not in the encoding the file declares, where the first of them is. */
export interface EncodingProblem {
  line: number;
  message: Message;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** set when the file mixes encodings (a UTF-8 byte-order mark before Windows-1252 bytes) */
  problem?: EncodingProblem;
}

/** How long the UTF-8 sequence at `i` is, or 0 if the bytes there are not UTF-8. */
function utf8Length(b: Uint8Array, i: number): number {
  const x = b[i];
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((x >= 0xe1 && x <= 0xec) || x === 0xee || x === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (x === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (x === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (x >= 0xf1 && x <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (x === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Line by line: a line that is UTF-8 as UTF-8, any other as Windows-1252 (a line is one writer's
 * output: a Windows-1252 "à" is followed by a letter, never UTF-8); where the first such line starts.
 */
function decodeMixed(bytes: Uint8Array): { text: string; first: number } {
  const utf8 = new TextDecoder("utf-8");
  const parts: string[] = [];
  let first = -1;
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    let valid = true;
    for (let i = start; i < end;) {
      const len = utf8Length(bytes, i);
      if (len === 0 || i + len > end) {
        valid = false;
        break;
      }
      i += len;
    }
    const line = bytes.subarray(start, end);
    if (valid) parts.push(utf8.decode(line));
    else {
      if (first < 0) first = start;
      parts.push(decodeWindows1252(line));
    }
    start = end;
  }
  return { text: parts.join(""), first };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) if (bytes[k] === 0x0a) line++;
  return line;
}

export function decodeText(bytes: Uint8Array): DecodedText {
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
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      const mixed = decodeMixed(bytes.subarray(3));
      const line = lineAt(bytes, mixed.first + 3);
      return {
        text: mixed.text,
        encoding: "utf-8",
        problem: {
          line,
          message: message(
            `Riga ${line}: il file si dichiara UTF-8 (BOM) ma da qui contiene caratteri in Windows-1252; letti come Windows-1252 (controllare le lettere accentate).`,
            `Line ${line}: the file declares itself UTF-8 (BOM) but from here holds Windows-1252 characters; read as Windows-1252 (check the accented letters).`
          ),
        },
      };
    }
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
