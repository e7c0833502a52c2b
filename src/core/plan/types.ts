/**
 * The plan model: exactly the plan JSON format v1 of docs/plan-json.md.
 * The in-memory plan is the JSON document itself (plain, serialisable objects).
 */
import type { Comparison, ValueKind } from "../values";

export type Polarity = "higher" | "lower" | "yesno" | "qualitative";

/** A value as stored in the plan: `raw` is the source of truth, `value` its reading. */
export interface PlanValue {
  raw: string;
  kind: ValueKind;
  /** number kinds: the number (percent as fraction); yesno: boolean; qualitative: the word; date: the ISO day; missing/text: null. */
  value: number | boolean | string | null;
  /** ratio denominator ("4 su 8"). */
  of?: number;
  /** wording the typed value cannot carry ("(194/255)"). */
  annotation?: string;
  /** a target's own comparison ("≥ 90%" → ">="): its polarity, never inferred. */
  comparison?: Comparison;
}

/**
 * An indicator's starting point: the value observed in the year before the triennium, with the
 * day it was observed ("2020-12-31"; set by rollover, or read from a «Valore di partenza» column).
 */
export interface Baseline extends PlanValue {
  /** ISO day of the observation */
  date: string;
}

export interface Entity {
  id: string;
  name: string;
}

export interface Budget {
  raw: string;
  amount: number | null;
}

export interface Phase {
  name: string;
  years: number[];
}

export interface Programme {
  id: string;
  entity: string;
  /** three digits, "011" */
  mission: string;
  /** three digits, "005" */
  programme: string;
  title: string;
  strategicArea: string | null;
  strategicProgramme: string | null;
  objective: string | null;
  benefits: string[];
  description: string | null;
  budget: Budget | null;
  responsible: string | null;
  stakeholders: string | null;
  phases: Phase[];
  /** the analyst's columns that map to no field, by original header (optional) */
  extra?: Record<string, string>;
}

export type IndicatorKind = "indicator" | "progress";

/** Keys of `actuals`: ISO dates of the closing, "2020-09-30" (interim) and "2020-12-31" (year end). */
export type Actuals = Record<string, PlanValue>;
/** Keys of `targets`: years as strings ("2020") and "triennium". */
export type Targets = Record<string, PlanValue>;

export interface Indicator {
  id: string;
  programme: string;
  kind: IndicatorKind;
  /** sub-table name such as "Equilibrio economico", or null */
  group: string | null;
  name: string;
  formula: string | null;
  typology: string | null;
  unit: string | null;
  source: string | null;
  pareto: boolean;
  polarity: Polarity;
  polarityInferred: boolean;
  actuals: Actuals;
  targets: Targets;
  /** the value observed before the triennium (optional) */
  baseline?: Baseline;
  reportedPerformance: PlanValue | null;
  notes: string[];
  /** the analyst's columns that map to no field, by original header (optional) */
  extra?: Record<string, string>;
  /** computed, on export */
  performance?: number | null;
  /** computed, on export */
  outcome?: string | null;
}

export interface Plan {
  format: "pira-plan";
  version: 1;
  title: string;
  firstYear: number;
  entities: Entity[];
  programmes: Programme[];
  indicators: Indicator[];
}
