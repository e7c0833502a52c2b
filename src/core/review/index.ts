/**
 * The next year and the reviewer (pure): the rollover of a plan to the next triennium, and what
 * changed between two versions of a plan, with the flags the OIV and the auditors look for.
 */
export { rollover, rolloverYearProblem, closedYearObservation } from "./rollover";
export type { RolloverCatalogue } from "./rollover";
export { BUNDLED_CATALOGUE } from "./programmes";
export { nextTitle } from "./title";
export { diffPlans, countChanges } from "./diff";
export type { DiffOptions } from "./diff";
export { matchIndicators, REWORDING, REWORDING_SAME_FORMULA, LEFTOVER_LIMIT } from "./match";
export type { IndicatorMatch, Matching } from "./match";
export { diffText, groupChanges, changeLine } from "./diff-text";
export { FLAG_WORDS, KIND_WORDS, fieldWords, valueText } from "./words";
export { sameValue, lessDemanding, absent } from "./values";
export { REVIEW_FLAGS, CHANGE_KINDS } from "./types";
export type {
  ChangeKind,
  ChangeValue,
  DiffCounts,
  PlanChange,
  PlanDiff,
  ReviewFlag,
  RolloverNote,
  RolloverNoteKind,
  RolloverResult,
} from "./types";
