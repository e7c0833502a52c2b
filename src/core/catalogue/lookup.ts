/**
 * Look-ups in the catalogue by code.
 */
import { message } from "../message";
import { normaliseCode, parseProgrammeCode } from "./codes";
import { MISSIONS, PROGRAMMES, RETIRED_PROGRAMMES, RETITLE_NOTE } from "./data";
import type {
  MissionEntry,
  ProgrammeEntry,
  ProgrammeLookup,
  Renaming,
  RetiredProgramme,
} from "./types";

/** All missions of the catalogue, by code. */
export function missions(): MissionEntry[] {
  return [...MISSIONS];
}

/** All current programmes of the catalogue, by code; with a mission, only that mission's. */
export function programmes(mission?: string | number): ProgrammeEntry[] {
  if (mission === undefined) return [...PROGRAMMES];
  const m = normaliseCode(mission);
  return PROGRAMMES.filter((p) => p.mission === m);
}

/** Retired programme codes (032.004) with the code that replaces them. */
export function retiredProgrammes(): RetiredProgramme[] {
  return [...RETIRED_PROGRAMMES];
}

/** The two renamings of the MISE note of 9.6.2015. */
export function renamings(): Renaming[] {
  const out: Renaming[] = [];
  for (const p of PROGRAMMES) {
    for (const old of p.formerTitles) {
      out.push({
        kind: "retitled",
        code: p.code,
        oldTitle: old,
        newTitle: p.title,
        note: RETITLE_NOTE,
      });
    }
  }
  for (const r of RETIRED_PROGRAMMES) {
    out.push({
      kind: "moved",
      code: r.code,
      oldTitle: r.title,
      replacedBy: r.replacedBy,
      note: r.note,
    });
  }
  return out;
}

export function findMission(code: string | number): MissionEntry | undefined {
  const c = normaliseCode(code);
  return c === null ? undefined : MISSIONS.find((m) => m.code === c);
}

/** Official title of a mission ("11", "011" or 11); undefined when not in the catalogue. */
export function missionTitle(code: string | number): string | undefined {
  return findMission(code)?.title;
}

/**
 * Split the arguments of the programme functions: (mission, programme) or a single code "011.005".
 */
function programmeArgs(
  missionOrCode: string | number,
  programme?: string | number
): { mission: string | null; programme: string | null } {
  if (programme === undefined || programme === "") {
    const p = parseProgrammeCode(missionOrCode);
    return p ?? { mission: null, programme: null };
  }
  return { mission: normaliseCode(missionOrCode), programme: normaliseCode(programme) };
}

/**
 * A current programme of the catalogue: findProgramme("011", "005"), findProgramme(11, 5),
 * findProgramme("011.005"). Retired codes (032.004) and unknown codes → undefined
 * (use lookupProgramme to know which).
 */
export function findProgramme(
  missionOrCode: string | number,
  programme?: string | number
): ProgrammeEntry | undefined {
  const a = programmeArgs(missionOrCode, programme);
  if (a.mission === null || a.programme === null) return undefined;
  return PROGRAMMES.find((p) => p.mission === a.mission && p.programme === a.programme);
}

/** Official title of a current programme ("011", "005" or "011.005"); undefined otherwise. */
export function programmeTitle(
  missionOrCode: string | number,
  programme?: string | number
): string | undefined {
  return findProgramme(missionOrCode, programme)?.title;
}

/**
 * What the catalogue says of a programme code: found, replaced (032.004 → 032.003) or unknown,
 * with a message for the user. Accepts (mission, programme) or a single code "011.005".
 */
export function lookupProgramme(
  missionOrCode: string | number,
  programme?: string | number
): ProgrammeLookup {
  const a = programmeArgs(missionOrCode, programme);
  const written = programme === undefined ? String(missionOrCode) : `${missionOrCode}.${programme}`;
  if (a.mission === null || a.programme === null) {
    return {
      status: "unknown",
      mission: a.mission,
      programme: a.programme,
      missionKnown: a.mission !== null && MISSIONS.some((m) => m.code === a.mission),
      wrongMission: [],
      reason: message(
        `"${written}" non è un codice di programma: attesi missione e programma di tre cifre, come "011.005".`,
        `"${written}" is not a programme code: expected a three-digit mission and programme, such as "011.005".`
      ),
    };
  }
  const code = `${a.mission}.${a.programme}`;
  const entry = PROGRAMMES.find((p) => p.code === code);
  if (entry) return { status: "found", entry };
  const retired = RETIRED_PROGRAMMES.find((r) => r.code === code);
  if (retired) {
    const replacedBy = PROGRAMMES.find((p) => p.code === retired.replacedBy);
    if (!replacedBy)
      throw new Error(`catalogue: ${retired.code} replaced by missing ${retired.replacedBy}`);
    return {
      status: "replaced",
      code,
      retired,
      replacedBy,
      reason: message(
        `${retired.note.it} Usare ${replacedBy.code} "${replacedBy.title}".`,
        `${retired.note.en} Use ${replacedBy.code} "${replacedBy.title}".`
      ),
    };
  }
  const missionKnown = MISSIONS.some((m) => m.code === a.mission);
  const wrongMission = PROGRAMMES.filter(
    (p) => p.programme === a.programme && p.mission !== a.mission
  );
  const hint =
    wrongMission.length > 0
      ? message(
          ` Il programma ${a.programme} esiste nella missione ${wrongMission.map((p) => p.mission).join(", ")}.`,
          ` Programme ${a.programme} exists under mission ${wrongMission.map((p) => p.mission).join(", ")}.`
        )
      : message("", "");
  const reason = missionKnown
    ? message(
        `Il programma ${code} non è nel catalogo delle Camere di Commercio (missione ${a.mission}: ${programmes(
          a.mission
        )
          .map((p) => p.code)
          .join(", ")}).${hint.it}`,
        `Programme ${code} is not in the chambers of commerce catalogue (mission ${a.mission}: ${programmes(
          a.mission
        )
          .map((p) => p.code)
          .join(", ")}).${hint.en}`
      )
    : message(
        `La missione ${a.mission} non è nel catalogo delle Camere di Commercio (${MISSIONS.map((m) => m.code).join(", ")}).${hint.it}`,
        `Mission ${a.mission} is not in the chambers of commerce catalogue (${MISSIONS.map((m) => m.code).join(", ")}).${hint.en}`
      );
  return {
    status: "unknown",
    mission: a.mission,
    programme: a.programme,
    missionKnown,
    wrongMission,
    reason,
  };
}
