/**
 * Plan values as a reviewer compares them: the same value however it was written down, and which
 * of two is the less demanding for the indicator's polarity (a target's own sign wins).
 */
import { comparablePair } from "../performance";
import type { Indicator, PlanValue, Polarity } from "../plan";
import { comparisonPolarity, piraFromPlanValue } from "../values";
import { folded } from "./fold";

/** No value at all: absent, or an empty cell. */
export function absent(v: PlanValue | null | undefined): v is null | undefined {
  return v === undefined || v === null || (v.kind === "missing" && v.raw.trim() === "");
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Two values are the same: same kind and reading («1.000» and «1000»), else the same words. */
export function sameValue(
  a: PlanValue | null | undefined,
  b: PlanValue | null | undefined
): boolean {
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  if (a.kind !== b.kind || (a.comparison ?? null) !== (b.comparison ?? null)) return false;
  if (typeof a.value === "number" && typeof b.value === "number")
    return close(a.value, b.value) && (a.of ?? null) === (b.of ?? null);
  if (a.value === null || b.value === null) return folded(a.raw) === folded(b.raw);
  return typeof a.value === "string" && typeof b.value === "string"
    ? folded(a.value) === folded(b.value)
    : a.value === b.value;
}

/** The direction that is better for a target: its own sign ("≥ 90%"), else the indicator's polarity. */
export function direction(target: PlanValue, polarity: Polarity): "higher" | "lower" | null {
  if (target.comparison) return comparisonPolarity(target.comparison);
  return polarity === "higher" || polarity === "lower" ? polarity : null;
}

/**
 * `value` is less demanding than `reference` for the indicator (a lower figure where higher is
 * better, a higher one where lower is better); false when the two cannot be compared as numbers.
 */
export function lessDemanding(
  value: PlanValue | null | undefined,
  reference: PlanValue | null | undefined,
  ind: Pick<Indicator, "polarity">
): boolean {
  if (absent(value) || absent(reference)) return false;
  const dir = direction(value, ind.polarity);
  if (dir === null) return false;
  const pair = comparablePair(piraFromPlanValue(value), piraFromPlanValue(reference));
  if (pair === null) return false;
  // pair.a is value, pair.t the reference, on one scale
  return dir === "higher" ? pair.a.lt(pair.t) : pair.a.gt(pair.t);
}

/** The latest observed value of an indicator up to a day (31/12 first within its year), or null. */
export function latestObserved(
  ind: Indicator,
  upTo: string
): { date: string; value: PlanValue } | null {
  let best: { date: string; value: PlanValue } | null = null;
  for (const [date, value] of Object.entries(ind.actuals)) {
    if (date > upTo || absent(value) || value.kind === "missing") continue;
    if (best === null || date > best.date) best = { date, value };
  }
  return best;
}
