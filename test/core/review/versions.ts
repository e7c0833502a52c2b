/**
 * Second versions of a plan, as a separate import would make them: every id renumbered, the
 * rows in another order, so that nothing but what the indicators are can match them.
 */
import type { Indicator, Plan } from "../../../src/core/plan/types";
import { toPlanValue } from "../../../src/core/values";

export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** The same plan with fresh ids for entities, programmes and indicators, and the rows reversed. */
export function separateImport(plan: Plan): Plan {
  const out = clone(plan);
  const ent = new Map(out.entities.map((e, i) => [e.id, `ente-${i + 1}`]));
  const prog = new Map(out.programmes.map((p, i) => [p.id, `prog-${i + 1}`]));
  for (const e of out.entities) e.id = ent.get(e.id) as string;
  for (const p of out.programmes) {
    p.id = prog.get(p.id) as string;
    p.entity = ent.get(p.entity) as string;
  }
  out.indicators.forEach((ind, i) => {
    ind.id = `x${1000 + i}`;
    ind.programme = prog.get(ind.programme) as string;
  });
  out.indicators.reverse();
  out.programmes.reverse();
  return out;
}

export const v = toPlanValue;

/** The indicator of a version that was the original's `ind` (same name, else same formula). */
export function find(plan: Plan, name: string): Indicator {
  const hit = plan.indicators.find((x) => x.name === name);
  if (!hit) throw new Error(`no indicator «${name}»`);
  return hit;
}
