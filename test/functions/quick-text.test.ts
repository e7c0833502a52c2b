/**
 * The fast path of PERFORMANCE over Italian text gives the core's answer bit for bit: the quick
 * reading agrees with readValue, and the achievement with the core's (decimal.js) on every pair.
 */
import fc from "fast-check";
import { readValue } from "../../src/core/values";
import { achievementOf, achievementOfCell } from "../../src/functions/achievement-grid";
import { quickPercent, quickQuantity } from "../../src/functions/quick-text";
import { installCustomFunctions } from "../helpers/custom-functions";

installCustomFunctions();

/** An Italian number as analysts write it: dot thousands (or none), comma decimals. */
const italianText = fc
  .record({
    int: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 99_999_999 }), fc.nat()),
    decimals: fc.nat({ max: 6 }),
    fraction: fc.nat({ max: 999_999 }),
    dots: fc.boolean(),
    unit: fc.constantFrom("", "%", "€ ", "€"),
  })
  .map(({ int, decimals, fraction, dots, unit }) => {
    let s = String(int);
    if (dots) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    if (decimals > 0) s += "," + String(fraction).padStart(6, "0").slice(0, decimals);
    return unit === "%" ? s + "%" : unit + s;
  });

describe("quickQuantity reads what readValue reads", () => {
  test.each([
    ["4.428", 4428, false],
    ["98,47%", 0.9847, true],
    ["€ 3.155.497", 3155497, false],
    ["€1.107.200,00", 1107200, false],
    ["0%", 0, true],
    ["1.234,5%", 12.345, true],
    ["00012", 12, false],
  ])("%p", (text, value, percent) => {
    expect(quickQuantity(text)).toBe(value);
    expect(quickPercent).toBe(percent);
  });

  test.each([
    "",
    " 4.428",
    "4.428 ",
    "12.34",
    "1234.567",
    "1.2345",
    "-5",
    "€ 5%",
    "5 %",
    ",5",
    "5,",
    "1.000.00",
    "2 947 171",
    "n.d.",
    "sì",
    "≥ 90%",
    "1234567890123456",
    "4 su 8",
  ])("%p is left to the core", (text) => {
    expect(quickQuantity(text)).toBeNaN();
  });

  test("every quick text: the double decimal.js would read as the core's decimal", () => {
    fc.assert(
      fc.property(italianText, (text) => {
        const q = quickQuantity(text);
        if (q !== q) return;
        const r = readValue(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.annotation).toBeUndefined();
        expect(r.value.kind === "percent").toBe(quickPercent);
        expect(q).toBe(r.value.number!.toNumber());
        // the shortest writing of q is the decimal itself: nothing lost on the way
        expect(String(q)).toBe(r.value.number!.toString());
      }),
      { numRuns: 3000 }
    );
  });
});

describe("the fast path gives the core's achievement", () => {
  test("on random pairs of Italian texts, every polarity and cap", () => {
    fc.assert(
      fc.property(
        italianText,
        italianText,
        fc.constantFrom(null, "higher" as const, "lower" as const),
        fc.boolean(),
        (a, t, polarity, cap) => {
          const fast = achievementOf(a, t, polarity, cap);
          const core = achievementOfCell(a, t, polarity, cap);
          if (typeof core === "number") expect(Object.is(fast, core)).toBe(true);
          else expect(fast).toEqual(core);
        }
      ),
      { numRuns: 5000 }
    );
  });

  test("the cases exact decimals decide: 0,3 / 0,8 is 37,5%, not 37,499…", () => {
    expect(achievementOf("30%", "80%", null, true)).toBe(0.375);
    expect(achievementOf("0,3", "0,8", null, true)).toBe(0.375);
    expect(achievementOf("4.428", "15.500", null, true)).toBe(
      achievementOfCell("4.428", "15.500", null, true)
    );
    // a bare number against a percentage is in points: the core's reading
    expect(achievementOf("98,60", "100%", null, true)).toBe(0.986);
  });
});
