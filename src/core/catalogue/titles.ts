/**
 * Fuzzy matching of written mission and programme titles against the catalogue
 * (similarity and threshold: see similarity.ts).
 */
import { message } from "../message";
import { normaliseCode } from "./codes";
import { MISSIONS, PROGRAMMES, RETIRED_PROGRAMMES } from "./data";
import { lookupProgramme } from "./lookup";
import { similarity } from "./similarity";
import type { ProgrammeEntry, TitleCandidate, TitleFilter, TitleMatch, TitleStatus } from "./types";

function programmeCandidates(p: ProgrammeEntry, outdated: boolean): TitleCandidate[] {
  const base = {
    kind: "programme" as const,
    code: p.code,
    mission: p.mission,
    programme: p.programme,
    officialTitle: p.title,
  };
  const out: TitleCandidate[] = [{ ...base, title: p.title, status: "current" }];
  if (!outdated) return out;
  for (const t of p.formerTitles) out.push({ ...base, title: t, status: "former" });
  for (const r of RETIRED_PROGRAMMES) {
    if (r.replacedBy === p.code)
      out.push({ ...base, title: r.title, status: "retired", retiredCode: r.code });
  }
  return out;
}

/**
 * The titles the matcher compares with: missions' titles, then programmes' current titles with
 * (unless `outdated: false`) their former titles and the titles of retired programmes moved into
 * them (032.004's title is a candidate of 032.003, status "retired").
 */
export function titleCandidates(filter: TitleFilter = {}): TitleCandidate[] {
  const outdated = filter.outdated ?? true;
  const mission = filter.mission === undefined ? undefined : normaliseCode(filter.mission);
  const out: TitleCandidate[] = [];
  if (filter.kind !== "programme") {
    for (const m of MISSIONS) {
      if (mission !== undefined && m.code !== mission) continue;
      out.push({
        kind: "mission",
        code: m.code,
        mission: m.code,
        programme: null,
        title: m.title,
        status: "current",
        officialTitle: m.title,
      });
    }
  }
  if (filter.kind !== "mission") {
    for (const p of PROGRAMMES) {
      if (mission !== undefined && p.mission !== mission) continue;
      out.push(...programmeCandidates(p, outdated));
    }
  }
  return out;
}

function toMatch(text: string, c: TitleCandidate): TitleMatch {
  const s = similarity(text, c.title);
  return {
    candidate: c,
    code: c.code,
    officialTitle: c.officialTitle,
    score: s.score,
    contained: s.contained,
    matched: s.matched,
    exact: s.exact,
    current: c.status === "current",
  };
}

function candidatesOf(
  candidates?: readonly TitleCandidate[] | TitleFilter
): readonly TitleCandidate[] {
  return Array.isArray(candidates)
    ? candidates
    : titleCandidates(candidates as TitleFilter | undefined);
}

/**
 * Every candidate scored against the text, best first: matched before not matched, then exact,
 * then higher score, then current titles before outdated ones (catalogue order otherwise).
 */
export function rankTitles(
  text: string,
  candidates?: readonly TitleCandidate[] | TitleFilter
): TitleMatch[] {
  const list = candidatesOf(candidates).map((c, i) => ({ m: toMatch(text, c), i }));
  list.sort(
    (x, y) =>
      Number(y.m.matched) - Number(x.m.matched) ||
      Number(y.m.exact) - Number(x.m.exact) ||
      y.m.score - x.m.score ||
      Number(y.m.current) - Number(x.m.current) ||
      x.i - y.i
  );
  return list.map((x) => x.m);
}

/**
 * The catalogue title a written title stands for, or null when none matches.
 * `candidates`: a list from titleCandidates(), or a filter ({kind: "programme", mission: "011"});
 * default: every mission and programme title, current and outdated.
 * The result says the entry (code, official title), the score, and whether the text matched the
 * current title (`current: true`) or an outdated one (former title / retired programme).
 */
export function matchTitle(
  text: string,
  candidates?: readonly TitleCandidate[] | TitleFilter
): TitleMatch | null {
  const best = rankTitles(text, candidates)[0];
  return best !== undefined && best.matched ? best : null;
}

function otherMatch(
  text: string,
  kind: "mission" | "programme" | undefined,
  exclude: string
): TitleMatch | null {
  const others = titleCandidates(kind === undefined ? {} : { kind }).filter(
    (c) => c.code !== exclude
  );
  return matchTitle(text, others);
}

function differentReason(
  code: string,
  official: string,
  written: string,
  other: TitleMatch | null
) {
  const w = written.trim();
  if (w === "") {
    return message(
      `Titolo mancante; il titolo ufficiale di ${code} è "${official}".`,
      `Title missing; the official title of ${code} is "${official}".`
    );
  }
  const more =
    other === null
      ? message("", "")
      : message(
          ` Corrisponde invece a ${other.candidate.kind === "mission" ? "la missione" : "il programma"} ${other.code} "${other.officialTitle}".`,
          ` It matches ${other.candidate.kind} ${other.code} "${other.officialTitle}" instead.`
        );
  return message(
    `Il titolo "${w}" non corrisponde al titolo ufficiale di ${code}: "${official}".${more.it}`,
    `The title "${w}" does not match the official title of ${code}: "${official}".${more.en}`
  );
}

