/**
 * Validate: what reading the input found, then the plan's rules (src/core/validation), each
 * diagnostic at the place to fix it, with the workbook's settings (rules switched off, thresholds)
 * and those the caller adds (`pira validate --disable`).
 */
import type { ValidationResult } from "../core/validation";
import type { Plan } from "../core/plan";
import { validationSheet } from "../workbook";
import type { Lang } from "../core/message";
import type { WorkbookBackend } from "../workbook";
import type { Failure } from "./failure";
import type { InPlaceChoice } from "./analyst-fill";
import { checkLoaded, type CheckOptions } from "./check";
import { openWorkbook, type OpenedWorkbook } from "./open";

export { checkLoaded, type CheckOptions } from "./check";

export interface Validated extends ValidationResult {
  ok: true;
  /** the PIRA tables, or the analyst's own tables (diagnostics at their cells) */
  form: OpenedWorkbook["form"];
  plan: Plan;
}

/** Validates a workbook, whether it holds the PIRA tables or the analyst's own (openWorkbook). */
export async function validateWorkbook(
  backend: WorkbookBackend,
  options: CheckOptions & Pick<InPlaceChoice, "sheet" | "selection"> = {}
): Promise<Validated | Failure> {
  const { sheet, selection, ...check } = options;
  const r = await openWorkbook(backend, {
    ...(sheet !== undefined ? { sheet } : {}),
    ...(selection ? { selection } : {}),
  });
  if (!r.ok) return r;
  return { ok: true, form: r.form, plan: r.loaded.plan, ...checkLoaded(r.loaded, check) };
}

/** The diagnostics as the workbook's "Verifica" sheet (links to their cells), replacing it. */
export async function writeValidationSheet(
  backend: WorkbookBackend,
  plan: Plan,
  result: ValidationResult,
  lang: Lang
): Promise<string> {
  const sheet = validationSheet(result, { lang, plan });
  await backend.applySpec({ title: plan.title, sheets: [sheet] });
  return sheet.name;
}
