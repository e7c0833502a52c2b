/*
 * WEIGHTED: the weighted mean of achievements, Σ(achievement · weight) / Σ weight, the roll-up of
 * indicators into an objective. An achievement that is blank or "n.d." is left out with its
 * weight; a present achievement without a weight is missing data (#N/A), since leaving it out
 * silently would change the result.
 */
import Decimal from "decimal.js";
import { message } from "../core/message";
import { LABELS } from "./arguments";
import { gridOf, numberOf, position, ragged, sizeText, valueArgument } from "./cells";
import { about, failure, finite, isFailure, type Failure } from "./errors";

const RESULT = message("media ponderata", "weighted mean");

export function weightedMean(achievements: unknown, weights: unknown): number | Failure {
  const A = gridOf(achievements, LABELS.achievements);
  if (isFailure(A)) return A;
  const W = gridOf(weights, LABELS.weights);
  if (isFailure(W)) return W;
  const rows = A.length;
  const cols = A[0].length;
  if (W.length !== rows || W[0].length !== cols) {
    return failure(
      "invalid",
      `raggiungimenti ${sizeText(A)} e pesi ${sizeText(W)}: attesi due intervalli della stessa dimensione`,
      `achievements ${sizeText(A)} and weights ${sizeText(W)}: expected two ranges of the same size`
    );
  }
  let sum = new Decimal(0);
  let total = new Decimal(0);
  let counted = 0;
  for (let i = 0; i < rows; i++) {
    const aRow = A[i];
    const wRow = W[i];
    if (!Array.isArray(aRow) || aRow.length !== cols) return ragged(LABELS.achievements, i);
    if (!Array.isArray(wRow) || wRow.length !== cols) return ragged(LABELS.weights, i);
    for (let j = 0; j < cols; j++) {
      const where = position(i, j, cols);
      const a = valueArgument(aRow[j], LABELS.achievement);
      if (isFailure(a)) return about(where, a);
      if (a.kind === "missing") continue;
      const x = numberOf(a, LABELS.achievement);
      if (isFailure(x)) return about(where, x);
      const w = valueArgument(wRow[j], LABELS.weight);
      if (isFailure(w)) return about(where, w);
      if (w.kind === "missing") {
        return about(
          where,
          failure(
            "missing",
            `manca il peso del raggiungimento «${a.raw}»`,
            `the achievement «${a.raw}» has no weight`
          )
        );
      }
      const y = numberOf(w, LABELS.weight);
      if (isFailure(y)) return about(where, y);
      if (y.isNegative() && !y.isZero()) {
        return about(
          where,
          failure(
            "invalid",
            `peso negativo «${w.raw}»: i pesi devono essere zero o positivi`,
            `negative weight «${w.raw}»: weights must be zero or positive`
          )
        );
      }
      sum = sum.plus(x.times(y));
      total = total.plus(y);
      counted++;
    }
  }
  if (counted === 0) {
    return failure(
      "missing",
      "nessun raggiungimento disponibile: tutti vuoti o n.d.",
      "no achievement available: all blank or n.d."
    );
  }
  if (total.isZero()) {
    return failure(
      "div0",
      "la somma dei pesi è zero: media ponderata non definita",
      "the weights add up to zero: the weighted mean is undefined"
    );
  }
  return finite(sum.div(total).toNumber(), RESULT);
}
