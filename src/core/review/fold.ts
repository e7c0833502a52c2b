/** Texts as a reviewer compares them: case, accents, punctuation and spacing aside. */
import { foldText, titleWords } from "../catalogue";

/**
 * The folded forms made lately: a diff folds the same names, formulas and units again and again
 * (each text of both versions, then each pair's fields). Bounded: emptied when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/** A text's folded form; null and blank are the same: "". */
export function folded(text: string | null | undefined): string {
  if (!text) return "";
  let f = FOLDED.get(text);
  if (f === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    f = foldText(text);
    FOLDED.set(text, f);
  }
  return f;
}

/** Two texts say the same thing (case, accents, punctuation and spacing aside). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  // the same text (most fields of two versions): no folding needed
  return a === b || folded(a) === folded(b);
}

/** The significant words of a name (stop words out, light stemming), for likeness. */
export function nameWords(text: string): Set<string> {
  return titleWords(text);
}

/** Dice coefficient of two word sets, 0..1. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Two titles with the same significant words («Promozione ed attuazione…», «Promozione e attuazione…»). */
export function sameWords(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size !== y.size) return false;
  for (const w of x) if (!y.has(w)) return false;
  return true;
}
