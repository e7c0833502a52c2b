/**
 * The plan model (pure): plan JSON v1 in memory, new plans and records, ids, reading and writing.
 */
export type {
  Plan,
  Entity,
  Programme,
  Indicator,
  IndicatorKind,
  PlanValue,
  Polarity,
  Budget,
  Phase,
  Actuals,
  Targets,
  Baseline,
} from "./types";
export { emptyPlan, newProgramme, newIndicator, addProgramme, addIndicator } from "./empty";
export type { EmptyPlanOptions, NewProgrammeFields, NewIndicatorFields } from "./empty";
export { slugify, uniqueId, entityId, programmeId, indicatorId } from "./ids";
export { readPlanJson, problemsMessage } from "./read";
export type { PlanReadResult, PlanProblem } from "./read";
export { checkPlanJson, REQUIRED_FIELDS, FIELDS } from "./check";
export { VALUE_KINDS, POLARITIES, INDICATOR_KINDS } from "./check-fields";
export type { PlanCheck } from "./check";
export { writePlanJson, planToJsonObject } from "./write";
export { actualKeyOrder, targetKeyOrder } from "./keys";
export { locateJsonError } from "./json-syntax";
export type { JsonSyntaxProblem } from "./json-syntax";
