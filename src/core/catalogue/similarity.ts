/**
 * Title similarity for loosely written mission and programme titles.
 *
 * Method: both titles are reduced to a SET of significant words, then compared with the Dice
 * coefficient  2·|A∩B| / (|A|+|B|)  (0 = no word in common, 1 = same words).
 *
 * Reducing a title to words:
 * 1. HTML tags removed; accents folded (à → a), lower case; apostrophes, punctuation and dashes
 *    become spaces ("d'impresa" → "d impresa"; "all'internazionalizzazione" → "all internaz…").
 * 2. Italian stop-words dropped (articles, prepositions with their articulated forms, "e"/"ed"),
 *    and tokens made only of digits (a code written in front of the title, "005 – …").
 * 3. Light stemming: a final vowel is dropped from words longer than three letters, so singular
 *    and plural meet ("mercato"/"mercati", "settore"/"settori", "industriale"/"industriali").
 *
 * So "Regolazione del mercato" = "Regolazione dei mercati" (score 1), "Promozione ed attuazione …"
 * = "Promozione e attuazione …" (1), "… del settore produttivo" vs "… del sistema produttivo"
 * (0.8: one word of five differs).
 *
 * Threshold: a written title MATCHES a catalogue title when
 *   (a) score ≥ 0.75 — at least three quarters of the words shared: one word in four may differ
 *       (four-word titles), one in eight in long ones; or
 *   (b) it is an abbreviation: every significant word of the written title is in the catalogue
 *       title, it has at least 2 significant words and at least half as many as the catalogue title
 *       (Prato writes "Sostegno all'internazionalizzazione delle imprese" for 016.005: score 0.67,
 *       all 3 words contained, catalogue title has 6).
 * Why 0.75: the closest pairs of DIFFERENT catalogue titles score below it — mission 032 vs
 * programme 032.004 0.73, mission 032 vs 032.003 0.60, 032.003 vs 032.004 0.55, 033.001 vs 033.002
 * 0.40 — while the loose spellings of the reference document score 0.8 or more (0.92 for the
 * Pistoia spelling of the old 011.005 title). Tests in test/core/catalogue.similarity.test.ts pin
 * these near-misses.
 */

import { STOP_WORDS } from "../text";

export const MATCH_THRESHOLD = 0.75;

/** Fold a text for comparison: no tags, no accents, lower case, words separated by one space. */
export function foldText(text: string): string {
  return text
    .replace(/<[^<>]*>/g, " ") // not "<[^>]*>": quadratic on "<" repeated
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function stem(word: string): string {
  return word.length > 3 && /[aeiou]$/.test(word) ? word.slice(0, -1) : word;
}

/** The significant words of a title (see the header): a set of stems. */
export function titleWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldText(text).split(" ")) {
    if (w === "" || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export interface Similarity {
  /** Dice coefficient, 0..1 */
  score: number;
  /** every word of `written` is in `reference` */
  contained: boolean;
  /** rule (a) or (b) of the header */
  matched: boolean;
  /** same folded text (case, accents, punctuation, spacing aside) */
  exact: boolean;
}

/**
 * The words and folded text of a text, the last one kept: a written title is compared with every
 * catalogue title in turn, and is read once (not once per title: a long text cost 100× its length).
 */
let lastText: string | null = null;
let lastWords = new Set<string>();
let lastFolded = "";
function readOnce(text: string): { words: Set<string>; folded: string } {
  if (text !== lastText) {
    lastWords = titleWords(text);
    lastFolded = foldText(text);
    lastText = text;
  }
  return { words: lastWords, folded: lastFolded };
}

/** Compare a written title with a reference (catalogue) title. */
export function similarity(written: string, reference: string): Similarity {
  const { words: a, folded } = readOnce(written);
  const b = titleWords(reference);
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const score = a.size + b.size === 0 ? 0 : (2 * common) / (a.size + b.size);
  const contained = a.size > 0 && common === a.size;
  const abbreviation = contained && a.size >= 2 && a.size * 2 >= b.size;
  const exact = folded !== "" && folded === foldText(reference);
  return { score, contained, matched: exact || score >= MATCH_THRESHOLD || abbreviation, exact };
}
