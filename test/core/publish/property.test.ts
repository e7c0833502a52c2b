/**
 * Any plan publishes: every indicator in one table row, every note in the document, texts escaped
 * (a name with markup stays text), the open-data CSV with one row per indicator — on arbitrary
 * plans (test/fixtures/arbitrary-plan.ts) and on the empty plan.
 */
import fc from "fast-check";
import { emptyPlan } from "../../../src/core/plan";
import type { Plan } from "../../../src/core/plan/types";
import { buildDocument, openData, renderHtml, type TableBlock } from "../../../src/core/publish";
import { arbitraryPlan } from "../../fixtures/arbitrary-plan";

/** Names with markup and quotes, so escaping is exercised. */
const hostile = (plan: Plan): Plan => ({
  ...plan,
  indicators: plan.indicators.map((ind, i) =>
    i % 3 === 0
      ? { ...ind, name: `${ind.name} <b>"x" & 'y'</b>`, notes: [...ind.notes, "<i>nota</i>"] }
      : ind
  ),
});

describe("any plan", () => {
  it("publishes both documents with every indicator and note, escaped, and its open data", () => {
    fc.assert(
      fc.property(arbitraryPlan.map(hostile), (plan) => {
        for (const kind of ["piano", "rapporto"] as const) {
          const doc = buildDocument(plan, { kind, date: "2021-04-30" });
          const tables = doc.blocks.filter(
            (b): b is TableBlock => b.type === "table" && b.role === "indicators"
          );
          expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(plan.indicators.length);
          const notes = tables.flatMap((t) => t.notes.map((n) => n.text));
          for (const ind of plan.indicators)
            for (const n of ind.notes) if (n.trim()) expect(notes).toContain(n.trim());
          const html = renderHtml(doc);
          expect(html).not.toMatch(/<b>|<i>/);
        }
        const data = openData(plan, { date: "2021-04-30" });
        expect(data.ok).toBe(true);
        if (data.ok) {
          const csv = data.files.find((f) => f.name === "indicatori.csv")?.content ?? "";
          // rows: the header and one per indicator (a field with a line break is quoted, so count records by the id column)
          for (const ind of plan.indicators) expect(csv).toContain(ind.id);
        }
      }),
      { numRuns: 60 }
    );
  });

  it("an empty plan publishes too", () => {
    const plan = emptyPlan({ title: "Piano", firstYear: 2024, entities: ["Ente"] });
    for (const kind of ["piano", "rapporto"] as const) {
      const doc = buildDocument(plan, { kind, date: "2024-01-31" });
      expect(renderHtml(doc)).toContain('<html lang="it">');
    }
    expect(buildDocument(plan, { date: "2024-01-31" }).kind).toBe("piano");
  });
});
