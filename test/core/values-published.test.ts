/**
 * Notations of plans as they are published (other bodies' PDFs and ministries' sheets): «=» before
 * a value, spelled-out comparisons, a sign followed by a space, a percentage in brackets, and the
 * placeholders that are not values. Modelled on published plans in the stored public pages
 * (a chamber's «Piano degli indicatori e dei risultati attesi di bilancio» tables: `=90%`,
 * `= 45.000`, `=120.000`, `Maggiore o uguale al 4,85%`, `(60,6%)`, `Kpi non definito`).
 */
import fc from "fast-check";
import { importGrids, type GridCell } from "../../src/core/grid";
import { achievement } from "../../src/core/performance";
import { formatItalianNumber, readValue, type PiraValue } from "../../src/core/values";
import Decimal from "decimal.js";

function read(text: string): PiraValue {
  const r = readValue(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason.en}`);
  return r.value;
}

describe("«=» before a value is that value, marked", () => {
  test.each([
    ["=90%", "percent", "0.9"],
    ["= 45.000", "number", "45000"],
    ["=120.000", "number", "120000"],
    ["=22", "number", "22"],
    ["=-0,34", "number", "-0.34"],
    ["= € 1.500", "currency", "1500"],
  ])("%s", (text, kind, n) => {
    const v = read(text);
    expect(v.kind).toBe(kind);
    expect(v.number?.toString()).toBe(n);
    expect(v.equals).toBe(true);
    expect(v.comparison).toBeUndefined();
    expect(v.raw).toBe(text);
  });

  test("a leading calculation stays a calculation, not a value after «=»", () => {
    const v = read("=91/28008 0,32% - 3,2 ogni 1.000 imprese");
    expect(v.number?.toString()).toBe("0.0032");
    expect(v.equals).toBeUndefined();
    expect(v.annotation).toBe("=91/28008 … - 3,2 ogni 1.000 imprese");
  });

  test("«=» followed by what is not a value is refused", () => {
    expect(readValue("=A1+B2").ok).toBe(false);
    expect(readValue("= 12 34").ok).toBe(false);
  });

  test("property: «=» + any Italian number reads as that number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.boolean(),
        (n, places, space, percent) => {
          const d = new Decimal(n).div(new Decimal(10).pow(places));
          const text = `=${space ? " " : ""}${formatItalianNumber(d)}${percent ? "%" : ""}`;
          const v = read(text);
          expect(v.number?.toString()).toBe((percent ? d.div(100) : d).toString());
          expect(v.equals).toBe(true);
        }
      )
    );
  });
});

describe("spelled-out comparisons carry their polarity like ≥", () => {
  test.each([
    ["maggiore o uguale a 90,00%", ">=", "0.9"],
    ["Maggiore o uguale al 4,85%", ">=", "0.0485"],
    ["minore o uguale a 30 giorni", "<=", "30"],
    ["Minore o uguale al 5%", "<=", "0.05"],
    ["superiore a 3", ">", "3"],
    ["inferiore a 2", "<", "2"],
  ])("%s", (text, cmp, n) => {
    const v = read(text);
    expect(v.comparison).toBe(cmp);
    expect(v.number?.toString()).toBe(n);
  });

  test("the spelled-out sign decides the achievement, as ≥ / ≤ do", () => {
    const t = read("minore o uguale a 30 giorni");
    const r = achievement(read("40"), t, "lower");
    expect(r.ok && r.value.toString()).toBe("0.75");
  });
});

describe("signs with a space, percentages in brackets", () => {
  test.each([
    ["+ 26,03", "26.03", "number"],
    ["- 15,36", "-15.36", "number"],
    ["(60,6%)", "0.606", "percent"],
    ["( 12% )", "0.12", "percent"],
  ])("%s", (text, n, kind) => {
    const v = read(text);
    expect(v.number?.toString()).toBe(n);
    expect(v.kind).toBe(kind);
  });

  test("an amount in brackets is not guessed (a negative in accounting?)", () => {
    expect(readValue("(1.234)").ok).toBe(false);
  });
});

describe("placeholders that are not values", () => {
  test.each(["–", "-", "Kpi non definito", "KPI NON DEFINITO", "X", "x"])("%s is missing", (t) => {
    const v = read(t);
    expect(v.kind).toBe("missing");
    expect(v.number).toBeNull();
  });
});

describe("the import report says a sign may have been lost", () => {
  test("a target «=90%» in a table: read as 90%, an info diagnostic on its cell", () => {
    const rows: GridCell[][] = [
      ["Missione", "Programma", "Indicatore", "Target 2021"],
      ["011", "005", "Grado di soddisfazione", "=90%"],
      ["011", "005", "Pratiche evase", "≥ 80%"],
    ];
    const r = importGrids([
      {
        kind: "grid",
        grid: { rows, merges: [], origin: { kind: "sheet", sheet: "Foglio1", row: 1, col: 1 } },
      },
    ]);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.plan.indicators[0].targets["2021"]).toMatchObject({ kind: "percent", value: 0.9 });
    const said = r.report.diagnostics.filter((d) => d.code === "PIRA-I936");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", field: "targets.2021", cell: "D2" });
    expect(said[0].message.it).toContain("=90%");
  });
});
