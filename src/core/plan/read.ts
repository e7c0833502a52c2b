/**
 * Reading a plan JSON v1 text. Never throws: the answer is the plan (with warnings) or the reason,
 * saying what is wrong and where ("indicators[3].targets.2021: expected a value object …").
 */
import { message, type Message } from "../message";
import { checkPlanJson } from "./check";
import type { PlanProblem } from "./check-fields";
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
  // the scanner first: it places a syntax error, and refuses what JSON.parse would take silently
  // (a key given twice, a lone surrogate, nesting past its bound) — one linear pass, no recursion
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
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const what = message(
      `il file non è JSON valido: ${detail}`,
      `the file is not valid JSON: ${detail}`
    );
    return { ok: false, reason: what, problems: [{ path: "", what }] };
  }
  const r = checkPlanJson(data);
  if (!r.ok) return { ok: false, reason: problemsMessage(r.problems), problems: r.problems };
  return r;
}
