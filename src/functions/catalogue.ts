/*
 * MISSION and PROGRAMME: official titles from the catalogue of missions and programmes.
 * MISSION also accepts a programme code ("011.005" → mission 011).
 * A retired code (032.004) is #VALUE! with a message naming the programme that replaced it,
 * never that programme's title in its place: a formula must not silently relabel a programme.
 */
import {
  lookupProgramme,
  missions,
  missionTitle,
  normaliseCode,
  parseProgrammeCode,
} from "../core/catalogue";
import { codeArgument, LABELS } from "./arguments";
import { failure, isFailure, type Failure } from "./errors";

function blank(what: string, whatEn: string): Failure {
  return failure("missing", `${what} mancante`, `${whatEn} missing`);
}

export function missionOf(code: unknown): string | Failure {
  const c = codeArgument(code, LABELS.mission);
  if (isFailure(c)) return c;
  if (c === null) return blank("codice di missione", "mission code");
  // a programme code "011.005" names its mission too
  const normal = normaliseCode(c) ?? parseProgrammeCode(c)?.mission ?? null;
  const list = missions()
    .map((m) => m.code)
    .join(", ");
  if (normal === null) {
    return failure(
      "invalid",
      `«${c}» non è un codice di missione: attese tre cifre, come "011" (${list})`,
      `«${c}» is not a mission code: expected three digits such as "011" (${list})`
    );
  }
  const title = missionTitle(normal);
  if (title === undefined) {
    return failure(
      "invalid",
      `la missione ${normal} non è nel catalogo delle Camere di Commercio (${list})`,
      `mission ${normal} is not in the chambers of commerce catalogue (${list})`
    );
  }
  return title;
}

export function programmeOf(code: unknown, programme: unknown): string | Failure {
  const c = codeArgument(code, LABELS.programme);
  if (isFailure(c)) return c;
  const p = codeArgument(programme, LABELS.programme);
  if (isFailure(p)) return p;
  if (c === null) return blank("codice di programma", "programme code");
  const found = lookupProgramme(c, p === null ? undefined : p);
  if (found.status === "found") return found.entry.title;
  return { failure: "invalid", reason: found.reason };
}
