/** The programme an indicator row names by its code columns (blank cells repeat the row above). */
import type { GridProgrammeDraft } from "./model";
import type { Schede } from "./schede";
import { missionByTitle, programmeByTitle, readCodeCell } from "./sections";
import type { Place } from "./types";
import type { ProgrammeField } from "./vocabulary";

/** The code cells of one row, by field, each with the place of its cell. */
export type RowCodes = Partial<
  Record<ProgrammeField, { value: string | number; place: () => Place }>
>;

export function programmeOfRow(schede: Schede, codes: RowCodes, place: Place): GridProgrammeDraft {
  const ctx = schede.ctx;
  if (!codes.mission && !codes.code && !codes.title && !codes.missionTitle) {
    if (ctx.row) {
      const r = ctx.row;
      return schede.draftFor(r.mission, r.programme, r.title, place);
    }
    return schede.ofContext(place);
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
      schede.fromTitle(
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
    mission = ctx.row?.mission ?? ctx.mission;
  }
  if (
    programme === null &&
    !codes.code &&
    !codes.title &&
    mission === (ctx.row?.mission ?? ctx.mission)
  )
    programme = ctx.row?.programme ?? ctx.programme;
  ctx.row = { mission, programme, title };
  const d = schede.draftFor(mission, programme, title, place);
  if (byTitle && !d.byTitle.programme) {
    d.byTitle.programme = byTitle;
    schede.fromTitle(
      "programme",
      title,
      byTitle.code,
      d,
      (codes.code ?? codes.title)?.place() ?? place
    );
  }
  return d;
}
