/**
 * A cheap, exact screen for what the syntax scanner (json-syntax.ts) refuses although JSON.parse
 * takes it: a key given twice in one object, a lone surrogate, nesting deeper than MAX_JSON_DEPTH.
 * The scanner builds a set of keys per object and reads every character through its grammar: on a
 * 50,000-indicator plan it costs twice JSON.parse. So the reader (read.ts) parses first and runs
 * the scanner only when this screen says it must (or when JSON.parse refuses the text): the
 * answer, message and place included, is the scanner's, as before.
 *
 * The screen, each part linear and without recursion:
 * - textShape, one pass over the text jumping from quote to quote (indexOf), before JSON.parse:
 *   the deepest nesting (so a text nested millions deep never reaches JSON.parse, which would
 *   build it) and the number of colons outside strings — in valid JSON, one per key written;
 * - treeMatches, one walk of the parsed value with an explicit stack: the keys the objects hold —
 *   fewer than the keys written exactly when a key was given twice in one object (JSON.parse keeps
 *   the last) — and every key and text well-formed (no lone surrogate, escaped or raw).
 * The reader spares the walk for a plan its check accepts: the check counts the keys of every
 * object it reads (which is every object of a right plan), and noLoneSurrogate answers for the
 * strings from the text itself.
 */
import { MAX_JSON_DEPTH } from "./json-syntax";

export interface JsonTextShape {
  /** the deepest nesting of arrays and objects (exact for valid JSON) */
  depth: number;
  /** the colons outside strings: the keys written (exact for valid JSON) */
  keys: number;
}

/**
 * The nesting depth and key count of a JSON text, from its structure only (strings skipped by
 * looking for their closing quote). Exact when the text is valid JSON; on any other text the
 * figures may be anything, and JSON.parse refuses that text anyway.
 */
export function textShape(text: string): JsonTextShape {
  const n = text.length;
  let i = 0;
  let depth = 0;
  let deepest = 0;
  let keys = 0;
  for (;;) {
    // outside strings: structure, numbers, literals, whitespace
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) break; // "
      if (c === 0x3a)
        keys++; // :
      else if (c === 0x7b || c === 0x5b) {
        // { [
        if (++depth > deepest) deepest = depth;
      } else if (c === 0x7d || c === 0x5d) depth--; // } ]
      i++;
    }
    if (i >= n) break;
    // a string: its closing quote is the next one not escaped (an even run of backslashes before
    // it); each run is counted once, by the quote that follows it
    let j = i + 1;
    for (;;) {
      j = text.indexOf('"', j);
      if (j < 0) return { depth: deepest, keys }; // not closed: not JSON
      let k = j - 1;
      while (text.charCodeAt(k) === 0x5c) k--;
      if ((j - 1 - k) % 2 === 0) break;
      j++;
    }
    i = j + 1;
  }
  return { depth: deepest, keys };
}

type WellFormed = (this: string) => boolean;
/** Any surrogate, raw or escaped: where isWellFormed is missing, such a text takes the scanner. */
const ANY_SURROGATE = /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/;
/** An escaped surrogate, \uD800–\uDFFF (or a text that merely looks like one: then as before). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Whether every string JSON.parse makes of `text` (keys too) is well-formed, decided on the text
 * alone: a text well-formed as a whole with no \uD800–\uDFFF escape in it (a string's characters
 * are the text's own, or its escapes'). False: not known — some string may hold a lone surrogate
 * (treeMatches looks at each).
 */
export function noLoneSurrogate(text: string): boolean {
  const wf = (String.prototype as unknown as { isWellFormed?: WellFormed }).isWellFormed;
  return wf === undefined
    ? !ANY_SURROGATE.test(text)
    : !SURROGATE_ESCAPE.test(text) && wf.call(text);
}

/**
 * Whether JSON.parse's value of `text` holds every key written (`keysWritten`, from textShape)
 * and no lone surrogate. False means: let the scanner find and place the problem.
 */
export function treeMatches(text: string, value: unknown, keysWritten: number): boolean {
  // String.prototype.isWellFormed (ES2024), where the engine has it
  const wf = (String.prototype as unknown as { isWellFormed?: WellFormed }).isWellFormed;
  if (wf === undefined && ANY_SURROGATE.test(text)) return false;
  let keys = 0;
  let good = true;
  const stack: unknown[] = [value];
  if (typeof value === "string" && wf !== undefined) good = wf.call(value);
  while (stack.length > 0 && good) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (let k = 0; k < x.length; k++) {
        const e: unknown = x[k];
        if (typeof e === "object") {
          if (e !== null) stack.push(e);
        } else if (typeof e === "string" && wf !== undefined && !wf.call(e)) good = false;
      }
    } else if (typeof x === "object" && x !== null) {
      const o = x as Record<string, unknown>;
      // for…in: a parsed object's own keys (JSON.parse makes plain objects; «__proto__» too)
      for (const key in o) {
        keys++;
        if (wf !== undefined && !wf.call(key)) good = false;
        const e = o[key];
        if (typeof e === "object") {
          if (e !== null) stack.push(e);
        } else if (typeof e === "string" && wf !== undefined && !wf.call(e)) good = false;
      }
    }
  }
  return good && keys === keysWritten;
}

/** Whether a text's nesting (from textShape) is within what a plan may hold. */
export function depthAllowed(shape: JsonTextShape): boolean {
  return shape.depth <= MAX_JSON_DEPTH;
}
