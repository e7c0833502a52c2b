/**
 * A PDF's pages into the table reader's blocks, as a Word document's are: headings (larger type),
 * paragraphs, and tables rebuilt from where their words stand. Page headers, footers and page
 * numbers (lines in the top or bottom margin repeated on the pages, or a page number) are left
 * out; a table that goes on at the top of the next page with the same columns is one table, its
 * repeated header dropped; footnote markers in a table become the row's notes (a «Note» column),
 * with the footnote's text from the foot of the page.
 */
import type { Grid, GridBlock, GridCell, Merge } from "../grid";
import { lineText, linesOf, type Line } from "./lines";
import { rebuildTable, type RebuiltTable } from "./tables";
import type { PdfPage, Steps } from "./types";

export interface PdfLayout {
  blocks: GridBlock[];
  /** words with text on all pages: 0 for a scanned PDF */
  words: number;
  steps: number;
}

const PAGE_NUMBER = /^(-\s*)?(pag(ina|\.)?\s*)?\d{1,4}(\s*(di|of|\/)\s*\d{1,4})?(\s*-)?$/i;

/** The size most text is written in (the median over phrases). */
function bodySize(lines: readonly Line[]): number {
  const sizes: number[] = [];
  for (const l of lines) for (let k = 0; k < l.phrases.length; k++) sizes.push(l.size);
  if (sizes.length === 0) return 10;
  sizes.sort((a, b) => a - b);
  return sizes[sizes.length >> 1];
}

