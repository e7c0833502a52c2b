/**
 * An analyst's table as the table reader sees it, whatever it came from (a worksheet range, a CSV
 * file, a Word table): rows of cells, the merged cells, and where the grid sits in its file, so
 * every diagnostic points at the analyst's own cell.
 */
import type { Diagnostic } from "../diagnostics";
import type { Message } from "../message";
import type { Plan } from "../plan";

/** A cell's content: text as written, a spreadsheet number or boolean, or nothing. */
export type GridCell = string | number | boolean | null;

/** A merged range, 0-based and inclusive, in grid coordinates. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where the grid's cell [0][0] sits. */
export type GridOrigin =
  /** a worksheet: the sheet's name and the 1-based row and column of the grid's first cell */
  | { kind: "sheet"; sheet: string; row: number; col: number }
  /** a CSV file: the 1-based line each record starts on (a quoted cell may span lines) */
  | { kind: "csv"; lines: readonly number[] }
  /** a Word document: the table's 1-based number in document order */
  | { kind: "docx"; table: number }
  /** a PDF: the table's 1-based number in document order, and the page it starts on */
  | { kind: "pdf"; table: number; page: number };

export interface Grid {
  rows: GridCell[][];
  merges: Merge[];
  origin: GridOrigin;
  /** number format of a cell (sheets: "0%" tells a fraction shown as a percentage) */
  formats?: (string | null)[][];
}

/**
 * What the table reader takes: grids, and (from a Word document) the paragraphs between them, in
 * document order. A heading or a paragraph naming a mission or a programme applies to the tables
 * after it.
 */
export type GridBlock =
  | { kind: "grid"; grid: Grid }
  | {
      kind: "text";
      text: string;
      /** heading level (1 = Heading 1 / Titolo 1), null for a body paragraph */
      level: number | null;
      /** 1-based paragraph number in the document */
      paragraph: number;
    };

/** Where a cell or a paragraph is, in the diagnostics contract's terms (absent → null). */
export interface Place {
  /** the worksheet; for a Word table "Tabella N" */
  sheet: string | null;
  /** A1 address (a CSV record as Excel would show it; a Word table's cell by row and column) */
  cell: string | null;
  /** CSV: the file's line; Word: the paragraph number */
  line: number | null;
}

/**
 * A plan field a column maps to, in plan JSON terms:
 * "name", "formula", "typology", "unit", "source", "polarity", "notes", "group",
 * "reportedPerformance", "targets.<year|triennium>", "actuals.<YYYY-MM-DD>";
 * the programme's: "programme.mission", "programme.code" (a programme code, or mission and
 * programme "011.005"), "programme.title", "programme.missionTitle", "programme.objective",
 * "programme.responsible", "programme.stakeholders", "programme.strategicArea",
 * "programme.strategicProgramme", "programme.budget", "programme.description";
 * "extra" (kept as written under its header, in the indicator's `extra`).
 */
export type FieldPath = string;

export interface ColumnMapping {
  /** 0-based column in the grid */
  column: number;
  /** the column's address in its file ("C" on a sheet, "3" in a CSV or Word table) */
  at: string;
  /** the header as written (two header rows joined by " ") */
  header: string;
  field: FieldPath;
  /** 0..1 */
  confidence: number;
  reason: Message;
}

export interface TableMapping {
  /** the grid's place: sheet name, "CSV", "Tabella N" */
  source: string;
  /** header rows where the file numbers them (sheet rows, CSV records, Word table rows), 1-based */
  headerRows: number[];
  columns: ColumnMapping[];
}

/** The mapping used, as written beside the import report (`OUT.mapping.json`) and read back. */
export interface GridMapping {
  format: "pira-mapping";
  version: 1;
  tables: TableMapping[];
}

/** A mapping given by the user: header → field, for every table or one source. */
export interface MappingOverride {
  tables: {
    source?: string;
    columns: { header: string; field: FieldPath }[];
  }[];
}

export interface Unplaced {
  place: Place;
  text: string;
  reason: Message;
  /**
   * How many non-empty cells the entry stands for: 1, except for a grid where no indicator table
   * was found (a sheet of other data), reported as one entry from its first cell.
   */
  cells: number;
}

export interface GridImportReport {
  /** each table found, with the mapping used */
  mapping: GridMapping;
  counts: {
    tables: number;
    programmes: number;
    indicators: number;
    /** non-empty cells (and paragraphs) that landed in the plan */
    placed: number;
    notUnderstood: number;
  };
  /** every non-empty cell that found no field, with its place and why */
  notUnderstood: Unplaced[];
  /** columns kept in `extra`, by header */
  extraColumns: { source: string; header: string; at: string }[];
  diagnostics: Diagnostic[];
  /** where each programme and indicator came from, by id */
  sources: Record<string, Place>;
}

export interface GridImportOptions {
  /** the plan's title (default: a title row or heading above the first table, else "PIRA") */
  title?: string;
  /** the entity's name (default: a chamber named in the title, else "Ente") */
  entity?: string;
  /** first year of the triennium (default: from the headers, then the title) */
  firstYear?: number;
  /** columns mapped by the user (`--mapping`) */
  mapping?: MappingOverride;
}

export type GridImportResult =
  | { ok: true; plan: Plan; report: GridImportReport }
  | { ok: false; reason: Message; report: GridImportReport };
