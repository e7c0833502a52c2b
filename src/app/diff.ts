/**
 * Confronta / `pira diff`: what changed between two versions of a plan, whatever each came from
 * (a workbook, a plan JSON, a document, the analyst's tables). The older plan's "raggiunto" band
 * says whether a dropped indicator had been achieved.
 */
import { diffPlans, type PlanDiff } from "../core/review";
import type { Plan } from "../core/plan";
import type { LoadedPlan } from "./loaded";

export function diffLoaded(
  old: Pick<LoadedPlan, "plan" | "settings">,
  next: Pick<LoadedPlan, "plan">
): PlanDiff {
  return diffPlans(old.plan, next.plan, { achieved: old.settings.thresholds.high });
}

/** The contract's JSON document. */
export function diffJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** A programme's label for a reviewer: «011.005 La sede camerale… (Ente)», by id. */
export function programmeLabels(...plans: Plan[]): (id: string) => string {
  const labels = new Map<string, string>();
  for (const plan of plans) {
    const entities = new Map(plan.entities.map((e) => [e.id, e.name]));
    for (const p of plan.programmes) {
      if (labels.has(p.id)) continue;
      const name = (p.strategicProgramme ?? "").trim() || p.title;
      const entity = entities.get(p.entity);
      labels.set(
        p.id,
        `${p.mission}.${p.programme} ${name}${entity && plan.entities.length > 1 ? ` — ${entity}` : ""}`
      );
    }
  }
  return (id) => labels.get(id) ?? id;
}
