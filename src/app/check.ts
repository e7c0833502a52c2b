/**
 * The check of a plan as an action found it: what reading the input found, then the plan's rules
 * (src/core/validation), each diagnostic at the place to fix it. Its own module, apart from the
 * workbook side of validate.ts (the "Verifica" sheet), so that `pira validate plan.json` loads
 * the rules and not the workbook layer.
 */
import {
  countDiagnostics,
  disabledRuleCodes,
  validatePlan,
  type ValidationResult,
} from "../core/validation";
import type { LoadedPlan } from "./loaded";

export interface CheckOptions {
  /** rules switched off besides the workbook's own */
  disabledRules?: string[];
  /** the date the plan is judged at (YYYY-MM-DD; default today) */
  asOf?: string;
}

export function checkLoaded(
  loaded: Pick<LoadedPlan, "plan" | "settings" | "diagnostics" | "locations" | "place">,
  options: CheckOptions = {}
): ValidationResult {
  const rulesOff = [...loaded.settings.disabledRules, ...(options.disabledRules ?? [])];
  // the rules' own codes are switched off by validatePlan; the importer's and the reader's here
  const off = disabledRuleCodes(rulesOff).codes;
  const v = validatePlan(loaded.plan, {
    locations: loaded.locations,
    disabledRules: rulesOff,
    thresholds: loaded.settings.thresholds,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const diagnostics = [
    ...loaded.diagnostics.filter((d) => !off.has(d.code)),
    ...v.diagnostics.map((d) => loaded.place(d)),
  ];
  return { diagnostics, counts: countDiagnostics(diagnostics) };
}
