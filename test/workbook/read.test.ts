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
