/**
 * exactRatio: floating point that returns what decimal.js returns, or NaN (then decimal.js is used).
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { exactRatio } from "../../src/functions/exact-ratio";

const decimalRatio = (n: number, d: number) => new Decimal(n).div(d).toNumber();

/** Numbers as people type them: up to 9 digits, up to 6 decimals. */
const typed = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([m, k]) => Number((m / 10 ** k).toFixed(k)));
const positiveTyped = typed.filter((x) => x > 0);
const anyDouble = fc.double({ min: 0, max: 1e30, noNaN: true });

describe("exactRatio", () => {
  test("is the decimal quotient where floating point slips", () => {
    expect(0.3 / 0.8).not.toBe(0.375);
    expect(exactRatio(0.3, 0.8)).toBe(0.375);
    expect(0.09 / 0.1).not.toBe(0.9);
    expect(exactRatio(0.09, 0.1)).toBe(0.9); // the 90% threshold of OUTCOME
    expect(exactRatio(0.3, 0.1)).toBe(3);
    expect(exactRatio(4428, 15500)).toBe(decimalRatio(4428, 15500));
    expect(exactRatio(0, 7)).toBe(0);
  });

  test("gives up (NaN) on numbers with more digits than it can scale", () => {
    expect(exactRatio(1 / 3, 2)).toBeNaN();
    expect(exactRatio(2 ** 60, 3)).toBeNaN();
    expect(exactRatio(1, 1e-20)).toBeNaN();
  });

  test("typed numbers: always decided, always equal to decimal.js", () => {
    let decided = 0;
    let total = 0;
    fc.assert(
      fc.property(typed, positiveTyped, (n, d) => {
        const r = exactRatio(n, d);
        total++;
        if (r === r) {
          decided++;
          expect(r).toBe(decimalRatio(n, d));
        }
      }),
      { numRuns: 10000 }
    );
    // almost every pair goes the fast way (the rest is near a rounding boundary)
    expect(decided / total).toBeGreaterThan(0.99);
  });

  test("arbitrary doubles: when decided, equal to decimal.js", () => {
    fc.assert(
      fc.property(
        anyDouble,
        anyDouble.filter((d) => d > 0),
        (n, d) => {
          const r = exactRatio(n, d);
          if (r === r) expect(r).toBe(decimalRatio(n, d));
        }
      ),
      { numRuns: 10000 }
    );
  });

  test("integers (counts, amounts): equal to decimal.js", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        (n, d) => {
          const r = exactRatio(n, d);
          if (r === r) expect(r).toBe(decimalRatio(n, d));
        }
      ),
      { numRuns: 10000 }
    );
  });

  test("quotients right next to a rounding boundary are left to decimal.js", () => {
    // decimal.js rounds to 20 digits, then to a double: for these the double nearest the exact
    // quotient (what n / d gives) is one ulp away from decimal.js's answer
    for (const [n, d] of [
      [161, 1557],
      [180, 1597],
      [185, 1747],
      [239, 1951],
      [230, 2051],
      [2428, 2349],
    ]) {
      expect(n / d).not.toBe(decimalRatio(n, d));
      expect(exactRatio(n, d)).toBeNaN();
    }
  });
});
