/**
 * One pass over the blocks (grids, and a Word document's paragraphs): headers found, columns
 * mapped, rows read into indicator drafts under the programme their code columns, section rows,
 * label rows or headings name. Every non-empty cell is marked when it lands in the plan; what is
 * left is reported with its place and the reason.
 */
import { chamberName } from "../import";
import { message } from "../message";
import { planColumns, type ColumnPlan, type PlannedTable } from "./columns";
import { sweep } from "./sweep";
import { recordMapping } from "./table-mapping";
import { fieldPath } from "./fields";
import { headerAt, isHeaderRow, mayBeHeaderRow, type KnownHeaders } from "./header";
import {
  isSchedaField,
  newIndicatorDraft,
  type GridIndicatorDraft,
  type GridProgrammeDraft,
  type RowProgrammeValue,
  type SchedaField,
} from "./model";
import { paragraphPlace, placeOf, sourceName } from "./place";
import { equalsSign, GRID_CODES, GRID_REASONS, type GridReport } from "./report";
import {
  labelField,
  missionByTitle,
  programmeByTitle,
  readCodeCell,
  readMarker,
  splitLabel,
  trimEndOf,
  yearsIn,
  type LabelField,
  type Marker,
} from "./sections";
import type { Grid, GridBlock, GridImportOptions, Place } from "./types";
import { piraFromPlanValue } from "../values";
import { cellValue } from "./value";
import { placeYearsCell } from "./years-cell";
import { verticalPairs } from "./vertical";
import { readVerticalSheet, type VerticalSink } from "./vertical-read";
import { foldHeaderText } from "./header-text";
import type { ProgrammeField } from "./vocabulary";
import { GridView } from "./view";

interface Context {
  mission: string | null;
  missionTitle: string;
  programme: string | null;
  programmeTitle: string;
  /** a new scheda starts at every mission or programme marker */
  segment: number;
  /** the programme the last marker opened */
  draft: GridProgrammeDraft | null;
  /** scheda fields given before any programme of the segment exists */
  fields: Partial<Record<SchedaField, string>>;
  benefits: string[];
  extra: Record<string, string>;
  /** codes read from code columns on the last indicator row (blank cells below repeat them) */
  row: { mission: string | null; programme: string | null; title: string } | null;
}

function freshContext(): Context {
  return {
    mission: null,
    missionTitle: "",
    programme: null,
    programmeTitle: "",
    segment: 0,
    draft: null,
    fields: {},
    benefits: [],
    extra: {},
    row: null,
  };
}

function foldTitle(t: string): string {
  return foldHeaderText(t);
}

export class GridReader {
  readonly drafts: GridProgrammeDraft[] = [];
  private readonly byKey = new Map<string, GridProgrammeDraft>();
  private ctx = freshContext();
  title: string | null = null;
  entityName: string | null = null;
  readonly titleYears: number[] = [];
  /** each table's base year and how it was found */
  readonly tableYears: { year: number; from: PlannedTable["baseFrom"] }[] = [];
  private readonly known: KnownHeaders;

  constructor(
    private readonly report: GridReport,
    private readonly options: GridImportOptions
  ) {
    const known = new Set<string>();
    for (const t of options.mapping?.tables ?? [])
      for (const c of t.columns) known.add(foldHeaderText(c.header));
    this.known = known;
  }

  read(blocks: readonly GridBlock[]): void {
    for (const b of blocks) {
      if (b.kind === "text") this.paragraph(b.text, b.level, b.paragraph);
      else this.grid(b.grid);
    }
  }

  // ── programmes ──────────────────────────────────────────────────────────────────────────────

