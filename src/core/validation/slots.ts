/** The value slots of an indicator (actuals, then targets), with their plan field paths. */
import type { Indicator, PlanValue } from "../plan";

export interface ValueSlot {
  /** "actuals.2020-09-30", "targets.2021", "targets.triennium" */
  field: string;
  section: "actuals" | "targets";
  key: string;
  value: PlanValue;
}

export function valueSlots(ind: Indicator): ValueSlot[] {
  const out: ValueSlot[] = [];
  for (const key of Object.keys(ind.actuals))
    out.push({ field: `actuals.${key}`, section: "actuals", key, value: ind.actuals[key] });
  for (const key of Object.keys(ind.targets))
    out.push({ field: `targets.${key}`, section: "targets", key, value: ind.targets[key] });
  return out;
}
