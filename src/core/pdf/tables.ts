/**
 * A table rebuilt from where its words stand: the lines of a region (consecutive lines, at least
 * two of them split into several phrases), its columns from the phrases' horizontal extents
 * across the lines (x where almost no line has ink is between columns; a phrase alone in such a
 * gap is a sparse column of its own), its rows from the line spacing (a wider step starts a row, a
 * step out of rhythm too: a cell merged down runs past its row), the lines of a row joined in each
 * cell (text wrapped inside a cell), and merged headers (a header cell with empty cells to its
 * right over filled sub-headers spans them).
 */
import type { Line, Phrase } from "./lines";
import type { Steps } from "./types";

export interface Column {
  x0: number;
  x1: number;
}

export interface TableCellText {
  text: string;
  /** the last column a merged cell reaches (its own column when not merged) */
  spanTo: number;
}

export interface RebuiltTable {
  page: number;
  /** baseline of the first and of the last line */
  top: number;
  bottom: number;
  columns: Column[];
  /** rows × columns; "" for an empty cell */
  cells: TableCellText[][];
  /** the footnote markers found in each row */
  marks: string[][];
  /** the page of each row, once a table goes on over pages */
  rowPages?: number[];
}

/** More columns than any indicator table has: the words are not a table. */
export const MAX_COLUMNS = 40;

/** Columns from the lines' phrases: the x-ranges that more than `tol` lines have ink in. */
export function columnsOf(lines: readonly Line[], steps: Steps): Column[] {
  const events: [number, number][] = [];
  for (const l of lines)
    for (const p of l.phrases) {
      steps.n++;
      events.push([p.x0, 1], [p.x1, -1]);
    }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  steps.n += events.length;
  const tol = Math.floor(0.15 * lines.length);
  const columns: Column[] = [];
  let depth = 0;
  let open: number | null = null;
  for (const [x, d] of events) {
    steps.n++;
    depth += d;
    if (depth > tol && open === null) open = x;
    else if (depth <= tol && open !== null) {
      columns.push({ x0: open, x1: x });
      open = null;
    }
  }
  // sparse columns: a phrase standing in a gap between columns
  const extra: Column[] = [];
  for (const l of lines)
    for (const p of l.phrases) {
      steps.n++;
      if (overlapping(columns, p, steps).length === 0) extra.push({ x0: p.x0, x1: p.x1 });
    }
  if (extra.length === 0) return columns;
  extra.sort((a, b) => a.x0 - b.x0);
  const merged: Column[] = [];
  for (const c of extra) {
    steps.n++;
    const last = merged[merged.length - 1];
    if (last && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1);
    else merged.push({ ...c });
  }
  return [...columns, ...merged].sort((a, b) => a.x0 - b.x0);
}

/** The indexes of the columns a phrase overlaps (by more than a sliver). */
function overlapping(
  columns: readonly Column[],
  p: { x0: number; x1: number },
  steps: Steps
): number[] {
  // first column whose right edge is past the phrase's left edge (binary search)
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    steps.n++;
    const mid = (lo + hi) >> 1;
    if (columns[mid].x1 <= p.x0) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let c = lo; c < columns.length && columns[c].x0 < p.x1; c++) {
    steps.n++;
    const overlap = Math.min(columns[c].x1, p.x1) - Math.max(columns[c].x0, p.x0);
    if (overlap > 0.5 || out.length === 0) out.push(c);
    if (out.length > MAX_COLUMNS) break;
  }
  return out;
}

/** The lines in rows: a step wider than the line spacing, or out of its rhythm, starts a row. */
export function rowsOf(lines: readonly Line[], steps: Steps): Line[][] {
  // the line spacing: the smallest step, at most what a font's line takes (single-line rows
  // alone must not set the rhythm)
  let base = 1.25 * Math.max(...lines.map((l) => l.size).slice(0, 64));
  for (let i = 1; i < lines.length; i++) {
    steps.n++;
    const step = lines[i].y - lines[i - 1].y;
    if (step > 0.8 * lines[i].size && step < base) base = step;
  }
  const rows: Line[][] = [];
  let row: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    steps.n++;
    const step = i === 0 ? Infinity : lines[i].y - lines[i - 1].y;
    const inRhythm = step <= 1.3 * base && step >= 0.85 * base;
    if (row.length > 0 && !inRhythm) {
      rows.push(row);
      row = [];
    }
    row.push(lines[i]);
  }
  if (row.length) rows.push(row);
  return rows;
}

/** A header cell with empty cells to its right, over filled cells below: it spans them. */
function mergeHeaders(cells: TableCellText[][], steps: Steps): void {
  const headerRows = Math.min(2, cells.length - 1);
  for (let r = 0; r < headerRows; r++) {
    const row = cells[r];
    const below = cells[r + 1];
    for (let c = 0; c < row.length; c++) {
      steps.n++;
      if (row[c].text === "" || row[c].spanTo > c) continue;
      let end = c;
      while (
        end + 1 < row.length &&
        row[end + 1].text === "" &&
        below[end + 1].text !== "" &&
        below[c].text !== ""
      ) {
        steps.n++;
        end++;
      }
      row[c].spanTo = end;
    }
  }
}

/** A table from its region's lines. null when the words are not a table after all. */
export function rebuildTable(lines: readonly Line[], steps: Steps): RebuiltTable | null {
  const columns = columnsOf(lines, steps);
  if (columns.length < 2 || columns.length > MAX_COLUMNS) return null;
  const rows = rowsOf(lines, steps);
  const cells: TableCellText[][] = [];
  const marks: string[][] = [];
  for (const row of rows) {
    const texts: string[][] = columns.map(() => []);
    const spans: number[] = columns.map((_, c) => c);
    const rowMarks: string[] = [];
    for (const line of row)
      for (const p of line.phrases) {
        steps.n++;
        const over = overlapping(columns, p, steps);
        const c = over[0] ?? 0;
        texts[c].push(p.text);
        if (over.length > 1) spans[c] = Math.max(spans[c], over[over.length - 1]);
        rowMarks.push(...p.marks);
      }
    cells.push(texts.map((t, c) => ({ text: joinWrapped(t), spanTo: spans[c] })));
    marks.push(rowMarks);
  }
  mergeHeaders(cells, steps);
  return {
    page: lines[0].page,
    top: lines[0].y,
    bottom: lines[lines.length - 1].y,
    columns,
    cells,
    marks,
  };
}

/** The lines of a cell joined with a space, as the text wrapped inside the cell was. */
function joinWrapped(parts: readonly string[]): string {
  return parts.join(" ");
}

export type { Phrase };
