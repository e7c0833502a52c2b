/** Text folding for comparisons, fast on plain ASCII (most of a plan's text). */
import { foldWord } from "../values";

/** anything beyond printable ASCII (accents, odd spaces) needs Unicode folding */
const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower case, accents folded, spaces folded: as foldWord, without Unicode work on ASCII text. */
export function fold(text: string): string {
  if (NON_ASCII.test(text)) return foldWord(text);
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A function remembered per distinct argument (within one validation run). */
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}
