/*
 * DEVIATION: actual − target, or (actual − target) / |target| when relative, on the values as
 * the achievement rule compares them (a bare number against a percentage is percentage points).
 */
import { message } from "../core/message";
import { deviation } from "../core/performance";
import { LABELS } from "./arguments";
import { valueArgument } from "./cells";
import { finite, isFailure, type Failure } from "./errors";

const RESULT = message("scostamento", "deviation");

export function deviationOf(actual: unknown, target: unknown, relative: boolean): number | Failure {
  const a = valueArgument(actual, LABELS.actual);
  if (isFailure(a)) return a;
  const t = valueArgument(target, LABELS.target);
  if (isFailure(t)) return t;
  const r = deviation(a, t, relative);
  if (!r.ok) return { failure: r.code, reason: r.reason };
  return finite(r.value.toNumber(), RESULT);
}
