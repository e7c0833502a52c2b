/**
 * Reading a plan JSON v1 text. Never throws: the answer is the plan (with warnings) or the reason,
 * saying what is wrong and where ("indicators[3].targets.2021: expected a value object …").
 */
import { message, type Message } from "../message";
import { checkPlanData, type PlanCheck } from "./check";
import type { PlanProblem } from "./check-fields";
import { depthAllowed, noLoneSurrogate, textShape, treeMatches } from "./json-screen";
import { locateJsonError } from "./json-syntax";
import type { Plan } from "./types";

export type { PlanProblem } from "./check-fields";

export type PlanReadResult =
  | { ok: true; plan: Plan; warnings: Message[] }
  | {
      ok: false;
      /** the first problem, with its place, and how many more there are */
      reason: Message;
      /** every problem found (one for a file that is not JSON) */
      problems: PlanProblem[];
      /** where the text stops being JSON, when it is not JSON */
      position?: { offset: number; line: number; column: number };
    };

function located(p: PlanProblem): Message {
  return p.path === "" ? p.what : message(`${p.path}: ${p.what.it}`, `${p.path}: ${p.what.en}`);
}

/** One message for a list of problems: the first one, and the count of the others. */
export function problemsMessage(problems: readonly PlanProblem[]): Message {
  const first = located(problems[0]);
  const n = problems.length - 1;
  if (n === 0) return first;
  return message(
    `${first.it} (e ${n === 1 ? "un altro problema" : `altri ${n} problemi`})`,
    `${first.en} (and ${n === 1 ? "1 more problem" : `${n} more problems`})`
  );
}

/**
 * JSON.parse, then the syntax scanner only where it must speak: on a text JSON.parse refuses (it
 * places the error), and on one holding what JSON.parse would take silently — a key given twice,
 * a lone surrogate, nesting past its bound — which json-screen.ts finds cheaply to be there (a
 * text nested too deep is not parsed at all). The answer is the scanner's, as when it ran first.
 * The plan's check runs on the parsed data before the screen's walk of it, which a plan the check
 * accepts spares (the check counts the keys it reads): the answer is the same either way.
 */
function readParsed(t: string): PlanReadResult {
  const shape = textShape(t);
  let data: unknown;
  let refused: unknown = null;
  const parse = () => {
    try {
      data = JSON.parse(t);
    } catch (e) {
      refused = e ?? "JSON.parse";
    }
  };
  // the check of the parsed data, once (it may take the data's objects and refresh their numbers)
  let check: PlanCheck | null = null;
  if (depthAllowed(shape)) {
    parse();
    if (refused === null) {
      // the parsed data is no one else's: its objects become the plan's where they are right
      const c = checkPlanData(data, true);
      check = c.check;
      if (
        (check.ok && c.keys === shape.keys && noLoneSurrogate(t)) ||
        treeMatches(t, data, shape.keys)
      )
        return checked(check);
    }
  }
  const where = locateJsonError(t);
  if (where !== null) {
    const what = message(
      `il file non è JSON valido: riga ${where.line}, colonna ${where.column} (carattere ${where.offset + 1}): ${where.what.it}`,
      `the file is not valid JSON: line ${where.line}, column ${where.column} (character ${where.offset + 1}): ${where.what.en}`
    );
    return {
      ok: false,
      reason: what,
      problems: [{ path: "", what }],
      position: { offset: where.offset, line: where.line, column: where.column },
    };
  }
  // the scanner found nothing: the screen's doubt was unfounded (a text it never parsed included)
  if (!depthAllowed(shape)) parse();
  if (refused !== null) {
    const detail = refused instanceof Error ? refused.message : String(refused);
    const what = message(
      `il file non è JSON valido: ${detail}`,
      `the file is not valid JSON: ${detail}`
    );
    return { ok: false, reason: what, problems: [{ path: "", what }] };
  }
  return checked(check ?? checkPlanData(data, true).check);
}

function checked(r: PlanCheck): PlanReadResult {
  if (!r.ok) return { ok: false, reason: problemsMessage(r.problems), problems: r.problems };
  return r;
}

/** Read a plan from the text of a JSON file (a UTF-8 byte-order mark is ignored). */
export function readPlanJson(text: string): PlanReadResult {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.trim() === "") {
    const what = message(
      "il file è vuoto: atteso un piano PIRA in JSON",
      "the file is empty: expected a PIRA plan in JSON"
    );
    return { ok: false, reason: what, problems: [{ path: "", what }] };
  }
  return readParsed(t);
}
