/**
 * A plan as an action found it, whatever it came from (a document's text, a plan JSON, a
 * workbook's tables): the plan, the settings that apply to it, what reading it found, and where
 * its records sit — what validate, summary and export need from every input.
 */
import type { Diagnostic } from "../core/diagnostics";
import type { ImportReport } from "../core/import";
import type { Message } from "../core/message";
import type { Plan } from "../core/plan";
import type { SourceLocation } from "../core/validation";
import type { Settings } from "./settings";

export type PlanKind = "document" | "json" | "workbook";

export interface LoadedPlan {
  ok: true;
  kind: PlanKind;
  plan: Plan;
  /** the workbook's stored settings over the defaults (a document or plan JSON: the defaults) */
  settings: Settings;
  /** what reading found (importer, workbook reader), with their lines or cells */
  diagnostics: Diagnostic[];
  /** where each record sits (document lines, workbook rows), by plan id, as validatePlan takes it */
  locations: Record<string, SourceLocation>;
  /** a validation diagnostic at the place to fix it (a workbook: its field's own cell) */
  place(d: Diagnostic): Diagnostic;
  /** documents only: what was understood and what not */
  report: ImportReport | null;
  /** remarks about the input itself (a plan JSON's warnings, a file's encoding) */
  warnings: Message[];
}
