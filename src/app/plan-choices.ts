/** The choices of a new plan: the catalogue by mission, the default programmes, entity names. */
import { missions, programmes as cataloguedProgrammes } from "../core/catalogue";
import type { MissionEntry, ProgrammeEntry } from "../core/catalogue";

export interface CatalogueMission {
  mission: MissionEntry;
  programmes: ProgrammeEntry[];
}

/** The catalogue grouped by mission, missions without programmes left out. */
export function catalogue(): CatalogueMission[] {
  return missions()
    .map((mission) => ({ mission, programmes: cataloguedProgrammes(mission.code) }))
    .filter((m) => m.programmes.length > 0);
}

/** The programmes a new plan starts with: those the reference document names. */
export function defaultProgrammes(): string[] {
  return cataloguedProgrammes()
    .filter((p) => p.source === "reference")
    .map((p) => p.code);
}

/** Entity names from a text area: one per line, blanks and repeats dropped. */
export function entityNames(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.replace(/\s+/g, " ").trim();
    if (name && !out.some((x) => x.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}
