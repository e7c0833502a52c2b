/** A clean plan (pira init, then filled in completely) yields no errors and no warnings. */
import { validatePlan } from "../../src/core/validation";
import { AS_OF, cleanPlan } from "./validation-helpers";

describe("a clean plan", () => {
  const plan = cleanPlan();

  it("has no errors and no warnings, after the year end or before it", () => {
    for (const asOf of [AS_OF, "2020-10-15", "2025-01-01"]) {
      const r = validatePlan(plan, { asOf });
      expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(r.counts).toEqual({ error: 0, warning: 0, info: 1 });
    }
  });

  it("only the budget total of its entity, as information", () => {
    const r = validatePlan(plan, { asOf: AS_OF });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "PIRA-I063",
      severity: "info",
      entity: plan.entities[0].id,
      programme: null,
      indicator: null,
      field: "budget",
      sheet: null,
      cell: null,
      line: null,
    });
    expect(r.diagnostics[0].message.it).toContain("€ 215.000,00 su 3 programmi");
    expect(r.diagnostics[0].message.en).toContain("€ 215.000,00 over 3 programmes");
  });

  it("stays clean with the default date (today: the 2020 year end is long closed)", () => {
    expect(validatePlan(plan).counts).toEqual({ error: 0, warning: 0, info: 1 });
  });
});
