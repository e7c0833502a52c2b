/**
 * The plan check reads a right value object by a short way (rightValueFields, no paths, no
 * problems) and any other by the record that says what is wrong and where (valueFields). The
 * short way must never take what the record refuses, and must give what the record gives.
 */
import fc from "fast-check";
import { rightValueFields, valueFields } from "../../src/core/plan/check-values";
import { BAD, Ctx } from "../../src/core/plan/check-fields";

const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, 1.5, -3, 1e308, Infinity, -Infinity, "", "x", "12%"),
  fc.constant({}),
  fc.constant([1])
);
const valueLike = fc.dictionary(
  fc.constantFrom("raw", "kind", "value", "of", "annotation", "comparison", "date", "Raw", "extra"),
  fc.oneof(
    anyValue,
    fc.constantFrom("number", "percent", "ratio", "date", "qualitative", "missing", "bogus"),
    fc.constantFrom(">=", "<=", ">", "<", "=", "≥")
  ),
  { maxKeys: 7 }
);

/** Mostly right: raw, kind and value, and now and then the optional fields, right or not. */
const nearlyRight = fc
  .tuple(
    fc.record({
      raw: fc.constantFrom("5", "12%", "n.d.", ""),
      kind: fc.constantFrom("number", "percent", "ratio", "yesno", "missing", "text"),
      value: anyValue,
    }),
    fc.record(
      {
        of: fc.oneof(fc.constantFrom(4, Infinity), anyValue),
        annotation: fc.oneof(fc.constant("nota"), anyValue),
        comparison: fc.constantFrom(">=", "<", "=", 3),
      },
      { requiredKeys: [] }
    )
  )
  .map(([base, more]) => ({ ...base, ...more }));

test("property: the short way takes only what the record takes, and gives the same fields", () => {
  let short = 0;
  fc.assert(
    fc.property(fc.oneof(valueLike, nearlyRight), (v) => {
      const c = new Ctx();
      const checked = valueFields(v, "targets.2021", c);
      const fast = rightValueFields(v);
      if (fast === null) return;
      short++;
      expect(c.errors).toEqual([]);
      expect(checked).not.toBe(BAD);
      expect(Object.entries(fast)).toEqual(Object.entries(checked as object));
    }),
    { numRuns: 5000 }
  );
  expect(short).toBeGreaterThan(50); // the short way was tried, not only refused
});

test("a value with a wrong field: the record says which, at its place", () => {
  const c = new Ctx();
  expect(rightValueFields({ raw: "5", kind: "number", value: 5, of: "9" })).toBeNull();
  expect(
    valueFields({ raw: "5", kind: "number", value: 5, of: "9" }, "indicators[2].targets.2021", c)
  ).toBe(BAD);
  expect(c.errors.map((e) => `${e.path}: ${e.what.en}`)).toEqual([
    'indicators[2].targets.2021.of: expected a number, found the text "9"',
  ]);
});
