/**
 * Summary of a plan by entity, mission and programme: indicators, how many have a target and an
 * actual, how many are achieved / partly / not achieved, mean achievement, budget.
 */
import { missionTitle } from "../catalogue";
import type { Indicator, Plan, Programme } from "../plan";
import {
  basisActual,
  basisTarget,
  DEFAULT_THRESHOLDS,
  indicatorAchievement,
  outcome,
  type Achievement,
} from "../performance";
import type { Thresholds } from "./thresholds";

export type SummaryLevel = "total" | "entity" | "mission" | "programme";

export interface SummaryRow {
  level: SummaryLevel;
  /** entity id, mission code "011", programme code "011.005"; "" for the total */
  code: string;
  label: string;
  /** the entity the row belongs to (null for the total) */
  entity: string | null;
  /** programme id (programme rows only) */
  programme: string | null;
  indicators: number;
  withTarget: number;
  withActual: number;
  achieved: number;
  partly: number;
  notAchieved: number;
  /** indicators whose achievement cannot be computed (n.d., unreadable) */
  notComputed: number;
  /** mean of the computable achievements (fraction), null when none */
  meanAchievement: number | null;
  /** sum of the programmes' budget amounts, null when none has an amount */
  budget: number | null;
}

function present(v: { value: { kind: string } | undefined }): boolean {
  return !!v.value && v.value.kind !== "missing";
}

/** What each level counts of an indicator: found once, though the indicator is in four levels. */
interface Facts {
  withTarget: boolean;
  withActual: boolean;
  achievement: Achievement;
}

function tally(
  level: SummaryLevel,
  code: string,
  label: string,
  entity: string | null,
  programme: string | null,
  programmes: Programme[],
  indicators: Indicator[],
  th: Thresholds,
  factsOf: (ind: Indicator) => Facts
): SummaryRow {
  const row: SummaryRow = {
    level,
    code,
    label,
    entity,
    programme,
    indicators: indicators.length,
    withTarget: 0,
    withActual: 0,
    achieved: 0,
    partly: 0,
    notAchieved: 0,
    notComputed: 0,
    meanAchievement: null,
    budget: null,
  };
  let sum = 0;
  let n = 0;
  for (const ind of indicators) {
    const f = factsOf(ind);
    if (f.withTarget) row.withTarget++;
    if (f.withActual) row.withActual++;
    const a = f.achievement;
    if (!a.ok) {
      row.notComputed++;
      continue;
    }
    const o = outcome(a.value, th.low, th.high);
    if (o === "raggiunto") row.achieved++;
    else if (o === "parzialmente raggiunto") row.partly++;
    else row.notAchieved++;
    sum += a.value.toNumber();
    n++;
  }
  row.meanAchievement = n ? sum / n : null;
  const amounts = programmes
    .map((p) => p.budget?.amount)
    .filter((x): x is number => typeof x === "number");
  row.budget = amounts.length ? amounts.reduce((s, x) => s + x, 0) : null;
  return row;
}

function programmeLabel(p: Programme): string {
  return [p.title, p.strategicProgramme].filter((x) => x && x.trim()).join(" — ");
}

/**
 * Rows: for each entity, the entity, then each mission and its programmes; the total last.
 * `achievements`: each indicator's achievement, when the caller has them already (each is computed
 * once either way, not once per level); the map is filled with those it had not.
 */
export function summary(
  plan: Plan,
  thresholds: Thresholds = { ...DEFAULT_THRESHOLDS },
  achievements: Map<Indicator, Achievement> = new Map()
): SummaryRow[] {
  const achievementOf = (ind: Indicator): Achievement => {
    let a = achievements.get(ind);
    if (!a) {
      a = indicatorAchievement(ind, plan.firstYear);
      achievements.set(ind, a);
    }
    return a;
  };
  const facts = new Map<Indicator, Facts>();
  const factsOf = (ind: Indicator): Facts => {
    let f = facts.get(ind);
    if (!f) {
      f = {
        withTarget: present(basisTarget(ind, plan.firstYear)),
        withActual: present(basisActual(ind, plan.firstYear)),
        achievement: achievementOf(ind),
      };
      facts.set(ind, f);
    }
    return f;
  };
  const byProgramme = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    const list = byProgramme.get(ind.programme) ?? [];
    list.push(ind);
    byProgramme.set(ind.programme, list);
  }
  const indicatorsOf = (ps: Programme[]) => ps.flatMap((p) => byProgramme.get(p.id) ?? []);
  const rows: SummaryRow[] = [];
  // each id once, in order of first appearance (a set, not a search of the list per id)
  const entityIds = [
    ...new Set([...plan.entities.map((e) => e.id), ...plan.programmes.map((p) => p.entity)]),
  ];
  for (const entityId of entityIds) {
    const ps = plan.programmes.filter((p) => p.entity === entityId);
    const name = plan.entities.find((e) => e.id === entityId)?.name ?? entityId;
    rows.push(
      tally("entity", entityId, name, entityId, null, ps, indicatorsOf(ps), thresholds, factsOf)
    );
    const missions = [...new Set(ps.map((p) => p.mission))].sort();
    for (const m of missions) {
      const mps = ps.filter((p) => p.mission === m);
      rows.push(
        tally(
          "mission",
          m,
          missionTitle(m) ?? "",
          entityId,
          null,
          mps,
          indicatorsOf(mps),
          thresholds,
          factsOf
        )
      );
      for (const p of mps) {
        rows.push(
          tally(
            "programme",
            `${p.mission}.${p.programme}`,
            programmeLabel(p),
            entityId,
            p.id,
            [p],
            indicatorsOf([p]),
            thresholds,
            factsOf
          )
        );
      }
    }
  }
  rows.push(
    tally("total", "", "", null, null, plan.programmes, plan.indicators, thresholds, factsOf)
  );
  return rows;
}
