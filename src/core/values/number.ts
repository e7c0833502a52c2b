/**
 * Italian number syntax: comma decimal, dot thousands ("2.377.957", "98,60", "-28,76"), and —
 * where the caller allows it — spaces as thousands separators ("2 947 171", as Word and
 * LibreOffice write them with no-break spaces, folded to spaces by cleanCellText).
 *
 * A hand scanner (linear, no backtracking). Groups of three after a dot are thousands ("3.960" is
 * 3960); a single dot followed by other than three digits, with no comma, is read as a decimal
 * point ("1.5"), the way a number pasted from an English source is written.
 */
import Decimal from "decimal.js";
import { isDigit } from "../text";

export interface NumberToken {
  value: Decimal;
  /** characters consumed */
  length: number;
}

/** A number as scanned: its decimal writing (for decimal.js) and where it ends. */
export interface ScannedNumber {
  negative: boolean;
  /** integer digits, no separators ("2947171") */
  int: string;
  /** decimal digits as written ("60" of "98,60"); "" when none */
  frac: string;
  /** index after the number */
  end: number;
  /** thousands written with spaces */
  spaced: boolean;
}

/** Index after the run of digits starting at i. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** True when s has exactly three digits at i, not followed by a fourth. */
function threeDigits(s: string, i: number): boolean {
  return (
    isDigit(s.charCodeAt(i)) &&
    isDigit(s.charCodeAt(i + 1)) &&
    isDigit(s.charCodeAt(i + 2)) &&
    !isDigit(s.charCodeAt(i + 3))
  );
}

/**
 * The number written at index `at` of `s` (sign included: - + − –, maybe one space after it),
 * or null. `spaces`: "2 947 171" is one number (every group after the first of exactly three
 * digits, one space between); without it the scan stops at the space.
 */
export function scanNumber(s: string, at: number, spaces: boolean): ScannedNumber | null {
  let i = at;
  let negative = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 45 || c0 === 0x2212 || c0 === 0x2013 || c0 === 43) {
    negative = c0 !== 43;
    i++;
    if (s.charCodeAt(i) === 32) i++;
  }
  const start = i;
  if (s.charCodeAt(i) === 44) {
    // ",5"
    const e = digitsEnd(s, i + 1);
    if (e === i + 1) return null;
    return { negative, int: "0", frac: s.slice(i + 1, e), end: e, spaced: false };
  }
  const intEnd = digitsEnd(s, i);
  if (intEnd === start) return null;
  const lead = intEnd - start;
  let int = s.slice(start, intEnd);
  i = intEnd;
  const next = s.charCodeAt(i);
  let spaced = false;
  // real thousands never start with 0: "0.500" is an English decimal, refused rather than read as 500
  const grouped = lead <= 3 && s.charCodeAt(start) !== 48;
  if (next === 46 && grouped && threeDigits(s, i + 1)) {
    // "2.377.957": dot thousands, maybe ",50" after
    while (s.charCodeAt(i) === 46 && threeDigits(s, i + 1)) {
      int += s.slice(i + 1, i + 4);
      i += 4;
    }
  } else if (next === 46 && isDigit(s.charCodeAt(i + 1))) {
    // "1.5", "1.2345": a decimal point when not three digits after it
    const e = digitsEnd(s, i + 1);
    if (e - (i + 1) !== 3) return { negative, int, frac: s.slice(i + 1, e), end: e, spaced };
    return { negative, int, frac: "", end: i, spaced };
  } else if (spaces && next === 32 && grouped && threeDigits(s, i + 1)) {
    while (s.charCodeAt(i) === 32 && threeDigits(s, i + 1)) {
      int += s.slice(i + 1, i + 4);
      i += 4;
    }
    spaced = true;
  }
  if (s.charCodeAt(i) === 44 && isDigit(s.charCodeAt(i + 1))) {
    const e = digitsEnd(s, i + 1);
    return { negative, int, frac: s.slice(i + 1, e), end: e, spaced };
  }
  return { negative, int, frac: "", end: i, spaced };
}

/** The decimal.js value of a scanned number times 10^shift (exact: the exponent is written). */
export function decimalOf(n: ScannedNumber, shift = 0): Decimal {
  const text = (n.negative ? "-" : "") + n.int + (n.frac ? "." + n.frac : "");
  return new Decimal(shift === 0 ? text : `${text}e${shift}`);
}

/** One number as written at the start of a text (dot thousands only). */
export function readNumberAtStart(text: string): NumberToken | null {
  const n = scanNumber(text, 0, false);
  if (!n) return null;
  return { value: decimalOf(n), length: n.end };
}

/** Italian rendering: "1.234,5"; `decimals` fixes the decimal places. */
export function formatItalianNumber(n: Decimal | number, decimals?: number): string {
  const d = n instanceof Decimal ? n : new Decimal(n);
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += "." + int.slice(i, i + 3);
  return (negative ? "-" : "") + grouped + (frac ? "," + frac : "");
}
