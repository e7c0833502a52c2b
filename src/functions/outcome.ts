/*
 * OUTCOME: the band of an achievement — "raggiunto" from the high threshold up, "parzialmente
 * raggiunto" from the low one, else "non raggiunto". Thresholds default to 70% and 90%.
 */
import type Decimal from "decimal.js";
import type { Message } from "../core/message";
import { DEFAULT_THRESHOLDS, outcome, type Outcome } from "../core/performance";
import { formatItalianNumber } from "../core/values";
import { LABELS } from "./arguments";
import { numberOf, omitted, valueArgument } from "./cells";
import { about, failure, isFailure, type Failure } from "./errors";

function threshold(x: unknown, fallback: number, label: Message): number | Failure {
  if (omitted(x)) return fallback;
  const v = valueArgument(x, label);
  if (isFailure(v)) return v;
  if (v.kind === "missing") return fallback;
  const n = numberOf(v, label);
  if (isFailure(n)) return n;
  return n.toNumber();
}

export function outcomeOf(achievement: unknown, low: unknown, high: unknown): Outcome | Failure {
  const v = valueArgument(achievement, LABELS.achievement);
  if (isFailure(v)) return v;
  if (v.kind === "missing") {
    return about(
      LABELS.achievement,
      failure(
        "missing",
        "non disponibile (vuoto o n.d.): esito non determinabile",
        "not available (blank or n.d.): no outcome"
      )
    );
  }
  const a: Decimal | Failure = numberOf(v, LABELS.achievement);
  if (isFailure(a)) return a;
  const lo = threshold(low, DEFAULT_THRESHOLDS.low, LABELS.low);
  if (isFailure(lo)) return lo;
  const hi = threshold(high, DEFAULT_THRESHOLDS.high, LABELS.high);
  if (isFailure(hi)) return hi;
  if (lo > hi) {
    return failure(
      "invalid",
      `soglie invertite: la soglia bassa (${formatItalianNumber(lo)}) supera quella alta (${formatItalianNumber(hi)})`,
      `thresholds the wrong way round: the low one (${lo}) is above the high one (${hi})`
    );
  }
  return outcome(a, lo, hi);
}
