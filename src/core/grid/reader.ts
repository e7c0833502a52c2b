/**
 * One pass over the blocks (grids, and a Word document's paragraphs): headers found, columns
 * mapped, rows read into indicator drafts under the programme their code columns, section rows,
 * label rows or headings name. Every non-empty cell is marked when it lands in the plan; what is
 * left is reported with its place and the reason.
 *
 * This file walks the blocks and the rows around the tables; the parts: paragraphs.ts (a Word
 * paragraph), table-rows.ts (a table's rows), indicator-row.ts (one indicator row),
 * continuation.ts (a row continuing the one above), section-rows.ts (markers and label rows),
 * schede.ts and row-programme.ts (the programmes being read), read-state.ts (what they share).
 */
import { foldHeaderText } from "./header-text";
import { headerAt, isHeaderRow } from "./header";
import type { GridProgrammeDraft } from "./model";
import { readParagraph } from "./paragraphs";
import { placeOf } from "./place";
import { Titles, type ReadState, type TableYear } from "./read-state";
import { GRID_REASONS, type GridReport } from "./report";
import { Schede } from "./schede";
import { labelRow, sectionText } from "./section-rows";
import { sweep } from "./sweep";
import { readTable } from "./table-rows";
import type { Grid, GridBlock, GridImportOptions } from "./types";
import { verticalPairs } from "./vertical";
import { readVerticalSheet, type VerticalSink } from "./vertical-read";
import { GridView } from "./view";

export class GridReader {
  private readonly state: ReadState;

  constructor(report: GridReport, options: GridImportOptions) {
    const known = new Set<string>();
    for (const t of options.mapping?.tables ?? [])
      for (const c of t.columns) known.add(foldHeaderText(c.header));
    this.state = {
      report,
      options,
      known,
      schede: new Schede(report),
      titles: new Titles(),
      tableYears: [],
    };
  }

  get drafts(): GridProgrammeDraft[] {
    return this.state.schede.drafts;
  }
  get title(): string | null {
    return this.state.titles.title;
  }
  get entityName(): string | null {
    return this.state.titles.entityName;
  }
  get titleYears(): readonly number[] {
    return this.state.titles.years;
  }
  /** each table's base year and how it was found */
  get tableYears(): readonly TableYear[] {
    return this.state.tableYears;
  }

  read(blocks: readonly GridBlock[]): void {
    for (const b of blocks) {
      if (b.kind === "text") readParagraph(this.state, b.text, b.level, b.paragraph);
      else this.grid(b.grid);
    }
  }

  private grid(grid: Grid): void {
    const { report, known, schede } = this.state;
    // a document's tables share its headings and schede; a sheet or a CSV starts afresh
    if (grid.origin.kind !== "docx" && grid.origin.kind !== "pdf") schede.reset();
    const view = new GridView(grid);
    const rowReasons = new Map<number, typeof GRID_REASONS.outsideTable>();
    const pairs = verticalPairs(view);
    if (pairs) {
      readVerticalSheet(view, pairs, this.verticalSink(), report, rowReasons);
      sweep(report, view, rowReasons, 1);
      return;
    }
    let r = 0;
    let floor = 0;
    let tables = 0;
    while (r < view.height) {
      // the next header
      let h = r;
      while (h < view.height && (view.blankRow(h) || !isHeaderRow(view, h, known))) h++;
      if (h >= view.height) {
        const mode = tables > 0 ? "after" : "noHeader";
        for (let k = r; k < view.height; k++) this.preambleRow(view, k, rowReasons, mode);
        break;
      }
      const header = headerAt(view, h, floor);
      for (let k = r; k < header.rows[0]; k++)
        this.preambleRow(view, k, rowReasons, tables > 0 ? "after" : "above");
      r = readTable(this.state, view, header.rows, header.texts, header.dataStart, rowReasons);
      floor = r;
      tables++;
    }
    sweep(report, view, rowReasons, tables);
  }

  /** What a vertical sheet's blocks say, into the programmes (see vertical-read.ts). */
  private verticalSink(): VerticalSink {
    const { schede, options, titles, tableYears } = this.state;
    return {
      open: (m, place) => schede.open(m, place),
      schedaField: (f, label, text) => schede.field(f, label, text),
      indicator: (ind) => schede.ofContext(ind.place).indicators.push(ind),
      referenceYear: (year) => tableYears.push({ year, from: "header" }),
      fallbackYear: () => {
        const year = options.firstYear ?? titles.years[0] ?? new Date().getFullYear();
        tableYears.push({ year, from: "none" });
        return year;
      },
    };
  }

  /** A row above a header (or after the tables): a title, a marker, a scheda label, or reported. */
  private preambleRow(
    view: GridView,
    r: number,
    reasons: Map<number, typeof GRID_REASONS.outsideTable>,
    mode: "above" | "after" | "noHeader"
  ): void {
    const { schede, titles, options } = this.state;
    const fallback =
      mode === "above"
        ? GRID_REASONS.aboveHeader
        : mode === "after"
          ? GRID_REASONS.outsideTable
          : GRID_REASONS.noHeader;
    const cells = view.filled(r);
    if (cells.length === 0) return;
    const place = placeOf(view.grid, r, cells[0]);
    if (cells.length === 1) {
      const text = view.rawText(r, cells[0]);
      if (sectionText(schede, text, place)) {
        view.use(r, cells[0]);
        return;
      }
      if (
        mode === "above" &&
        titles.title === null &&
        options.title === undefined &&
        text.length <= 200
      ) {
        titles.title = text;
        titles.note(text);
        view.use(r, cells[0]);
        return;
      }
      if (mode === "above") titles.note(text);
      reasons.set(r, mode === "after" ? GRID_REASONS.lonelyRow : fallback);
      return;
    }
    if (cells.length === 2 && labelRow(schede, view, r, cells[0], cells[1])) return;
    reasons.set(r, fallback);
  }
}
