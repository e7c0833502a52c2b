import fc from "fast-check";
import { layout, read, tablesOfSpec } from "../../src/workbook";
import { arbitraryPlan } from "../fixtures/arbitrary-plan";

describe("read ∘ layout is the identity on plans", () => {
  it("for any plan the importer could produce, in every formula style", () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        fc.constantFrom("native" as const, "pira" as const, "values" as const),
        (plan, formulas) => {
          const r = read(tablesOfSpec(layout(plan, { formulas })));
          expect(r.plan).toEqual(plan);
          expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        }
      ),
      { numRuns: 150 }
    );
  });
});
