/** Export: the plan as JSON with its computed fields (performance, outcome) by the plan's thresholds. */
import { writePlanJson } from "../core/plan";
import { withComputed } from "../workbook";
import type { LoadedPlan } from "./loaded";

export function exportPlanJson(loaded: Pick<LoadedPlan, "plan" | "settings">): string {
  return writePlanJson(withComputed(loaded.plan, loaded.settings.thresholds));
}
