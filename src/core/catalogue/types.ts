/**
 * Types of the catalogue of missions and programmes a Camera di Commercio uses in its PIRA.
 */
import type { Message } from "../message";

/**
 * Where an entry comes from: "reference" = named in the reference document (the PIRA 2020 of the
 * CCIAA di Pistoia-Prato, quoting DM MEF 27/3/2013 and the MISE note of 9.6.2015); "practice" =
 * usually present in chambers' budgets but not in the reference document.
 */
export type CatalogueSource = "reference" | "practice";

export interface MissionEntry {
  /** three digits, "011" */
  code: string;
  /** official title */
  title: string;
  /** COFOG shared by all the mission's programmes ("04.1"), or only the division ("01") when they differ; null: none */
  cofog: string | null;
  source: CatalogueSource;
}

export interface ProgrammeEntry {
  /** "011.005" */
  code: string;
  /** three digits, "011" */
  mission: string;
  /** three digits, "005" */
  programme: string;
  /** official (current) title */
  title: string;
  /** titles the programme had before a renaming, newest first (011.005: the pre-2015 title) */
  formerTitles: string[];
  /** COFOG group, "04.1"; null where COFOG does not apply */
  cofog: string | null;
  source: CatalogueSource;
}

/** A programme code no longer in use, with the programme that took over its activities. */
export interface RetiredProgramme {
  /** "032.004" */
  code: string;
  mission: string;
  programme: string;
  /** its last official title */
  title: string;
  /** code of the programme that replaces it, "032.003" */
  replacedBy: string;
  /** why, with the act that decided it */
  note: Message;
  source: CatalogueSource;
}

/** The two renamings of the MISE note of 9.6.2015. */
export type Renaming =
  | { kind: "retitled"; code: string; oldTitle: string; newTitle: string; note: Message }
  | { kind: "moved"; code: string; oldTitle: string; replacedBy: string; note: Message };

/** The answer of `lookupProgramme`. */
export type ProgrammeLookup =
  | { status: "found"; entry: ProgrammeEntry }
  | {
      status: "replaced";
      /** the retired code as asked, "032.004" */
      code: string;
      retired: RetiredProgramme;
      replacedBy: ProgrammeEntry;
      reason: Message;
    }
  | {
      status: "unknown";
      /** the codes as normalised, null when not a valid code */
      mission: string | null;
      programme: string | null;
      /** the mission is in the catalogue (only the programme is not) */
      missionKnown: boolean;
      /** programmes with the same programme code under other missions: maybe the mission is wrong */
      wrongMission: ProgrammeEntry[];
      reason: Message;
    };

/** A title the fuzzy matcher can compare a written title with. */
export interface TitleCandidate {
  kind: "mission" | "programme";
  /** "011" for a mission, "011.005" for a programme */
  code: string;
  mission: string;
  programme: string | null;
  /** the title to compare with (current, former or retired) */
  title: string;
  /** "current": the entry's official title; "former": a title it had before a renaming;
   *  "retired": the title of a retired programme whose activities moved to this code */
  status: "current" | "former" | "retired";
  /** the official title of the entry the candidate stands for (for a retired code: of its replacement) */
  officialTitle: string;
  /** for "retired": the retired code ("032.004") */
  retiredCode?: string;
}

export interface TitleFilter {
  kind?: "mission" | "programme";
  /** restrict programmes to one mission ("011" or 11) */
  mission?: string | number;
  /** include former and retired titles (default true) */
  outdated?: boolean;
}

export interface TitleMatch {
  candidate: TitleCandidate;
  /** code of the entry ("011", "011.005"; for a retired title the replacing code) */
  code: string;
  /** the entry's current official title */
  officialTitle: string;
  /** Dice coefficient of the significant words, 0..1 */
  score: number;
  /** every significant word of the written text is in the candidate title (an abbreviated title) */
  contained: boolean;
  /** the written title counts as this candidate (score or containment rule, see similarity.ts) */
  matched: boolean;
  /** identical to the candidate title up to case, accents, punctuation and spacing */
  exact: boolean;
  /** matched the current title (false: a former or retired title, i.e. an outdated one) */
  current: boolean;
}

export type TitleStatusCode = "official" | "variant" | "outdated" | "different" | "unknown";

export interface TitleStatus {
  /** official: the official title (up to case/accents/punctuation); variant: a loose spelling of it;
   *  outdated: a former title, or the title of a retired programme moved here; different: another
   *  title; unknown: the code is not in the catalogue */
  status: TitleStatusCode;
  /** the official title for the code (for a retired code: of the programme replacing it); null if unknown */
  officialTitle: string | null;
  /** similarity with the best title of this code, 0..1 */
  score: number;
  /** the catalogue title the written one was recognised as (official, former or retired) */
  matchedTitle: string | null;
  /** for status "different": the catalogue title the text matches instead, if any */
  matchesOther: TitleMatch | null;
  reason: Message;
}