  private draftFor(
    mission: string | null,
    programme: string | null,
    title: string,
    place: Place
  ): GridProgrammeDraft {
    const key = `${this.ctx.segment}|${mission ?? "?"}|${programme ?? "?"}|${programme === null ? foldTitle(title) : ""}`;
    let d = this.byKey.get(key);
    if (!d) {
      d = {
        id: "",
        key,
        mission,
        programme,
        title: title === "" ? null : title,
        byTitle: { mission: null, programme: null },
        fields: { ...this.ctx.fields },
        benefits: [...this.ctx.benefits],
        extra: { ...this.ctx.extra },
        place,
        indicators: [],
      };
      this.byKey.set(key, d);
      this.drafts.push(d);
    } else if (title !== "" && d.title === null) {
      d.title = title;
    } else if (title !== "" && d.title !== null && foldTitle(title) !== foldTitle(d.title)) {
      this.report.diagnose({
        code: GRID_CODES.titleDiffers,
        severity: "warning",
        message: message(
          `Il programma ${mission ?? "?"}.${programme ?? "?"} è scritto anche «${title}»: tenuto «${d.title}».`,
          `Programme ${mission ?? "?"}.${programme ?? "?"} is also written «${title}»: kept «${d.title}».`
        ),
        programme: d,
        field: "title",
        place,
      });
    }
    return d;
  }

  /** A marker (section row, label row, heading) opens a scheda. */
  private applyMarker(m: Marker, place: Place): void {
    let mission = m.mission;
    let programme = m.programme;
    let missionMatch = null;
    let programmeMatch = null;
    if (mission === null && m.missionTitle !== "" && !m.namesProgramme) {
      missionMatch = missionByTitle(m.missionTitle);
      if (missionMatch) mission = missionMatch.code;
    }
    if (m.namesProgramme) {
      if (mission === null && m.missionTitle !== "") {
        missionMatch = missionByTitle(m.missionTitle);
        if (missionMatch) mission = missionMatch.code;
      }
      mission = mission ?? this.ctx.mission;
      if (programme === null && m.programmeTitle !== "") {
        programmeMatch = programmeByTitle(m.programmeTitle, mission);
        if (programmeMatch) {
          mission = programmeMatch.candidate.mission;
          programme = programmeMatch.candidate.programme;
        }
      }
    }
    this.ctx.segment++;
    this.ctx.row = null;
    this.ctx.fields = {};
    this.ctx.benefits = [];
    this.ctx.extra = {};
    if (!m.namesProgramme) {
      this.ctx.mission = mission;
      this.ctx.missionTitle = m.missionTitle;
      this.ctx.programme = null;
      this.ctx.programmeTitle = "";
      this.ctx.draft = null;
      if (missionMatch) this.fromTitle("mission", m.missionTitle, missionMatch.code, null, place);
      return;
    }
    this.ctx.mission = mission;
    if (m.missionTitle !== "") this.ctx.missionTitle = m.missionTitle;
    this.ctx.programme = programme;
    this.ctx.programmeTitle = m.programmeTitle;
    const d = this.draftFor(mission, programme, m.programmeTitle, place);
    if (missionMatch) d.byTitle.mission = missionMatch;
    if (programmeMatch) {
      d.byTitle.programme = programmeMatch;
      this.fromTitle("programme", m.programmeTitle, programmeMatch.code, d, place);
    }
    this.ctx.draft = d;
  }

  private fromTitle(
    what: "mission" | "programme",
    written: string,
    code: string,
    d: GridProgrammeDraft | null,
    place: Place
  ): void {
    this.report.diagnose({
      code: GRID_CODES.codesFromTitle,
      severity: "info",
      message:
        what === "mission"
          ? message(
              `Missione «${written}» senza codice: riconosciuta nel catalogo come ${code} (per somiglianza del titolo, da verificare).`,
              `Mission «${written}» has no code: recognised in the catalogue as ${code} (by title similarity, to be checked).`
            )
          : message(
              `Programma «${written}» senza codice: riconosciuto nel catalogo come ${code} (per somiglianza del titolo, da verificare).`,
              `Programme «${written}» has no code: recognised in the catalogue as ${code} (by title similarity, to be checked).`
            ),
      programme: d,
      field: what === "mission" ? "mission" : "programme",
      place,
    });
  }

