/** What rollover and diff answer: the contract's diff document and the rollover's report. */
import type { Message } from "../message";
import type { Plan, PlanValue } from "../plan";

/** The reviewer's flags on a change (what the OIV and the auditors look for). */
export type ReviewFlag =
  | "target-lowered"
  | "target-below-actual"
  | "series-broken"
  | "dropped-not-achieved"
  | "no-baseline";

export const REVIEW_FLAGS: readonly ReviewFlag[] = [
  "target-lowered",
  "target-below-actual",
  "series-broken",
  "dropped-not-achieved",
  "no-baseline",
];

export type ChangeKind = "added" | "removed" | "renamed" | "moved" | "changed";

export const CHANGE_KINDS: readonly ChangeKind[] = [
  "added",
  "removed",
  "renamed",
  "moved",
  "changed",
];

/** A value as the plan JSON writes it: a V object for targets, a text for the other fields. */
export type ChangeValue = PlanValue | string | null;

export interface PlanChange {
  kind: ChangeKind;
  /** the indicator's id in NEW; in OLD when removed */
  indicator: string;
  /** its name in NEW; in OLD when removed */
  name: string;
  /** its programme's id in NEW; in OLD when removed */
  programme: string;
  /** the plan JSON field that differs ("targets.2021", "formula", "name", "programme"…); null for added / removed */
  field: string | null;
  before: ChangeValue;
  after: ChangeValue;
  flags: ReviewFlag[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  renamed: number;
  moved: number;
  changed: number;
  flagged: number;
}

/** The contract's diff document (`pira diff --format json`). */
export interface PlanDiff {
  format: "pira-diff";
  version: 1;
  from: { title: string; firstYear: number };
  to: { title: string; firstYear: number };
  changes: PlanChange[];
  counts: DiffCounts;
}

/** What the analyst has to look at after a rollover. */
export type RolloverNoteKind =
  | "target-missing"
  | "target-below-baseline"
  | "title-changed"
  | "code-retired"
  | "programme-unknown"
  | "triennium-target-dropped"
  | "no-baseline"
  | "plan-title";

export interface RolloverNote {
  kind: RolloverNoteKind;
  programme: string | null;
  indicator: string | null;
  /** the plan JSON field concerned ("targets.2023", "title", "baseline"…) */
  field: string | null;
  message: Message;
}

export interface RolloverResult {
  plan: Plan;
  /** the year the new triennium starts */
  year: number;
  notes: RolloverNote[];
}
