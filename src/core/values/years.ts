/**
 * One cell holding the values of several years, as some plans write the triennium's targets:
 * "Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%". Split at each "Anno YYYY:" label
 * (case, spaces and a missing colon vary); each part is read by readValue as any cell is. One pass
 * over the text (indexOf on the folded text), no pattern that can backtrack.
 */
import { isDigit } from "../text";

export interface YearPart {
  year: number;
  /** the text after the label, up to the next label, trimmed ("" when the year is left empty) */
  text: string;
}

/** A label "anno YYYY:" at i of the lower-cased text: the year and the index after it. */
function labelAt(s: string, i: number): { year: number; end: number } | null {
  if (!s.startsWith("anno", i)) return null;
  if (i > 0 && s.charCodeAt(i - 1) > 32) return null;
  let j = i + 4;
  if (s.charCodeAt(j) !== 32) return null;
  while (s.charCodeAt(j) === 32) j++;
  for (let k = 0; k < 4; k++) if (!isDigit(s.charCodeAt(j + k))) return null;
  if (isDigit(s.charCodeAt(j + 4))) return null;
  const year = Number(s.slice(j, j + 4));
  j += 4;
  while (s.charCodeAt(j) === 32) j++;
  if (s.charCodeAt(j) === 58) j++;
  else return null;
  return { year, end: j };
}

/**
 * The years of a cell written with "Anno YYYY:" labels, in order; null when the cell does not
 * begin with such a label or names a year twice.
 */
export function splitYears(text: string): YearPart[] | null {
  // same length as the text: spaces folded, ASCII lower-cased (toLowerCase may lengthen)
  const s = text.replace(/\s/g, " ").replace(/[A-Z]/g, (c) => c.toLowerCase());
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  let label = labelAt(s, i);
  if (!label) return null;
  const parts: YearPart[] = [];
  const seen = new Set<number>();
  while (label) {
    let next: { year: number; end: number } | null = null;
    let at = s.indexOf("anno", label.end);
    while (at >= 0) {
      next = labelAt(s, at);
      if (next) break;
      at = s.indexOf("anno", at + 4);
    }
    const stop = next ? at : s.length;
    if (seen.has(label.year)) return null;
    seen.add(label.year);
    parts.push({ year: label.year, text: text.slice(label.end, stop).trim() });
    label = next;
  }
  return parts;
}
