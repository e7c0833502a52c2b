/** Deviation (scostamento) of an actual from its target: actual − target, or relative to the target. */
import type Decimal from "decimal.js";
import { message } from "../message";
import type { PiraValue } from "../values";
import { comparablePair } from "./achievement";
import type { Achievement } from "./achievement";

export function deviation(actual: PiraValue, target: PiraValue, relative = false): Achievement {
  if (actual.kind === "missing" || target.kind === "missing") {
    return {
      ok: false,
      code: "missing",
      reason: message("valore non disponibile (n.d.)", "value not available (n.d.)"),
    };
  }
  const pair = comparablePair(actual, target);
  if (!pair)
    return {
      ok: false,
      code: "invalid",
      reason: message(
        "lo scostamento richiede valori numerici",
        "the deviation needs numeric values"
      ),
    };
  const diff: Decimal = pair.a.minus(pair.t);
  if (!relative) return { ok: true, value: diff };
  if (pair.t.isZero())
    return {
      ok: false,
      code: "div0",
      reason: message(
        "target pari a zero: scostamento relativo non definito",
        "zero target: the relative deviation is undefined"
      ),
    };
  return { ok: true, value: diff.div(pair.t.abs()) };
}
