/**
 * Comparisons written before a target: signs (≥ >= => ≤ <= =< > <) and Italian words ("almeno",
 * "non inferiore a", "non superiore a", "max", "min.", "entro" …). The sign is the target's
 * polarity: "≥ t" is met when the actual is at least t, "≤ t" when it is at most t.
 */
import type { Comparison } from "./types";
import { isWordLetter } from "../text";

export interface ScannedComparison {
  comparison: Comparison;
  /** the sign or words as written ("≥", "non superiore a") */
  written: string;
  /** index of what follows (spaces and an article such as "il" skipped) */
  end: number;
}

const SIGNS: [string, Comparison][] = [
  [">=", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["\u2265", ">="], // ≥
  ["\u2a7e", ">="], // ⩾
  ["\u2264", "<="], // ≤
  ["\u2a7d", "<="], // ⩽
  [">", ">"],
  ["<", "<"],
];

/**
 * Words, lower case, with the preposition they take ("non inferiore a" also "… al 95%", "… alla
 * media"); longer first where one begins another.
 */
const WORDS: [string, "a" | "di" | null, Comparison][] = [
  ["maggiore o uguale", "a", ">="],
  ["minore o uguale", "a", "<="],
  ["pari o superiore", "a", ">="],
  ["pari o inferiore", "a", "<="],
  ["uguale o superiore", "a", ">="],
  ["uguale o inferiore", "a", "<="],
  ["non inferiore", "a", ">="],
  ["non superiore", "a", "<="],
  ["non meno", "di", ">="],
  ["non più", "di", "<="],
  ["non piu", "di", "<="],
  ["non oltre", null, "<="],
  ["superiore", "a", ">"],
  ["inferiore", "a", "<"],
  ["maggiore", "di", ">"],
  ["minore", "di", "<"],
  ["più", "di", ">"],
  ["piu", "di", ">"],
  ["meno", "di", "<"],
  ["almeno", null, ">="],
  ["minimo", null, ">="],
  ["min.", null, ">="],
  ["min", null, ">="],
  ["massimo", null, "<="],
  ["max.", null, "<="],
  ["max", null, "<="],
  ["fino", "a", "<="],
  ["entro", null, "<="],
  ["oltre", null, ">"],
];

/** The forms of each preposition, with the space or apostrophe after them. */
const PREPOSITIONS = {
  a: ["alla ", "allo ", "all'", "all’", "al ", "ad ", "a "],
  di: ["della ", "dello ", "dell'", "dell’", "del ", "di "],
};

/** Articles after the words: "entro il 30/06/2021", "entro la data del …". */
const AFTER = ["la data del ", "il ", "lo ", "la ", "l'", "l’"];

function skipSpace(s: string, i: number): number {
  return s.charCodeAt(i) === 32 ? i + 1 : i;
}

/** The comparison that begins `s` (spaces already folded), or null. */
export function scanComparison(s: string): ScannedComparison | null {
  const c0 = s.charCodeAt(0);
  // signs: only where a sign can begin
  if (c0 === 60 || c0 === 61 || c0 === 62 || c0 === 0x2265 || c0 === 0x2264 || c0 >= 0x2a7d) {
    for (const [sign, comparison] of SIGNS) {
      if (s.startsWith(sign)) {
        // "=>" / "=<" only as signs, never "=A1" (a calculation)
        return { comparison, written: sign, end: skipSpace(s, sign.length) };
      }
    }
    return null;
  }
  if (!isWordLetter(c0)) return null;
  const head = s.slice(0, 40).toLowerCase();
  for (const [word, preposition, comparison] of WORDS) {
    if (!head.startsWith(word)) continue;
    // a whole word ("minimo", not "min" of "minuti"); "max.80%" and "max 80%" alike
    if (isWordLetter(s.charCodeAt(word.length))) continue;
    let end = skipSpace(s, word.length);
    if (preposition) {
      const rest = head.slice(end);
      const form = PREPOSITIONS[preposition].find((p) => rest.startsWith(p));
      // "meno 5" is not "meno di 5": the preposition is part of the words
      if (!form) continue;
      end += form.length;
    }
    const rest = head.slice(end, end + 12);
    const article = AFTER.find((a) => rest.startsWith(a));
    if (article) end += article.length;
    return { comparison, written: s.slice(0, end).trim(), end };
  }
  return null;
}

/** The polarity a comparison stands for: at least → higher is better; at most → lower. */
export function comparisonPolarity(c: Comparison): "higher" | "lower" {
  return c === ">=" || c === ">" ? "higher" : "lower";
}
