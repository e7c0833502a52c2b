/**
 * diff(A, A) is empty for any plan; diff(A, B) lists each change of a random edit once, and
 * nothing else, whatever ids and row order the second version has.
 */
import fc from "fast-check";
import { importDocument } from "../../../src/core/import";
import type { Plan } from "../../../src/core/plan/types";
import { diffPlans, sameValue } from "../../../src/core/review";
import { exampleDocument } from "../../../src/examples";
import { arbitraryPlan } from "../../fixtures/arbitrary-plan";
import { seedText } from "../../helpers/seed";
import { clone, separateImport, v } from "./versions";

describe("diff, properties", () => {
  it("a plan against itself reports nothing", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(diffPlans(plan, plan).changes).toEqual([]);
        expect(diffPlans(plan, clone(plan)).counts.flagged).toBe(0);
      }),
      { numRuns: 150 }
    );
  });

  type Edit =
    | { kind: "target"; at: number; year: number; value: string }
    | { kind: "formula" | "unit" | "source" | "typology"; at: number }
    | { kind: "rename"; at: number }
    | { kind: "move"; at: number; to: number }
    | { kind: "remove"; at: number }
    | { kind: "add"; at: number };

  const edit = (size: number, programmes: number): fc.Arbitrary<Edit> => {
    const at = fc.integer({ min: 0, max: size - 1 });
    return fc.oneof(
      fc.record({
        kind: fc.constant("target" as const),
        at,
        year: fc.integer({ min: 0, max: 2 }),
        value: fc.constantFrom("7", "12,5%", "1.234", "si", "≥ 90%", "0"),
      }),
      fc.record({
        kind: fc.constantFrom(
          "formula" as const,
          "unit" as const,
          "source" as const,
          "typology" as const
        ),
        at,
      }),
      fc.record({ kind: fc.constant("rename" as const), at }),
      fc.record({
        kind: fc.constant("move" as const),
        at,
        to: fc.integer({ min: 0, max: programmes - 1 }),
      }),
      fc.record({ kind: fc.constant("remove" as const), at }),
      fc.record({ kind: fc.constant("add" as const), at })
    );
  };

  /** The change the edit should produce, as [kind, field, name], or null when the edit is no change. */
  function apply(plan: Plan, e: Edit): [string, string | null, string] | null {
    const ind = plan.indicators[e.at];
    switch (e.kind) {
      case "target": {
        const year = String(plan.firstYear + e.year);
        const before = ind.targets[year];
        const after = v(e.value);
        // the same value however written («sì» and «si») is no change
        if (sameValue(before, after)) return null;
        ind.targets[year] = after;
        return ["changed", `targets.${year}`, ind.name];
      }
      case "formula":
      case "unit":
      case "source":
      case "typology":
        ind[e.kind] = `${ind[e.kind] ?? ""} modificato ${e.kind}`;
        return ["changed", e.kind, ind.name];
      case "rename":
        ind.name = `${ind.name} riveduto`;
        return ["renamed", "name", ind.name];
      case "move": {
        const to = plan.programmes[e.to];
        const from = plan.programmes.find((p) => p.id === ind.programme);
        if (!from || to.id === from.id || to.entity !== from.entity) return null;
        if (to.mission === from.mission && to.programme === from.programme) return null;
        ind.programme = to.id;
        return ["moved", "programme", ind.name];
      }
      case "remove":
        plan.indicators.splice(e.at, 1);
        return ["removed", null, ind.name];
      case "add": {
        const fresh = {
          ...clone(ind),
          id: "nuovo-indicatore",
          name: "Qualità percepita del nuovo sportello telematico",
          formula: "Giudizi positivi / giudizi espressi",
        };
        plan.indicators.push(fresh);
        return ["added", null, fresh.name];
      }
    }
  }

  for (const [what, text] of [
    ["the example", exampleDocument],
    ["the reference plan", seedText()],
  ] as const) {
    it(`each random edit of ${what} is listed once, nothing else`, () => {
      const base = importDocument(text).plan;
      // targets of the triennium only (this edit's years); the triennium target is left alone
      fc.assert(
        fc.property(edit(base.indicators.length, base.programmes.length), (e) => {
          const next = clone(base);
          const expected = apply(next, e);
          const changes = diffPlans(base, separateImport(next)).changes;
          if (expected === null) {
            expect(changes).toEqual([]);
            return;
          }
          expect(changes.map((c) => [c.kind, c.field, c.name])).toEqual([expected]);
        }),
        { numRuns: 120 }
      );
    });
  }
});
