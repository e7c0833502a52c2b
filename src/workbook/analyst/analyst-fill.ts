/**
 * Fill in place: an analyst's own indicator table (a worksheet the table reader maps, core/grid)
 * gains the computed columns of the PIRA tables — "Calcolato: Consuntivo … Metodo" — to the right
 * of the table, and no cell of the analyst's changes.
 *
 * - Where: right of the rightmost non-empty cell of the table's rows (header to last indicator),
 *   headed on the table's last header row, one row per indicator (section rows stay blank). The
 *   range is an ordinary range (an Excel table would need its definition changed and its
 *   structured references): formulas use A1 references into the row ("=IF(ISNUMBER(I5)…").
 * - Formulas as in the PIRA tables (formulas.ts, row-cells.ts) over the analyst's own cells: the
 *   basis actual and target columns found by the mapping. A row native formulas cannot read — a
 *   value written as text ("≥ 90%", "€ 1,2 milioni"), or no column for the year's actual or
 *   target — is written as values computed by the core, and "Calcolato: Metodo" says why.
 * - Again: the columns the fill wrote are recorded in the workbook (mapping-store.ts) and are the
 *   only ones rewritten; a second fill writes the same cells (changed = 0). A column of the
 *   analyst's that already carries a computed header is refused, named — never overwritten.
 */
import { importGrids } from "../../core/grid";
import type {
  Grid,
  GridCell,
  GridImportReport,
  MappingOverride,
  TableMapping,
} from "../../core/grid";
import { message, type Message } from "../../core/message";
import { DEFAULT_THRESHOLDS } from "../../core/performance";
import type { Indicator, Plan } from "../../core/plan";
import { toPlanValue } from "../../core/values";
import { cellAddress, columnLetters, columnNumber } from "../../core/a1";
import { rowBasis, type Thresholds } from "../write/computed";
import type { WorkbookDiagnostic } from "../diagnostics";
import type { Patch } from "../write/fill";
import { sameFormat } from "../columns/formats";
import { foldHeader } from "../columns/headers";
import {
  COMPUTED_COLUMNS,
  COMPUTED_ORDER,
  VALUE_HEADERS,
  WORDS,
  type ComputedKey,
} from "../columns/names";
import { computedRow, DEFAULT_STYLE, type FormulaStyle } from "../write/row-cells";
import { slotHeader, slotOfHeader } from "../columns/slots";
import { cellParts, type Block, type CellSpec } from "../write/spec";
import { storedOverride, type StoredMapping } from "./mapping-store";

/** A sheet of the analyst's as a grid, with the formulas of its cells (null: a constant). */
export interface AnalystSheet {
  grid: Grid;
  formulas?: (string | null)[][];
  /** by sheet row, the rightmost column of a cell that holds anything (WorksheetGrid.held) */
  held?: ReadonlyMap<number, number>;
}

export interface AnalystFillOptions {
  style?: FormulaStyle;
  thresholds?: Thresholds;
  /** the mapping stored in the workbook for this sheet (the fill's own record) */
  stored?: StoredMapping | null;
  /** a mapping given for this run (`--mapping`, the pane's dropdowns): over the stored one */
  mapping?: MappingOverride;
}

export interface AnalystFilled {
  ok: true;
  sheet: string;
  plan: Plan;
  report: GridImportReport;
  patch: Patch;
  /** what to store in the workbook for the next fill */
  record: StoredMapping;
  /** where each computed column was written */
  columns: { key: ComputedKey; at: string }[];
  /** indicator rows computed */
  rows: number;
  /** cells of the patch that differ from what the sheet holds (0: nothing to write) */
  changed: number;
  /** rows written as values (native formulas cannot read them), with why */
  fallbacks: number;
  diagnostics: WorkbookDiagnostic[];
}

export interface AnalystRefused {
  ok: false;
  reason: Message;
  /** the column refused (a computed header of the analyst's), its letter */
  column?: string;
}

const KEY_BY_HEADER = new Map<string, ComputedKey>(
  COMPUTED_ORDER.map((k) => [foldHeader(COMPUTED_COLUMNS[k]), k])
);

