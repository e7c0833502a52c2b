/**
 * Fill: the patch of the computed columns of Indicatori — and nothing else. The patch is a list
 * of blocks covering only the columns whose header starts with "Calcolato: ", over the table's
 * data rows. Filling twice gives the same patch, and applying it again changes no cell.
 *
 * A computed header that occurs twice (an analyst's own «Calcolato: Esito» beside the one pira
 * added) stops the fill: nothing is written and the error names the column and its cells. Only
 * the header can tell pira's column from the analyst's — the cells cannot (after one fill, pira's
 * own values look like anyone's) — so two of them is the one case where pira could overwrite
 * an analyst's work, and it asks instead.
 */
import { message } from "../../core/message";
import type { Indicator, Plan } from "../../core/plan";
import { DEFAULT_THRESHOLDS } from "../../core/performance";
import { cellAddress, columnLetters } from "../../core/a1";
import type { Thresholds } from "./computed";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { tableRowRef, type RowRef } from "./formulas";
import { canonicalHeader, foldHeader } from "../columns/headers";
import { COMPUTED_COLUMNS, COMPUTED_PREFIX, WORDS, type ComputedKey } from "../columns/names";
import { computedRow, DEFAULT_STYLE, type FormulaStyle } from "./row-cells";
import { cellParts, type Block, type CellSpec, type Scalar } from "./spec";
import { formatAt, type TableData } from "../read/tables";
import { sameFormat } from "../columns/formats";

export interface FillOptions {
  style?: FormulaStyle;
  thresholds?: Thresholds;
}

/** Where the Indicatori table sits and which indicator is on each of its data rows. */
export interface FillTarget {
  table: TableData;
  /** indicator id of each data row (null: nothing to compute) */
  rowIds: (string | null)[];
}

export interface Patch {
  sheet: string;
  blocks: Block[];
  /**
   * The sheet is someone else's (an analyst's own table): the patch may write only into cells
   * that hold nothing, except in `ownColumns` (1-based: the fill's own columns, as recorded). A
   * writer that finds anything in another cell it would write — a value, a formula, a style —
   * refuses the whole patch.
   */
  theirs?: { ownColumns: number[] };
}

export interface FillResult {
  patch: Patch;
  diagnostics: WorkbookDiagnostic[];
  /** cells of the patch that differ from what the table holds now (0: a fill changes nothing) */
  changed: number;
  /** rows written as values because native formulas cannot express them */
  fallbacks: number;
}

const KEY_BY_HEADER = new Map<string, ComputedKey>(
  (Object.entries(COMPUTED_COLUMNS) as [ComputedKey, string][]).map(([k, h]) => [foldHeader(h), k])
);

/** A1 reference builder for a range that is not an Excel table. */
function a1RowRef(table: TableData, row: number): RowRef {
  const folded = table.header.map(canonicalHeader);
  return (column) => {
    const c = folded.indexOf(canonicalHeader(column));
    return c < 0 ? "#REF!" : `${columnLetters(table.col + c)}${row}`;
  };
}

function sameScalar(a: Scalar | undefined, b: Scalar | undefined): boolean {
  const x = a === undefined || a === "" ? null : a;
  const y = b === undefined || b === "" ? null : b;
  if (typeof x === "number" && typeof y === "number")
    return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
  return x === y;
}

