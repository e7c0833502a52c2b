/** The achievement of a plan's indicator for the plan's first year, as the published tables report it. */
import type { Indicator, PlanValue } from "../plan";
import { piraFromPlanValue, type PiraValue } from "../values";
import { achievement, type Achievement } from "./achievement";

const MISSING: PiraValue = { raw: "", kind: "missing", number: null };

/** Keys of the closing dates of a year: interim (30 September) and year end (31 December). */
export function interimKey(year: number): string {
  return `${year}-09-30`;
}
export function yearEndKey(year: number): string {
  return `${year}-12-31`;
}

/**
 * The actual the rule uses: the year-end actual where the indicator has that column, else the
 * interim one (tables with only the 30/09 column, such as Salute finanziaria). An "n.d." year-end
 * actual stays n.d.: there is no fallback to the interim value.
 */
export function basisActual(
  ind: Indicator,
  year: number
): { key: string; value: PlanValue | undefined } {
  const end = yearEndKey(year);
  if (end in ind.actuals) return { key: end, value: ind.actuals[end] };
  const interim = interimKey(year);
  return { key: interim, value: ind.actuals[interim] };
}

/** The basis target: the year's target; a progress indicator without one is measured on its triennium target. */
export function basisTarget(
  ind: Indicator,
  year: number
): { key: string; value: PlanValue | undefined } {
  const key = String(year);
  if (ind.targets[key] || ind.kind !== "progress") return { key, value: ind.targets[key] };
  return { key: "triennium", value: ind.targets.triennium };
}

export function typedOrMissing(v: PlanValue | undefined): PiraValue {
  return v ? piraFromPlanValue(v) : MISSING;
}

export function indicatorAchievement(ind: Indicator, firstYear: number, cap = true): Achievement {
  const actual = typedOrMissing(basisActual(ind, firstYear).value);
  const target = typedOrMissing(basisTarget(ind, firstYear).value);
  return achievement(actual, target, ind.polarity, cap);
}