/**
 * The computed column a cell's text names. Every computed header holds a colon («Calcolato: …»)
 * and folding never makes one (no character decomposes or lowercases into it): a text without
 * one is not folded at all — the sheet's every text is asked, 130,000 of them on 10,000 rows.
 */
function computedKeyOf(v: GridCell): ComputedKey | undefined {
  return typeof v === "string" && v.includes(":") ? KEY_BY_HEADER.get(foldHeader(v)) : undefined;
}

function rowOfCell(cell: string | null): number | null {
  const m = cell ? /^[A-Z]{1,3}(\d+)$/.exec(cell) : null;
  return m ? Number(m[1]) : null;
}

/** The grid with the given columns blanked (what the table reader sees). */
function withoutColumns(grid: Grid, cols: ReadonlySet<number>): Grid {
  if (cols.size === 0) return grid;
  const blank = <T>(row: T[], empty: T): T[] => row.map((x, c) => (cols.has(c) ? empty : x));
  return {
    ...grid,
    rows: grid.rows.map((r) => blank(r, null as GridCell)),
    ...(grid.formats ? { formats: grid.formats.map((r) => blank(r, null as string | null)) } : {}),
  };
}

/** Computed headers found in the grid: by grid column, its key and the header cell's row. */
function computedHeaders(grid: Grid): Map<number, { key: ComputedKey; row: number }> {
  const out = new Map<number, { key: ComputedKey; row: number }>();
  grid.rows.forEach((r, i) =>
    r.forEach((v, c) => {
      const key = computedKeyOf(v);
      if (key && !out.has(c)) out.set(c, { key, row: i });
    })
  );
  return out;
}

function sameScalar(a: GridCell | undefined, b: GridCell | undefined): boolean {
  const x = a === undefined || a === "" ? null : a;
  const y = b === undefined || b === "" ? null : b;
  if (typeof x === "number" && typeof y === "number")
    return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
  return x === y;
}

/** A1 formulas compared as Excel may give them back: without "=", spaces or case of references. */
function sameFormula(a: string, b: string): boolean {
  const canonical = (f: string): string => f.replace(/^=/, "").replace(/\s+/g, "");
  return a === b || canonical(a) === canonical(b);
}

/** The kind of value a text reads as, each distinct text read once (a column repeats its texts). */
type KindOfText = (text: string) => string;

function kindsOfText(): KindOfText {
  const kinds = new Map<string, string>();
  return (text) => {
    let kind = kinds.get(text);
    if (kind === undefined) {
      kind = toPlanValue(text).kind;
      kinds.set(text, kind);
    }
    return kind;
  };
}

/** Whether a value cell is text the native formulas cannot read as its row's path needs. */
function unreadableText(v: GridCell | undefined, path: string, kindOf: KindOfText): string | null {
  if (typeof v !== "string" || v.trim() === "") return null;
  const kind = kindOf(v);
  if (kind === "missing") return null;
  if (path === "yesno" && kind === "yesno") return null;
  if (path === "qualitative") return null;
  return v.trim();
}

export interface TableRows {
  table: TableMapping;
  /** the last header row (sheet row) */
  headerRow: number;
  /** field path → column letter */
  fields: Map<string, string>;
  /** header → its column letter in this table (undefined: none), found once per header */
  columns: Map<string, string | undefined>;
}

/** The table's column for the year's actual: the year-end one, else the latest of the year. */
function actualColumn(table: TableRows, year: number): string | undefined {
  const end = table.fields.get(`actuals.${year}-12-31`);
  if (end) return end;
  const ofYear = [...table.fields.keys()].filter((k) => k.startsWith(`actuals.${year}-`)).sort();
  return ofYear.length ? table.fields.get(ofYear[ofYear.length - 1]) : undefined;
}

function tableOfRow(tables: TableRows[], row: number): TableRows | undefined {
  let found: TableRows | undefined;
  for (const t of tables) if (t.headerRow < row) found = t;
  return found;
}

/**
 * The fill's own computed columns of a sheet (those its stored record names), set aside: the grid
 * the table reader should see (pira import of a workbook filled in place reads it too), and where
 * each of them is. A computed header the record does not name is the analyst's: refused, named.
 */
