/**
 * The programmes being read (one draft per scheda) and the context a reader is in: the mission
 * and programme the last marker (section row, label row, heading) opened, and the scheda fields
 * given before any programme of that segment exists.
 */
import { message } from "../message";
import { foldHeaderText } from "./header-text";
import { isSchedaField, type GridProgrammeDraft, type SchedaField } from "./model";
import { GRID_CODES, type GridReport } from "./report";
import { missionByTitle, programmeByTitle, type LabelField, type Marker } from "./sections";
import type { Place } from "./types";

export interface SchedaContext {
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

function freshContext(): SchedaContext {
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

export class Schede {
  readonly drafts: GridProgrammeDraft[] = [];
  private readonly byKey = new Map<string, GridProgrammeDraft>();
  ctx = freshContext();

  constructor(private readonly report: GridReport) {}

  /** A sheet or a CSV starts afresh; a document's tables share its headings and schede. */
  reset(): void {
    this.ctx = freshContext();
  }

  draftFor(
    mission: string | null,
    programme: string | null,
    title: string,
    place: Place
  ): GridProgrammeDraft {
    const key = `${this.ctx.segment}|${mission ?? "?"}|${programme ?? "?"}|${programme === null ? foldHeaderText(title) : ""}`;
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
    } else if (
      title !== "" &&
      d.title !== null &&
      foldHeaderText(title) !== foldHeaderText(d.title)
    ) {
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
  open(m: Marker, place: Place): void {
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

  /** Reports a mission or programme recognised in the catalogue by its title alone. */
  fromTitle(
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
  field(field: LabelField, label: string, text: string): boolean {
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

  /** The programme the context is in (the last marker's, or one for the context's codes). */
  ofContext(place: Place): GridProgrammeDraft {
    if (this.ctx.draft) return this.ctx.draft;
    const d = this.draftFor(this.ctx.mission, this.ctx.programme, this.ctx.programmeTitle, place);
    this.ctx.draft = d;
    return d;
  }
}
