/**
 * The published document as a sequence of blocks (pure data): what the Word, HTML and PDF
 * renderers draw, so each of them is a walk over the same model and none decides content.
 * Texts are final (Italian, values as written); renderers only escape and lay them out.
 */
import type { Chart } from "./chart-model";

export type DocumentKind = "piano" | "rapporto";

/**
 * Heading levels: 1 a part (an entity, the summary, the method note), 2 a mission, 3 a programme,
 * 4 a part of a programme (its indicators, its phases). The document title sits above them all.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingBlock {
  type: "heading";
  level: HeadingLevel;
  text: string;
  /** unique in the document: the HTML id, the Word bookmark */
  anchor: string;
}

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  /** "lead": the line under a heading that sums it up; "small": remarks, legends */
  style?: "lead" | "small";
}

export interface ListBlock {
  type: "list";
  items: string[];
}

/** Label / value pairs (the programme's scheda): a two-column table whose first column heads each row. */
export interface FieldsBlock {
  type: "fields";
  caption: string;
  rows: { label: string; value: string | string[] }[];
}

export interface Column {
  /** the header as printed ("Target 2021") */
  label: string;
  /** right-aligned (values) */
  numeric: boolean;
}

export interface Cell {
  text: string;
  /** numbers of the notes this cell refers to (document-wide numbering: Word footnotes, HTML notes) */
  notes?: number[];
  /** the reported achievement differs from the computed one (a mark beside the value) */
  differs?: boolean;
}

export interface Note {
  /** 1, 2, … through the whole document */
  number: number;
  text: string;
}

/** A data table: one header row; the first cell of each row heads it (the indicator's name). */
export interface TableBlock {
  type: "table";
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** the notes its cells refer to, printed under it (in Word: as footnotes) */
  notes: Note[];
  /** which kind of table, for renderers that size columns ("indicators": wide, landscape in Word) */
  role: "indicators" | "summary" | "data";
}

export interface ChartBlock {
  type: "chart";
  chart: Chart;
}

export type Block =
  HeadingBlock | ParagraphBlock | ListBlock | FieldsBlock | TableBlock | ChartBlock;

export interface PublishedDocument {
  kind: DocumentKind;
  /** "Rapporto sui risultati 2020" */
  title: string;
  /** the plan's title and the bodies' names */
  subtitle: string;
  /** the bodies (entities) whose plan it is, as named in the plan */
  bodies: string[];
  firstYear: number;
  /** ISO date the document was produced (given by the caller: core reads no clock) */
  date: string;
  blocks: Block[];
}
