/**
 * What a section row, a label row or a heading says about the programme: "Missione 011 – …",
 * "Programma 005 – …", "Programma 011.005", "011 - Competitività …" in a code column, or a label
 * ("Obiettivo strategico: …", "Centro di responsabilità | …"). Texts are read with their spaces
 * folded first, so every pattern runs in linear time.
 */
import { matchTitle, normaliseCode, parseProgrammeCode, type TitleMatch } from "../catalogue";
import { readLabel, type LabelKind } from "../import";
import type { ProgrammeField } from "./vocabulary";

export interface Marker {
  mission: string | null;
  missionTitle: string;
  /** null: the marker names only a mission */
  programme: string | null;
  programmeTitle: string;
  /** the marker named a programme (with or without a readable code) */
  namesProgramme: boolean;
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The text without the given characters at its end, in linear time (a pattern such as /[:.\s]+$/
 * is quadratic on a long run of them followed by something else).
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

function cleanTitle(text: string): string {
  return trimEndOf(text.replace(/^[\s"“”«»'‘’:.\-–—)\]]+/, ""), "\"“”«»'‘’:;,.").trim();
}

const NUMBER_WORD = "(?:n\\.?|n°|nr\\.?)?";
const MISSION = new RegExp(
  `^missione ?:? ?${NUMBER_WORD} ?:? ?(\\d{1,3})(?![\\d,]|\\.\\d)(.*)$`,
  "i"
);
const PROGRAMME = new RegExp(
  `^programma(?: di spesa| di bilancio)? ?:? ?${NUMBER_WORD} ?:? ?(\\d{1,3})(?: ?[./] ?(\\d{1,3}))?(?![\\d,]|\\.\\d)(.*)$`,
  "i"
);
const PROGRAMME_IN_TITLE =
  /(?:^|[\s,;\-–—])programma(?: di spesa)? ?:? ?(\d{1,3})(?: ?[./] ?(\d{1,3}))?(?![\d,]|\.\d)(.*)$/i;

/** "Missione 011 – Competitività …", "Programma 005 – …", "Missione 11 – … Programma 5 – …"; else null. */
export function readMarker(input: string): Marker | null {
  const text = fold(input);
  if (text.length > 400) return null;
  const m = MISSION.exec(text);
  if (m) {
    const mission = normaliseCode(m[1]);
    const rest = m[2];
    const p = PROGRAMME_IN_TITLE.exec(rest);
    if (p) {
      const twoPart = p[2] !== undefined;
      return {
        mission: twoPart ? normaliseCode(p[1]) : mission,
        missionTitle: cleanTitle(rest.slice(0, p.index)),
        programme: normaliseCode(twoPart ? (p[2] as string) : p[1]),
        programmeTitle: cleanTitle(p[3]),
        namesProgramme: true,
      };
    }
    return {
      mission,
      missionTitle: cleanTitle(rest),
      programme: null,
      programmeTitle: "",
      namesProgramme: false,
    };
  }
  const p = PROGRAMME.exec(text);
  if (p) {
    const twoPart = p[2] !== undefined;
    return {
      mission: twoPart ? normaliseCode(p[1]) : null,
      missionTitle: "",
      programme: normaliseCode(twoPart ? (p[2] as string) : p[1]),
      programmeTitle: cleanTitle(p[3]),
      namesProgramme: true,
    };
  }
  const titled = TITLED.exec(text);
  if (titled && !/^\d/.test(titled[2]) && !/^strategic/i.test(titled[2])) {
    const title = cleanTitle(titled[2]);
    if (title === "") return null;
    return /^missione/i.test(titled[1])
      ? {
          mission: null,
          missionTitle: title,
          programme: null,
          programmeTitle: "",
          namesProgramme: false,
        }
      : {
          mission: null,
          missionTitle: "",
          programme: null,
          programmeTitle: title,
          namesProgramme: true,
        };
  }
  return null;
}

/** "Missione: Competitività …", "Programma – Promozione …": a marker with a title and no code. */
const TITLED = /^(missione|programma(?: di spesa| di bilancio)?) ?[:\-–—] ?(.+)$/i;

/** A code cell: "011", 11, "011.005", 11.005, "011 - Competitività …", "005 – Promozione …". */
export interface CodeCell {
  /** "011" or null */
  code: string | null;
  /** the second code of "011.005" */
  second: string | null;
  title: string;
}

const CODE_AND_TITLE = /^(\d{1,3})(?: ?[./] ?(\d{1,3}))?(?:(?: ?[-–—:)] ?| )(.*))?$/;

const CODE_CACHE = new Map<string | number, CodeCell | null>();

/** readCodeCell, remembered (a code column repeats the same few cells on every row). */
export function readCodeCell(value: string | number): CodeCell | null {
  const hit = CODE_CACHE.get(value);
  if (hit !== undefined) return hit === null ? null : { ...hit };
  const r = codeCell(value);
  if (CODE_CACHE.size >= 2048) CODE_CACHE.clear();
  CODE_CACHE.set(value, r);
  return r === null ? null : { ...r };
}

function codeCell(value: string | number): CodeCell | null {
  if (typeof value === "number") {
    if (Number.isInteger(value)) {
      const code = normaliseCode(value);
      return code === null ? null : { code, second: null, title: "" };
    }
    const both = parseProgrammeCode(value);
    return both ? { code: both.mission, second: both.programme, title: "" } : null;
  }
  const text = fold(value);
  if (text === "") return null;
  if (text.length > 400) return { code: null, second: null, title: text };
  const m = CODE_AND_TITLE.exec(text);
  if (m) {
    const code = normaliseCode(m[1]);
    const second = m[2] !== undefined ? normaliseCode(m[2]) : null;
    if (code !== null && (m[2] === undefined || second !== null))
      return { code, second, title: cleanTitle(m[3] ?? "") };
  }
  return { code: null, second: null, title: cleanTitle(text) };
}

/** The catalogue mission a written title stands for. */
export function missionByTitle(title: string): TitleMatch | null {
  if (title.trim() === "") return null;
  return matchTitle(title, { kind: "mission" });
}

/** The catalogue programme a written title stands for (within a mission when known). */
const TITLE_CACHE = new Map<string, TitleMatch | null>();

export function programmeByTitle(title: string, mission: string | null): TitleMatch | null {
  if (title.trim() === "") return null;
  const key = `${mission ?? ""}|${title}`;
  const hit = TITLE_CACHE.get(key);
  if (hit !== undefined) return hit;
  const r = matchTitle(
    title,
    mission === null ? { kind: "programme" } : { kind: "programme", mission }
  );
  if (TITLE_CACHE.size >= 1024) TITLE_CACHE.clear();
  TITLE_CACHE.set(key, r);
  return r;
}

/** Label words of a scheda ("Obiettivo strategico", "Centro di responsabilità") → the programme field. */
export type LabelField = ProgrammeField | "benefits" | "caption" | "extra";

const LABEL_FIELDS: Record<LabelKind, LabelField> = {
  strategicArea: "strategicArea",
  strategicProgramme: "strategicProgramme",
  responsible: "responsible",
  budget: "budget",
  benefits: "benefits",
  stakeholders: "stakeholders",
  objective: "objective",
  description: "description",
  conditions: "extra",
  phases: "extra",
  progress: "caption",
  indicators: "caption",
};

/** The programme field a label names, or null ("Missione" and "Programma" are markers, not labels). */
export function labelField(label: string): LabelField | null {
  const t = trimEndOf(fold(label), ":.");
  if (t === "" || t.length > 60) return null;
  if (/^(missione|programma|programma di spesa)$/i.test(t)) return null;
  const kind = readLabel(t);
  return kind === null ? null : LABEL_FIELDS[kind];
}

/** "Obiettivo strategico: Favorire …" → label and text, when the label is short. */
export function splitLabel(text: string): { label: string; value: string } | null {
  const t = fold(text);
  const at = t.indexOf(":");
  if (at <= 0 || at > 60) return null;
  const value = t.slice(at + 1).trim();
  if (value === "") return null;
  return { label: t.slice(0, at).trim(), value };
}

/** Years named in a title: "2021-2023", "triennio 2021 – 2023", "anno 2022". */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const re = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text)) !== null && n++ < 20) out.push(Number(m[1]));
  return out;
}
