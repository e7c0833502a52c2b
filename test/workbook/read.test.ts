import { layout, read, tablesOfSpec } from "../../src/workbook";
import { toPlanValue } from "../../src/core/values";
import { bigPlan, referencePlan } from "../fixtures/plans";

describe("read: plan → layout → tables → plan", () => {
  it("gives back the reference plan equal on every field", () => {
    const plan = referencePlan();
    const r = read(tablesOfSpec(layout(plan)));
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(r.plan).toEqual(plan);
  });

  it("round-trips whatever the formula style, and with no computed cells", () => {
    const plan = referencePlan();
    for (const formulas of ["native", "pira", "values", "none"] as const) {
      expect(read(tablesOfSpec(layout(plan, { formulas }))).plan).toEqual(plan);
    }
  });

  it("locates each indicator on its Indicatori row", () => {
    const plan = referencePlan();
    const r = read(tablesOfSpec(layout(plan)));
    plan.indicators.forEach((ind, i) =>
      expect(r.locations[ind.id]).toEqual({ sheet: "Indicatori", row: i + 2 })
    );
  });

  it("follows firstYear and keeps keys beyond the standard columns", () => {
    const plan = referencePlan();
    plan.firstYear = 2021;
    plan.indicators[0].actuals["2021-06-30"] = toPlanValue("45%");
    plan.indicators[1].targets["2024"] = toPlanValue("2");
    const spec = layout(plan);
    const header = tablesOfSpec(spec).indicators!.header;
    expect(header).toEqual(
      expect.arrayContaining([
        "Consuntivo 30/06/2021",
        "Consuntivo 30/09/2021",
        "Target 2021",
        "Target 2023",
        "Target 2024",
      ])
    );
    expect(header.indexOf("Consuntivo 30/09/2020")).toBeLessThan(
      header.indexOf("Consuntivo 30/06/2021")
    );
    expect(read(tablesOfSpec(spec)).plan).toEqual(plan);
  });

  it("round-trips a larger generated plan", () => {
    const plan = bigPlan(250);
    expect(read(tablesOfSpec(layout(plan))).plan).toEqual(plan);
  });
});

describe("read: the baseline (Valore di partenza)", () => {
  it("is a column only when the plan has baselines, and round-trips with its day", () => {
    const plan = referencePlan();
    expect(tablesOfSpec(layout(plan)).indicators!.header).not.toContain("Valore di partenza");
    plan.indicators[0].baseline = { ...toPlanValue("98,47%"), date: "2019-12-31" };
    plan.indicators[2].baseline = { ...toPlanValue("12"), date: "2019-09-30" };
    const tables = tablesOfSpec(layout(plan));
    expect(tables.indicators!.header).toEqual(
      expect.arrayContaining([
        "Valore di partenza",
        "Valore di partenza (testo)",
        "Data del valore di partenza",
      ])
    );
    const r = read(tables);
    expect(r.plan).toEqual(plan);
    expect(r.plan.indicators[1].baseline).toBeUndefined();
  });

  it("takes 31/12 before the triennium when the day is not given, and says so when unreadable", () => {
    const plan = referencePlan();
    plan.indicators[0].baseline = { ...toPlanValue("7"), date: "2019-06-30" };
    const tables = tablesOfSpec(layout(plan));
    const t = tables.indicators!;
    const at = t.header.indexOf("Data del valore di partenza");
    t.rows[0][at] = null;
    expect(read(tables).plan.indicators[0].baseline?.date).toBe(`${plan.firstYear - 1}-12-31`);
    t.rows[0][at] = "31/02/2019";
    const r = read(tables);
    expect(r.plan.indicators[0].baseline?.date).toBe(`${plan.firstYear - 1}-12-31`);
    expect(r.diagnostics.map((d) => d.code)).toContain("PIRA-X015");
  });
});
