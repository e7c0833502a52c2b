import fc from "fast-check";
import { planToXlsx } from "../../src/adapters/xlsx";
import { readXlsxPlan } from "../helpers/xlsx-actions";
import { arbitraryPlan } from "../fixtures/arbitrary-plan";

describe("plan → .xlsx → plan is the identity", () => {
  it("for any plan the importer could produce (real files through ExcelJS)", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        const r = await readXlsxPlan(await planToXlsx(plan));
        if (!r.ok) throw new Error(r.reason.en);
        expect(r.result.plan).toEqual(plan);
      }),
      { numRuns: 25 }
    );
  });
});
