/** Italian number syntax: comma decimal, dot thousands ("2.377.957", "98,60", "-28,76"). */
import Decimal from "decimal.js";

/**
 * One number as written at the start of a text. Groups of three after a dot are thousands
 * ("3.960" is 3960); a single dot followed by other than three digits, with no comma, is read
 * as a decimal point ("1.5"), the way a number pasted from an English source is written.
 */
const NUMBER_AT_START =
  /^([-+\u2212\u2013]?)\s?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.(?:\d{1,2}|\d{4,})(?!\d)|\d+|,\d+)/;

export interface NumberToken {
  value: Decimal;
  /** characters consumed */
  length: number;
}

export function readNumberAtStart(text: string): NumberToken | null {
  const m = NUMBER_AT_START.exec(text);
  if (!m) return null;
  const negative = m[1] === "-" || m[1] === "\u2212" || m[1] === "\u2013";
  let digits = m[2];
  if (digits.includes(",")) digits = digits.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(digits)) digits = digits.replace(/\./g, "");
  if (digits.startsWith(".")) digits = "0" + digits;
  const value = new Decimal(digits);
  return { value: negative ? value.negated() : value, length: m[0].length };
}

/** Italian rendering: "1.234,5"; `decimals` fixes the decimal places. */
export function formatItalianNumber(n: Decimal | number, decimals?: number): string {
  const d = n instanceof Decimal ? n : new Decimal(n);
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped + (frac ? "," + frac : "");
}
