/**
 * One pass over the document's lines, building drafts of entities, programmes and indicators.
 * Table rows (lines with tabs) are read by their headers and row labels; prose lines only give
 * landmarks (entity headings, mission / programme markers, scheda headings, footnotes).
 */
import { message } from "../message";
import { readBudget } from "./budget";
import {
  isCaptionRow,
  labelCell,
  readIndicatorHeader,
  readLabel,
  type ColumnMap,
  type LabelKind,
} from "./columns";
import {
  chamberName,
  entityHeading,
  footnoteDefinition,
  missionMarker,
  programmeMarker,
} from "./detect";
import {
  filledCells,
  htmlToParagraphs,
  isBlank,
  isHeading,
  italicParts,
  stripTags,
  type LineCell,
  type Line,
} from "./lines";
import {
  newProgrammeDraft,
  type EntityDraft,
  type FootnoteDefinition,
  type ProgrammeDraft,
  type Section,
} from "./model";
import { readPhaseHeader, readPhaseRow } from "./phases";
import { IMPORT_CODES, REASONS, type Collector } from "./report";
import { readSummaryHeader, readSummaryRow, type SummaryColumns } from "./summary";
import { baseYear, openTable, readRow } from "./table";

export interface ParseResult {
  entities: EntityDraft[];
  footnotes: { definition: FootnoteDefinition; entity: EntityDraft | null }[];
  /** first target year of each indicator table, and the years of its actuals */
  tableYears: number[];
  actualYears: number[];
}

type SingleField =
  "strategicArea" | "strategicProgramme" | "responsible" | "stakeholders" | "objective";

export class DocumentParser {
  private readonly entities: EntityDraft[] = [];
  private readonly footnotes: ParseResult["footnotes"] = [];
  private readonly tableYears: number[] = [];
  private readonly actualYears: number[] = [];
  private entity: EntityDraft | null = null;
  private mission: { code: string | null; line: number } | null = null;
  private programme: ProgrammeDraft | null = null;
  private section: Section | null = null;
  private summary: SummaryColumns | null = null;
  private pendingHeading: string | null = null;
  private expect: "missionTitle" | "programmeTitle" | null = null;

  constructor(
    private readonly report: Collector,
    private readonly defaultEntityName: string
  ) {}

  parse(lines: Line[]): ParseResult {
    for (const line of lines) {
      if (isBlank(line)) continue;
      if (line.tabular) this.tabular(line);
      else this.prose(line);
    }
    return {
      entities: this.entities,
      footnotes: this.footnotes,
      tableYears: this.tableYears,
      actualYears: this.actualYears,
    };
  }

  // ---- entities and programmes -------------------------------------------------------------

  private currentEntity(line: Line): EntityDraft {
    if (this.entity) return this.entity;
    const e: EntityDraft = {
      id: "",
      name: this.defaultEntityName,
      line: line.no,
      programmes: [],
      summary: [],
    };
    this.entities.push(e);
    this.entity = e;
    this.report.diagnose({
      code: IMPORT_CODES.noEntityHeading,
      severity: "info",
      message: message(
        `Nessun titolo che nomini una Camera di Commercio prima della riga ${line.no}: l'ente è «${e.name}».`,
        `No heading naming a Camera di Commercio before line ${line.no}: the entity is «${e.name}».`
      ),
      entity: e,
      line: line.no,
    });
    return e;
  }

  private startEntity(name: string, line: Line): void {
    const same = this.entities.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const e = same ?? { id: "", name, line: line.no, programmes: [], summary: [] };
    if (!same) this.entities.push(e);
    this.entity = e;
    this.mission = null;
    this.closeProgramme();
    this.summary = null;
    this.pendingHeading = null;
  }

  private closeProgramme(): void {
    this.programme = null;
    this.section = null;
  }

  private openProgramme(layout: ProgrammeDraft["layout"], line: Line): ProgrammeDraft {
    const entity = this.currentEntity(line);
    const p = newProgrammeDraft(entity, layout, line.no);
    if (this.mission) {
      p.mission = this.mission.code;
      p.missionLine = this.mission.line;
    }
    entity.programmes.push(p);
    this.programme = p;
    this.section = null;
    return p;
  }

  private openScheda(line: Line, grouped: boolean): ProgrammeDraft {
    const p = this.openProgramme("prato", line);
    p.heading = this.pendingHeading;
    p.grouped = grouped;
    this.pendingHeading = null;
    return p;
  }

  private currentScheda(line: Line): ProgrammeDraft {
    return this.programme && this.programme.layout === "prato"
      ? this.programme
      : this.openScheda(line, false);
  }