  /** A scheda field (label row, "Obiettivo: …" paragraph) for the programme being read. */
  private schedaField(field: LabelField, label: string, text: string): boolean {
    if (field === "caption") return false;
    const d = this.ctx.draft;
    if (field === "extra") {
      if (d) d.extra[label] = text;
      this.ctx.extra[label] = text;
      return true;
    }
    if (field === "benefits") {
      if (d) d.benefits.push(text);
      this.ctx.benefits.push(text);
      return true;
    }
    if (!isSchedaField(field)) return false;
    const f = field as SchedaField;
    if (d) d.fields[f] = d.fields[f] ? `${d.fields[f]}\n${text}` : text;
    this.ctx.fields[f] = this.ctx.fields[f] ? `${this.ctx.fields[f]}\n${text}` : text;
    return true;
  }

  // ── paragraphs (Word) ───────────────────────────────────────────────────────────────────────

  private noteTitle(text: string): void {
    if (this.entityName === null) this.entityName = chamberName(text);
    this.titleYears.push(...yearsIn(text));
  }

  private paragraph(input: string, level: number | null, paragraph: number): void {
    const text = input.replace(/\s+/g, " ").trim();
    if (text === "") return;
    const place = paragraphPlace(paragraph);
    const marker = readMarker(text);
    if (marker) {
      this.applyMarker(marker, place);
      this.report.placed++;
      return;
    }
    const label = splitLabel(text);
    if (label) {
      const field = labelField(label.label);
      if (field && this.schedaField(field, label.label, label.value)) {
        this.report.placed++;
        return;
      }
    }
    if (level !== null && this.title === null && this.options.title === undefined) {
      this.title = text;
      this.noteTitle(text);
      this.report.placed++;
      return;
    }
    if (level !== null) this.noteTitle(text);
    this.report.reject(place, text, level !== null ? GRID_REASONS.heading : GRID_REASONS.prose);
  }

  // ── grids ───────────────────────────────────────────────────────────────────────────────────

  private grid(grid: Grid): void {
    // a document's tables share its headings and schede; a sheet or a CSV starts afresh
    if (grid.origin.kind !== "docx" && grid.origin.kind !== "pdf") this.ctx = freshContext();
    const view = new GridView(grid);
    const rowReasons = new Map<number, typeof GRID_REASONS.outsideTable>();
    const pairs = verticalPairs(view);
    if (pairs) {
      readVerticalSheet(view, pairs, this.verticalSink(), this.report, rowReasons);
      sweep(this.report, view, rowReasons, 1);
      return;
    }
    let r = 0;
    let floor = 0;
    let tables = 0;
    while (r < view.height) {
      // the next header
      let h = r;
      while (h < view.height && (view.blankRow(h) || !isHeaderRow(view, h, this.known))) h++;
      if (h >= view.height) {
        const mode = tables > 0 ? "after" : "noHeader";
        for (let k = r; k < view.height; k++) this.preambleRow(view, k, rowReasons, mode);
        break;
      }
      const header = headerAt(view, h, floor);
      for (let k = r; k < header.rows[0]; k++)
        this.preambleRow(view, k, rowReasons, tables > 0 ? "after" : "above");
      r = this.table(view, header.rows, header.texts, header.dataStart, rowReasons);
      floor = r;
      tables++;
    }
    sweep(this.report, view, rowReasons, tables);
  }

