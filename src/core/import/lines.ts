/**
 * Tokenising a document as copied from Word or PDF: lines, tab-separated cells, HTML-like tags,
 * Markdown emphasis. Nothing here knows the PIRA layouts.
 */
import { takeFootnotes } from "../values";

export interface LineCell {
  /** position in the line (0 = before the first tab) */
  index: number;
  /** the cell as written (tags kept) */
  raw: string;
  /** tags removed, spaces folded, trimmed */
  text: string;
}

export interface Line {
  /** 1-based line number in the document */
  no: number;
  /** the line as written (after line-ending and odd-space normalisation) */
  raw: string;
  cells: LineCell[];
  /** true when the line holds a tab: a table row */
  tabular: boolean;
  /** whole line, tags and Markdown markers removed */
  text: string;
}

const ODD_SPACES =
  /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\ufeff\u200b]/g;
const INLINE_TAG =
  /<\/?(?:b|i|u|em|strong|span|sup|sub|a|font|small|big|s|strike|mark|code)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** &amp; &lt; &#8364; … */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Tags removed (inline tags glue, block tags separate), entities decoded, spaces folded. */
export function stripTags(raw: string): string {
  if (!raw.includes("<") && !raw.includes("&"))
    return raw.replace(ODD_SPACES, " ").replace(/\s+/g, " ").trim();
  return decodeEntities(raw.replace(INLINE_TAG, "").replace(ANY_TAG, " "))
    .replace(ODD_SPACES, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const PARAGRAPH = "\u0001";

/** HTML paragraphs and list items → plain text: paragraphs apart by a blank line, list items one per line. */
export function htmlToParagraphs(raw: string): string {
  const text = decodeEntities(
    raw
      .replace(
        // no "\s*" after "[^<>]*" (both take spaces: quadratic on "<p" and a run of spaces)
        /<\s*(?:\/p\s*|p\b[^<>]*|\/?ul\b[^<>]*|\/?ol\b[^<>]*|\/div\s*|div\b[^<>]*|\/h[1-6]\s*|h[1-6]\b[^<>]*)>/gi,
        PARAGRAPH
      )
      .replace(/<\s*(?:br\s*(?:\/\s*)?|li\b[^<>]*|\/li\s*)>/gi, "\n")
      .replace(INLINE_TAG, "")
      .replace(ANY_TAG, " ")
  ).replace(ODD_SPACES, " ");
  return text
    .split(PARAGRAPH)
    .map((para) =>
      para
        .split("\n")
        .map((l) => l.replace(/\s+/g, " ").trim())
        .filter((l) => l !== "")
        .join("\n")
    )
    .filter((para) => para !== "")
    .join("\n\n");
}

/** Markdown emphasis and heading markers removed from a prose line. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*{1,3}/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower case, accents folded, spaces folded: for comparing words. */
export function foldLineText(text: string): string {
  const ascii = /^[ -~]*$/.test(text);
  return (ascii ? text : text.normalize("NFD"))
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded with every space removed: "Indicator e" → "indicatore". For header words with typos. */
export function compact(text: string): string {
  return foldLineText(text).replace(/\s+/g, "");
}

/** Splits a document into lines and cells. Line endings CRLF / CR / LF; odd spaces become spaces. */
export function tokenise(document: string): Line[] {
  const text = String(document ?? "").replace(ODD_SPACES, " ");
  const rawLines = text.split(/\r\n|\r|\n/);
  const lines: Line[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    const parts = raw.split("\t");
    const cells: LineCell[] = parts.map((p, index) => ({ index, raw: p, text: stripTags(p) }));
    lines.push({
      no: i + 1,
      raw,
      cells,
      tabular: parts.length > 1,
      text: stripMarkdown(stripTags(raw)),
    });
  }
  return lines;
}

/** True for a line with no text at all. */
export function isBlank(line: Line): boolean {
  return line.text === "" && line.cells.every((c) => c.text === "");
}

/** Non-empty cells of a line. */
export function filledCells(line: Line): LineCell[] {
  return line.cells.filter((c) => c.text !== "");
}

/**
 * A heading: a Markdown heading (`## …`), a line opening or closing a bold span (`**…`, `…**`),
 * a whole-line bold / heading tag (`<b>…</b>`, `<h2>…</h2>`).
 */
export function isHeading(line: Line): boolean {
  if (line.tabular) return false;
  const t = line.raw.trim();
  if (t === "") return false;
  if (/^#{1,6}\s/.test(t)) return true;
  if (t.startsWith("**") || t.endsWith("**")) return true;
  if (/^<(b|strong|h[1-6])\b[^>]*>[\s\S]*<\/\1>$/i.test(t)) return true;
  return false;
}

/** `<sup>1</sup>` markers in a cell, and the cell without them. */
export function footnoteMarks(raw: string): { marks: string[]; rest: string } {
  // a scanner (linear): the pattern "<sup…>\s*([^<]*?)\s*</sup>" backtracked cubically on spaces
  return takeFootnotes(raw);
}

/** `<i>a</i> <i>b</i>` → ["a", "b"]; a cell with no italic spans → its whole text. Linear in the cell's length. */
export function italicParts(raw: string): string[] {
  const parts: string[] = [];
  const outside: string[] = [];
  const re = /<(\/?)(?:i|em)\b[^<>]*>/gi;
  let depth = 0;
  let at = 0;
  let current = "";
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const piece = raw.slice(at, m.index);
    if (depth > 0) current += piece;
    else outside.push(piece);
    at = m.index + m[0].length;
    if (m[1] === "") {
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        const t = stripTags(current);
        if (t !== "") parts.push(t);
        current = "";
      }
    }
  }
  const tail = raw.slice(at);
  if (depth > 0) outside.push(current + tail);
  else outside.push(tail);
  const rest = stripTags(outside.join(" "));
  if (parts.length === 0) return rest === "" ? [] : [rest];
  if (rest !== "") parts.push(rest);
  return parts;
}
