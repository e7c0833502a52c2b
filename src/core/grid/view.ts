/**
 * A grid read cell by cell: merged cells resolved (a covered cell reads its merge's first cell),
 * cell texts as the analyst sees them, and the bookkeeping of which cells found a place.
 */
import Decimal from "decimal.js";
import type { Grid, GridCell } from "./types";

/** A number as a text field shows it: 2021 → "2021", 0.5 → "0,5"; a "%" format → "50%". */
export function shownNumberText(n: number, format: string | null): string {
  if (!Number.isFinite(n)) return String(n);
  if (format !== null && format.includes("%")) {
    return `${new Decimal(n).times(100).toFixed().replace(".", ",")}%`;
  }
  return String(n).replace(".", ",");
}

export function cellText(v: GridCell, format: string | null = null): string {
  if (v === null) return "";
  if (typeof v === "string") return v.replace(/\r\n?/g, "\n").trim();
  if (typeof v === "boolean") return v ? "sì" : "no";
  return shownNumberText(v, format);
}

export function isBlankCell(v: GridCell): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export class GridView {
  readonly height: number;
  readonly width: number;
  /** covered cell (r * width + c) → its merge's first cell (same encoding) */
  private readonly covered = new Map<number, number>();
  /** first cell of a merge → the merge's last column */
  private readonly spans = new Map<number, number>();
  private readonly used: Uint8Array;

  constructor(readonly grid: Grid) {
    this.height = grid.rows.length;
    let w = 0;
    for (const row of grid.rows) if (row.length > w) w = row.length;
    this.width = w;
    this.used = new Uint8Array(this.height * this.width);
    for (const m of grid.merges) {
      const top = Math.max(0, m.top);
      const left = Math.max(0, m.left);
      const bottom = Math.min(this.height - 1, m.bottom);
      const right = Math.min(this.width - 1, m.right);
      if (top > bottom || left > right || top >= this.height || left >= this.width) continue;
      const master = top * this.width + left;
      if (this.covered.has(master)) continue;
      this.spans.set(master, right);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          if (r === top && c === left) continue;
          const k = r * this.width + c;
          if (!this.covered.has(k) && !this.spans.has(k)) this.covered.set(k, master);
        }
      }
    }
  }

  raw(r: number, c: number): GridCell {
    const v = this.grid.rows[r]?.[c];
    return v === undefined ? null : v;
  }

  format(r: number, c: number): string | null {
    return this.grid.formats?.[r]?.[c] ?? null;
  }

  /** The cell a covered cell stands for (itself when not covered): [row, column]. */
  owner(r: number, c: number): [number, number] {
    const k = this.covered.get(r * this.width + c);
    if (k === undefined) return [r, c];
    return [Math.floor(k / this.width), k % this.width];
  }

  isCovered(r: number, c: number): boolean {
    return this.covered.has(r * this.width + c);
  }

  /** The last column a merge starting at (r, c) covers; c itself when none. */
  spanRight(r: number, c: number): number {
    return this.spans.get(r * this.width + c) ?? c;
  }

  /** The value the analyst sees at (r, c): a covered cell shows its merge's value. */
  value(r: number, c: number): GridCell {
    if (this.covered.size === 0) return this.raw(r, c);
    const [rr, cc] = this.owner(r, c);
    return this.raw(rr, cc);
  }

  text(r: number, c: number): string {
    if (this.covered.size === 0) return cellText(this.raw(r, c), this.format(r, c));
    const [rr, cc] = this.owner(r, c);
    return cellText(this.raw(rr, cc), this.format(rr, cc));
  }

  /** Whether any cell is covered by a merge (none: every cell stands for itself). */
  get hasMerges(): boolean {
    return this.covered.size > 0;
  }

  /** The cell's own text (a covered cell is empty). */
  rawText(r: number, c: number): string {
    return cellText(this.raw(r, c), this.format(r, c));
  }

  /** Marks the cell behind (r, c) as placed. */
  use(r: number, c: number): void {
    if (this.covered.size === 0) {
      if (r < this.height && c < this.width) this.used[r * this.width + c] = 1;
      return;
    }
    const [rr, cc] = this.owner(r, c);
    if (rr < this.height && cc < this.width) this.used[rr * this.width + cc] = 1;
  }

  useRow(r: number): void {
    for (let c = 0; c < this.width; c++) if (!isBlankCell(this.raw(r, c))) this.use(r, c);
  }

  isUsed(r: number, c: number): boolean {
    return this.used[r * this.width + c] === 1;
  }

  /** Columns of row r whose own cell is not blank. */
  filled(r: number): number[] {
    const out: number[] = [];
    const row = this.grid.rows[r];
    if (!row) return out;
    for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) out.push(c);
    return out;
  }

  blankRow(r: number): boolean {
    const row = this.grid.rows[r];
    if (!row) return true;
    for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
    return true;
  }
}
