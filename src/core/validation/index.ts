/**
 * Validation of a plan: every rule a reviewer applies before a PIRA goes to the Council, each
 * with a stable code, a severity, an Italian and English message that says what is wrong and how
 * to fix it, and the place (plan ids, field, sheet/cell or line). Pure.
 */
export type { Diagnostic, Severity } from "../diagnostics";
export type {
  Family,
  Rule,
  SourceLocation,
  ValidationCounts,
  ValidationOptions,
  ValidationResult,
} from "./types";
export {
  RULES,
  CODES,
  FAMILIES,
  FAMILY_NAMES,
  RULE_BY_CODE,
  familyOf,
  type RuleCode,
} from "./rules";
export { normaliseRuleCode, disabledRuleCodes, type DisabledRules } from "./disabled";
export { validatePlan, countDiagnostics } from "./validate";
export {
  diagnosticsJson,
  diagnosticsText,
  placeText,
  type DiagnosticJson,
  type DiagnosticsDocument,
  type DiagnosticsLike,
} from "./output";
export { unitClass, type UnitClass } from "./units";
export { isShare } from "./range";
export { annotatedRatio } from "./ratio";
