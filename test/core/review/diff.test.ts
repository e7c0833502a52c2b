import { importDocument } from "../../../src/core/import";
import type { Plan } from "../../../src/core/plan/types";
import { readPlanJson, writePlanJson } from "../../../src/core/plan";
import { diffPlans, diffText, rollover, type PlanChange } from "../../../src/core/review";
import { exampleDocument } from "../../../src/examples";
import { seedText } from "../../helpers/seed";
import { clone, find, separateImport, v } from "./versions";

const reference = (): Plan => importDocument(seedText()).plan;
const example = (): Plan => importDocument(exampleDocument).plan;

/** A change as [kind, name, field, flags], for comparing lists. */
const brief = (c: PlanChange) => [c.kind, c.name, c.field, c.flags];

describe("diff: nothing changed", () => {
  for (const [what, load] of [
    ["the reference plan", reference],
    ["the example", example],
  ] as const) {
    it(`${what} against itself, its export and a separate import of it`, () => {
      const plan = load();
      expect(diffPlans(plan, plan).changes).toEqual([]);
      const exported = readPlanJson(writePlanJson(plan));
      expect(exported.ok && diffPlans(plan, exported.plan).changes).toEqual([]);
      expect(diffPlans(plan, separateImport(plan)).changes).toEqual([]);
      expect(diffText(diffPlans(plan, plan), "it")).toContain("Nessuna modifica.");
    });
  }
});

describe("diff: a second version of the example", () => {
  it("finds each change with its kind and flags, and nothing else", () => {
    const old = example();
    const fy = old.firstYear;
    const next = separateImport(old);
    const names = old.indicators.map((i) => i.name);
    // 1. a target lowered, below what was achieved
    const a = find(next, names[0]);
    const achievedA = Object.values(find(old, names[0]).actuals).pop();
    expect(achievedA?.kind).toBe("percent");
    a.polarity = "higher";
    find(old, names[0]).polarity = "higher";
    a.targets[String(fy + 1)] = v("50%");
    // 2. a target lowered, still above what was achieved
    const b = find(next, names[1]);
    const tb = b.targets[String(fy + 2)];
    expect(tb && typeof tb.value === "number").toBe(true);
    // 3. removed (was it achieved? the old plan says)
    const removed = names[2];
    next.indicators = next.indicators.filter((i) => i.name !== removed);
    // 4. reworded
    const c = find(next, names[3]);
    c.name = `${names[3]} (aggiornato)`;
    // 5. moved to another programme
    const d = find(next, names[4]);
    const otherProgramme = next.programmes.find(
      (p) =>
        p.id !== d.programme &&
        p.entity === next.programmes.find((q) => q.id === d.programme)?.entity
    );
    expect(otherProgramme).toBeDefined();
    const dFrom = d.programme;
    d.programme = (otherProgramme as { id: string }).id;
    // 6. formula changed, targets kept
    const e = find(next, names[5]);
    e.formula = `${e.formula ?? ""} × 100`;
    // 7. added, without a baseline
    next.indicators.push({
      ...clone(e),
      id: "nuovo",
      name: "Indicatore del tutto nuovo sulla digitalizzazione",
      formula: "Pratiche digitali / pratiche",
    });

    const diff = diffPlans(old, next);
    const got = diff.changes.map(brief);
    const bName = names[1];
    const bOld = find(old, bName).targets[String(fy + 2)];
    const lowerB = bOld && typeof bOld.value === "number" ? bOld.value * 0.99 : 0;
    expect(got).toEqual(
      expect.arrayContaining([
        ["changed", names[0], `targets.${fy + 1}`, ["target-lowered", "target-below-actual"]],
        ["removed", removed, null, expect.any(Array)],
        ["renamed", `${names[3]} (aggiornato)`, "name", []],
        ["moved", names[4], "programme", []],
        ["changed", names[5], "formula", ["series-broken"]],
        ["added", "Indicatore del tutto nuovo sulla digitalizzazione", null, ["no-baseline"]],
      ])
    );
    expect(got).toHaveLength(6);
    expect(lowerB).toBeGreaterThanOrEqual(0);
    const moved = diff.changes.find((x) => x.kind === "moved");
    expect(moved).toMatchObject({
      indicator: d.id,
      before: find(old, names[4]).programme,
      after: d.programme,
    });
    expect(dFrom).not.toBe(d.programme);
    expect(diff.counts).toEqual({
      added: 1,
      removed: 1,
      renamed: 1,
      moved: 1,
      changed: 2,
      flagged: 3 + (got.find((x) => x[0] === "removed")?.[3] as string[]).length,
    });
    // the removed one is flagged exactly when the old plan says it was not achieved
    const text = diffText(diff, "it");
    expect(text.split("\n").filter((l) => l.trim().startsWith("!")).length).toBe(
      diff.counts.flagged
    );
  });

  it("a target lowered but still above what was achieved is lowered only", () => {
    const old = example();
    const fy = old.firstYear;
    const ind = old.indicators.find((i) => {
      const t = i.targets[String(fy + 1)];
      return (
        i.polarity === "higher" &&
        t?.kind === "percent" &&
        typeof t.value === "number" &&
        t.value > 0.5 &&
        Object.values(i.actuals).some((x) => typeof x.value === "number" && x.value < 0.3)
      );
    });
    const next = separateImport(old);
    const name = ind ? ind.name : old.indicators[0].name;
    const target = find(next, name);
    target.polarity = "higher";
    find(old, name).polarity = "higher";
    find(old, name).actuals = { [`${fy}-12-31`]: v("20%") };
    find(old, name).targets[String(fy + 1)] = v("90%");
    target.targets[String(fy + 1)] = v("60%");
    expect(diffPlans(old, next).changes.map(brief)).toEqual([
      ["changed", name, `targets.${fy + 1}`, ["target-lowered"]],
    ]);
    // lower is better: a higher figure is the lowered target
    find(old, name).polarity = "lower";
    find(old, name).actuals = { [`${fy}-12-31`]: v("99%") };
    target.polarity = "lower";
    target.targets[String(fy + 1)] = v("95%");
    expect(diffPlans(old, next).changes.map(brief)).toEqual([
      ["changed", name, `targets.${fy + 1}`, ["target-lowered"]],
    ]);
  });

  it("a dropped indicator below its achieved band is flagged, one achieved is not", () => {
    const old = example();
    const fy = old.firstYear;
    const [x, y] = old.indicators;
    for (const ind of [x, y]) {
      ind.polarity = "higher";
      ind.targets[String(fy)] = v("100");
    }
    x.actuals = { [`${fy}-12-31`]: v("50") };
    y.actuals = { [`${fy}-12-31`]: v("100") };
    const next = separateImport(old);
    next.indicators = next.indicators.filter((i) => i.name !== x.name && i.name !== y.name);
    const got = diffPlans(old, next).changes.map(brief);
    expect(got).toEqual(
      expect.arrayContaining([
        ["removed", x.name, null, ["dropped-not-achieved"]],
        ["removed", y.name, null, []],
      ])
    );
  });
});

