/** The validation API: options, result and the description of a rule. */
import type { Diagnostic, Severity } from "../diagnostics";
import type { Message } from "../message";

/** Rule families; a family name in `disabledRules` switches off all of its rules. */
export type Family =
  | "completeness"
  | "catalogue"
  | "consistency"
  | "achievement"
  | "budget"
  | "duplicates"
  | "baseline"
  | "settings";

export interface Rule {
  /** stable code, "PIRA-W051" (E: error, W: warning, I: info) */
  code: string;
  severity: Severity;
  family: Family;
  /** what the rule checks, in a few words */
  title: Message;
}

/** Where a record sits in the input: a workbook's sheet and cell, or a document's line. */
export interface SourceLocation {
  sheet?: string | null;
  cell?: string | null;
  line?: number | null;
}

export interface ValidationOptions {
  /** rule codes ("PIRA-W051", also "W051") or family names ("duplicates") to switch off */
  disabledRules?: string[];
  /** where each record (by plan id: indicator, programme, entity) sits in the input */
  locations?: Record<string, SourceLocation>;
  /**
   * ISO date the plan is judged at (default: today). The first year's closing counts as closed,
   * and its actuals as due, when asOf ≥ "<firstYear>-12-31".
   */
  asOf?: string;
  /**
   * Outcome bands of the body (default 70% / 90%): an achievement below `high` is a deviation
   * that needs a note explaining it.
   */
  thresholds?: { low: number; high: number };
}

export interface ValidationCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  counts: ValidationCounts;
}
