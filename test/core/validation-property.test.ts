/** Any plan the importer or the plan JSON can produce: validation never throws, and says sensible things. */
import fc from "fast-check";
import {
  RULE_BY_CODE,
  diagnosticsJson,
  diagnosticsText,
  validatePlan,
} from "../../src/core/validation";
import { arbitraryPlan } from "../fixtures/arbitrary-plan";

describe("validatePlan on arbitrary plans", () => {
  it("never throws; every diagnostic is a known rule with both messages and real ids", () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.boolean(), (plan, closed) => {
        const r = validatePlan(plan, { asOf: closed ? "2100-01-01" : "1900-01-01" });
        const ids = new Set([
          ...plan.entities.map((e) => e.id),
          ...plan.programmes.map((p) => p.id),
          ...plan.indicators.map((i) => i.id),
        ]);
        for (const d of r.diagnostics) {
          const rule = RULE_BY_CODE.get(d.code);
          expect(rule?.severity).toBe(d.severity);
          expect(d.message.it.trim()).not.toBe("");
          expect(d.message.en.trim()).not.toBe("");
          for (const id of [d.entity, d.programme, d.indicator])
            if (id !== null) expect(ids.has(id)).toBe(true);
        }
        const counts = { error: 0, warning: 0, info: 0 };
        for (const d of r.diagnostics) counts[d.severity]++;
        expect(r.counts).toEqual(counts);
        expect(diagnosticsJson(r, "it").diagnostics).toHaveLength(r.diagnostics.length);
        expect(typeof diagnosticsText(r, "en")).toBe("string");
      }),
      { numRuns: 150 }
    );
  });

  it("switching every family off leaves nothing", () => {
    const all = ["completeness", "catalogue", "consistency", "achievement", "budget", "duplicates"];
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(validatePlan(plan, { asOf: "2100-01-01", disabledRules: all }).diagnostics).toEqual(
          []
        );
      }),
      { numRuns: 50 }
    );
  });

  it("the same plan gives the same diagnostics (deterministic, order included)", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const a = validatePlan(plan, { asOf: "2030-01-01" });
        const b = validatePlan(JSON.parse(JSON.stringify(plan)), { asOf: "2030-01-01" });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 }
    );
  });
});
