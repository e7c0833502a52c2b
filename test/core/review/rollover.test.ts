import { importDocument } from "../../../src/core/import";
import type { Plan } from "../../../src/core/plan/types";
import { readPlanJson, writePlanJson } from "../../../src/core/plan";
import { rollover, rolloverYearProblem, nextTitle } from "../../../src/core/review";
import { exampleDocument } from "../../../src/examples";
import { seedText } from "../../helpers/seed";
import { clone } from "./versions";

const reference = (): Plan => importDocument(seedText()).plan;
const example = (): Plan => importDocument(exampleDocument).plan;

describe("rollover, field by field", () => {
  for (const [what, load] of [
    ["the reference document's plan", reference],
    ["the bundled example", example],
  ] as const) {
    it(`carries ${what} to the next triennium`, () => {
      const plan = load();
      const before = clone(plan);
      const { plan: next, notes, year } = rollover(plan);
      expect(plan).toEqual(before); // the old plan is not touched
      expect(year).toBe(plan.firstYear + 1);
      expect(next.firstYear).toBe(plan.firstYear + 1);
      expect(next.entities).toEqual(plan.entities);
      expect(next.programmes.map((p) => p.id)).toEqual(plan.programmes.map((p) => p.id));
      plan.programmes.forEach((p, i) => {
        const q = next.programmes[i];
        for (const k of [
          "entity",
          "strategicArea",
          "strategicProgramme",
          "objective",
          "benefits",
          "description",
          "budget",
          "responsible",
          "stakeholders",
          "phases",
          "extra",
        ] as const)
          expect(q[k]).toEqual(p[k]);
      });
      const y = next.firstYear;
      expect(next.indicators).toHaveLength(plan.indicators.length);
      plan.indicators.forEach((old, i) => {
        const ind = next.indicators[i];
        for (const k of [
          "id",
          "programme",
          "kind",
          "group",
          "name",
          "formula",
          "typology",
          "unit",
          "source",
          "pareto",
          "polarity",
          "polarityInferred",
          "extra",
        ] as const)
          expect(ind[k]).toEqual(old[k]);
        // targets by calendar year; the new third year empty, the old first year and the triennium gone
        expect(ind.targets[String(y)]).toEqual(old.targets[String(y)]);
        expect(ind.targets[String(y + 1)]).toEqual(old.targets[String(y + 1)]);
        expect(ind.targets[String(y + 2)]).toBeUndefined();
        expect(ind.targets[String(y - 1)]).toBeUndefined();
        expect(ind.targets.triennium).toBeUndefined();
        // nothing observed carries
        expect(ind.actuals).toEqual({});
        expect(ind.reportedPerformance).toBeNull();
        expect(ind.notes).toEqual([]);
        // the closed year's observation: 31/12, else the latest of that year
        const closed = y - 1;
        const end = old.actuals[`${closed}-12-31`];
        const days = Object.keys(old.actuals)
          .filter((d) => d.startsWith(`${closed}-`) && old.actuals[d].kind !== "missing")
          .sort();
        if (end && end.kind !== "missing")
          expect(ind.baseline).toEqual({ date: `${closed}-12-31`, ...end });
        else if (days.length)
          expect(ind.baseline).toEqual({
            date: days[days.length - 1],
            ...old.actuals[days[days.length - 1]],
          });
        else expect(ind.baseline).toBeUndefined();
        // the analyst is told of every missing target of the new triennium
        const missing = [y, y + 1, y + 2].filter(
          (k) => !ind.targets[String(k)] || ind.targets[String(k)].kind === "missing"
        );
        const note = notes.find((n) => n.kind === "target-missing" && n.indicator === ind.id);
        expect(note?.message.it.includes(String(y + 2))).toBe(missing.length > 0);
        expect(missing.length > 0).toBe(true); // the third year is always missing
      });
      // the new plan is a valid plan JSON, baselines included
      const back = readPlanJson(writePlanJson(next));
      expect(back.ok && back.plan).toEqual(next);
    });
  }

  it("follows the catalogue: renamed titles and retired codes, each said", () => {
    const plan = reference();
    const p = plan.programmes[0];
    expect(p.mission + p.programme).toBe("011005");
    plan.programmes[1].mission = "032";
    plan.programmes[1].programme = "004";
    const { plan: next, notes } = rollover(plan);
    expect(next.programmes[0].title).toBe(
      "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo"
    );
    expect(
      notes.filter((n) => n.programme === p.id && n.indicator === null).map((n) => n.kind)
    ).toEqual(["title-changed"]);
    expect(next.programmes[1]).toMatchObject({ mission: "032", programme: "003" });
    expect(
      notes
        .filter((n) => n.programme === plan.programmes[1].id && n.indicator === null)
        .map((n) => n.kind)
    ).toEqual(["code-retired"]);
    // «ed»/«e» is not a change of title
    expect(notes.filter((n) => n.kind === "title-changed").map((n) => n.programme)).not.toContain(
      plan.programmes.find((q) => q.title.startsWith("Promozione ed attuazione"))?.id
    );
  });

  it("tells each carried target already below its baseline, by polarity", () => {
    const plan = example();
    const ind = plan.indicators[0];
    ind.polarity = "higher";
    ind.actuals = { [`${plan.firstYear}-12-31`]: { raw: "80%", kind: "percent", value: 0.8 } };
    ind.targets[String(plan.firstYear + 1)] = { raw: "75%", kind: "percent", value: 0.75 };
    ind.targets[String(plan.firstYear + 2)] = { raw: "85%", kind: "percent", value: 0.85 };
    const low = plan.indicators[1];
    low.polarity = "lower";
    low.actuals = { [`${plan.firstYear}-09-30`]: { raw: "10", kind: "number", value: 10 } };
    low.targets = {
      [String(plan.firstYear + 1)]: { raw: "12", kind: "number", value: 12 },
      [String(plan.firstYear + 2)]: { raw: "8", kind: "number", value: 8 },
    };
    const { notes, plan: next } = rollover(plan);
    const below = notes.filter((n) => n.kind === "target-below-baseline");
    expect(below.map((n) => [n.indicator, n.field])).toEqual(
      expect.arrayContaining([
        [ind.id, `targets.${plan.firstYear + 1}`],
        [low.id, `targets.${plan.firstYear + 1}`],
      ])
    );
    expect(below.filter((n) => n.indicator === ind.id || n.indicator === low.id)).toHaveLength(2);
    expect(next.indicators[1].baseline?.date).toBe(`${plan.firstYear}-09-30`);
  });

  it("goes to a later year when asked, and refuses an earlier one", () => {
    const plan = example();
    const r = rollover(plan, plan.firstYear + 2);
    expect(r.plan.firstYear).toBe(plan.firstYear + 2);
    expect(Object.keys(r.plan.indicators[0].targets)).toEqual([String(plan.firstYear + 2)]);
    expect(rolloverYearProblem(plan, plan.firstYear)).not.toBeNull();
    expect(() => rollover(plan, plan.firstYear)).toThrow(RangeError);
  });

  it("moves the years of the title", () => {
    expect(nextTitle("PIRA 2020-2022", 2020, 2021)).toBe("PIRA 2021-2023");
    expect(nextTitle("Piano 2021 – Valdarno", 2021, 2022)).toBe("Piano 2022 – Valdarno");
    expect(nextTitle("Piano", 2021, 2022)).toBe("Piano");
    expect(nextTitle("Piano 2019 e 2021", 2021, 2022)).toBe("Piano 2019 e 2021");
  });
});
