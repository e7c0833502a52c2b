/**
 * Words into lines (same baseline, within half a font size), each line's words into phrases (a
 * gap wider than a space ends a phrase: a table's column, or a page's margin), superscript
 * footnote markers taken off the text they follow, and a footnote's own line recognised by the
 * marker it starts with.
 */
import type { PdfPage, PdfWord, Steps } from "./types";

export interface Phrase {
  text: string;
  x0: number;
  x1: number;
  /** footnote markers written after the phrase ("1", "*") */
  marks: string[];
}

export interface Line {
  page: number;
  /** baseline */
  y: number;
  /** the largest font size on the line */
  size: number;
  phrases: Phrase[];
  /** the marker a footnote's own line starts with ("1 Tempo calcolato …"), else null */
  footnote: string | null;
}

const MARKER = /^(\d{1,2}|\*{1,3})$/;

function usable(w: PdfWord): boolean {
  return (
    typeof w.text === "string" &&
    w.text.trim() !== "" &&
    Number.isFinite(w.x) &&
    Number.isFinite(w.y) &&
    Number.isFinite(w.width) &&
    Number.isFinite(w.size) &&
    w.size > 0 &&
    w.width >= 0
  );
}

/** A small raised number (or asterisks): a footnote marker. */
function isMarker(w: PdfWord, lineSize: number, lineY: number): boolean {
  return w.size <= 0.8 * lineSize && MARKER.test(w.text.trim()) && w.y <= lineY + 0.05 * lineSize;
}

function phrasesOf(
  words: PdfWord[],
  size: number,
  steps: Steps
): { phrases: Phrase[]; footnote: string | null } {
  const phrases: Phrase[] = [];
  let footnote: string | null = null;
  const y = words.reduce((m, w) => (w.size === size ? Math.max(m, w.y) : m), -Infinity);
  let current: Phrase | null = null;
  for (let i = 0; i < words.length; i++) {
    steps.n++;
    const w = words[i];
    const text = w.text.replace(/\s+/g, " ").trim();
    if (isMarker(w, size, y)) {
      if (current === null && phrases.length === 0 && footnote === null) footnote = text;
      else if (current !== null) current.marks.push(text);
      else if (phrases.length > 0) phrases[phrases.length - 1].marks.push(text);
      continue;
    }
    const gap = current === null ? Infinity : w.x - current.x1;
    if (current !== null && gap <= 0.6 * size) {
      const glue = gap > 0.12 * size && !current.text.endsWith(" ") ? " " : "";
      current.text += glue + text;
      current.x1 = Math.max(current.x1, w.x + w.width);
    } else {
      current = { text, x0: w.x, x1: w.x + w.width, marks: [] };
      phrases.push(current);
    }
  }
  return { phrases, footnote };
}

/** The lines of a page, top to bottom, each with its phrases left to right. */
export function linesOf(page: PdfPage, steps: Steps): Line[] {
  const words = (Array.isArray(page.words) ? page.words : []).filter(usable);
  steps.n += words.length;
  words.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfWord[][] = [];
  let group: PdfWord[] = [];
  let baseY = 0;
  let baseSize = 0;
  for (const w of words) {
    steps.n++;
    if (group.length > 0 && Math.abs(w.y - baseY) <= 0.5 * Math.max(w.size, baseSize)) {
      group.push(w);
      if (w.size > baseSize) {
        baseSize = w.size;
        baseY = w.y;
      }
      continue;
    }
    if (group.length) groups.push(group);
    group = [w];
    baseY = w.y;
    baseSize = w.size;
  }
  if (group.length) groups.push(group);
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    steps.n += g.length;
    let size = 0;
    for (const w of g) if (w.size > size) size = w.size;
    const { phrases, footnote } = phrasesOf(g, size, steps);
    if (phrases.length === 0) continue;
    let y = -Infinity;
    for (const w of g) if (w.size === size && w.y > y) y = w.y;
    lines.push({ page: page.number, y, size, phrases, footnote });
  }
  return lines;
}

/** A line's text as read. */
export function lineText(l: Line): string {
  return l.phrases.map((p) => p.text).join(" ");
}