  // ---- prose lines -------------------------------------------------------------------------

  private prose(line: Line): void {
    const entity = entityHeading(line);
    if (entity !== null) {
      this.expect = null;
      this.startEntity(entity, line);
      return;
    }
    const mission = missionMarker(line);
    if (mission) {
      this.mission = { code: mission.code, line: line.no };
      this.closeProgramme();
      this.summary = null;
      this.pendingHeading = null;
      this.expect = mission.title === "" ? "missionTitle" : null;
      return;
    }
    const programme = programmeMarker(line);
    if (programme) {
      if (programme.mission !== null) this.mission = { code: programme.mission, line: line.no };
      const p = this.openProgramme("pistoia", line);
      p.programme = programme.code;
      p.title = programme.title === "" ? null : programme.title;
      this.pendingHeading = null;
      this.expect = programme.title === "" ? "programmeTitle" : null;
      return;
    }
    const note = footnoteDefinition(line);
    if (note) {
      const definition: FootnoteDefinition = { mark: note.mark, text: note.text, line };
      this.footnotes.push({ definition, entity: this.entity });
      return;
    }
    if (this.expect !== null) {
      const expected = this.expect;
      this.expect = null;
      if (expected === "programmeTitle" && this.programme && this.programme.title === null)
        this.programme.title = line.text;
      return;
    }
    if (isHeading(line)) this.pendingHeading = line.text;
  }

  // ---- table lines -------------------------------------------------------------------------

  private tabular(line: Line): void {
    this.expect = null;
    this.tableLine(line);
    this.pendingHeading = null;
  }

  private tableLine(line: Line): void {
    const summary = readSummaryHeader(line);
    if (summary) {
      this.currentEntity(line);
      this.closeProgramme();
      this.summary = summary;
      for (const c of filledCells(line)) this.report.use(line, c.index);
      return;
    }
    if (this.summary) {
      if (readSummaryRow(line, this.summary, this.currentEntity(line).summary, this.report)) return;
      this.summary = null;
    }
    const header = readIndicatorHeader(line);
    if (header) {
      this.openIndicatorTable(line, header);
      return;
    }
    if (isCaptionRow(line)) {
      this.openCaption(line);
      return;
    }
    const label = labelCell(line);
    if (label && (label.kind === "phases" || filledCells(line).length <= 3)) {
      this.labelRow(line, label.cell, label.kind);
      return;
    }
    this.continuation(line);
  }

  private openIndicatorTable(line: Line, columns: ColumnMap): void {
    const first = filledCells(line)[0];
    const labelled = first !== undefined && !columns.fields.has(first.index) ? first : null;
    const kind = labelled ? readLabel(labelled.text) : null;
    let programme: ProgrammeDraft;
    let group: string | null = null;
    let tableKind: "indicator" | "progress" = "indicator";
    if (kind === "progress") {
      programme = this.currentScheda(line);
      tableKind = "progress";
    } else if (kind === "indicators") {
      programme = this.currentScheda(line);
    } else if (labelled) {
      group = labelled.text;
      programme =
        this.programme && this.programme.grouped ? this.programme : this.openScheda(line, true);
    } else if (this.programme) {
      programme = this.programme;
    } else {
      programme = this.openProgramme("pistoia", line);
      this.report.diagnose({
        code: IMPORT_CODES.programmeWithoutBlock,
        severity: "warning",
        message: message(
          "Tabella di indicatori senza le righe Missione / Programma che la precedono: programma senza codici.",
          "Indicator table without the Missione / Programma lines before it: a programme with no codes."
        ),
        entity: programme.entity,
        programme,
        line: line.no,
      });
    }
    const table = openTable(
      line,
      columns,
      tableKind,
      group,
      labelled ? labelled.index : null,
      this.report,
      programme
    );
    const base = baseYear(columns);
    if (base !== null) this.tableYears.push(base);
    for (const f of columns.fields.values()) if (f.kind === "actual") this.actualYears.push(f.year);
    this.section = { kind: "table", table };
  }

  /** "Stato di Salute Finanziaria | … | Performance": a table of sub-tables begins. */
  private openCaption(line: Line): void {
    const p = this.openScheda(line, true);
    const [caption, ...rest] = filledCells(line);
    if (p.heading === null) {
      p.strategicProgramme = caption.text;
      this.report.use(line, caption.index);
    } else {
      this.report.reject(line, caption.index, REASONS.caption);
    }
    for (const c of rest) this.report.use(line, c.index);
  }

