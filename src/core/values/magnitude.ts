/**
 * Magnitude words and symbols after a number: "1,2 milioni", "1,5 mln", "35 mila", "120 k€",
 * "2 M€", "3 mld". They scale the number exactly (a power of ten written into the decimal).
 * A word that looks like a magnitude but is not one of these ("mil.", "mio", "M" alone) is not
 * guessed: the reader refuses the text rather than read "1,2 mil." as 1,2.
 */
import { isWordLetter } from "../text";

export interface ScannedMagnitude {
  /** power of ten: 3 thousands, 6 millions, 9 billions */
  power: number;
  /** the word as written */
  word: string;
  /** index after the word (and after " di" when a currency follows: "1,2 milioni di euro") */
  end: number;
}

/** An unclear magnitude word: the reason the text is refused. */
export interface UnclearMagnitude {
  unclear: string;
}

const POWERS: Record<string, number> = {
  mila: 3,
  migliaia: 3,
  k: 3,
  milione: 6,
  milioni: 6,
  mln: 6,
  "mln.": 6,
  miliardo: 9,
  miliardi: 9,
  mld: 9,
  "mld.": 9,
  mrd: 9,
  "mrd.": 9,
};

/** "€", "eur", "euro" at i (a whole word). */
function currencyAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) === 0x20ac) return true;
  const w = s.slice(i, i + 4).toLowerCase();
  if (w === "euro") return !isWordLetter(s.charCodeAt(i + 4));
  return w.startsWith("eur") && !isWordLetter(s.charCodeAt(i + 3));
}

/** Words a reader could take for a magnitude: refused when not one of POWERS. */
function looksLikeMagnitude(word: string): boolean {
  return (
    word === "m" ||
    word === "m." ||
    word === "mio" ||
    word === "mio." ||
    word === "mn" ||
    word === "bn" ||
    word.startsWith("mil") ||
    word.startsWith("ml") || // mln, mld, mlrd
    word.startsWith("mrd") ||
    word.startsWith("migl") ||
    word.startsWith("bil") ||
    word.startsWith("bln")
  );
}

/**
 * The magnitude right after a number that ends at `at` (glued, "35mila", or after one space), a
 * word that looks like one but is unclear, or null.
 */
export function scanMagnitude(s: string, at: number): ScannedMagnitude | UnclearMagnitude | null {
  let i = at;
  if (s.charCodeAt(i) === 32) i++;
  const start = i;
  while (i < s.length && isWordLetter(s.charCodeAt(i))) i++;
  if (i === start) return null;
  if (s.charCodeAt(i) === 46 && !isWordLetter(s.charCodeAt(i + 1))) i++; // "mln."
  const written = s.slice(start, i);
  const word = written.toLowerCase();
  let power = POWERS[word];
  // "M€", "M euro": millions, only before a currency ("M" alone may be anything)
  if (power === undefined && written === "M") {
    const c = s.charCodeAt(i) === 32 ? i + 1 : i;
    if (currencyAt(s, c)) power = 6;
  }
  if (power === undefined) return looksLikeMagnitude(word) ? { unclear: written } : null;
  let end = i;
  // "1,2 milioni di euro"
  if (s.slice(end, end + 4).toLowerCase() === " di " && currencyAt(s, end + 4)) end += 3;
  return { power, word: written, end };
}

export function isUnclear(m: ScannedMagnitude | UnclearMagnitude): m is UnclearMagnitude {
  return "unclear" in m;
}
