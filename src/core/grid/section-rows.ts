/**
 * Rows and cells that open a scheda or give one of its fields instead of an indicator: a marker
 * ("Missione 011 – …"), a "Label: text" scheda field, a catalogue title alone, a label row
 * ("Missione | 011 – …", "Obiettivo strategico | …").
 */
import type { Schede } from "./schede";
import {
  labelField,
  missionByTitle,
  programmeByTitle,
  readCodeCell,
  readMarker,
  splitLabel,
  trimEndOf,
  type Marker,
} from "./sections";
import { placeOf } from "./place";
import type { Place } from "./types";
import type { GridView } from "./view";

/** A section text: a marker, a "Label: text" scheda field, or a catalogue title alone. */
export function sectionText(schede: Schede, text: string, place: Place): boolean {
  const marker = readMarker(text);
  if (marker) {
    schede.open(marker, place);
    return true;
  }
  const label = splitLabel(text);
  if (label) {
    const field = labelField(label.label);
    if (field && schede.field(field, label.label, label.value)) return true;
  }
  if (text.length <= 200) {
    const bare = text.replace(/^(missione|programma)\s*[:\-–—]?\s*/i, "");
    const mission = missionByTitle(bare);
    if (mission && mission.score >= 0.9) {
      schede.open(
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
    const programme = programmeByTitle(bare, schede.ctx.mission);
    if (programme && programme.score >= 0.9) {
      schede.open(
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

/** Whether a cell reads as a scheda's label ("Missione", "Obiettivo strategico:" …). */
export function isLabelCell(text: string): boolean {
  const word = trimEndOf(text, ":.").toLowerCase();
  if (word === "missione" || word === "programma" || word === "programma di spesa") return true;
  const f = labelField(text);
  return f !== null && f !== "caption";
}

/** "Missione | 011 – …", "Obiettivo strategico | …": a scheda's label row. */
export function labelRow(
  schede: Schede,
  view: GridView,
  r: number,
  c0: number,
  c1: number
): boolean {
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
    schede.open(marker, place);
    view.use(r, c0);
    view.use(r, c1);
    return true;
  }
  const field = labelField(label);
  if (field === null) return false;
  if (field === "caption") return false;
  if (!schede.field(field, trimEndOf(label, ":"), value)) return false;
  view.use(r, c0);
  view.use(r, c1);
  return true;
}