export function ownComputedColumns(
  grid: Grid,
  stored: StoredMapping | null
): { ok: true; stripped: Grid; existing: Map<ComputedKey, number> } | AnalystRefused {
  const origin = grid.origin;
  if (origin.kind !== "sheet") return { ok: true, stripped: grid, existing: new Map() };
  const name = origin.sheet;
  const ours = new Map<string, ComputedKey>((stored?.computed ?? []).map((c) => [c.at, c.key]));
  const found = computedHeaders(grid);
  const existing = new Map<ComputedKey, number>();
  for (const [c, { key, row }] of found) {
    const at = columnLetters(origin.col + c);
    if (ours.get(at) !== key) {
      const cell = cellAddress(origin.row + row, origin.col + c);
      return {
        ok: false,
        column: at,
        reason: message(
          `La colonna ${at} del foglio «${name}» ha già l'intestazione «${String(grid.rows[row][c])}» (cella ${cell}) e non l'ha scritta PIRA: non viene sovrascritta. Rinominarla o spostarla, poi compilare di nuovo.`,
          `Column ${at} of sheet «${name}» already has the header «${String(grid.rows[row][c])}» (cell ${cell}) and PIRA did not write it: it is not overwritten. Rename or move it, then fill again.`
        ),
      };
    }
    existing.set(key, c);
  }
  return { ok: true, stripped: withoutColumns(grid, new Set(found.keys())), existing };
}

/**
 * A sheet's indicator table as read, before its computed columns are made (analystTable): what the
 * fill needs to go on (analystFillTable), and the plan a check can start on meanwhile.
 */
export interface AnalystTable {
  ok: true;
  sheet: string;
  plan: Plan;
  report: GridImportReport;
  /** the grid without the fill's own computed columns (what the table reader saw) */
  stripped: Grid;
  /** the fill's own computed columns found, by key: their grid column */
  existing: Map<ComputedKey, number>;
  tables: TableRows[];
}

/** Fills a sheet: its table read (analystTable), then its computed columns (analystFillTable). */
export function analystFill(
  sheet: AnalystSheet,
  options: AnalystFillOptions = {}
): AnalystFilled | AnalystRefused {
  const read = analystTable(sheet, options);
  return read.ok ? analystFillTable(sheet, read, options) : read;
}

/**
 * Steps 1 and 2 of a fill: the sheet's table read, or why the sheet cannot be filled (every
 * refusal of a fill is here: what follows always succeeds).
 */
export function analystTable(
  sheet: AnalystSheet,
  options: AnalystFillOptions = {}
): AnalystTable | AnalystRefused {
  const { grid } = sheet;
  const origin = grid.origin;
  if (origin.kind !== "sheet") throw new Error("analystFill: a worksheet's grid is needed");
  const name = origin.sheet;

  // 1. computed headers: ours (recorded) are set aside, an analyst's one is refused
  // 2. the table as the reader sees it, without the computed columns
  const own = ownComputedColumns(grid, options.stored ?? null);
  if (!own.ok) return own;
  const { stripped, existing } = own;
  const mapping = options.mapping ?? (options.stored ? storedOverride(options.stored) : undefined);
  const read = importGrids([{ kind: "grid", grid: stripped }], mapping ? { mapping } : {});
  if (!read.ok) return { ok: false, reason: read.reason };
  const { plan, report } = read;
  const tables: TableRows[] = report.mapping.tables
    .filter((t) => t.source === name && t.headerRows.length > 0)
    .map((t) => {
      const fields = new Map<string, string>();
      for (const c of t.columns) if (!fields.has(c.field)) fields.set(c.field, c.at);
      return { table: t, headerRow: Math.max(...t.headerRows), fields, columns: new Map() };
    })
    .sort((a, b) => a.headerRow - b.headerRow);
  if (tables.length === 0)
    return {
      ok: false,
      reason: message(
        `Nel foglio «${name}» non c'è una tabella di indicatori.`,
        `Sheet «${name}» has no indicator table.`
      ),
    };
  return { ok: true, sheet: name, plan, report, stripped, existing, tables };
}

