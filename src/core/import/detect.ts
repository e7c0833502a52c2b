/**
 * Recognising the landmarks of a PIRA document outside its tables: the document title, the
 * headings naming a chamber (one entity each), mission and programme markers, footnote texts,
 * and the first year of the triennium.
 */
import { normaliseCode } from "../catalogue";
import { findDate } from "./columns";
import { isBlank, isHeading, stripMarkdown, stripTags, type Line } from "./lines";

// linear: no two quantifiers over the same characters side by side (",?" between "\s*" and "\s*"
// backtracked quadratically on a run of spaces)
const CHAMBER =
  /\b(c\.?\s?c\.?\s?i\.?\s?a\.?\s?a\.?(?=\s)|camera\s+di\s+commercio(?:\s*(?:,\s*)?industria\s*(?:,\s*)?artigianato\s+e\s+agricoltura)?)\s+(di|del|della|dell'|delle|dei)\s*(\S.*)$/i;

/** The text without the characters of `chars` (and spaces) at its end: a scan, not a `[…]+$` pattern. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1];
    if (chars.includes(c) || c.trim() === "") end--;
    else break;
  }
  return text.slice(0, end);
}

/** The text without the characters of `chars` at its start. */
function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return text.slice(start);
}

/** The chamber a text names ("… DELLA C.C.I.A.A. DI PISTOIA" → "C.C.I.A.A. DI PISTOIA"), or null. */
export function chamberName(text: string): string | null {
  const m = CHAMBER.exec(text);
  if (!m) return null;
  const place = trimEnd(m[3], '"“”«»*:;.,').trim();
  if (place === "") return null;
  const whole = `${m[1]} ${m[2]}${m[2].endsWith("'") ? "" : " "}${place}`;
  return whole.replace(/\s+/g, " ").trim();
}

/** The entity a heading introduces, or null when the line is not a heading naming a chamber. */
export function entityHeading(line: Line): string | null {
  if (!isHeading(line)) return null;
  return chamberName(line.text);
}

const MARKER_TAIL = /(?:\s*[)\].:\-–—]\s*|\s+|$)(.*)$/;
const MISSION = new RegExp(`^missione\\s+(\\d{1,3})(?!\\d|[.,]\\d)${MARKER_TAIL.source}`, "i");
const PROGRAMME = new RegExp(
  `^programma\\s+(\\d{1,3})(?:\\s*\\.\\s*(\\d{1,3}))?(?!\\d|[,]\\d)${MARKER_TAIL.source}`,
  "i"
);

function markerLine(line: Line): boolean {
  if (line.tabular) return false;
  const raw = line.raw.trim();
  if (/^[-•·]\s/.test(raw)) return false;
  return isHeading(line) || /^<(b|strong)\b/i.test(raw) || line.text.length <= 160;
}

function unquote(text: string): string {
  return trimEnd(trimStart(text, "\"“«'‘"), "\"”»'’").trim();
}

/** "Missione 011" / "**Missione 11) "Competitività …"**" → code and title (maybe empty). */
export function missionMarker(line: Line): { code: string | null; title: string } | null {
  if (!markerLine(line)) return null;
  const m = MISSION.exec(line.text);
  if (!m) return null;
  return { code: normaliseCode(m[1]), title: unquote(m[2]) };
}

/** "Programma 005" (or "Programma 011.005") → codes and title (maybe empty). */
export function programmeMarker(
  line: Line
): { mission: string | null; code: string | null; title: string } | null {
  if (!markerLine(line)) return null;
  const m = PROGRAMME.exec(line.text);
  if (!m) return null;
  if (m[2] !== undefined)
    return { mission: normaliseCode(m[1]), code: normaliseCode(m[2]), title: unquote(m[3]) };
  return { mission: null, code: normaliseCode(m[1]), title: unquote(m[3]) };
}

/** "<sup>1</sup> Lo scostamento …" → the mark and the note. */
export function footnoteDefinition(line: Line): { mark: string; text: string } | null {
  if (line.tabular) return null;
  // scanned, not matched: the pattern "\s*([^<]{1,6}?)\s*" backtracked on a run of spaces
  const raw = line.raw.trimStart();
  if (!/^<sup\b[^<>]*>/i.test(raw)) return null;
  const open = raw.indexOf(">") + 1;
  const close = raw.indexOf("<", open);
  if (close < 0 || raw.slice(close, close + 6).toLowerCase() !== "</sup>") return null;
  const mark = raw.slice(open, close).trim();
  if (mark === "" || mark.length > 6) return null;
  const text = stripTags(raw.slice(close + 6));
  return text === "" ? null : { mark, text };
}

/**
 * The document's title: its first paragraph when that is a heading (a bold span may run over
 * several lines), else null.
 */
export function readDocumentTitle(lines: Line[]): string | null {
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i >= lines.length || lines[i].tabular) return null;
  const first = lines[i];
  const raw = first.raw.trim();
  const parts = [first.raw];
  if (raw.startsWith("**") && !(raw.length > 2 && raw.slice(2).includes("**"))) {
    for (
      let j = i + 1;
      j < lines.length && j <= i + 6 && !isBlank(lines[j]) && !lines[j].tabular;
      j++
    ) {
      parts.push(lines[j].raw);
      if (lines[j].raw.includes("**")) break;
    }
  } else if (!isHeading(first)) {
    return null;
  }
  const title = stripMarkdown(stripTags(parts.join(" ")));
  return title === "" || title.length > 200 ? null : title;
}

/** The most frequent of a list, the earliest on ties; null for an empty list. */
export function mostFrequent(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Years written in prose dates ("al 30 settembre 2020", "31.12.2020") and alone, as a last resort. */
export function yearsInText(lines: Line[]): number[] {
  const years: number[] = [];
  for (const line of lines) {
    const d = findDate(line.text);
    if (d) years.push(d.year);
    const re = /\b(19[5-9]\d|20\d{2})\b/g;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(line.text)) !== null && n++ < 20) years.push(Number(m[1]));
  }
  return years;
}
