/**
 * Writing a plan as JSON v1: two-space indentation, a final newline, and a stable key order (the
 * order of docs/plan-json.md, whatever the order in memory), so that files diff cleanly.
 * actuals keys in date order; targets keys by year, then "triennium".
 * Optional keys (`of`, `annotation`, `performance`, `outcome`) are written only when present.
 */
import { FIELDS } from "./check";
import { actualKeyOrder, targetKeyOrder } from "./keys";
import type { Plan, PlanValue } from "./types";

type Obj = Record<string, unknown>;

function pick(
  o: unknown,
  keys: readonly string[],
  each: (key: string, v: unknown) => unknown = (_k, v) => v
): Obj {
  const src = o as Obj;
  const out: Obj = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = each(k, src[k]);
  return out;
}

function value(v: PlanValue | null): Obj | null {
  return v === null ? null : pick(v, FIELDS.value);
}

function valueMap(m: Record<string, PlanValue>, order: (a: string, b: string) => number): Obj {
  const out: Obj = {};
  for (const k of Object.keys(m).sort(order)) out[k] = value(m[k]);
  return out;
}

/** The plan's canonical JSON object (key order as written). */
export function planToJsonObject(plan: Plan): Obj {
  return pick(plan, FIELDS.plan, (k, v) => {
    if (k === "entities") return (v as unknown[]).map((e) => pick(e, FIELDS.entity));
    if (k === "programmes") {
      return (v as unknown[]).map((p) =>
        pick(p, FIELDS.programme, (pk, pv) => {
          if (pk === "budget") return pv === null ? null : pick(pv, FIELDS.budget);
          if (pk === "phases") return (pv as unknown[]).map((ph) => pick(ph, FIELDS.phase));
          return pv;
        })
      );
    }
    if (k === "indicators") {
      return (v as unknown[]).map((i) =>
        pick(i, FIELDS.indicator, (ik, iv) => {
          if (ik === "actuals") return valueMap(iv as Record<string, PlanValue>, actualKeyOrder);
          if (ik === "targets") return valueMap(iv as Record<string, PlanValue>, targetKeyOrder);
          if (ik === "reportedPerformance") return value(iv as PlanValue | null);
          if (ik === "baseline") return pick(iv, FIELDS.baseline);
          return iv;
        })
      );
    }
    return v;
  });
}

/** The plan as a JSON v1 text. */
export function writePlanJson(plan: Plan): string {
  return `${JSON.stringify(planToJsonObject(plan), null, 2)}\n`;
}
