/**
 * Value notations of other chambers' plans (docs/values.md): comparison
 * targets, deadlines, magnitudes, spaces as thousands separators; refusals with a reason; the
 * achievement of each against an actual.
 */
import Decimal from "decimal.js";
import { readBudget } from "../../src/core/import/budget";
import { achievement, inferPolarity } from "../../src/core/performance";
import {
  piraFromPlanValue,
  readValue,
  toPlanValue,
  valueFromCell,
  type PiraValue,
} from "../../src/core/values";

function read(text: string): PiraValue {
  const r = readValue(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason.en}`);
  return r.value;
}

function refused(text: string): { it: string; en: string } {
  const r = readValue(text);
  if (r.ok) throw new Error(`${text} was read as ${r.value.kind} ${r.value.number?.toString()}`);
  return r.reason;
}

function pct(
  actual: string | PiraValue,
  target: string,
  polarity: "higher" | "lower" | "yesno" = "higher"
): string {
  const a = typeof actual === "string" ? read(actual) : actual;
  const r = achievement(a, read(target), polarity);
  if (!r.ok) return `${r.code}: ${r.reason.en}`;
  return r.value.times(100).toDecimalPlaces(4).toString();
}

describe("comparison targets carry their polarity", () => {
  test.each([
    ["≥ 90%", ">=", "percent", "0.9"],
    [">= 8,00%", ">=", "percent", "0.08"],
    ["=> 60", ">=", "number", "60"],
    ["≤ 30 giorni", "<=", "number", "30"],
    ["<= 5 gg", "<=", "number", "5"],
    ["=< 5", "<=", "number", "5"],
    ["> 0", ">", "number", "0"],
    ["< 2%", "<", "percent", "0.02"],
    ["almeno 10", ">=", "number", "10"],
    ["Almeno 1.000", ">=", "number", "1000"],
    ["non inferiore a 95%", ">=", "percent", "0.95"],
    ["non inferiore al 95%", ">=", "percent", "0.95"],
    ["non superiore a 20 giorni", "<=", "number", "20"],
    ["max 15 gg", "<=", "number", "15"],
    ["min. 80%", ">=", "percent", "0.8"],
    ["min 80%", ">=", "percent", "0.8"],
    ["≥90%", ">=", "percent", "0.9"],
    ["⩾ 3", ">=", "number", "3"],
    ["<b>≥ 90%</b>", ">=", "percent", "0.9"],
    ["≥ € 1,2 milioni", ">=", "currency", "1200000"],
  ])("%p", (text, comparison, kind, value) => {
    const v = read(text);
    expect(v.comparison).toBe(comparison);
    expect(v.kind).toBe(kind);
    expect(v.number!.toString()).toBe(value);
    expect(v.raw).toBe(text.replace(/<\/?b>/g, ""));
  });

  test("the unit after the number is kept as annotation", () => {
    expect(read("<= 5 gg").annotation).toBe("gg");
    expect(read("non superiore a 20 giorni").annotation).toBe("giorni");
  });

  test("a sign with nothing readable after it is refused, saying what was expected", () => {
    const r = refused("≥ tanti");
    expect(r.it).toContain("dopo «≥» atteso un numero");
    expect(r.en).toContain("after «≥» a number");
    refused("almeno");
    refused("max");
  });

  test("≥ t: met when actual ≥ t, else actual / t", () => {
    expect(pct("95%", "≥ 90%")).toBe("100");
    expect(pct("90%", "≥ 90%")).toBe("100");
    expect(pct("45%", "≥ 90%")).toBe("50");
    expect(pct("56", ">= 60")).toBe("93.3333");
  });

  test("≤ t: met when actual ≤ t, else t / actual", () => {
    expect(pct("4", "<= 5 gg")).toBe("100");
    expect(pct("5", "<= 5 gg")).toBe("100");
    expect(pct("8", "<= 6 gg")).toBe("75");
    expect(pct("25 giorni", "non superiore a 20 giorni")).toBe("80");
  });

  test("the sign wins over the indicator's polarity", () => {
    // declared lower, target says at least: higher is better
    expect(pct("45%", "≥ 90%", "lower")).toBe("50");
    // declared higher, target says at most
    expect(pct("8", "max 6 gg", "higher")).toBe("75");
    // declared yes/no: still the comparison
    expect(pct("45%", "≥ 90%", "yesno")).toBe("50");
  });

  test("strict signs: equality with a zero target is not met (0%), otherwise the ratio", () => {
    expect(pct("0", "> 0")).toBe("0");
    expect(pct("1", "> 0")).toBe("100");
    expect(pct("-1", "> 0")).toBe("0");
    expect(pct("0", "< 0")).toBe("0");
    expect(pct("-2", "< 0")).toBe("100");
    // equality with a non-zero target: the ratio, 100% (see achievement.ts for why)
    expect(pct("90%", "> 90%")).toBe("100");
    expect(pct("45%", "> 90%")).toBe("50");
    expect(pct("2%", "< 2%")).toBe("100");
    expect(pct("4%", "< 2%")).toBe("50");
  });

  test("an actual written as a threshold is refused with a reason", () => {
    expect(pct("≥ 90%", "90%")).toMatch(/^invalid: the actual «≥ 90%» is a threshold/);
  });

  test("polarity from the sign is not inferred, and says so", () => {
    const p = inferPolarity({ name: "Tempi medi di pagamento", values: [read("≥ 10"), read("8")] });
    expect(p).toMatchObject({ polarity: "higher", inferred: false });
    expect(p.reason.it).toContain("dal segno del target");
    expect(p.reason.en).toContain("not inferred");
    const q = inferPolarity({ name: "Grado di utilizzo", values: [read("non superiore a 20")] });
    expect(q).toMatchObject({ polarity: "lower", inferred: false });
    const r = inferPolarity({ name: "Tempi medi di pagamento", values: [read("10")] });
    expect(r).toMatchObject({ polarity: "lower", inferred: true });
  });
});

describe("deadlines", () => {
  test.each([
    ["entro il 30/06/2021", "2021-06-30", "<="],
    ["entro 30.6.2021", "2021-06-30", "<="],
    ["Entro il 31 dicembre 2021", "2021-12-31", "<="],
    ["31/12/2021", "2021-12-31", undefined],
    ["31-12-2021", "2021-12-31", undefined],
    ["30/06/21", "2021-06-30", undefined],
    ["2021-06-30", "2021-06-30", undefined],
    ["29/02/2024", "2024-02-29", undefined],
  ])("%p", (text, iso, comparison) => {
    const v = read(text);
    expect(v.kind).toBe("date");
    expect(v.date).toBe(iso);
    expect(v.comparison).toBe(comparison);
  });

  test("a date is held as its Excel serial number", () => {
    expect(read("31/12/2021").number!.toNumber()).toBe(44561);
    expect(read("01/03/1900").number!.toNumber()).toBe(61);
  });

  test("dates that do not exist are refused", () => {
    expect(refused("31/02/2021").en).toContain("does not exist");
    expect(refused("29/02/2023").it).toContain("non esiste");
    refused("entro il 32/01/2021");
  });

  test("on or before the deadline → 100%, later → 0%", () => {
    expect(pct("15/06/2021", "entro il 30/06/2021")).toBe("100");
    expect(pct("30/06/2021", "entro il 30/06/2021")).toBe("100");
    expect(pct("01/07/2021", "entro il 30/06/2021")).toBe("0");
    expect(pct("31/12/2021", "31/12/2021")).toBe("100");
    expect(pct("10/01/2022", "31/12/2021")).toBe("0");
    // "< date": strictly before
    expect(pct("30/06/2021", "< 30/06/2021")).toBe("0");
  });

  test("an Excel date cell (a serial number) against a deadline", () => {
    const cell = valueFromCell(44377); // 30/06/2021
    expect(cell.ok && pct(cell.value, "entro il 30/06/2021")).toBe("100");
    const late = valueFromCell(44378);
    expect(late.ok && pct(late.value, "entro il 30/06/2021")).toBe("0");
  });

  test("sì / realizzato against a deadline: yes/no logic only when the polarity is yes/no", () => {
    expect(pct("realizzato", "entro il 30/06/2021", "yesno")).toBe("100");
    expect(pct("no", "entro il 30/06/2021", "yesno")).toBe("0");
    expect(pct("realizzato", "entro il 30/06/2021", "lower")).toMatch(
      /^invalid: the target is a deadline .* the date it was done is needed/
    );
    // such a row infers yes/no from its values
    expect(
      inferPolarity({
        name: "Nuovo portale",
        values: [read("realizzato"), read("entro il 30/06/2021")],
      }).polarity
    ).toBe("yesno");
    // dates on both sides: a deadline, not inferred
    expect(
      inferPolarity({
        name: "Nuovo portale",
        values: [read("15/06/2021"), read("entro il 30/06/2021")],
      })
    ).toMatchObject({ polarity: "lower", inferred: false });
  });

  test("a date against a quantity, or a quantity against a date, is refused", () => {
    expect(pct("30/06/2021", "90%")).toMatch(/^invalid: the actual «30\/06\/2021» is a date/);
    expect(pct("90%", "entro il 30/06/2021")).toMatch(/^invalid: the target is a deadline/);
  });
});

describe("magnitudes scale the number exactly", () => {
  test.each([
    ["€ 1,2 milioni", "currency", "1200000"],
    ["1,5 mln €", "currency", "1500000"],
    ["1,5 Mln di euro", "currency", "1500000"],
    ["1,2 milioni di euro", "currency", "1200000"],
    ["35 mila", "number", "35000"],
    ["35mila", "number", "35000"],
    ["120 k€", "currency", "120000"],
    ["120k€", "currency", "120000"],
    ["2 M€", "currency", "2000000"],
    ["3 mld", "number", "3000000000"],
    ["3,25 miliardi", "number", "3250000000"],
    ["1 milione", "number", "1000000"],
    ["€ 0,000001 mld", "currency", "1000"],
    ["12.345,6789012345678901234 mln", "number", "12345678901.2345678901234"],
  ])("%p", (text, kind, value) => {
    const v = read(text);
    expect(v.kind).toBe(kind);
    expect(v.number!.toFixed()).toBe(value);
  });

  test.each(["1,2 mil.", "1,2 mil", "5 mio", "1,2 M", "3 miliard", "12 mln%", "5 mila %"])(
    "unclear or impossible magnitude %p is refused, never read smaller",
    (text) => {
      const r = refused(text);
      expect(r.it).toContain("non è un valore leggibile");
    }
  );
});

describe("spaces as thousands separators", () => {
  test.each([
    ["2 947 171", "2947171"],
    ["2\u00a0947\u00a0171", "2947171"],
    ["2\u202f947\u202f171", "2947171"],
    ["2\u2009947\u2009171", "2947171"],
    ["€ 2 947 171,50", "2947171.5"],
    ["-1 000", "-1000"],
    ["1 234,5 (stima)", "1234.5"],
  ])("%p", (text, value) => {
    expect(read(text).number!.toFixed()).toBe(value);
  });

  test("the Prato row that read as 2: 2 947 171 against 3 200 000 is 92%", () => {
    expect(pct("2 947 171", "3 200 000")).toBe("92.0991");
  });

  test.each(["12 34", "2 947 17", "2 9471", "1.000 2", "2020 2021", "10-20", "1 2 3"])(
    "ambiguous %p is refused with a reason",
    (text) => {
      const r = refused(text);
      expect(r.it).toContain("altre cifre dopo il numero");
      expect(r.en).toContain("more digits after the number");
    }
  );

  test.each([
    "€ 12 34",
    "€ 1.000 500",
    "n. 12 34",
    "% 5 6",
    "12 mila 500 €",
    "1,5 mln 2,5",
    "10%-20%",
  ])("digits after a unit or a magnitude: %p is refused, not read as its first number", (text) => {
    expect(refused(text).en).toContain("more digits after the number");
  });

  test.each(["0.500", "0.050", "≥ 0.500", "0 500"])(
    "thousands never start with 0: %p is refused, not read as 500 or 50",
    (text) => {
      const r = readValue(text);
      expect(r.ok).toBe(false);
    }
  );

  test("«x su y» followed by words stays a ratio, the words its annotation", () => {
    const v = read("10 su 20 (50%)");
    expect([v.kind, v.number!.toString(), v.of!.toString(), v.annotation]).toEqual([
      "ratio",
      "10",
      "20",
      "(50%)",
    ]);
  });

  test.each(["10 su 20 30", "10 su venti"])(
    "%p: an unreadable y is refused, not read as x",
    (t) => {
      expect(readValue(t).ok).toBe(false);
    }
  );

  test("an annotation may follow a complete value", () => {
    expect(read("76,07% (194/255)").annotation).toBe("(194/255)");
    expect(read("=91/28008 0,32% - 3,2 ogni 1.000 imprese").number!.toString()).toBe("0.0032");
    expect(read("5 gg").annotation).toBe("gg");
  });
});

describe("numbers beyond Excel's range", () => {
  test("a 309-digit number is refused", () => {
    const r = refused("1" + "0".repeat(308));
    expect(r.it).toContain("9,99999999999999E+307");
    expect(r.en).toContain("beyond the largest number Excel holds");
  });
  test("the largest Excel number is read", () => {
    expect(read("9,99999999999999" + " mld").number!.toString()).toBe("9999999999.99999");
    const big = "9" + "9".repeat(14) + "0".repeat(293);
    expect(read(big).number!.toString()).toBe("9.99999999999999e+307");
    refused("1 mld".replace("1", "1" + "0".repeat(300)));
  });
  test("too many digits is refused before any arithmetic", () => {
    expect(refused("1".repeat(5000)).en).toContain("too many digits");
  });
});

describe("plan JSON values", () => {
  test("a comparison target keeps its sign; older readers see a number", () => {
    expect(toPlanValue("≥ 90%")).toEqual({
      raw: "≥ 90%",
      kind: "percent",
      value: 0.9,
      comparison: ">=",
    });
    expect(toPlanValue("<= 5 gg")).toEqual({
      raw: "<= 5 gg",
      kind: "number",
      value: 5,
      comparison: "<=",
      annotation: "gg",
    });
  });
  test("a deadline is kind date with its ISO day", () => {
    expect(toPlanValue("entro il 30/06/2021")).toEqual({
      raw: "entro il 30/06/2021",
      kind: "date",
      value: "2021-06-30",
      comparison: "<=",
    });
    expect(toPlanValue("31/12/2021")).toEqual({
      raw: "31/12/2021",
      kind: "date",
      value: "2021-12-31",
    });
  });
  test("round trip through the plan form", () => {
    for (const text of [
      "≥ 90%",
      "entro il 30/06/2021",
      "€ 1,2 milioni",
      "2 947 171",
      "31/12/2021",
    ]) {
      const back = piraFromPlanValue(toPlanValue(text));
      const direct = read(text);
      expect(back.kind).toBe(direct.kind);
      expect(back.number!.eq(direct.number!)).toBe(true);
      expect(back.comparison).toBe(direct.comparison);
    }
  });
  test("a plan value with only a date or a number and a comparison", () => {
    const d = piraFromPlanValue({ raw: "", kind: "date", value: "2021-06-30" });
    expect(d.kind).toBe("date");
    expect(d.number!.toNumber()).toBe(44377);
    const n = piraFromPlanValue({ raw: "", kind: "percent", value: 0.9, comparison: ">=" });
    expect(n.comparison).toBe(">=");
    expect(
      new Decimal(
        achievement({ raw: "", kind: "percent", number: new Decimal(0.45) }, n, "lower").ok ? 1 : 0
      ).toNumber()
    ).toBe(1);
  });
  test("unreadable text stays text", () => {
    expect(toPlanValue("12 34")).toEqual({ raw: "12 34", kind: "text", value: null });
  });
});

describe("budgets read through the value reader", () => {
  test.each([
    ["€ 1.107.200,00 (cui si aggiungono …)", 1107200],
    ["€ 1,2 milioni", 1200000],
    ["2 947 171 €", 2947171],
    ["€ 100.000/anno", 100000],
    ["Attività realizzate con risorse interne", null],
    ["€ 1 200/anno", null],
    ["€ 1,2 mln/anno", null],
    ["€ 1,2 mil.", null],
    ["12 34 euro", null],
  ])("%p → %p", (text, amount) => {
    expect(readBudget(text)).toEqual({ raw: text, amount });
  });
});