  /** What a vertical sheet's blocks say, into the programmes (see vertical-read.ts). */
  private verticalSink(): VerticalSink {
    return {
      open: (m, place) => this.applyMarker(m, place),
      schedaField: (f, label, text) => this.schedaField(f, label, text),
      indicator: (ind) => this.programmeOfContext(ind.place).indicators.push(ind),
      referenceYear: (year) => this.tableYears.push({ year, from: "header" }),
      fallbackYear: () => {
        const year = this.options.firstYear ?? this.titleYears[0] ?? new Date().getFullYear();
        this.tableYears.push({ year, from: "none" });
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
      if (this.sectionText(text, place)) {
        view.use(r, cells[0]);
        return;
      }
      if (
        mode === "above" &&
        this.title === null &&
        this.options.title === undefined &&
        text.length <= 200
      ) {
        this.title = text;
        this.noteTitle(text);
        view.use(r, cells[0]);
        return;
      }
      if (mode === "above") this.noteTitle(text);
      reasons.set(r, mode === "after" ? GRID_REASONS.lonelyRow : fallback);
      return;
    }
    if (cells.length === 2 && this.labelRow(view, r, cells[0], cells[1])) return;
    reasons.set(r, fallback);
  }

  /** A section text: a marker, a "Label: text" scheda field, or a catalogue title alone. */
  private sectionText(text: string, place: Place): boolean {
    const marker = readMarker(text);
    if (marker) {
      this.applyMarker(marker, place);
      return true;
    }
    const label = splitLabel(text);
    if (label) {
      const field = labelField(label.label);
      if (field && this.schedaField(field, label.label, label.value)) return true;
    }
    if (text.length <= 200) {
      const bare = text.replace(/^(missione|programma)\s*[:\-–—]?\s*/i, "");
      const mission = missionByTitle(bare);
      if (mission && mission.score >= 0.9) {
        this.applyMarker(
          {
            mission: null,
            missionTitle: bare,
            programme: null,
            programmeTitle: "",
            namesProgramme: false,
          },
          place
        );
        return true;
      }
      const programme = programmeByTitle(bare, this.ctx.mission);
      if (programme && programme.score >= 0.9) {
        this.applyMarker(
          {
            mission: null,
            missionTitle: "",
            programme: null,
            programmeTitle: bare,
            namesProgramme: true,
          },
          place
        );
        return true;
      }
    }
    return false;
  }

  /** "Missione | 011 – …", "Obiettivo strategico | …": a scheda's label row. */
  private labelRow(view: GridView, r: number, c0: number, c1: number): boolean {
    const label = view.rawText(r, c0);
    const value = view.rawText(r, c1);
    const place = placeOf(view.grid, r, c0);
    const word = trimEndOf(label, ":.").toLowerCase();
    if (word === "missione" || word === "programma" || word === "programma di spesa") {
      const raw = view.raw(r, c1);
      const code = readCodeCell(typeof raw === "number" ? raw : view.rawText(r, c1));
      if (!code) return false;
      const marker: Marker =
        word === "missione"
          ? {
              mission: code.code,
              missionTitle: code.title,
              programme: code.second,
              programmeTitle: "",
              namesProgramme: code.second !== null,
            }
          : {
              mission: code.second !== null ? code.code : null,
              missionTitle: "",
              programme: code.second ?? code.code,
              programmeTitle: code.title,
              namesProgramme: true,
            };
      // "Programma | 005 …" right after "Missione | 011 …" continues the same scheda
      this.applyMarker(marker, place);
      view.use(r, c0);
      view.use(r, c1);
      return true;
    }
    const field = labelField(label);
    if (field === null) return false;
    if (field === "caption") return false;
    if (!this.schedaField(field, trimEndOf(label, ":"), value)) return false;
    view.use(r, c0);
    view.use(r, c1);
    return true;
  }

  /** Reads a table from its header; returns the row where the next header (or the end) is. */
  private table(
    view: GridView,
    headerRows: number[],
    texts: string[],
    dataStart: number,
    reasons: Map<number, typeof GRID_REASONS.outsideTable>
  ): number {
    const source = sourceName(view.grid);
    // the data runs to the next header after a blank row (a repeated header may end it sooner)
    let end = dataStart;
    while (
      end < view.height &&
      !(view.blankRow(end - 1) && !view.blankRow(end) && isHeaderRow(view, end, this.known))
    )
      end++;
    const planned = planColumns(
      view,
      texts,
      dataStart,
      end,
      source,
      { option: this.options.firstYear ?? null, titleYears: this.titleYears },
      this.options.mapping
    );
    this.tableYears.push({ year: planned.baseYear, from: planned.baseFrom });
    for (const hr of headerRows) view.useRow(hr);
    recordMapping(this.report, view, headerRows, planned);

    const nameCol = planned.columns.find((c) => c.kind.f === "text" && c.kind.field === "name");
    const codeColumns = planned.columns.some(
      (c) =>
        c.kind.f === "programme" &&
        (c.kind.field === "mission" ||
          c.kind.field === "code" ||
          c.kind.field === "title" ||
          c.kind.field === "missionTitle")
    );
    let previous: GridIndicatorDraft | null = null;
    let pendingGroup: { r: number; c: number; text: string } | null = null;
    let group: string | null = null;
    const dropPending = () => {
      if (pendingGroup) reasons.set(pendingGroup.r, GRID_REASONS.lonelyRow);
      pendingGroup = null;
    };

    let r = dataStart;
    for (; r < view.height; r++) {
      const own = view.filled(r);
      if (own.length === 0) continue;
      const repeated = nameCol !== undefined && mayBeHeaderRow(view, r, nameCol.column);
      if ((repeated || view.blankRow(r - 1)) && isHeaderRow(view, r, this.known)) break;
      const place = () => placeOf(view.grid, r, own[0]);

      const coveredFromAbove =
        view.hasMerges &&
        planned.columns.some((c) => {
          const [rr] = view.owner(r, c.column);
          return rr < r && rr >= dataStart;
        });
      if (own.length === 1 && !coveredFromAbove) {
        const col = planned.columns.find((x) => x.column === own[0]);
        const textColumn =
          col !== undefined &&
          ((col.kind.f === "text" && col.kind.field !== "name" && col.kind.field !== "polarity") ||
            col.kind.f === "extra");
        if (previous && textColumn && view.spanRight(r, own[0]) === own[0] && !pendingGroup) {
          if (this.continuation(view, r, planned.columns, previous)) continue;
        }
        const text = view.rawText(r, own[0]);
        if (this.sectionText(text, place())) {
          view.use(r, own[0]);
          dropPending();
          group = null;
          previous = null;
          continue;
        }
        dropPending();
        pendingGroup = { r, c: own[0], text };
        continue;
      }
      if (own.length === 2 && !coveredFromAbove && this.isLabelCell(view.rawText(r, own[0]))) {
        if (this.labelRow(view, r, own[0], own[1])) {
          dropPending();
          previous = null;
          continue;
        }
      }

      const name = nameCol ? view.text(r, nameCol.column) : "";
      if (name === "") {
        if (previous && this.continuation(view, r, planned.columns, previous)) continue;
        reasons.set(r, GRID_REASONS.noName);
        this.report.diagnose({
          code: GRID_CODES.rowWithoutName,
          severity: "warning",
          message: message(
            "Riga con valori ma senza il nome dell'indicatore: non importata (le sue celle sono nel rapporto).",
            "Row with values but no indicator name: not imported (its cells are in the report)."
          ),
          place: place(),
        });
        continue;
      }
      if (pendingGroup) {
        group = pendingGroup.text;
        view.use(pendingGroup.r, pendingGroup.c);
        pendingGroup = null;
      }
      previous = this.indicatorRow(
        view,
        r,
        planned.columns,
        nameCol as ColumnPlan,
        group,
        codeColumns
      );
    }
    dropPending();
    return r;
  }

  private isLabelCell(text: string): boolean {
    const word = trimEndOf(text, ":.").toLowerCase();
    if (word === "missione" || word === "programma" || word === "programma di spesa") return true;
    const f = labelField(text);
    return f !== null && f !== "caption";
  }

  /** A row with no name continuing the previous indicator's text cells (a cell split over rows). */
  private continuation(
    view: GridView,
    r: number,
    columns: ColumnPlan[],
    previous: GridIndicatorDraft
  ): boolean {
    const own = new Set(view.filled(r));
    const parts: { col: ColumnPlan; text: string }[] = [];
    for (const col of columns) {
      if (!own.has(col.column)) continue;
      const k = col.kind;
      const textual = (k.f === "text" && k.field !== "polarity") || k.f === "extra";
      if (!textual) return false;
      parts.push({ col, text: view.rawText(r, col.column) });
    }
    if (parts.length === 0 || parts.length !== own.size) return false;
    for (const { col, text } of parts) {
      const k = col.kind;
      if (k.f === "extra")
        previous.extra[col.extraKey] = previous.extra[col.extraKey]
          ? `${previous.extra[col.extraKey]}\n${text}`
          : text;
      else if (k.f === "text" && k.field === "notes") previous.notes.push(text);
      else if (k.f === "text") {
        const f = k.field as "formula" | "typology" | "unit" | "source" | "group";
        previous[f] = previous[f] ? `${previous[f]} ${text}` : text;
      }
      view.use(r, col.column);
    }
    this.report.diagnose({
      code: GRID_CODES.rowContinued,
      severity: "info",
      message: message(
        `Riga senza nome: il suo testo continua l'indicatore «${previous.name}».`,
        `Row without a name: its text continues the indicator «${previous.name}».`
      ),
      indicator: previous,
      place: placeOf(view.grid, r, [...own][0]),
    });
    return true;
  }

  private indicatorRow(
    view: GridView,
    r: number,
    columns: ColumnPlan[],
    nameCol: ColumnPlan,
    group: string | null,
    codeColumns: boolean
  ): GridIndicatorDraft {
    const place = placeOf(view.grid, r, nameCol.column);
    const ind = newIndicatorDraft(place, view.text(r, nameCol.column));
    ind.group = group;
    const codes: Partial<Record<ProgrammeField, { value: string | number; place: () => Place }>> =
      {};
    for (const col of columns) {
      const c = col.column;
      const v = view.value(r, c);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      view.use(r, c);
      let or = r;
      let oc = c;
      if (view.hasMerges) [or, oc] = view.owner(r, c);
      const k = col.kind;
      if (k.f === "target" || k.f === "actual" || k.f === "reported") {
        const at = () => placeOf(view.grid, or, oc);
        if (k.f !== "reported" && typeof v === "string")
          if (placeYearsCell(v, k.f, ind, col.header, at, this.report)) continue;
        const read = cellValue(v, view.format(or, oc));
        if (read === null) continue;
        if (!read.readable) {
          const text = view.text(r, c);
          this.report.diagnose({
            code: GRID_CODES.valueUnreadable,
            severity: "warning",
            message: message(
              `Indicatore «${ind.name}», «${col.header}»: «${text}» non è un valore leggibile, tenuto come testo.`,
              `Indicator «${ind.name}», «${col.header}»: «${text}» is not a readable value, kept as text.`
            ),
            indicator: ind,
            field: fieldPath(k),
            place: placeOf(view.grid, or, oc),
          });
        }
        if (read.pira?.equals)
          this.report.diagnose(
            equalsSign(ind, col.header, read.value.raw, fieldPath(k), placeOf(view.grid, or, oc))
          );
        if (k.f === "reported") ind.reported = read.value;
        else if (k.f === "target") ind.targets[k.key] = read.value;
        else ind.actuals[k.key] = read.value;
        if (k.f !== "reported") ind.readings.push(read.pira ?? piraFromPlanValue(read.value));
        continue;
      }
      const text = view.text(r, c);
      if (k.f === "extra") {
        ind.extra[col.extraKey] = text;
        continue;
      }
      if (k.f === "text" && k.field !== "polarity") {
        if (k.field === "notes") ind.notes.push(text);
        else if (k.field !== "name") ind[k.field] = text;
        continue;
      }
      const cellPlace = () => placeOf(view.grid, or, oc);
      if (k.f === "text") ind.polarityText = { text, header: col.extraKey, place: cellPlace() };
      else if (k.f === "programme") {
        if (
          k.field === "mission" ||
          k.field === "code" ||
          k.field === "title" ||
          k.field === "missionTitle"
        )
          codes[k.field] = { value: typeof v === "number" ? v : text, place: cellPlace };
        else ind.rowValues.push({ field: k.field, header: col.extraKey, text, place: cellPlace });
      } else if (k.f === "objective")
        ind.rowValues.push({
          field: "objectiveOrGroup",
          header: col.extraKey,
          text,
          place: cellPlace,
        });
    }
    const draft = codeColumns ? this.programmeOfRow(codes, place) : this.programmeOfContext(place);
    draft.indicators.push(ind);
    return ind;
  }

  private programmeOfContext(place: Place): GridProgrammeDraft {
    if (this.ctx.draft) return this.ctx.draft;
    const d = this.draftFor(this.ctx.mission, this.ctx.programme, this.ctx.programmeTitle, place);
    this.ctx.draft = d;
    return d;
  }

  /** The programme named by a row's code columns (blank cells repeat the row above). */
  private programmeOfRow(
    codes: Partial<Record<ProgrammeField, { value: string | number; place: () => Place }>>,
    place: Place
  ): GridProgrammeDraft {
    if (!codes.mission && !codes.code && !codes.title && !codes.missionTitle) {
      if (this.ctx.row) {
        const r = this.ctx.row;
        return this.draftFor(r.mission, r.programme, r.title, place);
      }
      return this.programmeOfContext(place);
    }
    let mission: string | null = null;
    let missionTitle = "";
    let programme: string | null = null;
    let title = "";
    if (codes.mission) {
      const cc = readCodeCell(codes.mission.value);
      if (cc?.code) {
        mission = cc.code;
        if (cc.second) programme = cc.second;
      }
      missionTitle = cc?.title ?? "";
    }
    if (codes.missionTitle && missionTitle === "") missionTitle = String(codes.missionTitle.value);
    if (codes.code) {
      const cc = readCodeCell(codes.code.value);
      if (cc?.code && cc.second) {
        mission = mission ?? cc.code;
        programme = cc.second;
      } else if (cc?.code) {
        programme = cc.code;
      }
      title = cc?.title ?? "";
    }
    if (codes.title && title === "") title = String(codes.title.value);
    if (mission === null && missionTitle !== "") {
      const m = missionByTitle(missionTitle);
      if (m) {
        mission = m.code;
        this.fromTitle(
          "mission",
          missionTitle,
          m.code,
          null,
          (codes.mission ?? codes.missionTitle)?.place() ?? place
        );
      }
    }
    let byTitle = null;
    if (programme === null && title !== "") {
      // a programme written by its title alone: its mission is the catalogue's (unless this row names one)
      byTitle = programmeByTitle(title, mission);
      if (byTitle) {
        mission = byTitle.candidate.mission;
        programme = byTitle.candidate.programme;
      }
    } else if (mission === null && !codes.mission && !codes.missionTitle) {
      mission = this.ctx.row?.mission ?? this.ctx.mission;
    }
    if (
      programme === null &&
      !codes.code &&
      !codes.title &&
      mission === (this.ctx.row?.mission ?? this.ctx.mission)
    )
      programme = this.ctx.row?.programme ?? this.ctx.programme;
    this.ctx.row = { mission, programme, title };
    const d = this.draftFor(mission, programme, title, place);
    if (byTitle && !d.byTitle.programme) {
      d.byTitle.programme = byTitle;
      this.fromTitle(
        "programme",
        title,
        byTitle.code,
        d,
        (codes.code ?? codes.title)?.place() ?? place
      );
    }
    return d;
  }
}

export type { RowProgrammeValue };
