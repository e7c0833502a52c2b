/**
 * The computed columns of an indicator as values, from the core's rules (src/core/performance):
 * the two compared figures, achievement, deviation, outcome. Also which computation path a row
 * takes, so the formula writers know whether ordinary Excel formulas can express it.
 */
import type { Indicator, PlanValue } from "../../core/plan";
import {
  achievement,
  basisActual,
  basisTarget,
  deviation,
  outcome,
  typedOrMissing,
  type Achievement,
} from "../../core/performance";
import type { PiraValue } from "../../core/values";
import { WORDS } from "../columns/names";
import type { Scalar } from "./spec";

export interface Thresholds {
  low: number;
  high: number;
}

/**
 * How a row is computed. numeric: two quantities (number, percent, €), higher or lower is better;
 * yesno: two flags; qualitative: two ratings; values: a case ordinary formulas cannot express
 * ("4 su 8", a yes/no word against a quantity, unreadable text) — computed here, written as values.
 */
export type RowPath = "numeric" | "yesno" | "qualitative" | "values";

const QUANTITY = new Set(["number", "percent", "currency", "missing"]);

/** A value that came from a bare spreadsheet number (no text): the core treats it apart. */
function nativeNumber(v: PlanValue | undefined): boolean {
  return !!v && v.raw.trim() === "" && typeof v.value === "number";
}

export interface RowBasis {
  actualKey: string;
  targetKey: string;
  /** "actuals" or "targets" section of each key */
  actual: PiraValue;
  target: PiraValue;
  path: RowPath;
  /** why the row is computed as values, when path is "values" */
  why?: string;
}

export function rowBasis(ind: Indicator, firstYear: number): RowBasis {
  const a = basisActual(ind, firstYear);
  const t = basisTarget(ind, firstYear);
  const actual = typedOrMissing(a.value);
  const target = typedOrMissing(t.value);
  const base = { actualKey: a.key, targetKey: t.key, actual, target };
  if (nativeNumber(a.value) || nativeNumber(t.value))
    return { ...base, path: "values", why: "valore senza testo" };
  const kinds = [actual.kind, target.kind];
  if (ind.polarity === "yesno") {
    return kinds.every((k) => k === "yesno" || k === "number" || k === "missing")
      ? { ...base, path: "yesno" }
      : { ...base, path: "values", why: "valori non sì/no" };
  }
  if (ind.polarity === "qualitative" || kinds.includes("qualitative")) {
    return kinds.every((k) => k === "qualitative" || k === "missing")
      ? { ...base, path: "qualitative" }
      : { ...base, path: "values", why: "giudizio confrontato con un altro tipo di valore" };
  }
  if (kinds.every((k) => QUANTITY.has(k))) return { ...base, path: "numeric" };
  const odd = kinds.find((k) => !QUANTITY.has(k));
  return {
    ...base,
    path: "values",
    why: odd === "ratio" ? "valore «x su y»" : `valore di tipo ${odd}`,
  };
}

/** "n.d." for missing data, "n.c." (not computable) for anything else the rule rejects. */
function failureWord(a: Achievement): string {
  return !a.ok && a.code === "missing" ? WORDS.notAvailable : WORDS.notComputable;
}

function resultCell(a: Achievement): Scalar {
  return a.ok ? a.value.toNumber() : failureWord(a);
}

const PERCENT_POINTS = 100;

/** The figure of one side as the formulas show it: percent points become a fraction against a percent. */
function sideFigure(v: PiraValue, other: PiraValue, path: RowPath): Scalar {
  if (v.kind === "missing") return WORDS.notAvailable;
  if (path === "qualitative") return v.raw.trim().toLowerCase();
  if (path === "yesno") {
    if (v.kind === "yesno") return v.yes ? 1 : 0;
    return v.number ? v.number.toNumber() : WORDS.notComputable;
  }
  if (!v.number || v.kind === "text") return WORDS.notComputable;
  const n = v.number;
  if (path === "numeric" && other.kind === "percent" && v.kind !== "percent")
    return n.div(PERCENT_POINTS).toNumber();
  return n.toNumber();
}

export interface ComputedValues {
  actual: Scalar;
  target: Scalar;
  achievement: Scalar;
  deviation: Scalar;
  outcome: Scalar;
}

/** The computed columns of one indicator, as values (`b`: its rowBasis, when the caller has it). */
export function computeValues(
  ind: Indicator,
  firstYear: number,
  thresholds: Thresholds,
  b: RowBasis = rowBasis(ind, firstYear)
): ComputedValues {
  const ach = achievement(b.actual, b.target, ind.polarity);
  const dev = deviation(b.actual, b.target);
  return {
    actual: sideFigure(b.actual, b.target, b.path),
    target: sideFigure(b.target, b.actual, b.path),
    achievement: resultCell(ach),
    deviation: resultCell(dev),
    outcome: ach.ok ? outcome(ach.value, thresholds.low, thresholds.high) : failureWord(ach),
  };
}