/** Lines in the top or bottom margin that repeat on the pages, and page numbers. */
function furniture(
  pages: readonly { page: PdfPage; lines: Line[] }[],
  body: number,
  steps: Steps
): Set<Line> {
  const out = new Set<Line>();
  const inMargin = (l: Line, p: PdfPage) => l.y < 0.09 * p.height || l.y > 0.92 * p.height;
  const key = (l: Line) => lineText(l).replace(/\d+/g, "#").toLowerCase();
  const seen = new Map<string, number>();
  for (const { page, lines } of pages) {
    const keys = new Set<string>();
    for (const l of lines) {
      steps.n++;
      if (inMargin(l, page)) keys.add(key(l));
    }
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const n = pages.length;
  for (const { page, lines } of pages)
    for (const l of lines) {
      steps.n++;
      if (!inMargin(l, page)) continue;
      const count = seen.get(key(l)) ?? 0;
      if (
        PAGE_NUMBER.test(lineText(l)) ||
        (count >= 2 && count * 2 >= n) ||
        (n === 1 && l.size < body && l.footnote === null)
      )
        out.add(l);
    }
  return out;
}

type Item =
  | { kind: "table"; table: RebuiltTable; first: boolean }
  | { kind: "heading"; text: string; level: number }
  | { kind: "text"; text: string };

function isMulti(l: Line, body: number): boolean {
  return l.phrases.length >= 2 && l.size <= 1.15 * body && l.footnote === null;
}

/** One page's lines into items; footnotes into `notes`. */
function pageItems(
  lines: readonly Line[],
  body: number,
  notes: Map<string, string>,
  steps: Steps
): Item[] {
  const items: Item[] = [];
  let i = 0;
  let first = true;
  while (i < lines.length) {
    steps.n++;
    const l = lines[i];
    if (l.footnote !== null) {
      // the footnote's text, and its lines after it
      let text = lineText(l);
      let j = i + 1;
      while (
        j < lines.length &&
        lines[j].footnote === null &&
        lines[j].size <= l.size * 1.05 &&
        lines[j].y - lines[j - 1].y <= 1.6 * l.size
      ) {
        steps.n++;
        text += " " + lineText(lines[j]);
        j++;
      }
      notes.set(`${l.page}:${l.footnote}`, text);
      if (!notes.has(l.footnote)) notes.set(l.footnote, text);
      i = j;
      continue;
    }
    if (isMulti(l, body)) {
      let x0 = Infinity;
      let x1 = -Infinity;
      const region: Line[] = [];
      let multi = 0;
      let j = i;
      while (j < lines.length) {
        steps.n++;
        const m = lines[j];
        if (region.length > 0) {
          const prev = region[region.length - 1];
          if (m.footnote !== null || m.size > 1.15 * body) break;
          if (m.y - prev.y > 2.2 * Math.max(m.size, prev.size)) break;
          const inside = m.phrases[0].x0 >= x0 - 2 && m.phrases[m.phrases.length - 1].x1 <= x1 + 2;
          if (!isMulti(m, body) && !inside) break;
        }
        region.push(m);
        if (isMulti(m, body)) multi++;
        x0 = Math.min(x0, m.phrases[0].x0);
        x1 = Math.max(x1, m.phrases[m.phrases.length - 1].x1);
        j++;
      }
      const table = multi >= 2 ? rebuildTable(region, steps) : null;
      if (table) {
        items.push({ kind: "table", table, first });
        first = false;
        i = j;
        continue;
      }
    }
    first = false;
    const text = lineText(l);
    if (l.size >= 1.15 * body) {
      items.push({ kind: "heading", text, level: l.size >= 1.5 * body ? 1 : 2 });
      i++;
      continue;
    }
    // a paragraph: the body lines that follow closely
    let para = text;
    let j = i + 1;
    while (
      j < lines.length &&
      lines[j].footnote === null &&
      !isMulti(lines[j], body) &&
      Math.abs(lines[j].size - l.size) < 0.5 &&
      lines[j].y - lines[j - 1].y <= 1.6 * l.size
    ) {
      steps.n++;
      para += " " + lineText(lines[j]);
      j++;
    }
    items.push({ kind: "text", text: para });
    i = j;
  }
  return items;
}

function sameColumns(a: RebuiltTable, b: RebuiltTable): boolean {
  if (a.columns.length !== b.columns.length) return false;
  return a.columns.every((c, k) => Math.abs(c.x0 - b.columns[k].x0) <= 4);
}

/** The rows at the top of `next` that repeat the header of `table`. */
function repeatedHeader(table: RebuiltTable, next: RebuiltTable): number {
  let k = 0;
  while (
    k < 3 &&
    k < next.cells.length &&
    k < table.cells.length &&
    next.cells[k].every((c, j) => c.text === table.cells[k][j].text)
  )
    k++;
  return k;
}

function gridOf(t: RebuiltTable, n: number, notes: Map<string, string>): Grid {
  const rows: GridCell[][] = t.cells.map((r) => r.map((c) => (c.text === "" ? null : c.text)));
  const merges: Merge[] = [];
  t.cells.forEach((r, ri) =>
    r.forEach((c, ci) => {
      if (c.spanTo > ci) merges.push({ top: ri, left: ci, bottom: ri, right: c.spanTo });
    })
  );
  // footnote markers: the note's text in a «Note» column
  const rowNotes = t.marks.map((ms, ri) =>
    ms
      .map((m) => notes.get(`${t.rowPages?.[ri] ?? t.page}:${m}`) ?? notes.get(m))
      .filter((x): x is string => x !== undefined)
  );
  if (rowNotes.some((x) => x.length > 0)) {
    // the table's own «Note» column, else one added
    const header = rows.slice(0, 2);
    let at = -1;
    for (const h of header) {
      const c = h.findIndex((x) => typeof x === "string" && /^note\b/i.test(x.trim()));
      if (c >= 0) at = c;
    }
    rows.forEach((r, ri) => {
      const said = rowNotes[ri].join(" ");
      if (at < 0) r.push(ri === 0 ? "Note" : said === "" ? null : said);
      else if (said !== "") r[at] = r[at] ? `${String(r[at])} ${said}` : said;
    });
  }
  return { rows, merges, origin: { kind: "pdf", table: n, page: t.page } };
}

/** The blocks of a PDF's pages (pages in order). */
export function layoutPdf(input: readonly PdfPage[], steps: Steps = { n: 0 }): PdfLayout {
  const pages = (Array.isArray(input) ? input : []).map((page) => ({
    page,
    lines: linesOf(page, steps),
  }));
  let words = 0;
  for (const p of pages) for (const l of p.lines) words += l.phrases.length;
  const all = pages.flatMap((p) => p.lines);
  const body = bodySize(all);
  const skip = furniture(pages, body, steps);
  const notes = new Map<string, string>();
  const items: Item[] = [];
  for (const p of pages) {
    const lines = p.lines.filter((l) => !skip.has(l));
    for (const item of pageItems(lines, body, notes, steps)) {
      const last = items[items.length - 1];
      if (
        item.kind === "table" &&
        item.first &&
        last?.kind === "table" &&
        last.table.page === item.table.page - 1 &&
        sameColumns(last.table, item.table)
      ) {
        // the same table going on: its repeated header dropped
        const drop = repeatedHeader(last.table, item.table);
        const t = last.table;
        t.rowPages ??= t.cells.map(() => t.page);
        for (let r = drop; r < item.table.cells.length; r++) {
          steps.n++;
          t.cells.push(item.table.cells[r]);
          t.marks.push(item.table.marks[r]);
          t.rowPages.push(item.table.page);
        }
        t.page = item.table.page;
        continue;
      }
      items.push(item);
    }
  }
  const blocks: GridBlock[] = [];
  let tables = 0;
  let paragraph = 0;
  for (const item of items) {
    steps.n++;
    if (item.kind === "table") {
      const first = item.table.rowPages?.[0] ?? item.table.page;
      const grid = gridOf(item.table, ++tables, notes);
      grid.origin = { kind: "pdf", table: tables, page: first };
      blocks.push({ kind: "grid", grid });
    } else
      blocks.push({
        kind: "text",
        text: item.text,
        level: item.kind === "heading" ? item.level : null,
        paragraph: ++paragraph,
      });
  }
  return { blocks, words, steps: steps.n };
}
