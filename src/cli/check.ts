/**
 * Validation of a loaded plan: what reading the input found, then the plan's rules
 * (src/core/validation), in one result with its counts.
 */
import type { Diagnostic } from "../core/diagnostics";
import { validatePlan, type ValidationResult } from "../core/validation";
import type { LoadedPlan } from "./load";

export interface CheckOptions {
  disabledRules?: string[];
  asOf?: string;
}

export function countOf(diagnostics: Diagnostic[]): ValidationResult["counts"] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export function checkLoaded(
  loaded: Pick<LoadedPlan, "plan" | "locations" | "diagnostics">,
  options: CheckOptions = {}
): ValidationResult {
  // the rules' own codes are switched off by validatePlan; the importer's and the workbook's here
  const disabled = new Set(
    (options.disabledRules ?? []).map((c) => c.toUpperCase().replace(/^PIRA-/, ""))
  );
  const v = validatePlan(loaded.plan, {
    locations: loaded.locations,
    ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const diagnostics = [
    ...loaded.diagnostics.filter((d) => !disabled.has(d.code.replace(/^PIRA-/, ""))),
    ...v.diagnostics,
  ];
  return { diagnostics, counts: countOf(diagnostics) };
}
