/** Outcome bands of an achievement: thresholds are set by each body; 70% and 90% are common. */
import Decimal from "decimal.js";

export type Outcome = "raggiunto" | "parzialmente raggiunto" | "non raggiunto";

export const DEFAULT_THRESHOLDS = { low: 0.7, high: 0.9 } as const;

export function outcome(
  achieved: Decimal | number,
  low: number = DEFAULT_THRESHOLDS.low,
  high: number = DEFAULT_THRESHOLDS.high
): Outcome {
  const a = new Decimal(achieved);
  if (a.gte(high)) return "raggiunto";
  if (a.gte(low)) return "parzialmente raggiunto";
  return "non raggiunto";
}
