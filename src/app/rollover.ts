/**
 * Nuovo anno / `pira rollover`: the plan of the next triennium from any input, and the report of
 * what needs the analyst (written beside the new plan). The new workbook keeps the old one's
 * settings (thresholds, rules switched off, formula style).
 */
import type { Lang } from "../core/message";
import { rollover, rolloverYearProblem, type RolloverResult } from "../core/review";
import { failure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import type { Settings } from "./settings";

export interface RolledOver {
  ok: true;
  result: RolloverResult;
  /** the settings the new plan's workbook takes (the old plan's) */
  settings: Settings;
}

/** The next triennium of a loaded plan (`year`: by default its first year + 1). */
export function rolloverLoaded(
  loaded: Pick<LoadedPlan, "plan" | "settings">,
  year?: number
): RolledOver | Failure {
  const y = year ?? loaded.plan.firstYear + 1;
  const problem = rolloverYearProblem(loaded.plan, y);
  if (problem) return failure(problem, "checkInput");
  return { ok: true, result: rollover(loaded.plan, y), settings: loaded.settings };
}

/** The rollover report as JSON: what was carried, and each note for the analyst. */
export function rolloverReportJson(
  from: { title: string; firstYear: number },
  result: RolloverResult,
  lang: Lang
): string {
  const counts: Record<string, number> = {};
  for (const n of result.notes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  return `${JSON.stringify(
    {
      format: "pira-rollover-report",
      version: 1,
      from: { title: from.title, firstYear: from.firstYear },
      to: { title: result.plan.title, firstYear: result.plan.firstYear },
      indicators: result.plan.indicators.length,
      programmes: result.plan.programmes.length,
      counts,
      notes: result.notes.map((n) => ({
        kind: n.kind,
        programme: n.programme,
        indicator: n.indicator,
        field: n.field,
        message: n.message[lang],
      })),
    },
    null,
    2
  )}\n`;
}
