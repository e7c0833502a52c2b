/*
 * The quotient n / d of two spreadsheet numbers, computed in floating point but returning exactly
 * what decimal.js returns for `new Decimal(n).div(d).toNumber()` — or NaN when it cannot be sure,
 * and the caller then uses decimal.js. This is the fast path of PERFORMANCE over large ranges:
 * a million rows in milliseconds instead of seconds, with results identical bit for bit.
 *
 * Why floating point is not simply enough: decimal.js reads a number as its shortest decimal
 * writing (0.3 is 3/10, not the binary fraction nearest to it), so 0.3 / 0.8 is exactly 0.375
 * there, while 0.3 / 0.8 in floating point is 0.37499999999999994 — which rounds to 37% instead of
 * 38%. So:
 *
 * 1. Both operands are scaled by the same power of ten, 10^k with k as large as keeps both below
 *    2^50: N = n·10^k and D = d·10^k, rounded to integers. When N / 10^k gives back n exactly
 *    (and D / 10^k gives back d), N is n's shortest decimal writing times 10^k — the decimal
 *    decimal.js sees — because below 2^50 the grid of k-decimal numbers is coarser than the
 *    doubles, so only one of them can give back n. Numbers with more decimals than that
 *    (1/3 computed in a cell) go to decimal.js.
 * 2. n / d = N / D: two integers below 2^50, exact in floating point, so their IEEE quotient q is
 *    the exact quotient x correctly rounded to a double.
 * 3. decimal.js instead rounds x to 20 significant digits (x20) and converts that to a double.
 *    The two agree unless a rounding boundary between two doubles lies between x and x20. The
 *    exact remainder r = N − q·D (Dekker's product, no fused multiply-add needed) gives |x − q|;
 *    if |x − q| plus the largest possible |x20 − x| (below 1e-19·x) stays short of the distance
 *    from q to the boundary on that side, both round to q. Otherwise (about 1 case in 1,000 of
 *    arbitrary data) the answer is NaN and the caller asks decimal.js.
 *
 * Only for 0 ≤ n and 0 < d (the caller handles signs and zeros through the core).
 */

// Builtins bound once: in some hosts (a vm sandbox, maybe a custom-functions runtime) every
// global lookup in a loop of a million rows costs a trip through the host.
const { abs, round } = Math;
/** What exactRatio answers when it cannot decide (NaN, bound once like the builtins). */
const UNDECIDED = NaN;

/** 10^0 … 10^22: every one exact in a double. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Most decimals an operand may have: 0.000000000000001 has 15. */
const MAX_DECIMALS = 15;
/** Scaled operands stay below 2^50: exact integers, and n·10^k lands within 1/4 of one. */
const MAX_MANTISSA = 2 ** 50;
/**
 * When x has at most k decimals, x·10^k computed in floating point is within 2^-52 of an integer
 * (relative): a cheap test before the division that proves it.
 */
const CLOSE = 2 ** -50;
/** Veltkamp's splitter for 53-bit doubles: 2^27 + 1. */
const SPLITTER = 134217729;
/**
 * Bound on |x20 − x| relative to x: decimal.js keeps 20 significant digits, an error below half a
 * unit in the 20th digit, at most 5e-20 of x; doubled for safety (q and x differ by half an ulp).
 */
const DECIMAL_SLACK = 1.1e-19;

/** ulp of a positive normal double, from its exponent bits (little-endian words checked below). */
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
BITS[0] = 1;
const LITTLE_ENDIAN = WORDS[1] === 0x3ff00000 && WORDS[0] === 0;
/** 2^(e − 1075) for each biased exponent e: the ulp of doubles with that exponent. */
const ULP: readonly number[] = Array.from({ length: 2048 }, (_, e) => 2 ** (e - 1075));

/** LIMIT[k]: the largest value that can be scaled by 10^k and stay below 2^50. */
const LIMIT: readonly number[] = POW10.map((p) => MAX_MANTISSA / p);

/**
 * n / d exactly as decimal.js would return it (see above), or NaN when that cannot be decided here.
 * Requires 0 ≤ n, 0 < d, both finite.
 */
export function exactRatio(n: number, d: number): number {
  if (!LITTLE_ENDIAN) return UNDECIDED;
  // the most decimals both operands can keep below 2^50
  const big = n > d ? n : d;
  let k = MAX_DECIMALS;
  while (big >= LIMIT[k]) if (--k < 0) return UNDECIDED;
  const p = POW10[k];
  const sn = n * p;
  const sd = d * p;
  const N = round(sn);
  const D = round(sd);
  // a cheap test that both are integers over 10^k, then the divisions that prove it
  const en = sn - N;
  const ed = sd - D;
  if (en > CLOSE * sn || en < -CLOSE * sn || ed > CLOSE * sd || ed < -CLOSE * sd) return UNDECIDED;
  if (N / p !== n || D / p !== d) return UNDECIDED;
  if (N === 0) return 0;
  const q = N / D;

  // r = N − q·D exactly: q·D = qD + e (Dekker), N − qD is exact (Sterbenz), and r fits a double.
  const qD = q * D;
  let c = SPLITTER * q;
  const qh = c - (c - q);
  const ql = q - qh;
  c = SPLITTER * D;
  const dh = c - (c - D);
  const dl = D - dh;
  const e = qh * dh - qD + qh * dl + ql * dh + ql * dl;
  const r = N - qD - e;
  if (r === 0) {
    // x is the double q itself; x20 may still differ from x (a long binary fraction), by < slack
    return q;
  }

  BITS[0] = q;
  const hi = WORDS[1];
  const exponent = (hi >>> 20) & 0x7ff;
  if (exponent === 0 || exponent === 0x7ff) return UNDECIDED;
  const ulp = ULP[exponent];
  // below a power of two the gap to the next double down is half as wide
  const powerOfTwo = (hi & 0xfffff) === 0 && WORDS[0] === 0;
  const halfGap = r < 0 && powerOfTwo ? ulp / 4 : ulp / 2;
  // |x − q| = |r| / D and |x20 − x| < slack · x, times D (x · D = N): no second division
  return abs(r) + N * DECIMAL_SLACK < halfGap * D ? q : UNDECIDED;
}
