/** The shared primitives of src/core: one of each (issue 17.3). */
import { cellAddress, cellOfAddress, columnLetters, columnNumber } from "../../src/core/a1";
import { CRC32_START, crc32, crc32End, crc32Update } from "../../src/core/bytes";
import { actualKeyOrder, targetKeyOrder } from "../../src/core/plan";
import {
  isAsciiLetter,
  isCalendarDay,
  isWordLetter,
  MONTH_NAMES,
  monthOfName,
  SLUG_STOP_WORDS,
  STOP_WORDS,
} from "../../src/core/text";

describe("A1 addresses", () => {
  it("converts both ways", () => {
    for (const [n, l] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ] as const) {
      expect(columnLetters(n)).toBe(l);
      expect(columnNumber(l)).toBe(n);
      expect(columnNumber(l.toLowerCase())).toBe(n);
    }
    for (let n = 1; n <= 20000; n += 7) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(cellAddress(12, 55)).toBe("BC12");
  });
  it("reads a cell address, and nothing else", () => {
    expect(cellOfAddress("BC12")).toEqual({ row: 12, col: 55 });
    expect(cellOfAddress("bc12")).toEqual({ row: 12, col: 55 });
    for (const bad of ["", "A", "12", "A0", "A1B", "$A$1", "A-1", "A 1"])
      expect(cellOfAddress(bad)).toBeNull();
  });
});

describe("CRC-32", () => {
  it("is the zip/PNG checksum, whole or in chunks", () => {
    const bytes = new TextEncoder().encode("123456789");
    expect(crc32(bytes)).toBe(0xcbf43926);
    const chunked = crc32End(
      crc32Update(crc32Update(CRC32_START, bytes.subarray(0, 4)), bytes.subarray(4))
    );
    expect(chunked).toBe(0xcbf43926);
  });

  it("eight bytes a step gives the byte-a-step checksum, at every length and split (seeded)", () => {
    // the textbook form, a byte a step, as the reference
    const table = Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
    const reference = (b: Uint8Array) => {
      let c = 0xffffffff;
      for (const x of b) c = table[(c ^ x) & 0xff] ^ (c >>> 8);
      return (c ^ 0xffffffff) >>> 0;
    };
    let seed = 20261208;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: n < 40 ? n : next() % 5000 }, () => next() & 0xff);
      const want = reference(bytes);
      expect(crc32(bytes)).toBe(want);
      const at = bytes.length ? next() % bytes.length : 0;
      const split = crc32Update(
        crc32Update(CRC32_START, bytes.subarray(0, at)),
        bytes.subarray(at)
      );
      expect(crc32End(split)).toBe(want);
    }
    expect(crc32(new Uint8Array(1 << 16).fill(0xff))).toBe(
      reference(new Uint8Array(1 << 16).fill(0xff))
    );
  });
});

describe("character classes", () => {
  it("tells ASCII letters from the letters of an Italian word", () => {
    for (const ch of "aZ")
      expect([isAsciiLetter(ch.charCodeAt(0)), isWordLetter(ch.charCodeAt(0))]).toEqual([
        true,
        true,
      ]);
    for (const ch of "àèéìòùÀ") {
      expect(isAsciiLetter(ch.charCodeAt(0))).toBe(false);
      expect(isWordLetter(ch.charCodeAt(0))).toBe(true);
    }
    for (const ch of "0 .'’€-_") {
      expect(isAsciiLetter(ch.charCodeAt(0))).toBe(false);
      expect(isWordLetter(ch.charCodeAt(0))).toBe(false);
    }
  });
});

describe("Italian months and the calendar", () => {
  it("names twelve months, in full or by three letters", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(monthOfName("giugno")).toBe(6);
    expect(monthOfName("giu")).toBeUndefined();
    expect(monthOfName("giu", true)).toBe(6);
    expect(monthOfName("set", true)).toBe(9);
    expect(monthOfName("constructor", true)).toBeUndefined();
  });
  it("knows which days exist", () => {
    expect(isCalendarDay(31, 6, 2021)).toBe(false);
    expect(isCalendarDay(30, 6, 2021)).toBe(true);
    expect(isCalendarDay(29, 2, 2021)).toBe(false);
    expect(isCalendarDay(29, 2, 2024)).toBe(true);
    expect(isCalendarDay(29, 2, 1900)).toBe(false);
    expect(isCalendarDay(29, 2)).toBe(true); // no year: any year
    expect(isCalendarDay(0, 1)).toBe(false);
    expect(isCalendarDay(1, 13)).toBe(false);
  });
});

describe("stop words", () => {
  it("drops articles and prepositions; ids drop fewer", () => {
    for (const w of ["di", "della", "dell", "il", "e", "per"]) {
      expect(STOP_WORDS.has(w)).toBe(true);
      expect(SLUG_STOP_WORDS.has(w)).toBe(true);
    }
    for (const w of ["con", "sul", "nel", "un"]) {
      expect(STOP_WORDS.has(w)).toBe(true);
      expect(SLUG_STOP_WORDS.has(w)).toBe(false);
    }
    for (const w of SLUG_STOP_WORDS) expect(STOP_WORDS.has(w)).toBe(true);
  });
});

describe("the order of value keys", () => {
  it("puts actuals by date and targets by year, then the triennium", () => {
    expect(["2021-12-31", "2021-09-30"].sort(actualKeyOrder)).toEqual(["2021-09-30", "2021-12-31"]);
    expect(["triennium", "2023", "2021", "2022"].sort(targetKeyOrder)).toEqual([
      "2021",
      "2022",
      "2023",
      "triennium",
    ]);
  });
});
