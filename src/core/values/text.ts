/**
 * Cleaning of cell text as copied from Word/PDF documents: tags, footnote markers, odd spaces.
 *
 * Hand scanners, not regular expressions: each character is looked at a bounded number of times,
 * so the time is linear in the text whatever it holds (`<sup>` followed by thousands of spaces,
 * `<a` repeated, a tag never closed). The patterns they replace backtracked cubically.
 */
import { isAsciiLetter } from "../text";

export interface CleanText {
  text: string;
  footnotes: string[];
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /

/** What cleanCellText folds into one space: \s of JavaScript and the zero-width space. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `<sup>` or `<sup …>` (any case) at `i`: the index after its `>`, else -1. */
function supOpenEnd(s: string, i: number, nextGt: number): number {
  if (i + 4 >= s.length) return -1;
  if ((s.charCodeAt(i + 1) | 32) !== 115) return -1; // s
  if ((s.charCodeAt(i + 2) | 32) !== 117) return -1; // u
  if ((s.charCodeAt(i + 3) | 32) !== 112) return -1; // p
  const c = s.charCodeAt(i + 4);
  if (c === GT) return i + 5;
  // "<sup …>": attributes, no "<" before the ">"
  if (isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95) return -1; // "<super"
  if (nextGt < 0) return -1;
  const lt = s.indexOf("<", i + 1);
  return lt >= 0 && lt < nextGt ? -1 : nextGt + 1;
}

/** `</sup>` (any case) at `i`. */
function isSupClose(s: string, i: number): boolean {
  return (
    s.charCodeAt(i) === LT &&
    s.charCodeAt(i + 1) === SLASH &&
    (s.charCodeAt(i + 2) | 32) === 115 &&
    (s.charCodeAt(i + 3) | 32) === 117 &&
    (s.charCodeAt(i + 4) | 32) === 112 &&
    s.charCodeAt(i + 5) === GT
  );
}

/**
 * Footnote markers `<sup>1</sup>` (attributes allowed: `<sup class="x">`) taken out of a text, each
 * replaced by one space; the marks (trimmed, non-empty) in order. Other tags stay as they are.
 * Linear: a `<sup>` looks for its `</sup>` only up to the next "<".
 */
export function takeFootnotes(input: string): { rest: string; marks: string[] } {
  const marks: string[] = [];
  let at = input.indexOf("<");
  if (at < 0) return { rest: input, marks };
  let out = "";
  let from = 0;
  let nextGt = -2; // not looked for yet
  while (at >= 0) {
    if (nextGt !== -1 && nextGt < at) nextGt = input.indexOf(">", at);
    const open = nextGt < 0 ? -1 : supOpenEnd(input, at, nextGt);
    if (open < 0) {
      at = input.indexOf("<", at + 1);
      continue;
    }
    const close = input.indexOf("<", open);
    if (close < 0) break;
    if (!isSupClose(input, close)) {
      at = close;
      continue;
    }
    const mark = input.slice(open, close).trim();
    if (mark !== "") marks.push(mark);
    out += input.slice(from, at) + " ";
    from = close + 6;
    at = input.indexOf("<", from);
  }
  return { rest: from === 0 ? input : out + input.slice(from), marks };
}

/**
 * Removes HTML-like tags (`<b>`, `</span>`, `<a href=…>`: "<" then a letter, or "</" then a letter,
 * up to the next ">"), each replaced by one space. A "<" not followed so ("< 5 gg", "<= 30") is
 * text. Linear: the next ">" is looked for once and reused until passed.
 */
function removeTags(input: string): string {
  let at = input.indexOf("<");
  if (at < 0) return input;
  let out = "";
  let from = 0;
  let nextGt = -2;
  while (at >= 0) {
    const c1 = input.charCodeAt(at + 1);
    const letterAt = c1 === SLASH ? at + 2 : at + 1;
    if (isAsciiLetter(input.charCodeAt(letterAt))) {
      if (nextGt !== -1 && nextGt < at) nextGt = input.indexOf(">", at);
      if (nextGt < 0) break; // no ">" left: no tag can close
      out += input.slice(from, at) + " ";
      from = nextGt + 1;
      at = input.indexOf("<", from);
      continue;
    }
    at = input.indexOf("<", at + 1);
  }
  return from === 0 ? input : out + input.slice(from);
}

/** Every run of spaces (any kind) made one ASCII space; trimmed. One pass. */
export function foldSpaces(input: string): string {
  const n = input.length;
  // fast path: nothing to change
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || input.charCodeAt(i + 1) === 32) {
        clean = false;
        break;
      }
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 160 && isSpaceCode(c)) {
      clean = false;
      break;
    }
  }
  if (clean) return input;
  let out = "";
  let pending = false;
  let start = -1; // start of the current run of non-space characters
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (start >= 0) {
        out += (pending ? " " : "") + input.slice(start, i);
        start = -1;
      }
      pending = out !== "";
    } else if (start < 0) start = i;
  }
  if (start >= 0) out += (pending ? " " : "") + input.slice(start);
  return out;
}

/** Removes HTML-like tags, pulls out `<sup>n</sup>` footnote markers, folds spaces. Linear time. */
export function cleanCellText(input: string): CleanText {
  if (input.indexOf("<") < 0) return { text: foldSpaces(input), footnotes: [] };
  const { rest, marks } = takeFootnotes(input);
  return { text: foldSpaces(removeTags(rest)), footnotes: marks };
}

/** Lower case, accents folded ("Sì" → "si"), spaces folded. */
export function foldWord(text: string): string {
  // ASCII text needs no Unicode normalisation
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  const base = ascii ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return foldSpaces(base.toLowerCase());
}
