/**
 * Every task-pane action (src/app) through the Office backend on the strict fake Excel, with the
 * reference plan (imported from the reference document) and with a 10,000-indicator plan (the
 * reference plan replicated, imported as plan JSON): each succeeds, and takes a fixed number of
 * context.sync() calls whatever the plan's size — more only where a batch would pass Excel on the
 * web's 5 MB, and then no more than the bytes moved require.
 */
import { DEFAULT_MAX_PAYLOAD } from "../../src/adapters/office/batch";
import { importDocument } from "../../src/core/import";
import { seedText } from "../helpers/seed";
import { importInput, replicate, runActions, type Step } from "./office-actions/run";
import { FakeExcel, LIMITS } from "./office-fake";

/** The fixed syncs of each action on a plan whose batches all fit in one request. */
const FIXED: Record<string, number> = {
  "new plan: prepare": 1, // sheet names
  "new plan: commit": 2, // existing sheets and tables, then everything written
  "import: preview": 0,
  "import: prepare": 1,
  "import: commit": 2,
  "structure: prepare": 4, // read the tables (3), sheet names
  "structure: commit": 2,
  fill: 4, // read the tables (3), write the computed cells
  validate: 3,
  "go to a diagnostic's cell": 1,
  "summary: prepare": 4,
  "summary: commit": 2,
  "settings: prepare": 3,
  "settings: store": 1,
  "settings: read": 3,
  "export (read the tables)": 3,
};

async function run(
  input: Parameters<typeof runActions>[1]
): Promise<{ steps: Step[]; excel: FakeExcel }> {
  const excel = new FakeExcel();
  excel.addSheet("Foglio1");
  return { steps: await runActions(excel, input), excel };
}

const bySteps = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.action, s.syncs]));

describe("every action through the Office backend on the strict fake Excel", () => {
  const reference = importDocument(seedText()).plan;

  it("the reference plan: each action succeeds in its fixed number of syncs", async () => {
    const { steps, excel } = await run(importInput(reference, seedText()));
    expect(bySteps(steps)).toEqual(FIXED);
    expect(steps.find((s) => s.action === "import: commit")?.detail).toContain(
      `${reference.indicators.length} indicators`
    );
    expect(excel.book.headerFixes).toEqual([]);
    expect(excel.book.conversions).toEqual([]);
    expect(excel.sheets[0].name).toBe("Foglio1");
  });

  it("10,000 indicators: the same syncs, more only for batches past 5 MB", async () => {
    const big = replicate(reference, 10_000);
    const { steps, excel } = await run(importInput(big));
    expect(steps.map((s) => s.action)).toEqual(Object.keys(FIXED));
    expect(steps.find((s) => s.action === "import: commit")?.detail).toContain("10000 indicators");
    for (const s of steps) {
      expect(s.largest).toBeLessThanOrEqual(LIMITS.payload);
      expect([s.action, s.refused]).toEqual([s.action, 0]);
      const extra = s.syncs - FIXED[s.action];
      // no per-row or per-sheet syncs: the extra batches carry half the 4.5 MB budget on average
      expect([s.action, extra >= 0]).toEqual([s.action, true]);
      expect([s.action, extra <= Math.ceil(s.bytes / (DEFAULT_MAX_PAYLOAD / 2))]).toEqual([
        s.action,
        true,
      ]);
    }
    // the small actions stay as they are
    for (const a of [
      "new plan: prepare",
      "import: prepare",
      "go to a diagnostic's cell",
      "settings: store",
    ])
      expect([a, bySteps(steps)[a]]).toEqual([a, FIXED[a]]);
    expect(excel.book.headerFixes).toEqual([]);
    expect(excel.book.conversions).toEqual([]);
  }, 600_000);
});
