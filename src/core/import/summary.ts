/**
 * The Prato layout's summary table: Missione | Programma | Programma strategico, mapping each
 * strategic programme (a scheda) to its mission and programme codes. The table may be split by a
 * page break: a repeated header, and a row whose first cells are empty continuing the cell above.
 */
import { normaliseCode } from "../catalogue";
import { compact, foldLineText, type Line } from "./lines";
import type { ProgrammeDraft, SummaryTableRow } from "./model";
import type { Collector } from "./report";

export interface SummaryColumns {
  mission: number;
  programme: number;
  strategic: number;
}

/** The header of a summary table, or null. */
export function readSummaryHeader(line: Line): SummaryColumns | null {
  let mission = -1;
  let programme = -1;
  let strategic = -1;
  for (const c of line.cells) {
    if (c.text.length > 60) continue;
    const t = compact(c.text);
    if (t === "missione" || t === "missioni") mission = c.index;
    else if (
      t.startsWith("programmastrategico") ||
      t.startsWith("obiettivostrategico") ||
      t.startsWith("programmistrategici")
    )
      strategic = c.index;
    else if (t === "programma" || t === "programmi") programme = c.index;
  }
  if (mission < 0 || programme < 0 || strategic < 0) return null;
  return { mission, programme, strategic };
}

const CODE = /^(\d{1,3})(?:\s*[–\-—.):]\s*|\s+)(.*)$/;

/** A code cell "11 – Competitività …" → code "011" and title; null when it holds no code. */
export function readSummaryCodeCell(text: string): { code: string | null; title: string } | null {
  const m = CODE.exec(text.trim());
  if (!m)
    return /^\d{1,3}$/.test(text.trim()) ? { code: normaliseCode(text.trim()), title: "" } : null;
  return { code: normaliseCode(m[1]), title: m[2].replace(/^["“«]|["”»]$/g, "").trim() };
}

/**
 * One row of the summary table: a new row, a continuation of the last (first cells empty), or
 * false when the line is not part of the table.
 */
export function readSummaryRow(
  line: Line,
  cols: SummaryColumns,
  rows: SummaryTableRow[],
  report: Collector
): boolean {
  const mission = line.cells[cols.mission]?.text ?? "";
  const programme = line.cells[cols.programme]?.text ?? "";
  const strategic = line.cells[cols.strategic]?.text ?? "";
  const extra = line.cells.some(
    (c) =>
      c.text !== "" &&
      c.index !== cols.mission &&
      c.index !== cols.programme &&
      c.index !== cols.strategic
  );
  if (extra) return false;
  if (mission === "" && programme === "") {
    const last = rows[rows.length - 1];
    if (!last || strategic === "") return false;
    last.strategic = `${last.strategic} ${strategic}`.trim();
    last.lines.push(line);
    report.use(line, cols.strategic);
    return true;
  }
  const m = readSummaryCodeCell(mission);
  const p = readSummaryCodeCell(programme);
  if (!m || !p) return false;
  rows.push({
    line,
    mission: m.code,
    missionTitle: m.title,
    programme: p.code,
    programmeTitle: p.title,
    strategic,
    lines: [line],
    matched: false,
  });
  for (const c of line.cells) if (c.text !== "") report.use(line, c.index);
  return true;
}

const STOP = new Set([
  "del",
  "della",
  "dello",
  "delle",
  "dei",
  "degli",
  "dell",
  "per",
  "con",
  "nel",
  "nella",
  "alla",
  "alle",
  "uno",
  "una",
  "the",
  "and",
  "ente",
]);

function words(text: string): string[] {
  return foldLineText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

/** Folded text of each row's strategic programmes, after the row's text itself (rows grow while read). */
const folded = new WeakMap<SummaryTableRow, { text: string; hay: string }>();

/** Share of the name's words found in the row's strategic programmes (0..1). */
function score(w: string[], row: SummaryTableRow): number {
  if (w.length === 0) return 0;
  let cached = folded.get(row);
  if (cached === undefined || cached.text !== row.strategic) {
    cached = {
      text: row.strategic,
      hay: ` ${foldLineText(row.strategic).replace(/[^a-z0-9]+/g, " ")} `,
    };
    folded.set(row, cached);
  }
  const hay = cached.hay;
  let found = 0;
  for (const x of w) if (hay.includes(` ${x}`)) found++;
  return found / w.length;
}

/**
 * The summary row of a scheda: among the rows of the scheda's heading mission (when known), the
 * one whose strategic programmes best match its heading or its "Programma".
 */
export function matchSummary(p: ProgrammeDraft, rows: SummaryTableRow[]): SummaryTableRow | null {
  const names = [p.heading, p.strategicProgramme].filter((n): n is string => !!n).map(words);
  const candidates = p.mission !== null ? rows.filter((r) => r.mission === p.mission) : rows;
  const pool = candidates.length > 0 ? candidates : rows;
  let best: SummaryTableRow | null = null;
  let bestScore = 0;
  let tie = false;
  for (const r of pool) {
    const s = Math.max(0, ...names.map((n) => score(n, r)));
    if (s > bestScore) {
      best = r;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && s > 0) {
      tie = true;
    }
  }
  if (best && !tie && bestScore >= 0.5) return best;
  if (p.mission !== null && candidates.length === 1) return candidates[0];
  return null;
}