  private labelRow(line: Line, labelCellValue: LineCell, kind: LabelKind): void {
    this.report.use(line, labelCellValue.index);
    const values = line.cells.filter((c) => c.index > labelCellValue.index && c.text !== "");
    if (kind === "phases") {
      const p = this.programme ?? this.openScheda(line, false);
      this.programme = p;
      const years = readPhaseHeader(line, labelCellValue.index, this.report);
      for (const c of values)
        if (!this.report.isUsed(line, c.index))
          this.report.reject(line, c.index, REASONS.beyondColumns);
      this.section = { kind: "phases", years };
      return;
    }
    if (kind === "strategicArea") {
      this.openScheda(line, false);
    }
    let p = this.programme ?? this.openScheda(line, false);
    const single = singleField(kind);
    if (single && p[single] !== null) {
      if (p.layout === "prato") p = this.openScheda(line, false);
      else {
        for (const c of values) this.report.reject(line, c.index, REASONS.fieldRepeated);
        this.report.diagnose({
          code: IMPORT_CODES.fieldRepeated,
          severity: "warning",
          message: message(
            `Campo ripetuto: «${labelCellValue.text}».`,
            `Field repeated: «${labelCellValue.text}».`
          ),
          entity: p.entity,
          programme: p,
          field: single,
          line: line.no,
        });
        this.section = null;
        return;
      }
    }
    for (const c of values) this.report.use(line, c.index);
    const text = values.map((c) => c.text).join(" ");
    switch (kind) {
      case "budget":
        if (p.budget === null) p.budget = readBudget(text);
        else p.budget = { raw: `${p.budget.raw} ${text}`.trim(), amount: p.budget.amount };
        this.section = { kind: "field", field: "budget" };
        return;
      case "benefits":
        for (const c of values) p.benefits.push(...italicParts(c.raw));
        this.section = { kind: "benefits" };
        return;
      case "description":
      case "conditions":
        this.appendDescription(p, values);
        this.section = { kind: "description" };
        return;
      case "progress":
      case "indicators":
        // a table label with no recognisable column headers: its cells go to the report
        for (const c of values) this.report.reject(line, c.index, REASONS.beyondColumns);
        this.section = null;
        return;
      default: {
        const field = single as SingleField;
        p[field] = field === "objective" ? text.replace(/^obiettivo\s*:\s*/i, "") : text;
        this.section = { kind: "field", field };
      }
    }
  }

  private appendDescription(p: ProgrammeDraft, cells: LineCell[]): void {
    const parts = cells.map((c) => htmlToParagraphs(c.raw)).filter((t) => t !== "");
    if (parts.length === 0) return;
    p.description = [p.description, ...parts].filter((t): t is string => !!t).join("\n\n");
  }

  private continuation(line: Line): void {
    const section = this.section;
    const p = this.programme;
    if (!section || !p) return;
    const cells = filledCells(line);
    switch (section.kind) {
      case "table": {
        const r = readRow(section.table, line, this.report, p);
        if (r.kind === "indicator") p.indicators.push(r.draft);
        else if (r.kind === "none") {
          const reason = section.table.last ? REASONS.notARow : REASONS.continuationWithoutRow;
          for (const c of cells) this.report.reject(line, c.index, reason);
        }
        return;
      }
      case "benefits":
        for (const c of cells) {
          p.benefits.push(...italicParts(c.raw));
          this.report.use(line, c.index);
        }
        return;
      case "description":
        this.appendDescription(p, cells);
        for (const c of cells) this.report.use(line, c.index);
        return;
      case "phases": {
        const phase = readPhaseRow(line, section.years, this.report, p);
        if (phase) p.phases.push(phase);
        return;
      }
      case "field": {
        const text = cells.map((c) => stripTags(c.raw)).join(" ");
        for (const c of cells) this.report.use(line, c.index);
        if (section.field === "budget") {
          p.budget = p.budget
            ? { raw: `${p.budget.raw} ${text}`.trim(), amount: p.budget.amount }
            : readBudget(text);
        } else {
          const old = p[section.field];
          p[section.field] = old ? `${old} ${text}` : text;
        }
        return;
      }
    }
  }
}

function singleField(kind: LabelKind): SingleField | null {
  switch (kind) {
    case "strategicArea":
    case "strategicProgramme":
    case "responsible":
    case "stakeholders":
    case "objective":
      return kind;
    default:
      return null;
  }
}

/** The name of the single entity of a document with no heading naming a chamber. */
export function defaultEntityName(title: string | null): string {
  return (title && chamberName(title)) || "Ente";
}
