/**
 * Validation of a loaded plan: what reading the input found, then the plan's rules
 * (src/core/validation), in one result with its counts.
 */
import { countDiagnostics, validatePlan, type ValidationResult } from "../core/validation";
import type { LoadedPlan } from "./load";

export interface CheckOptions {
  disabledRules?: string[];
  asOf?: string;
}

export { countDiagnostics as countOf } from "../core/validation";

/**
 * The plan's rules, with the settings a workbook stores (rules switched off, outcome thresholds)
 * added to the ones given on the command line.
 */
export function checkLoaded(
  loaded: Pick<LoadedPlan, "plan" | "locations" | "diagnostics"> &
    Partial<Pick<LoadedPlan, "workbook">>,
  options: CheckOptions = {}
): ValidationResult {
  const settings = loaded.workbook?.settings;
  const rulesOff = [...(settings?.disabledRules ?? []), ...(options.disabledRules ?? [])];
  // the rules' own codes are switched off by validatePlan; the importer's and the workbook's here
  const disabled = new Set(rulesOff.map((c) => c.toUpperCase().replace(/^PIRA-/, "")));
  const v = validatePlan(loaded.plan, {
    locations: loaded.locations,
    ...(rulesOff.length ? { disabledRules: rulesOff } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(settings?.thresholds ? { thresholds: settings.thresholds } : {}),
  });
  const diagnostics = [
    ...loaded.diagnostics.filter((d) => !disabled.has(d.code.replace(/^PIRA-/, ""))),
    ...v.diagnostics,
  ];
  return { diagnostics, counts: countDiagnostics(diagnostics) };
}
