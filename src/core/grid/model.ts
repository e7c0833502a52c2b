/** Drafts of the programmes and indicators while the grids are read; ids are given at the end. */
import type { TitleMatch } from "../catalogue";
import type { Baseline, PlanValue } from "../plan";
import type { PiraValue } from "../values";
import type { Place } from "./types";
import type { ProgrammeField } from "./vocabulary";

/** Programme fields a row, a label or a paragraph can give: the programme's scheda. */
export const SCHEDA_FIELDS = [
  "objective",
  "responsible",
  "stakeholders",
  "strategicArea",
  "strategicProgramme",
  "budget",
  "description",
] as const;
export type SchedaField = (typeof SCHEDA_FIELDS)[number];

const SCHEDA: ReadonlySet<string> = new Set(SCHEDA_FIELDS);

/** A field name that is one of the scheda's. */
export function isSchedaField(field: string): field is SchedaField {
  return SCHEDA.has(field);
}

export interface GridProgrammeDraft {
  id: string;
  key: string;
  mission: string | null;
  programme: string | null;
  /** the title as written */
  title: string | null;
  /** codes found by matching a written title against the catalogue */
  byTitle: { mission: TitleMatch | null; programme: TitleMatch | null };
  fields: Partial<Record<SchedaField, string>>;
  benefits: string[];
  extra: Record<string, string>;
  place: Place;
  indicators: GridIndicatorDraft[];
}

/** A programme field written on an indicator's row (a column such as "Centro di responsabilità"). */
export interface RowProgrammeValue {
  field: ProgrammeField | "objectiveOrGroup";
  header: string;
  text: string;
  /** the cell's place, made only when a diagnostic needs it */
  place: () => Place;
}

export interface GridIndicatorDraft {
  id: string;
  place: Place;
  name: string;
  formula: string | null;
  typology: string | null;
  unit: string | null;
  source: string | null;
  polarityText: { text: string; header: string; place: Place } | null;
  group: string | null;
  notes: string[];
  targets: Record<string, PlanValue>;
  actuals: Record<string, PlanValue>;
  reported: PlanValue | null;
  /** the value observed before the triennium, when the input gives one */
  baseline?: Baseline;
  extra: Record<string, string>;
  rowValues: RowProgrammeValue[];
  /** the typed readings of the targets and actuals (what the polarity is inferred from) */
  readings: PiraValue[];
}

export function newIndicatorDraft(place: Place, name: string): GridIndicatorDraft {
  return {
    id: "",
    place,
    name,
    formula: null,
    typology: null,
    unit: null,
    source: null,
    polarityText: null,
    group: null,
    notes: [],
    targets: {},
    actuals: {},
    reported: null,
    // no prototype: a column headed «__proto__» is kept like any other
    extra: Object.create(null) as Record<string, string>,
    rowValues: [],
    readings: [],
  };
}
