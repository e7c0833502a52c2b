/**
 * Reads blocks of cells (values, number formats, formulas) in as few syncs as Excel on the web's
 * 5 MB response limit allows: every block in one sync when they fit, else row chunks.
 *
 * How much a row weighs is known only once read: the first sync guesses FIRST_GUESS bytes a
 * cell, later syncs use what the rows read so far weighed (with a margin). Should Excel still
 * refuse a response as too large, the sync is retried with the chunks' estimate doubled (a
 * single row too large for any response is an error Excel gives, passed on).
 */
import { Batch } from "./batch";

/** A block of cells: its sheet and position (0-based, as getRangeByIndexes takes them). */
export interface Block {
  sheet: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Cells {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

/** Bytes a cell is guessed to weigh in the response before any is read (values + formats + formulas). */
const FIRST_GUESS = 256;
/** Margin over the weight measured so far (later rows may hold longer text). */
const MARGIN = 1.25;

function weight(c: Cells): number {
  return (
    JSON.stringify(c.values).length +
    JSON.stringify(c.numberFormat).length +
    JSON.stringify(c.formulas).length
  );
}

function isResponseTooLarge(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

export async function loadCells(batch: Batch, blocks: Block[]): Promise<Cells[]> {
  const out: Cells[] = blocks.map(() => ({ values: [], numberFormat: [], formulas: [] }));
  const done = blocks.map(() => 0);
  const bytes = blocks.map(() => 0);
  /** estimated response bytes of one row of each block */
  const perRow = blocks.map((b) => Math.max(1, b.cols) * FIRST_GUESS);
  const budget = batch.maxBytes;

  while (blocks.some((b, i) => done[i] < b.rows)) {
    let left = budget;
    const chunks: { i: number; rows: number; range: Excel.Range }[] = [];
    for (let i = 0; i < blocks.length && left > 0; i++) {
      const b = blocks[i];
      if (done[i] >= b.rows) continue;
      const fit = Math.floor(left / perRow[i]);
      if (fit < 1 && chunks.length) break; // the next sync
      const n = Math.max(1, Math.min(b.rows - done[i], fit));
      const range = b.sheet.getRangeByIndexes(b.row + done[i], b.col, n, b.cols);
      range.load("values,numberFormat,formulas");
      chunks.push({ i, rows: n, range });
      left -= n * perRow[i];
    }
    try {
      await batch.sync();
    } catch (e) {
      const oneRow = chunks.length === 1 && chunks[0].rows === 1;
      if (!isResponseTooLarge(e) || oneRow) throw e;
      for (const c of chunks) perRow[c.i] *= 2;
      continue;
    }
    for (const c of chunks) {
      const cells: Cells = {
        values: c.range.values,
        numberFormat: c.range.numberFormat,
        formulas: c.range.formulas,
      };
      const o = out[c.i];
      for (let r = 0; r < cells.values.length; r++) {
        o.values.push(cells.values[r]);
        o.numberFormat.push(cells.numberFormat[r]);
        o.formulas.push(cells.formulas[r]);
      }
      done[c.i] += c.rows;
      bytes[c.i] += weight(cells);
      perRow[c.i] = Math.max(1, Math.ceil((bytes[c.i] / done[c.i]) * MARGIN));
    }
  }
  return out;
}
