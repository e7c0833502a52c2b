/**
 * Whatever they are given, the PIRA functions return a finite number, a text, or a
 * CustomFunctions.Error with a message (thrown for a single result, inside the matrix for a
 * range) — nothing else: no other exception, no NaN, no Infinity, no undefined.
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { installCustomFunctions, StandInError } from "../helpers/custom-functions";

installCustomFunctions();

const italianNumber = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([m, k]) => {
    const s = (Math.abs(m) / 10 ** k).toFixed(k).split(".");
    const int = s[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return (m < 0 ? "-" : "") + int + (s[1] ? "," + s[1] : "");
  });

const word = fc.constantFrom(
  "n.d.",
  "N.D.",
  "sì",
  "si",
  "no",
  "realizzato",
  "realizzazione",
  "buono",
  "ottimo",
  "crescente",
  "decrescente",
  "sì-no",
  "qualitativo",
  "higher",
  "lower",
  "VERO",
  "FALSO",
  "011.005",
  "032.004",
  "11",
  "4 su 8",
  "=91/28008 0,32% - 3,2 ogni 1.000 imprese",
  "16% <sup>1</sup>",
  "% 6,4",
  "n. 0,82",
  "€ 0",
  "",
  "   "
);

const text = fc.oneof(
  word,
  italianNumber,
  italianNumber.map((n) => `${n}%`),
  italianNumber.map((n) => `€ ${n}`),
  fc.string(),
  fc.fullUnicodeString({ maxLength: 30 })
);

const number = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 2 ** 53, 0.1, 0.3),
  fc.integer()
);

const scalar = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant(undefined));
const cell = fc.oneof(
  { weight: 8, arbitrary: scalar },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      { type: "Double", basicValue: 3 },
      { type: "Error", errorType: "Div0" },
      {},
      [],
      [[]]
    ),
  }
);
const matrix = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([r, c]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
    ),
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 }) // ragged, empty
);
const argument = fc.oneof(cell, matrix);

function checkError(e: unknown): void {
  expect(e).toBeInstanceOf(StandInError);
  const err = e as StandInError;
  expect(["#N/A", "#VALUE!", "#DIV/0!"]).toContain(err.code);
  expect(typeof err.message).toBe("string");
  expect(err.message!.length).toBeGreaterThan(0);
}

function checkScalar(x: unknown): void {
  if (x instanceof StandInError) return checkError(x);
  if (typeof x === "number") {
    expect(Number.isFinite(x)).toBe(true);
    expect(Object.is(x, -0)).toBe(false);
    return;
  }
  expect(typeof x).toBe("string");
}

/** Calls fn; a thrown error must be a CustomFunctions.Error; a result must be well-formed. */
function check(fn: () => unknown, matrixResult: boolean): void {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    checkError(e);
    return;
  }
  if (matrixResult) {
    expect(Array.isArray(result)).toBe(true);
    const rows = result as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Array.isArray(row)).toBe(true);
      expect(row.length).toBe(rows[0].length);
      row.forEach(checkScalar);
    }
  } else {
    expect(result instanceof StandInError).toBe(false); // scalar functions throw their errors
    checkScalar(result);
  }
}

const RUNS = { numRuns: 600 };
type Any = (...args: unknown[]) => unknown;
const f = functions as unknown as Record<string, Any>;

describe("every PIRA function on arbitrary input", () => {
  test("PERFORMANCE", () => {
    fc.assert(
      fc.property(argument, argument, fc.option(argument), fc.option(scalar), (a, t, p, cap) =>
        check(() => f.PERFORMANCE(a, t, p ?? undefined, cap ?? undefined), true)
      ),
      RUNS
    );
  });

  test("PERFORMANCE over equal-sized columns: one result per row", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 2, maxLength: 30 }), (pairs) => {
        // several rows: the call itself never fails, each row gets its value or its error
        const r = f.PERFORMANCE(
          pairs.map(([a]) => [a]),
          pairs.map(([, t]) => [t])
        );
        check(() => r, true);
        expect((r as unknown[]).length).toBe(pairs.length);
      }),
      { numRuns: 300 }
    );
  });

  test.each([
    ["VALUE", 1],
    ["DEVIATION", 3],
    ["OUTCOME", 3],
    ["MISSION", 1],
    ["PROGRAMME", 2],
  ])("%s", (name, arity) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 1, maxLength: arity }), (args) =>
        check(() => f[name](...args), false)
      ),
      RUNS
    );
  });

  test("WEIGHTED", () => {
    fc.assert(
      fc.property(argument, argument, (a, w) => check(() => f.WEIGHTED(a, w), false)),
      RUNS
    );
  });
});