/**
 * How a programme title written in a plan compares with the catalogue for its code:
 * - "official": the official title (case, accents, punctuation and spacing aside);
 * - "variant": a loose spelling of it (see similarity.ts);
 * - "outdated": the 011.005 title before 2015, or 032.004's title (its activities moved to 032.003),
 *   written under its code;
 * - "different": another title (`matchesOther` says which catalogue title it matches, if any);
 * - "unknown": the code is not in the catalogue (`reason` says why).
 * A retired code (032.004) is judged as its replacement (032.003); lookupProgramme reports the code.
 * Accepts (mission, programme, title) with codes as "011"/"11"/11.
 */
export function titleStatus(
  mission: string | number,
  programme: string | number,
  writtenTitle: string
): TitleStatus {
  const look = lookupProgramme(mission, programme);
  if (look.status === "unknown") {
    return {
      status: "unknown",
      officialTitle: null,
      score: 0,
      matchedTitle: null,
      matchesOther: matchTitle(writtenTitle),
      reason: look.reason,
    };
  }
  const entry = look.status === "found" ? look.entry : look.replacedBy;
  const best = rankTitles(writtenTitle, programmeCandidates(entry, true))[0];
  if (!best.matched) {
    const other = otherMatch(writtenTitle, undefined, entry.code);
    return {
      status: "different",
      officialTitle: entry.title,
      score: best.score,
      matchedTitle: null,
      matchesOther: other,
      reason: differentReason(entry.code, entry.title, writtenTitle, other),
    };
  }
  const base = {
    officialTitle: entry.title,
    score: best.score,
    matchedTitle: best.candidate.title,
    matchesOther: null,
  };
  if (best.current) {
    return best.exact
      ? { ...base, status: "official", reason: message("Titolo ufficiale.", "Official title.") }
      : {
          ...base,
          status: "variant",
          reason: message(
            `Il titolo è una variante del titolo ufficiale di ${entry.code}: "${entry.title}".`,
            `The title is a variant of the official title of ${entry.code}: "${entry.title}".`
          ),
        };
  }
  if (best.candidate.status === "former") {
    return {
      ...base,
      status: "outdated",
      reason: message(
        `Il titolo è quello in uso prima della ridenominazione (nota MISE 9.6.2015); il titolo ufficiale di ${entry.code} è "${entry.title}".`,
        `The title is the one in use before the renaming (MISE note of 9.6.2015); the official title of ${entry.code} is "${entry.title}".`
      ),
    };
  }
  const retired = best.candidate.retiredCode ?? "";
  return {
    ...base,
    status: "outdated",
    reason: message(
      `Il titolo è quello del programma ${retired}, non più in uso (nota MISE 9.6.2015): le sue attività rientrano in ${entry.code} "${entry.title}".`,
      `The title is that of programme ${retired}, no longer used (MISE note of 9.6.2015): its activities belong to ${entry.code} "${entry.title}".`
    ),
  };
}

/** As titleStatus, for a mission title ("official" | "variant" | "different" | "unknown"). */
export function missionTitleStatus(mission: string | number, writtenTitle: string): TitleStatus {
  const code = normaliseCode(mission);
  const entry = code === null ? undefined : MISSIONS.find((m) => m.code === code);
  if (entry === undefined) {
    return {
      status: "unknown",
      officialTitle: null,
      score: 0,
      matchedTitle: null,
      matchesOther: matchTitle(writtenTitle, { kind: "mission" }),
      reason:
        code === null
          ? message(
              `"${mission}" non è un codice di missione di tre cifre.`,
              `"${mission}" is not a three-digit mission code.`
            )
          : message(
              `La missione ${code} non è nel catalogo delle Camere di Commercio.`,
              `Mission ${code} is not in the chambers of commerce catalogue.`
            ),
    };
  }
  const s = similarity(writtenTitle, entry.title);
  const base = { officialTitle: entry.title, score: s.score, matchesOther: null };
  if (s.exact)
    return {
      ...base,
      status: "official",
      matchedTitle: entry.title,
      reason: message("Titolo ufficiale.", "Official title."),
    };
  if (s.matched) {
    return {
      ...base,
      status: "variant",
      matchedTitle: entry.title,
      reason: message(
        `Il titolo è una variante del titolo ufficiale della missione ${entry.code}: "${entry.title}".`,
        `The title is a variant of the official title of mission ${entry.code}: "${entry.title}".`
      ),
    };
  }
  const other = otherMatch(writtenTitle, "mission", entry.code);
  return {
    ...base,
    status: "different",
    matchedTitle: null,
    matchesOther: other,
    reason: differentReason(entry.code, entry.title, writtenTitle, other),
  };
}
