/**
 * Drafts of the plan's records while the document is read. Ids and codes are settled at the end
 * (a Prato scheda learns its programme code from a summary table that may come anywhere).
 */
import type { Budget, Indicator, Phase } from "../plan";
import type { ColumnMap } from "./columns";
import type { Line } from "./lines";
import type { Layout } from "./report";

export interface EntityDraft {
  id: string;
  name: string;
  line: number;
  programmes: ProgrammeDraft[];
  summary: SummaryTableRow[];
}

export interface ProgrammeDraft {
  id: string;
  entity: EntityDraft;
  layout: Layout;
  line: number;
  /** from a Pistoia "Missione 011" / "Programma 005" block, or a Prato "Missione 11)" heading */
  mission: string | null;
  missionLine: number | null;
  programme: string | null;
  title: string | null;
  /** the heading just above a Prato scheda ("La sede camerale") */
  heading: string | null;
  /** a Prato table of sub-tables (Salute finanziaria) */
  grouped: boolean;
  strategicArea: string | null;
  strategicProgramme: string | null;
  objective: string | null;
  benefits: string[];
  description: string | null;
  budget: Budget | null;
  responsible: string | null;
  stakeholders: string | null;
  phases: Phase[];
  indicators: IndicatorDraft[];
}

export interface FootnoteMark {
  mark: string;
  line: number;
}

export interface IndicatorDraft {
  id: string;
  line: number;
  fields: Omit<Indicator, "id" | "programme">;
  marks: FootnoteMark[];
}

export interface FootnoteDefinition {
  mark: string;
  text: string;
  line: Line;
}

export interface SummaryTableRow {
  line: Line;
  mission: string | null;
  missionTitle: string;
  programme: string | null;
  programmeTitle: string;
  /** the strategic programmes' names, as one text (cells split by page breaks joined) */
  strategic: string;
  /** lines holding the row's cells */
  lines: Line[];
  matched: boolean;
}

export type Section =
  | { kind: "table"; table: TableContext }
  | { kind: "benefits" }
  | { kind: "description" }
  | { kind: "phases"; years: { col: number; year: number }[] }
  | {
      kind: "field";
      field:
        | "strategicArea"
        | "strategicProgramme"
        | "responsible"
        | "stakeholders"
        | "objective"
        | "budget";
    };

export interface TableContext {
  kind: "indicator" | "progress";
  columns: ColumnMap;
  /** resolved key of each value column: actuals date, target year or "triennium" */
  keys: Map<number, string>;
  group: string | null;
  /** the column of row labels ("Indicatori", a sub-table name) that data rows leave empty */
  labelColumn: number | null;
  last: IndicatorDraft | null;
}

export function newProgrammeDraft(
  entity: EntityDraft,
  layout: Layout,
  line: number
): ProgrammeDraft {
  return {
    id: "",
    entity,
    layout,
    line,
    mission: null,
    missionLine: null,
    programme: null,
    title: null,
    heading: null,
    grouped: false,
    strategicArea: null,
    strategicProgramme: null,
    objective: null,
    benefits: [],
    description: null,
    budget: null,
    responsible: null,
    stakeholders: null,
    phases: [],
    indicators: [],
  };
}
