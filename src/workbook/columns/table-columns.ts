/** The columns of the Programmi and Indicatori tables, in order, with widths and formats. */
import type { Plan } from "../../core/plan";
import { FORMATS } from "./formats";
import {
  COMPUTED_COLUMNS,
  COMPUTED_ORDER,
  INDICATOR_COLUMNS,
  PROGRAMME_COLUMNS,
  VALUE_HEADERS,
  type ComputedKey,
} from "./names";
import { extraColumns } from "./extra";
import { planSlots, slotHeader, textHeader, type Slot } from "./slots";
import type { ColumnSpec } from "../write/spec";

export type ProgrammeField = keyof typeof PROGRAMME_COLUMNS;
export type IndicatorField = Exclude<keyof typeof INDICATOR_COLUMNS, "reported">;

export type IndicatorColumn =
  | { kind: "field"; field: IndicatorField; spec: ColumnSpec }
  | { kind: "value"; slot: Slot; spec: ColumnSpec }
  | { kind: "text"; slot: Slot; spec: ColumnSpec }
  /** the day the baseline was observed, beside the «Valore di partenza» column */
  | { kind: "baselineDate"; spec: ColumnSpec }
  /** an analyst's own column, kept in each indicator's `extra` */
  | { kind: "extra"; key: string; spec: ColumnSpec }
  | { kind: "computed"; key: ComputedKey; spec: ColumnSpec };

const PROGRAMME_WIDTHS: Record<ProgrammeField, number> = {
  id: 10,
  entity: 10,
  mission: 10,
  programme: 11,
  title: 45,
  strategicArea: 24,
  strategicProgramme: 30,
  objective: 35,
  benefits: 40,
  description: 50,
  budgetRaw: 30,
  budgetAmount: 16,
  responsible: 28,
  stakeholders: 28,
  phases: 40,
};

const PROGRAMME_TEXT: ReadonlySet<ProgrammeField> = new Set<ProgrammeField>([
  "id",
  "entity",
  "mission",
  "programme",
]);
const PROGRAMME_WRAP: ReadonlySet<ProgrammeField> = new Set<ProgrammeField>([
  "benefits",
  "description",
  "phases",
  "objective",
]);

/** The analyst's own columns of Programmi (the programmes' `extra`), after the PIRA columns. */
export function programmeExtraColumns(
  plan: Plan,
  taken: (folded: string) => boolean
): { key: string; spec: ColumnSpec }[] {
  return extraColumns(plan.programmes, taken).map((x) => ({
    key: x.key,
    spec: { name: x.header, width: 18, format: FORMATS.text, wrap: true },
  }));
}

export function programmeColumns(): { field: ProgrammeField; spec: ColumnSpec }[] {
  return (Object.keys(PROGRAMME_COLUMNS) as ProgrammeField[]).map((field) => ({
    field,
    spec: {
      name: PROGRAMME_COLUMNS[field],
      width: PROGRAMME_WIDTHS[field],
      ...(PROGRAMME_TEXT.has(field) ? { format: FORMATS.text } : {}),
      ...(field === "budgetAmount" ? { format: FORMATS.euro } : {}),
      ...(PROGRAMME_WRAP.has(field) ? { wrap: true } : {}),
    },
  }));
}

const FIELD_WIDTHS: Record<IndicatorField, number> = {
  id: 10,
  programme: 11,
  kind: 13,
  group: 16,
  name: 42,
  formula: 40,
  typology: 24,
  unit: 14,
  source: 16,
  pareto: 9,
  polarity: 13,
  polarityInferred: 10,
  notes: 40,
};

const LEADING_FIELDS: IndicatorField[] = [
  "id",
  "programme",
  "kind",
  "group",
  "name",
  "formula",
  "typology",
  "unit",
  "source",
  "pareto",
  "polarity",
  "polarityInferred",
];

function field(f: IndicatorField): IndicatorColumn {
  const text = f === "id" || f === "programme";
  return {
    kind: "field",
    field: f,
    spec: {
      name: INDICATOR_COLUMNS[f],
      width: FIELD_WIDTHS[f],
      ...(text ? { format: FORMATS.text } : {}),
      ...(f === "notes" ? { wrap: true } : {}),
    },
  };
}

const COMPUTED_FORMATS: Partial<Record<ComputedKey, string>> = { achievement: FORMATS.achievement };
const COMPUTED_WIDTHS: Record<ComputedKey, number> = {
  actual: 14,
  target: 14,
  achievement: 16,
  deviation: 14,
  outcome: 22,
  method: 22,
};

/**
 * Indicatori: the inputs (fields, then one typed column per value slot, the notes, then one text
 * column per slot, then the analyst's own columns), then the computed columns at the right.
 * `taken`: a folded header is an Indicatori column (an own column named alike gets "Extra: ").
 */
export function indicatorColumns(
  plan: Plan,
  taken: (folded: string) => boolean = () => false
): IndicatorColumn[] {
  const slots = planSlots(plan);
  return [
    ...LEADING_FIELDS.map(field),
    ...slots.map((slot): IndicatorColumn => ({
      kind: "value",
      slot,
      spec: { name: slotHeader(slot), width: 14 },
    })),
    ...(slots.some((s) => s.section === "baseline")
      ? [
          {
            kind: "baselineDate",
            spec: { name: VALUE_HEADERS.baselineDate, width: 14, format: FORMATS.text },
          } as IndicatorColumn,
        ]
      : []),
    field("notes"),
    ...slots.map((slot): IndicatorColumn => ({
      kind: "text",
      slot,
      spec: { name: textHeader(slot), width: 16, format: FORMATS.text },
    })),
    ...extraColumns(plan.indicators, taken).map((x): IndicatorColumn => ({
      kind: "extra",
      key: x.key,
      spec: { name: x.header, width: 18, format: FORMATS.text, wrap: true },
    })),
    ...COMPUTED_ORDER.map((key): IndicatorColumn => ({
      kind: "computed",
      key,
      spec: {
        name: COMPUTED_COLUMNS[key],
        width: COMPUTED_WIDTHS[key],
        computed: true,
        ...(COMPUTED_FORMATS[key] ? { format: COMPUTED_FORMATS[key] } : {}),
      },
    })),
  ];
}
