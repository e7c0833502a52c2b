/**
 * Property tests of the value reader: it never throws, runs in linear time, and never reads a
 * magnitude word or a space-grouped number as a smaller number — it reads the exact value, or
 * refuses with a reason.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { readValue } from "../../src/core/values";
import { expectLinearGrowth } from "../helpers/linear-time";

/** Spaces Word and LibreOffice write between thousands. */
const SPACES = [" ", "\u00a0", "\u202f", "\u2009"];

/** A non-negative integer as digits: up to 18 of them. */
const digits = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 17 })
  )
  .map(([first, rest]) => [first, ...rest].join(""));

/** Groups of three from the right, joined by `sep`: "2947171" → "2 947 171". */
function grouped(int: string, sep: string): string {
  const head = int.length % 3 || 3;
  const parts = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
  return parts.join(sep);
}

describe("readValue never throws and runs in linear time", () => {
  const TOKENS = [
    "1",
    "23",
    "456",
    "7.890",
    "0,5",
    " ",
    "  ",
    "\u00a0",
    "\u202f",
    ".",
    ",",
    "%",
    "€",
    "-",
    "+",
    "(",
    ")",
    "/",
    "=",
    "<",
    ">",
    "≥",
    "≤",
    ">=",
    "<sup>",
    "</sup>",
    "<b>",
    "</b>",
    "<a",
    "su",
    "mila",
    "mln",
    "mil.",
    "milioni",
    "k€",
    "M€",
    "mld",
    "entro il",
    "almeno",
    "non superiore a",
    "max",
    "min.",
    "30/06/2021",
    "31/02/2021",
    "n.d.",
    "sì",
    "no",
    "buono",
    "realizzato",
    "gg",
    "\u0000",
    "\u200b",
    "ñ",
    "𝟙",
  ];
  const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(""));

  test("token soup: a value or a reason in Italian and English", () => {
    fc.assert(
      fc.property(
        fc.oneof(tokenText, fc.string({ maxLength: 60 }), fc.fullUnicodeString({ maxLength: 40 })),
        (text) => {
          const result = readValue(text);
          if (!result.ok) {
            expect(result.reason.it).toContain("non è un valore leggibile");
            expect(result.reason.en).toContain("is not a readable value");
          } else if (result.value.number) {
            expect(result.value.number.isFinite()).toBe(true);
            expect(result.value.number.abs().lte("9.99999999999999e307")).toBe(true);
          }
        }
      ),
      { numRuns: 3000 }
    );
  });

  test("long texts of repeated tokens: linear time", () => {
    // 150 texts of a token then another repeated 250–5,000 times, against the same texts 4× as long:
    // the batch takes about 4× the time (one quadratic text among them would take it far above)
    const texts = fc.sample(
      fc.tuple(
        fc.constantFrom(...TOKENS),
        fc.constantFrom(...TOKENS),
        fc.integer({ min: 250, max: 5000 })
      ),
      { numRuns: 150, seed: 17 }
    );
    const batch = (times: number) => texts.map(([a, b, n]) => a + b.repeat(n * times));
    const readAll = (all: string[]) => all.forEach((t) => readValue(t));
    expectLinearGrowth("readValue over 150 texts", readAll, batch(1), batch(4));
  });
});

describe("space-grouped numbers: the exact value or a refusal, never a smaller number", () => {
  test("well grouped, with any of the four spaces, maybe with decimals, € or %", () => {
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom(...SPACES),
        fc.option(
          fc
            .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 })
            .map((d) => d.join("")),
          { nil: undefined }
        ),
        fc.constantFrom("", "€ ", "%"),
        (int, sep, frac, unit) => {
          const number = grouped(int, sep) + (frac ? "," + frac : "");
          const text = unit === "%" ? number + "%" : unit + number;
          const r = readValue(text);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const exact = new Decimal(int + (frac ? "." + frac : ""));
          expect(r.value.number!.eq(unit === "%" ? exact.div(100) : exact)).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("any spacing of digits: read whole (all digits) or refused", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...SPACES)), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom("", " gg", " (stima)", " €", "%"),
        (groups, lead, tail) => {
          let text = "";
          let all = "";
          groups.forEach(([len, sep], i) => {
            const g = (String(lead) + "0123456789").slice(0, len);
            text += (i ? sep : "") + g;
            all += g;
          });
          text += tail;
          const r = readValue(text);
          if (!r.ok) {
            expect(r.reason.en).toMatch(/not a readable value/);
            return;
          }
          const whole = new Decimal(all);
          const expected = tail === "%" ? whole.div(100) : whole;
          expect(r.value.number!.eq(expected)).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe("magnitudes: the exact value or a refusal, never the bare number", () => {
  const WORDS: [string, number][] = [
    ["mila", 3],
    ["migliaia", 3],
    ["k€", 3],
    ["milioni", 6],
    ["milione", 6],
    ["mln", 6],
    ["mln.", 6],
    ["Mln", 6],
    ["M€", 6],
    ["milioni di euro", 6],
    ["miliardi", 9],
    ["mld", 9],
  ];
  const UNCLEAR = ["mil.", "mil", "mio", "M", "miliard", "mln€x", "Mio.", "mlrd"];

  test("known words scale exactly", () => {
    fc.assert(
      fc.property(
        digits,
        fc.option(
          fc
            .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 })
            .map((d) => d.join("")),
          { nil: undefined }
        ),
        fc.constantFrom(...WORDS),
        fc.constantFrom("", "€ "),
        fc.boolean(),
        (int, frac, [word, power], prefix, glued) => {
          const number = int.slice(0, 6) + (frac ? "," + frac : "");
          const text = `${prefix}${number}${glued && !word.includes(" ") ? "" : " "}${word}`;
          const r = readValue(text);
          const exact = new Decimal(int.slice(0, 6) + (frac ? "." + frac : "")).times(
            new Decimal(10).pow(power)
          );
          if (!r.ok) {
            // only an unclear glued form may be refused, never misread
            expect(r.reason.en).toMatch(/not a readable value/);
            return;
          }
          expect(r.value.number!.eq(exact)).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("unclear words are refused, not read as the bare number", () => {
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom(...UNCLEAR),
        fc.constantFrom("", "€ "),
        (int, word, prefix) => {
          const r = readValue(`${prefix}${int.slice(0, 6)} ${word}`);
          if (r.ok) {
            // read: then never as the bare number
            expect(r.value.number!.eq(new Decimal(int.slice(0, 6)))).toBe(false);
          } else expect(r.reason.it).toContain("non è un valore leggibile");
        }
      ),
      { numRuns: 500 }
    );
  });
});
