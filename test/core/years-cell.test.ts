/**
 * One cell holding the three years' targets, as a chamber's published table writes them
 * («Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%», from a plan in the stored public
 * pages), some with a year left empty («Anno 2017: >=»).
 */
import fc from "fast-check";
import { importGrids, type GridCell } from "../../src/core/grid";
import { splitYears } from "../../src/core/values";

function importRows(rows: GridCell[][]) {
  const r = importGrids([
    {
      kind: "grid",
      grid: { rows, merges: [], origin: { kind: "sheet", sheet: "Foglio1", row: 1, col: 1 } },
    },
  ]);
  if (!r.ok) throw new Error(r.reason.en);
  return r;
}

describe("splitYears", () => {
  test("three labelled years", () => {
    expect(splitYears("Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%")).toEqual([
      { year: 2015, text: ">= 90%" },
      { year: 2016, text: ">= 95%" },
      { year: 2017, text: ">= 100%" },
    ]);
  });
  test("line breaks, case, an empty year", () => {
    expect(splitYears("ANNO 2021 : 10\nanno 2022:\nAnno 2023: >=")).toEqual([
      { year: 2021, text: "10" },
      { year: 2022, text: "" },
      { year: 2023, text: ">=" },
    ]);
  });
  test.each(["90%", "Nell'anno 2021: 5", "Anno 21: 5", "Anno 2021 5", "Anno 2021: 1 Anno 2021: 2"])(
    "%s is not a years cell",
    (t) => expect(splitYears(t)).toBeNull()
  );
  test("property: labels written are the years found, each text as written", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2099 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom(">= 90%", "", "n.d.", "= 45.000", "12,5", "entro il 30/06/2021")),
        (years, texts) => {
          const cell = years.map((y, i) => `Anno ${y}: ${texts[i] ?? ""}`).join(" ");
          expect(splitYears(cell)).toEqual(
            years.map((y, i) => ({ year: y, text: texts[i] ?? "" }))
          );
        }
      )
    );
  });
  test("property: never throws, linear on repeated near-labels", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void splitYears(s)));
    const long = "anno anno 20 ".repeat(20000);
    expect(splitYears(long)).toBeNull();
  });
});

describe("a target cell with three years imports as three targets", () => {
  const rows: GridCell[][] = [
    ["Missione", "Programma", "Indicatore", "Target"],
    [
      "011",
      "005",
      "Pratiche evase nei termini",
      "Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%",
    ],
    ["011", "005", "Imprese assistite", "Anno 2015: 120 Anno 2016: 130 Anno 2017: >="],
  ];
  const r = importRows(rows);
  test("each year its own target, the comparison kept", () => {
    const [a, b] = r.plan.indicators;
    expect(a.targets["2015"]).toMatchObject({ kind: "percent", value: 0.9, comparison: ">=" });
    expect(a.targets["2016"]).toMatchObject({ kind: "percent", value: 0.95, comparison: ">=" });
    expect(a.targets["2017"]).toMatchObject({ kind: "percent", value: 1, comparison: ">=" });
    expect(b.targets["2015"]).toMatchObject({ kind: "number", value: 120 });
    expect(b.targets["2016"]).toMatchObject({ kind: "number", value: 130 });
    expect(a.polarity).toBe("higher");
  });
  test("an empty year is missing, and said so on its cell", () => {
    expect(r.plan.indicators[1].targets["2017"]).toMatchObject({ kind: "missing", value: null });
    const said = r.report.diagnostics.filter((d) => d.code === "PIRA-W937");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ field: "targets.2017", cell: "D3" });
  });
});
