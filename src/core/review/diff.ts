/**
 * What changed between two versions of a plan, for a reviewer: indicators matched by what they
 * are (match.ts), one change per field that differs, and the flags the OIV and the auditors look
 * for. Computed fields (performance, outcome), ids and the order of rows do not count.
 */
import { DEFAULT_THRESHOLDS, indicatorAchievement } from "../performance";
import type { Indicator, Plan, PlanValue } from "../plan";
import { sameText } from "./fold";
import { matchIndicators, type IndicatorMatch } from "./match";
import {
  type ChangeValue,
  type DiffCounts,
  type PlanChange,
  type PlanDiff,
  type ReviewFlag,
} from "./types";
import { absent, lessDemanding, latestObserved, sameValue } from "./values";

export interface DiffOptions {
  /** the "raggiunto" band of the older plan (default 90%): an indicator dropped below it was not achieved */
  achieved?: number;
}

const TEXT_FIELDS = ["formula", "unit", "source", "typology"] as const;

/** The target years worth comparing: each year either plan has, except those the newer triennium left. */
function targetYears(old: Plan, next: Plan, before: Indicator, after: Indicator): string[] {
  const years = new Set<string>();
  for (const k of [...Object.keys(before.targets), ...Object.keys(after.targets)])
    if (/^\d{4}$/.test(k)) years.add(k);
  const out = [...years]
    .filter(
      (y) =>
        Number(y) >= next.firstYear || (!absent(after.targets[y]) && Number(y) >= old.firstYear)
    )
    .sort();
  // the triennium's target means the same only for the same triennium
  if (old.firstYear === next.firstYear) out.push("triennium");
  return out;
}

/** What a target is judged against: the newer plan's baseline, else what the older plan observed. */
function reference(before: Indicator | null, after: Indicator, year: number): PlanValue | null {
  if (after.baseline) return after.baseline;
  if (!before) return null;
  return latestObserved(before, `${year}-12-31`)?.value ?? null;
}

function value(v: PlanValue | undefined): ChangeValue {
  return absent(v) ? null : v;
}

function pairChanges(old: Plan, next: Plan, m: IndicatorMatch): PlanChange[] {
  const { before, after } = m;
  const out: PlanChange[] = [];
  const change = (
    kind: PlanChange["kind"],
    field: string,
    b: ChangeValue,
    a: ChangeValue,
    flags: ReviewFlag[] = []
  ) =>
    out.push({
      kind,
      indicator: after.id,
      name: after.name,
      programme: after.programme,
      field,
      before: b,
      after: a,
      flags,
    });
  if (!sameText(before.name, after.name)) change("renamed", "name", before.name, after.name);
  if (m.moved) change("moved", "programme", before.programme, after.programme);
  let targetsKept = false;
  let targetsChanged = false;
  const targetChanges: (() => void)[] = [];
  for (const y of targetYears(old, next, before, after)) {
    const b = before.targets[y];
    const a = after.targets[y];
    if (sameValue(b, a)) {
      if (!absent(a)) targetsKept = true;
      continue;
    }
    targetsChanged = true;
    targetChanges.push(() => {
      const flags: ReviewFlag[] = [];
      if (lessDemanding(a, b, after)) flags.push("target-lowered");
      const ref = y === "triennium" ? null : reference(before, after, Number(y));
      if (ref && lessDemanding(a, ref, after)) flags.push("target-below-actual");
      change("changed", `targets.${y}`, value(b), value(a), flags);
    });
  }
  const seriesBroken = targetsKept && !targetsChanged;
  for (const f of TEXT_FIELDS) {
    if (sameText(before[f], after[f])) continue;
    const flags: ReviewFlag[] =
      seriesBroken && (f === "formula" || f === "unit") ? ["series-broken"] : [];
    change("changed", f, before[f], after[f], flags);
  }
  if (before.polarity !== after.polarity)
    change("changed", "polarity", before.polarity, after.polarity);
  for (const t of targetChanges) t();
  return out;
}

function addedChange(after: Indicator): PlanChange {
  const flags: ReviewFlag[] = [];
  if (!after.baseline) flags.push("no-baseline");
  else if (Object.values(after.targets).some((t) => lessDemanding(t, after.baseline, after)))
    flags.push("target-below-actual");
  return {
    kind: "added",
    indicator: after.id,
    name: after.name,
    programme: after.programme,
    field: null,
    before: null,
    after: null,
    flags,
  };
}

function removedChange(old: Plan, before: Indicator, achieved: number): PlanChange {
  const a = indicatorAchievement(before, old.firstYear);
  const notAchieved = a.ok && a.value.toNumber() < achieved;
  return {
    kind: "removed",
    indicator: before.id,
    name: before.name,
    programme: before.programme,
    field: null,
    before: null,
    after: null,
    flags: notAchieved ? ["dropped-not-achieved"] : [],
  };
}

export function countChanges(changes: readonly PlanChange[]): DiffCounts {
  const counts: DiffCounts = { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0, flagged: 0 };
  for (const c of changes) {
    counts[c.kind]++;
    if (c.flags.length > 0) counts.flagged++;
  }
  return counts;
}

/** The changes from `old` to `next`: the newer plan's order, then what was removed, in the older's. */
export function diffPlans(old: Plan, next: Plan, options: DiffOptions = {}): PlanDiff {
  const achieved = options.achieved ?? DEFAULT_THRESHOLDS.high;
  const matching = matchIndicators(old, next);
  const changes: PlanChange[] = [];
  const addedSet = new Set(matching.added);
  const pairOf = new Map(matching.pairs.map((m) => [m.after, m]));
  for (const ind of next.indicators) {
    if (addedSet.has(ind)) changes.push(addedChange(ind));
    else {
      const m = pairOf.get(ind);
      if (m) changes.push(...pairChanges(old, next, m));
    }
  }
  for (const ind of matching.removed) changes.push(removedChange(old, ind, achieved));
  return {
    format: "pira-diff",
    version: 1,
    from: { title: old.title, firstYear: old.firstYear },
    to: { title: next.title, firstYear: next.firstYear },
    changes,
    counts: countChanges(changes),
  };
}
