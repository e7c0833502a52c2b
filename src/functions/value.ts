/*
 * VALUE: the number an Italian-formatted value stands for ("98,47%" → 0,9847, "€ 3.960" → 3960,
 * "sì" → 1, "4 su 8" → 4). Blank and "n.d." are missing data.
 */
import { LABELS } from "./arguments";
import { numberOf, valueArgument } from "./cells";
import { about, failure, finite, isFailure, type Failure } from "./errors";

export function valueOf(text: unknown): number | Failure {
  const v = valueArgument(text, LABELS.text);
  if (isFailure(v)) return v;
  if (v.kind === "missing") {
    return about(
      LABELS.text,
      failure(
        "missing",
        "valore non disponibile (vuoto o n.d.)",
        "value not available (blank or n.d.)"
      )
    );
  }
  const n = numberOf(v, LABELS.text);
  if (isFailure(n)) return n;
  return finite(n.toNumber(), LABELS.text);
}
