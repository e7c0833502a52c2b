/**
 * "Fasi": phase names with markers (▶ ▼ ↔ ←→) under year columns. The markers are often out of
 * line with the years: each marker cell is given a year keeping their left-to-right order and the
 * smallest total misalignment; anything uncertain is reported as info.
 */
import { message } from "../message";
import type { Phase } from "../plan";
import { compact, type Line } from "./lines";
import type { ProgrammeDraft } from "./model";
import { IMPORT_CODES, REASONS, type Collector } from "./report";

export interface YearColumn {
  col: number;
  year: number;
}

const MARKERS = /^[▶►▸▷▼▽▾↔←→⟷⟶⟵⇒⇔●•■□█▲◆◀◄✓✔xX*\-–—|]+$/u;

export function isMarker(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return t !== "" && MARKERS.test(t) && /[^\-–—|]/.test(t);
}

/** The "Fasi" header row: year columns; the "Fase" word; anything else to the report. */
export function readPhaseHeader(line: Line, labelIndex: number, report: Collector): YearColumn[] {
  const years: YearColumn[] = [];
  for (const c of line.cells) {
    if (c.text === "") continue;
    if (c.index === labelIndex) {
      report.use(line, c.index);
      continue;
    }
    const y = /^(19|20)\d{2}$/.exec(c.text);
    if (y) {
      years.push({ col: c.index, year: Number(c.text) });
      report.use(line, c.index);
    } else if (/^(fase|fasi|attivita|azioni|descrizione)$/.test(compact(c.text))) {
      report.use(line, c.index);
    }
  }
  return years;
}

/**
 * Markers at cells `marks` (ascending) to year columns (ascending): an order-keeping assignment of
 * least total distance (each marker its own year when there are years enough).
 */
export function assignYears(
  marks: number[],
  years: YearColumn[]
): { years: number[]; exact: boolean } {
  if (years.length === 0 || marks.length === 0) return { years: [], exact: marks.length === 0 };
  if (marks.length > years.length) {
    const out = new Set<number>();
    for (const m of marks) out.add(nearest(m, years).year);
    return { years: [...out].sort((a, b) => a - b), exact: false };
  }
  const k = marks.length;
  const n = years.length;
  // cost[i][j]: least cost of placing markers 0..i-1 into columns 0..j-1
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(INF));
  for (let j = 0; j <= n; j++) cost[0][j] = 0;
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= n; j++) {
      const take = cost[i - 1][j - 1] + Math.abs(marks[i - 1] - years[j - 1].col);
      cost[i][j] = Math.min(cost[i][j - 1], take);
    }
  }
  const chosen: number[] = [];
  let j = n;
  for (let i = k; i >= 1; i--) {
    while (j > i && cost[i][j] === cost[i][j - 1]) j--;
    chosen.unshift(years[j - 1].year);
    j--;
  }
  return { years: chosen, exact: cost[k][n] === 0 };
}

function nearest(m: number, years: YearColumn[]): YearColumn {
  let best = years[0];
  for (const y of years) if (Math.abs(y.col - m) < Math.abs(best.col - m)) best = y;
  return best;
}

/** One phase row. Returns the phase, or null when the row holds no phase. */
export function readPhaseRow(
  line: Line,
  years: YearColumn[],
  report: Collector,
  programme: ProgrammeDraft
): Phase | null {
  const names: string[] = [];
  const marks: number[] = [];
  const runs: string[] = [];
  for (const c of line.cells) {
    if (c.text === "") continue;
    if (isMarker(c.text)) {
      marks.push(c.index);
      runs.push(c.text.replace(/\s+/g, "").replace(/←→|◄►|◀▶/g, "↔"));
    } else {
      names.push(c.text);
      report.use(line, c.index);
    }
  }
  if (names.length === 0) {
    for (const m of marks) report.reject(line, m, REASONS.markerWithoutPhase);
    return null;
  }
  const name = names.join(": ");
  if (years.length === 0) {
    for (const m of marks) report.reject(line, m, REASONS.markerWithoutYear);
    return { name, years: [] };
  }
  for (const m of marks) report.use(line, m);
  const assigned = assignYears(marks, years);
  const long = runs.some((r) => [...r].length > 1);
  if (!assigned.exact || long) {
    const why = !assigned.exact
      ? message(
          "i segni non sono allineati alle colonne degli anni",
          "the markers are not in line with the year columns"
        )
      : message(
          "un gruppo di più segni in una colonna potrebbe coprire più anni",
          "a run of markers in one column may cover more years"
        );
    report.diagnose({
      code: IMPORT_CODES.phaseAmbiguous,
      severity: "info",
      message: message(
        `Fase «${name}»: ${why.it}; anni letti: ${assigned.years.join(", ") || "nessuno"}.`,
        `Phase «${name}»: ${why.en}; years read: ${assigned.years.join(", ") || "none"}.`
      ),
      entity: programme.entity,
      programme,
      field: "phases",
      line: line.no,
    });
  }
  return { name, years: assigned.years };
}