/** Structured references in one form: Excel may show Indicatori[[#This Row],[X]] as [@X] or [@[X]]. */
function canonicalFormula(f: string): string {
  return f
    .replace(/^=/, "")
    .replace(/\[\[#This Row\],\[((?:[^\]']|'.)*)\]\]/gi, "[@$1]")
    .replace(/\[@\[((?:[^\]']|'.)*)\]\]/g, "[@$1]")
    .replace(/[A-Za-z_][\w.]*\[@/g, "[@")
    .replace(/\s+/g, "");
}

function sameFormula(a: string, b: string): boolean {
  return a === b || canonicalFormula(a) === canonicalFormula(b);
}

/** Whether the table already holds `cell` at data row i, column c. */
function holds(table: TableData, i: number, c: number, cell: CellSpec): boolean {
  // a cell without the number format the fill gives it (a workbook filled before) is rewritten
  if (table.formats && !sameFormat(formatAt(table, i, c), cell.format)) return false;
  const formula = table.formulas?.[i]?.[c] ?? null;
  if (cell.formula !== undefined) return formula !== null && sameFormula(formula, cell.formula);
  if (formula !== null) return false;
  return sameScalar(table.rows[i]?.[c], cell.value ?? null);
}

export function fill(plan: Plan, target: FillTarget, options: FillOptions = {}): FillResult {
  const style = options.style ?? DEFAULT_STYLE;
  const thresholds = options.thresholds ?? { ...DEFAULT_THRESHOLDS };
  const { table, rowIds } = target;
  const diagnostics: WorkbookDiagnostic[] = [];
  const columns = table.header
    .map((h, c) => ({ c, key: KEY_BY_HEADER.get(foldHeader(h)) }))
    .filter((x): x is { c: number; key: ComputedKey } => x.key !== undefined);
  const missing = (Object.values(COMPUTED_COLUMNS) as string[]).filter(
    (h) => !table.header.some((x) => foldHeader(x) === foldHeader(h))
  );
  if (missing.length) {
    diagnostics.push(
      diagnostic(
        "PIRA-X009",
        columns.length ? "warning" : "error",
        message(
          `Mancano le colonne calcolate ${missing.map((m) => `«${m}»`).join(", ")}: ricostruire la cartella (pira import) per aggiungerle.`,
          `Computed columns ${missing.map((m) => `«${m}»`).join(", ")} are missing: rebuild the workbook (pira import) to add them.`
        ),
        { sheet: table.sheet, cell: cellAddress(table.row, table.col) }
      )
    );
  }
  const twice = repeatedColumns(table, columns);
  if (twice.length) {
    for (const r of twice)
      diagnostics.push(
        diagnostic(
          "PIRA-X014",
          "error",
          message(
            `La colonna «${r.header}» compare ${r.cells.length} volte (${r.cells.join(", ")}): pira non sa quale sia la sua e non ne scrive nessuna. Rinominare la colonna che non è di pira (o eliminare la copia) e ripetere.`,
            `Column «${r.header}» appears ${r.cells.length} times (${r.cells.join(", ")}): pira cannot tell which one is its own and writes neither. Rename the column that is not pira's (or delete the copy) and run again.`
          ),
          { sheet: table.sheet, cell: r.cells[1] }
        )
      );
    return { patch: { sheet: table.sheet, blocks: [] }, diagnostics, changed: 0, fallbacks: 0 };
  }
  const byId = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const grid: CellSpec[][] = [];
  let fallbacks = 0;
  let changed = 0;
  const n = Math.max(rowIds.length, table.rows.length);
  const folded = table.header.map(canonicalHeader);
  for (let i = 0; i < n; i++) {
    const sheetRow = table.row + 1 + i;
    const ind = rowIds[i] ? byId.get(rowIds[i] as string) : undefined;
    const ref = table.source === "table" ? tableRowRef(table.name) : a1RowRef(table, sheetRow);
    const formatOf = (column: string): string | null => {
      const c = folded.indexOf(canonicalHeader(column));
      return c < 0 ? null : formatAt(table, i, c);
    };
    const cells = ind
      ? computedRow(ind, plan.firstYear, style, thresholds, ref, formatOf)
      : undefined;
    if (cells && String(cells.method.value ?? "").startsWith(WORDS.method.fallback)) fallbacks++;
    const row = columns.map(({ c, key }) => {
      const cell: CellSpec = cells ? cells[key] : { value: null };
      if (!holds(table, i, c, cell)) changed++;
      return cell;
    });
    grid.push(row);
  }
  return {
    patch: {
      sheet: table.sheet,
      blocks: blocksOf(
        table,
        columns.map((x) => x.c),
        grid
      ),
    },
    diagnostics,
    changed,
    fallbacks,
  };
}

/** Computed columns whose header occurs more than once: the header as written and its cells. */
function repeatedColumns(
  table: TableData,
  columns: { c: number; key: ComputedKey }[]
): { header: string; cells: string[] }[] {
  const byKey = new Map<ComputedKey, number[]>();
  for (const { c, key } of columns) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  return [...byKey.values()]
    .filter((cs) => cs.length > 1)
    .map((cs) => ({
      header: table.header[cs[0]],
      cells: cs.map((c) => cellAddress(table.row, table.col + c)),
    }));
}

/** Contiguous computed columns become one block each. */
function blocksOf(table: TableData, cols: number[], grid: CellSpec[][]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let k = 1; k <= cols.length; k++) {
    if (k === cols.length || cols[k] !== cols[k - 1] + 1) {
      if (grid.length) {
        blocks.push({
          row: table.row + 1,
          col: table.col + cols[start],
          cells: grid.map((r) => r.slice(start, k)),
        });
      }
      start = k;
    }
  }
  return blocks;
}

/** Whether a header is a computed column's (only these are ever written by fill). */
export function isComputedHeader(h: Scalar): boolean {
  return typeof h === "string" && foldHeader(h).startsWith(foldHeader(COMPUTED_PREFIX));
}

/** The cells a patch writes, as {row, col} pairs (for checks and tests). */
export function patchCells(patch: Patch): { row: number; col: number; cell: CellSpec }[] {
  return patch.blocks.flatMap((b) =>
    b.cells.flatMap((r, i) =>
      r.map((c, j) => ({ row: b.row + i, col: b.col + j, cell: cellParts(c) }))
    )
  );
}
