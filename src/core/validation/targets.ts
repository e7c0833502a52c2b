/**
 * Targets across the triennium: a zero target between two non-zero ones of the same sign
 * ("50%, 0%, 50%") is almost always a typing slip.
 */
import type Decimal from "decimal.js";
import { message } from "../message";
import type { PlanValue } from "../plan";
import type { ValidationContext } from "./context";
import { indicatorLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

function quantity(ctx: ValidationContext, v: PlanValue | undefined): Decimal | null {
  const t = ctx.typed(v);
  return t.kind === "number" || t.kind === "percent" || t.kind === "currency" ? t.number : null;
}

export function targetTrend(ctx: ValidationContext): void {
  const years = [ctx.firstYear, ctx.firstYear + 1, ctx.firstYear + 2].map(String);
  for (const ind of ctx.plan.indicators) {
    if (ind.kind !== "indicator") continue;
    const b = quantity(ctx, ind.targets[years[1]]);
    if (!b || !b.isZero()) continue;
    const a = quantity(ctx, ind.targets[years[0]]);
    const c = quantity(ctx, ind.targets[years[2]]);
    if (!a || !c) continue;
    if (a.isZero() || c.isZero() || a.isNegative() !== c.isNegative()) continue;
    const raws = years.map((y) => quoted(ind.targets[y].raw));
    ctx.emit(
      C.targetGap,
      message(
        `Indicatore ${indicatorLabel(ind)}: target ${years.join(", ")} = ${raws.join(", ")}: uno zero tra due target non nulli. Verificare il target ${years[1]} (probabilmente ${raws[0]}).`,
        `Indicator ${indicatorLabel(ind)}: targets ${years.join(", ")} = ${raws.join(", ")}: a zero between two non-zero targets. Check the ${years[1]} target (probably ${raws[0]}).`
      ),
      ctx.atIndicator(ind, `targets.${years[1]}`)
    );
  }
}
