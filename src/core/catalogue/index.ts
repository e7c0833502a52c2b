/**
 * The catalogue of missions and programmes for chambers of commerce (pure).
 */
export type {
  CatalogueSource,
  MissionEntry,
  ProgrammeEntry,
  RetiredProgramme,
  Renaming,
  ProgrammeLookup,
  TitleCandidate,
  TitleFilter,
  TitleMatch,
  TitleStatus,
  TitleStatusCode,
} from "./types";
export { normaliseCode, parseProgrammeCode, formatProgrammeCode } from "./codes";
export type { ProgrammeCode } from "./codes";
export {
  missions,
  programmes,
  retiredProgrammes,
  renamings,
  findMission,
  findProgramme,
  missionTitle,
  programmeTitle,
  lookupProgramme,
} from "./lookup";
export { titleCandidates, rankTitles, matchTitle, titleStatus, missionTitleStatus } from "./titles";
export { MATCH_THRESHOLD, foldText, titleWords, similarity } from "./similarity";
export type { Similarity } from "./similarity";