/** Steps 3 to 6 of a fill: the computed columns of a table read by analystTable, as a patch. */
export function analystFillTable(
  sheet: AnalystSheet,
  read: AnalystTable,
  options: AnalystFillOptions = {}
): AnalystFilled {
  const { grid } = sheet;
  const origin = grid.origin;
  if (origin.kind !== "sheet") throw new Error("analystFill: a worksheet's grid is needed");
  const { sheet: name, plan, report, stripped, existing, tables } = read;
  const style = options.style ?? DEFAULT_STYLE;
  const thresholds = options.thresholds ?? { ...DEFAULT_THRESHOLDS };
  const letterOf = (c: number): string => columnLetters(origin.col + c);
  const gridCol = (at: string): number => columnNumber(at) - origin.col;
  const gridRow = (row: number): number => row - origin.row;

  // 3. the rows: each indicator's own row
  const rows: { ind: Indicator; row: number; table: TableRows }[] = [];
  for (const ind of plan.indicators) {
    const row = rowOfCell(report.sources[ind.id]?.cell ?? null);
    const table = row === null ? undefined : tableOfRow(tables, row);
    if (row !== null && table) rows.push({ ind, row, table });
  }
  rows.sort((a, b) => a.row - b.row);

  // 4. the columns: ours where they are, the others right of the table's rows
  const top = gridRow(Math.min(...tables.map((t) => Math.min(...t.table.headerRows))));
  const bottom = gridRow(Math.max(...rows.map((r) => r.row), ...tables.map((t) => t.headerRow)));
  let right = -1;
  // a cell with a value, or with a formula that shows blank (Excel gives its formula beside "")
  for (let i = Math.max(0, top); i <= bottom && i < stripped.rows.length; i++)
    stripped.rows[i].forEach((v, c) => {
      const formula = sheet.formulas?.[i]?.[c] ?? null;
      if (((v !== null && v !== "") || formula !== null) && c > right) right = c;
    });
  // what the file holds beyond what the grid shows — a formula that shows blank, one with no
  // cached result, a cell with a style only — is theirs all the same: the columns go right of it
  if (sheet.held)
    for (let i = Math.max(0, top); i <= bottom; i++) {
      const held = sheet.held.get(origin.row + i);
      if (held !== undefined) right = Math.max(right, held - origin.col);
    }
  for (const c of existing.values()) right = Math.max(right, c);
  const colOf = new Map<ComputedKey, number>();
  for (const key of COMPUTED_ORDER) colOf.set(key, existing.get(key) ?? ++right);
  const columns = COMPUTED_ORDER.map((key) => ({ key, at: letterOf(colOf.get(key) as number) }));

  // 5. the cells
  const cells: { row: number; c: number; cell: CellSpec }[] = [];
  for (const t of tables)
    for (const key of COMPUTED_ORDER)
      cells.push({
        row: t.headerRow,
        c: colOf.get(key) as number,
        cell: { value: COMPUTED_COLUMNS[key], style: "computedHeader" },
      });
  /** a header's column in a table: the same for every row of the table (rows ask it once) */
  const headerColumn = (header: string, table: TableRows): string | undefined => {
    const key = KEY_BY_HEADER.get(foldHeader(header));
    if (key) return letterOf(colOf.get(key) as number);
    const slot = slotOfHeader(header);
    const path =
      slot && slot.section !== "reported" && slot.section !== "baseline"
        ? `${slot.section}.${slot.key}`
        : null;
    const at = path ? table.fields.get(path) : undefined;
    // no actual for the year in this row (its cells blank): the year's column, blank, is "n.d."
    if (!at && slot?.section === "actuals") return actualColumn(table, plan.firstYear);
    return at;
  };
  let fallbacks = 0;
  const kindOf = kindsOfText();
  for (const { ind, row, table } of rows) {
    /** the column letter of a header in this row's table (a computed one: the fill's own) */
    const columnOf = (header: string): string | undefined => {
      if (table.columns.has(header)) return table.columns.get(header);
      const at = headerColumn(header, table);
      table.columns.set(header, at);
      return at;
    };
    const ref = (header: string): string => {
      const at = columnOf(header);
      return at ? `${at}${row}` : "#REF!";
    };
    const formatOf = (header: string): string | null => {
      const at = columnOf(header);
      return at ? (grid.formats?.[gridRow(row)]?.[gridCol(at)] ?? null) : null;
    };
    // why the row is written as values, decided before its cells are made (each made once):
    // a basis column missing (the formulas would point nowhere), or text formulas cannot read
    const b = rowBasis(ind, plan.firstYear);
    const missing = [
      slotHeader({ section: "actuals", key: b.actualKey }),
      slotHeader({ section: "targets", key: b.targetKey }),
    ].find((header) => columnOf(header) === undefined);
    let why: string | null = null;
    if (missing !== undefined)
      why = missing.startsWith(VALUE_HEADERS.actualPrefix)
        ? `nessuna colonna del consuntivo ${plan.firstYear}`
        : `nessuna colonna «${missing}»`;
    else if (style === "native" && b.path !== "values") {
      const a = table.fields.get(`actuals.${b.actualKey}`);
      const t = table.fields.get(`targets.${b.targetKey}`);
      const text =
        unreadableText(a ? grid.rows[gridRow(row)]?.[gridCol(a)] : null, b.path, kindOf) ??
        unreadableText(t ? grid.rows[gridRow(row)]?.[gridCol(t)] : null, b.path, kindOf);
      if (text !== null) why = `testo «${text}»`;
    }
    const fallback = why !== null && style !== "values";
    let computed = fallback
      ? computedRow(ind, plan.firstYear, "values", thresholds, () => "#REF!", formatOf, b)
      : computedRow(ind, plan.firstYear, style, thresholds, ref, formatOf, b);
    if (fallback)
      computed = { ...computed, method: { value: `${WORDS.method.fallback} (${why})` } };
    if (String(computed.method.value ?? "").startsWith(WORDS.method.fallback)) fallbacks++;
    for (const key of COMPUTED_ORDER)
      cells.push({ row, c: colOf.get(key) as number, cell: computed[key] });
  }

  // 6. what changes, and the patch
  let changed = 0;
  for (const { row, c, cell } of cells) {
    const i = gridRow(row);
    const value = grid.rows[i]?.[c] ?? null;
    const formula = sheet.formulas?.[i]?.[c] ?? null;
    // a cell without the number format the fill gives it (a sheet filled before) is rewritten
    const formatted = !grid.formats || sameFormat(grid.formats[i]?.[c] ?? null, cell.format);
    const same =
      formatted &&
      (cell.formula !== undefined
        ? formula !== null && sameFormula(formula, cell.formula)
        : formula === null && sameScalar(value, cell.value ?? null));
    if (!same) changed++;
  }
  const record: StoredMapping = {
    format: "pira-sheet-mapping",
    version: 1,
    sheet: name,
    tables: tables.map((t) => ({
      headerRows: t.table.headerRows,
      columns: t.table.columns.map((c) => ({ at: c.at, header: c.header, field: c.field })),
    })),
    computed: columns,
  };
  return {
    ok: true,
    sheet: name,
    plan,
    report,
    patch: {
      sheet: name,
      blocks: blocksOf(cells, origin.col),
      theirs: { ownColumns: [...existing.values()].map((c) => origin.col + c) },
    },
    record,
    columns,
    rows: rows.length,
    changed,
    fallbacks,
    diagnostics: [],
  };
}

/** Cells into blocks: one per run of adjacent columns of a row. */
function blocksOf(cells: { row: number; c: number; cell: CellSpec }[], col0: number): Block[] {
  const byRow = new Map<number, Map<number, CellSpec>>();
  for (const x of cells) {
    const r = byRow.get(x.row) ?? new Map<number, CellSpec>();
    r.set(x.c, x.cell);
    byRow.set(x.row, r);
  }
  const blocks: Block[] = [];
  for (const [row, r] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const cols = [...r.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let k = 1; k <= cols.length; k++) {
      if (k === cols.length || cols[k] !== cols[k - 1] + 1) {
        blocks.push({
          row,
          col: col0 + cols[start],
          cells: [cols.slice(start, k).map((c) => cellParts(r.get(c) as CellSpec))],
        });
        start = k;
      }
    }
  }
  return blocks;
}
