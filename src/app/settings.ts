/**
 * The settings every action honours: outcome thresholds, the formula style, the validation rules
 * switched off. They live in the workbook (the Piano table's settings rows, src/workbook/columns/settings.ts)
 * and are read with its tables by every action (workbook.ts); where the workbook says nothing the
 * defaults below apply. Light on purpose (types and constants only): the task pane's first screen
 * imports it.
 */
import type { BackendKind, Thresholds, FormulaStyle, WorkbookSettings } from "../workbook";

export interface Settings {
  thresholds: Thresholds;
  formulaStyle: FormulaStyle;
  /** rule codes or families, as the workbook stores them */
  disabledRules: string[];
}

export const FORMULA_STYLES: readonly FormulaStyle[] = ["pira", "native", "values"];

/**
 * The outcome bands most bodies use (the core's DEFAULT_THRESHOLDS; a test keeps them equal):
 * not imported from the core, so the pane's first screen does not load the decimal arithmetic.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { low: 0.7, high: 0.9 };

/** In Excel the PIRA functions are there; a file opened elsewhere needs ordinary formulas. */
export function defaultSettings(kind: BackendKind): Settings {
  return {
    thresholds: { ...DEFAULT_THRESHOLDS },
    formulaStyle: kind === "excel" ? "pira" : "native",
    disabledRules: [],
  };
}

/** The workbook's stored settings over the defaults (what it does not say stays default). */
export function settingsFrom(stored: WorkbookSettings | null, kind: BackendKind): Settings {
  const d = defaultSettings(kind);
  if (!stored) return d;
  return {
    thresholds: stored.thresholds ? { ...stored.thresholds } : d.thresholds,
    formulaStyle: stored.formulas ?? d.formulaStyle,
    disabledRules: [...stored.disabledRules],
  };
}

export type ThresholdProblem = "range" | "order" | null;

/** Thresholds are fractions with 0 ≤ low < high ≤ 1 (a "raggiunto" band must exist). */
export function thresholdProblem(t: Thresholds): ThresholdProblem {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!ok(t.low) || !ok(t.high)) return "range";
  if (t.low >= t.high) return "order";
  return null;
}
