import { importDocument } from "../../../src/core/import";
import { rollover } from "../../../src/core/review";
import { validatePlan } from "../../../src/core/validation";
import { exampleDocument } from "../../../src/examples";
import { v } from "./versions";

const rolled = () => rollover(importDocument(exampleDocument).plan).plan;
const codes = (plan: ReturnType<typeof rolled>, code: string) =>
  validatePlan(plan, { asOf: `${plan.firstYear}-01-15` }).diagnostics.filter(
    (d) => d.code === code
  );

describe("validation of a rolled-over plan", () => {
  it("asks for the new year's target of every indicator, once (W040, not W010)", () => {
    const plan = rolled();
    const y3 = String(plan.firstYear + 2);
    const w040 = codes(plan, "PIRA-W040");
    const expected = plan.indicators.filter((i) => i.kind !== "progress");
    expect(w040.map((d) => d.indicator)).toEqual(expected.map((i) => i.id));
    expect(w040.every((d) => d.field === `targets.${y3}`)).toBe(true);
    expect(codes(plan, "PIRA-W010").filter((d) => d.field === `targets.${y3}`)).toEqual([]);
    // set them all: W040 is gone
    for (const i of plan.indicators) i.targets[y3] = v("100");
    expect(codes(plan, "PIRA-W040")).toEqual([]);
  });

  it("a target below the baseline is flagged by polarity (W041); a plan without baselines has neither rule", () => {
    const plan = rolled();
    const [a, b] = plan.indicators;
    a.polarity = "higher";
    a.baseline = { ...v("80%"), date: `${plan.firstYear - 1}-12-31` };
    a.targets = { [String(plan.firstYear)]: v("75%"), [String(plan.firstYear + 1)]: v("85%") };
    b.polarity = "lower";
    b.baseline = { ...v("10"), date: `${plan.firstYear - 1}-12-31` };
    b.targets = { [String(plan.firstYear)]: v("12"), [String(plan.firstYear + 1)]: v("≤ 8") };
    const w041 = codes(plan, "PIRA-W041").filter(
      (d) => d.indicator === a.id || d.indicator === b.id
    );
    expect(w041.map((d) => [d.indicator, d.field])).toEqual([
      [a.id, `targets.${plan.firstYear}`],
      [b.id, `targets.${plan.firstYear}`],
    ]);
    for (const i of plan.indicators) delete i.baseline;
    expect(codes(plan, "PIRA-W040")).toEqual([]);
    expect(codes(plan, "PIRA-W041")).toEqual([]);
  });
});
