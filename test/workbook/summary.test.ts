import { summary } from "../../src/workbook";
import { referencePlan } from "../fixtures/plans";

describe("summary", () => {
  const plan = referencePlan();
  const rows = summary(plan, { low: 0.7, high: 0.9 });

  it("is ordered entity, its missions, their programmes; the total last", () => {
    expect(rows.map((r) => `${r.level}:${r.code}`)).toEqual([
      "entity:pistoia",
      "mission:011",
      "programme:011.005",
      "mission:012",
      "programme:012.004",
      "entity:prato",
      "mission:011",
      "programme:011.005",
      "programme:011.005",
      "mission:012",
      "programme:012.004",
      "mission:032",
      "programme:032.003",
      "total:",
    ]);
  });

  it("counts Pistoia's indicators by outcome, with the mean of the computable ones and the budget", () => {
    const pistoia = rows[0];
    expect(pistoia).toMatchObject({
      indicators: 7,
      withTarget: 7,
      withActual: 6,
      achieved: 5,
      partly: 0,
      notAchieved: 1,
      notComputed: 1,
      budget: 1206050,
    });
    expect(pistoia.meanAchievement).toBeCloseTo((0.99 + 1 + 0.16 + 1 + 1 + 0.7607 / 0.77) / 6, 12);
    expect(rows[1]).toMatchObject({
      label: "Competitività e sviluppo delle imprese",
      indicators: 2,
      achieved: 2,
      budget: 1107200,
    });
    expect(rows[1].meanAchievement).toBeCloseTo(0.995, 12);
  });

  it("a programme whose budget is a sentence has no budget total; the total covers the whole plan", () => {
    const ocri = rows.find((r) => r.programme === "prato-012-004")!;
    expect(ocri).toMatchObject({
      budget: null,
      indicators: 1,
      notComputed: 1,
      meanAchievement: null,
    });
    const total = rows[rows.length - 1];
    expect(total.indicators).toBe(plan.indicators.length);
    expect(total.achieved + total.partly + total.notAchieved + total.notComputed).toBe(
      plan.indicators.length
    );
    expect(total.budget).toBe(1107200 + 98850 + 30000 + 20000);
  });

  it("moves indicators between bands with the thresholds", () => {
    const strict = summary(plan, { low: 0.9, high: 0.995 });
    expect(strict[0].achieved).toBeLessThan(rows[0].achieved);
    expect(strict[0].achieved + strict[0].partly + strict[0].notAchieved).toBe(6);
  });
});
