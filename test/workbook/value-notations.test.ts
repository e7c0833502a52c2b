/**
 * Other chambers' notations survive the workbook: a comparison target, a deadline, a magnitude and
 * space thousands written into the Indicatori table and read back equal (sign, date and value).
 */
import { layout, read, tablesOfSpec } from "../../src/workbook";
import { toPlanValue } from "../../src/core/values";
import { referencePlan } from "../fixtures/plans";

describe("value notations round-trip through the workbook", () => {
  it("keeps comparison signs, deadlines, magnitudes and space thousands", () => {
    const plan = referencePlan();
    const [a, b, c] = plan.indicators;
    a.targets["2020"] = toPlanValue("≥ 90%");
    a.actuals["2020-12-31"] = toPlanValue("85%");
    a.polarity = "higher";
    a.polarityInferred = false;
    b.targets["2020"] = toPlanValue("entro il 30/06/2020");
    b.actuals["2020-12-31"] = toPlanValue("15/06/2020");
    b.polarity = "lower";
    b.polarityInferred = false;
    c.targets["2020"] = toPlanValue("<= 5 gg");
    c.targets["2021"] = toPlanValue("€ 1,2 milioni");
    c.actuals["2020-12-31"] = toPlanValue("2 947 171");
    for (const formulas of ["native", "pira", "values"] as const) {
      const back = read(tablesOfSpec(layout(plan, { formulas }))).plan;
      expect(back).toEqual(plan);
      expect(back.indicators[0].targets["2020"]).toMatchObject({ comparison: ">=", value: 0.9 });
      expect(back.indicators[1].targets["2020"]).toMatchObject({
        kind: "date",
        value: "2020-06-30",
      });
      expect(back.indicators[2].targets["2021"]).toMatchObject({
        kind: "currency",
        value: 1200000,
      });
      expect(back.indicators[2].actuals["2020-12-31"]).toMatchObject({ value: 2947171 });
    }
  });
});
