/**
 * The import report: what was found, what was not understood (with the line and the reason), and
 * diagnostics about choices the importer had to make.
 */
import type { Diagnostic, Severity } from "../diagnostics";
import { message, type Message } from "../message";
import type { Line } from "./lines";

export type { Severity } from "../diagnostics";
export type Layout = "pistoia" | "prato";

export interface NotUnderstood {
  line: number;
  text: string;
  reason: Message;
}

/** The contract's diagnostic (src/core/diagnostics.ts): a document has lines, not sheets and cells. */
export type ImportDiagnostic = Omit<Diagnostic, "sheet" | "cell">;

export interface ImportReport {
  layouts: { entity: string; layout: Layout }[];
  counts: { entities: number; programmes: number; indicators: number; notUnderstood: number };
  notUnderstood: NotUnderstood[];
  diagnostics: ImportDiagnostic[];
  /** document line of each programme and indicator, by id */
  sources: Record<string, { line: number }>;
}

interface HasId {
  id: string;
}

export interface PendingDiagnostic {
  code: string;
  severity: Severity;
  message: Message;
  entity?: HasId | null;
  programme?: HasId | null;
  indicator?: HasId | null;
  field?: string | null;
  line?: number | null;
}

/** Diagnostic codes of the importer (the 900 range is the importer's). */
export const IMPORT_CODES = {
  noEntityHeading: "PIRA-I901",
  phaseAmbiguous: "PIRA-I902",
  rowShifted: "PIRA-I903",
  titleFromCatalogue: "PIRA-I904",
  footnoteUnexplained: "PIRA-W905",
  footnoteUnreferenced: "PIRA-W906",
  missionUnknown: "PIRA-W907",
  programmeUnknown: "PIRA-W908",
  firstYearNotFound: "PIRA-W909",
  yearCorrected: "PIRA-W910",
  missionDisagrees: "PIRA-W911",
  programmeWithoutBlock: "PIRA-W912",
  titleMissing: "PIRA-W913",
  fieldRepeated: "PIRA-W914",
  columnRepeated: "PIRA-W915",
} as const;

/** Reasons given for text not understood. */
export const REASONS = {
  outsideTable: message(
    "cella fuori da ogni tabella riconosciuta",
    "cell outside any recognised table"
  ),
  beyondColumns: message("cella oltre le colonne della tabella", "cell beyond the table's columns"),
  chart: message("testo di grafico", "chart text"),
  caption: message("titolo della tabella (non è un dato)", "table caption (not data)"),
  footnoteUnreferenced: message(
    "nota senza richiamo in una tabella",
    "footnote with no marker in any table"
  ),
  summaryUnmatched: message(
    "riga della tabella di raccordo senza scheda corrispondente",
    "summary table row with no matching scheda"
  ),
  markerWithoutYear: message(
    "segno di fase senza colonna dell'anno",
    "phase marker with no year column"
  ),
  markerWithoutPhase: message(
    "segni di fase senza nome della fase",
    "phase markers with no phase name"
  ),
  continuationWithoutRow: message(
    "continuazione di una riga che non c'è",
    "continuation of a missing row"
  ),
  notARow: message("riga non riconosciuta come indicatore", "row not recognised as an indicator"),
  figureInHeader: message(
    "valore nella riga d'intestazione della tabella (non è il nome di una colonna)",
    "figure in the table's header line (not a column name)"
  ),
  fieldRepeated: message(
    "campo ripetuto nello stesso programma",
    "field repeated in the same programme"
  ),
} as const;

/** Collects the report while the document is read; marks every cell that found a home. */
export class Collector {
  readonly notUnderstood: NotUnderstood[] = [];
  private readonly pending: PendingDiagnostic[] = [];
  private readonly used = new Map<number, Set<number>>();

  /** The cell landed in a plan field (or in the report). */
  use(line: Line, cellIndex: number): void {
    let s = this.used.get(line.no);
    if (!s) {
      s = new Set<number>();
      this.used.set(line.no, s);
    }
    s.add(cellIndex);
  }

  useAll(line: Line): void {
    for (const c of line.cells) this.use(line, c.index);
  }

  isUsed(line: Line, cellIndex: number): boolean {
    return this.used.get(line.no)?.has(cellIndex) ?? false;
  }

  /** A cell that could not be placed: into the report with its reason. */
  reject(line: Line, cellIndex: number, reason: Message, text?: string): void {
    if (this.isUsed(line, cellIndex)) return;
    this.use(line, cellIndex);
    const cell = line.cells[cellIndex];
    const t = text ?? cell?.text ?? "";
    if (t === "") return;
    this.notUnderstood.push({ line: line.no, text: t, reason });
  }

  /** Text that was read but found no place in the plan (the cells are already marked). */
  add(line: number, text: string, reason: Message): void {
    if (text !== "") this.notUnderstood.push({ line, text, reason });
  }

  /** A whole line (prose) kept in the report. */
  rejectLine(line: Line, reason: Message): void {
    if (line.text === "") return;
    this.useAll(line);
    this.notUnderstood.push({ line: line.no, text: line.text, reason });
  }

  /**
   * A diagnostic about a record whose id is given only when the import ends: pass the drafts
   * (anything with an `id`), the ids are read by `finish`.
   */
  diagnose(d: PendingDiagnostic): void {
    this.pending.push(d);
  }

  /** The diagnostics with the records' final ids. */
  finish(): ImportDiagnostic[] {
    return this.pending.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      entity: d.entity?.id ?? null,
      programme: d.programme?.id ?? null,
      indicator: d.indicator?.id ?? null,
      field: d.field ?? null,
      line: d.line ?? null,
    }));
  }

  /** Every non-empty cell of a table line that found no home goes to the report. */
  sweep(lines: Line[]): void {
    for (const line of lines) {
      if (!line.tabular) continue;
      for (const cell of line.cells) {
        if (cell.text !== "" && !this.isUsed(line, cell.index))
          this.reject(line, cell.index, REASONS.outsideTable);
      }
    }
    this.notUnderstood.sort((a, b) => a.line - b.line);
  }
}