describe("diff: the reference plan, last year's against the rolled-over one", () => {
  it("reports the analyst's new third-year targets and a unit changed", () => {
    const old = reference();
    const { plan } = rollover(old);
    const next = separateImport(plan);
    const y3 = String(plan.firstYear + 2);
    const first = next.indicators[next.indicators.length - 1]; // reversed: the first of the old
    first.targets[y3] = v("10%");
    const firstOld = old.indicators[0];
    expect(first.name).toBe(firstOld.name);
    const second = find(next, old.indicators[1].name);
    second.unit = "Numero";
    const changes = diffPlans(old, next).changes.map(brief);
    // the 2023 target of the first is below its baseline (99%)
    expect(changes).toEqual(
      expect.arrayContaining([
        ["changed", firstOld.name, `targets.${y3}`, ["target-below-actual"]],
        ["changed", old.indicators[1].name, "unit", ["series-broken"]],
      ])
    );
    expect(changes).toHaveLength(2);
  });

  it("matches in a plan with repeated names (one per entity) without crossing them", () => {
    const old = reference();
    const counts = new Map<string, number>();
    for (const i of old.indicators) counts.set(i.name, (counts.get(i.name) ?? 0) + 1);
    expect([...counts.values()].some((n) => n > 1)).toBe(true);
    const next = separateImport(old);
    const repeated = next.indicators.filter((i) => (counts.get(i.name) ?? 0) > 1);
    repeated[0].source = "Altra fonte";
    const changes = diffPlans(old, next).changes;
    expect(changes.map(brief)).toEqual([["changed", repeated[0].name, "source", []]]);
    expect(changes[0].indicator).toBe(repeated[0].id);
  });
});
