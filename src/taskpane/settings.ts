/**
 * The pane's settings: outcome thresholds, the default formula style, validation rules switched
 * off. Loaded from and saved to the workbook through the backend, so where they live (document
 * settings in Excel, the workbook's own table) can change without touching the views.
 */
import { DEFAULT_THRESHOLDS } from "../core/performance";
import type { Thresholds } from "../workbook/computed";
import type { FormulaStyle } from "../workbook/row-cells";
import type { BackendKind, WorkbookBackend } from "./backend";

export interface Settings {
  thresholds: Thresholds;
  formulaStyle: FormulaStyle;
  disabledRules: string[];
}

export const FORMULA_STYLES: readonly FormulaStyle[] = ["pira", "native", "values"];

/** In Excel the PIRA functions are there; a file opened elsewhere needs ordinary formulas. */
export function defaultSettings(kind: BackendKind): Settings {
  return {
    thresholds: { low: DEFAULT_THRESHOLDS.low, high: DEFAULT_THRESHOLDS.high },
    formulaStyle: kind === "excel" ? "pira" : "native",
    disabledRules: [],
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

/** Whatever was stored, as settings: unknown or wrong fields fall back to the defaults. */
export function settingsFrom(stored: unknown, kind: BackendKind): Settings {
  const d = defaultSettings(kind);
  if (!stored || typeof stored !== "object") return d;
  const s = stored as Record<string, unknown>;
  const t = (s.thresholds ?? {}) as Record<string, unknown>;
  const thresholds = {
    low: typeof t.low === "number" ? t.low : d.thresholds.low,
    high: typeof t.high === "number" ? t.high : d.thresholds.high,
  };
  return {
    thresholds: thresholdProblem(thresholds) ? d.thresholds : thresholds,
    formulaStyle: FORMULA_STYLES.includes(s.formulaStyle as FormulaStyle)
      ? (s.formulaStyle as FormulaStyle)
      : d.formulaStyle,
    disabledRules: Array.isArray(s.disabledRules)
      ? s.disabledRules.filter((x): x is string => typeof x === "string")
      : d.disabledRules,
  };
}

export async function loadSettings(backend: WorkbookBackend): Promise<Settings> {
  return settingsFrom(await backend.loadSettings(), backend.kind);
}

export async function saveSettings(backend: WorkbookBackend, settings: Settings): Promise<void> {
  await backend.saveSettings({
    thresholds: { ...settings.thresholds },
    formulaStyle: settings.formulaStyle,
    disabledRules: [...settings.disabledRules],
  });
}
