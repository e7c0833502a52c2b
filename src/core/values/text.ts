/** Cleaning of cell text as copied from Word/PDF documents: tags, footnote markers, odd spaces. */

const FOOTNOTE = /<sup>\s*([^<]*?)\s*<\/sup>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200b\t]/g;

export interface CleanText {
  text: string;
  footnotes: string[];
}

/** Removes HTML-like tags, pulls out `<sup>n</sup>` footnote markers, folds spaces. */
export function cleanCellText(input: string): CleanText {
  const footnotes: string[] = [];
  const withoutNotes = input.replace(FOOTNOTE, (_m, mark: string) => {
    if (mark.trim()) footnotes.push(mark.trim());
    return " ";
  });
  const text = withoutNotes.replace(TAG, " ").replace(ODD_SPACES, " ").replace(/\s+/g, " ").trim();
  return { text, footnotes };
}

/** Lower case, accents folded ("Sì" → "si"), spaces folded. */
export function foldWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
