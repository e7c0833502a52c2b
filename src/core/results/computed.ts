/** The plan with its computed fields (performance, outcome) filled in, as `pira export` writes it. */
import type { Plan } from "../plan";
import { DEFAULT_THRESHOLDS, indicatorAchievement, outcome } from "../performance";
import type { Thresholds } from "./thresholds";

export function withComputed(plan: Plan, thresholds: Thresholds = { ...DEFAULT_THRESHOLDS }): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((ind) => {
      const a = indicatorAchievement(ind, plan.firstYear);
      return {
        ...ind,
        performance: a.ok ? a.value.toNumber() : null,
        outcome: a.ok ? outcome(a.value, thresholds.low, thresholds.high) : null,
      };
    }),
  };
}
