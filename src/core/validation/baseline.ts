/**
 * A plan that starts from baselines (a rolled-over plan: `pira rollover`, «Nuovo anno»): every
 * indicator needs a target for the triennium's new year (only the analyst can set it), and no
 * target should be below the value already observed (a goal met before it is set). Progress
 * indicators are judged on their triennium target by the completeness rules instead.
 */
import { comparablePair } from "../performance";
import { message } from "../message";
import type { Indicator, PlanValue } from "../plan";
import { comparisonPolarity } from "../values";
import type { ValidationContext } from "./context";
import { indicatorLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

function belowBaseline(ctx: ValidationContext, ind: Indicator, target: PlanValue): boolean {
  if (!ind.baseline) return false;
  const t = ctx.typed(target);
  const b = ctx.typed(ind.baseline);
  const dir = t.comparison
    ? comparisonPolarity(t.comparison)
    : ind.polarity === "higher" || ind.polarity === "lower"
      ? ind.polarity
      : null;
  if (dir === null) return false;
  const pair = comparablePair(t, b);
  if (pair === null) return false;
  return dir === "higher" ? pair.a.lt(pair.t) : pair.a.gt(pair.t);
}

export function baselineChecks(ctx: ValidationContext): void {
  const indicators = ctx.plan.indicators;
  if (!ctx.rolledOver) return;
  const newYear = ctx.years[2];
  for (const ind of indicators) {
    if (ind.kind === "progress") continue;
    const name = indicatorLabel(ind);
    if (ctx.typed(ind.targets[newYear]).kind === "missing")
      ctx.emit(
        C.newYearTargetMissing,
        message(
          `Indicatore ${name}: manca il target ${newYear}, il nuovo anno del triennio. Indicare il valore obiettivo (il piano precedente non lo aveva).`,
          `Indicator ${name}: the ${newYear} target is missing, the triennium's new year. State the target value (the previous plan did not have it).`
        ),
        ctx.atIndicator(ind, `targets.${newYear}`)
      );
    if (!ind.baseline) continue;
    for (const year of ctx.years) {
      const t = ind.targets[year];
      if (!t || !belowBaseline(ctx, ind, t)) continue;
      ctx.emit(
        C.targetBelowBaseline,
        message(
          `Indicatore ${name}: il target ${year} ${quoted(t.raw)} è sotto il valore di partenza ${quoted(ind.baseline.raw)} (${ind.baseline.date}): un obiettivo già raggiunto. Rivedere il target o spiegare perché.`,
          `Indicator ${name}: the ${year} target ${quoted(t.raw)} is below the baseline ${quoted(ind.baseline.raw)} (${ind.baseline.date}): a goal already met. Review the target or explain why.`
        ),
        ctx.atIndicator(ind, `targets.${year}`)
      );
    }
  }
}
