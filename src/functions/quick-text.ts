/*
 * The fast path of PERFORMANCE over Italian text: the commonest value texts read straight into a
 * double, so that the achievement takes exactRatio (exact-ratio.ts) instead of decimal.js — with
 * the result the core gives, bit for bit.
 *
 * Which texts: a plain non-negative Italian number, "4.428", "3155497", "98,47", optionally
 * "€ " / "€" before it or "%" right after it — nothing else (no spaces around, no sign, no
 * annotation, no magnitude): exactly the texts the core's readValue reads as number, currency or
 * percent with no other field, and at most 15 digits in all.
 *
 * Why the result is the core's: readValue reads such a text as the decimal D it writes (a percent
 * as D / 100). A decimal of at most 15 significant digits survives the trip to the nearest double
 * and back to its shortest decimal writing (IEEE doubles hold 15 decimal digits), so the double x
 * returned here is one whose shortest writing is D — the decimal decimal.js reads from x. The
 * core computes with D; exactRatio proves its answer equals decimal.js's on x: the same number.
 * A percent is 9847 / 10^4: correctly rounded from the exact decimal 0,9847.
 * Everything else (n.d., sì, a sign, an annotation, a bare number against a percentage, which the
 * core reads in points) is left to the core.
 */

const NOT_QUICK = NaN;
// bound once: a global lookup in a loop of a million rows is slow in some hosts (vm sandboxes)
const toNumber = Number;
/** Most digits a quick text may have (see the header: 15 significant digits round-trip). */
const MAX_DIGITS = 15;

/** 10^0 … 10^22: every one exact in a double. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => toNumber(`1e${k}`));

/** Whether the last text that quickQuantity read was a percentage. */
export let quickPercent = false;

/**
 * The value of a quick text (a percentage as a fraction), or NaN when the text is not one; sets
 * `quickPercent`. No string is built: the digits make an integer N below 10^15 (exact in a
 * double), and the value is N / 10^k (k decimals, 2 more for a percent): one IEEE division of two
 * exact doubles, so the double nearest to the decimal — what Number("…") would give.
 */
export function quickQuantity(s: string): number {
  const n = s.length;
  if (n === 0 || n > 24) return NOT_QUICK;
  let i = 0;
  if (s.charCodeAt(0) === 0x20ac) i = s.charCodeAt(1) === 32 ? 2 : 1;
  let end = n;
  let percent = false;
  if (s.charCodeAt(n - 1) === 37) {
    if (i > 0) return NOT_QUICK; // "€ 5%": the core's reading, not this one
    percent = true;
    end = n - 1;
  }
  // integer part: digits, or groups of three after a first group of one to three digits
  let value = 0;
  let digits = 0;
  let run = 0;
  let groups = false;
  let j = i;
  for (; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      run++;
      continue;
    }
    if (c === 46) {
      // a dot: thousands, only after 1–3 digits first and then exactly 3
      if (groups ? run !== 3 : run < 1 || run > 3) return NOT_QUICK;
      groups = true;
      run = 0;
      continue;
    }
    break;
  }
  if (run === 0 || (groups && run !== 3)) return NOT_QUICK;
  let decimals = 0;
  if (j < end) {
    if (s.charCodeAt(j) !== 44 || j + 1 === end) return NOT_QUICK;
    for (let k = j + 1; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) return NOT_QUICK;
      value = value * 10 + (c - 48);
      digits++;
      decimals++;
    }
  }
  if (digits > MAX_DIGITS) return NOT_QUICK;
  quickPercent = percent;
  const scale = decimals + (percent ? 2 : 0);
  return scale === 0 ? value : value / POW10[scale];
}
