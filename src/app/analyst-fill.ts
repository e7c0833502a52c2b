/**
 * The analyst's own tables, in place (workbook/analyst/analyst-fill.ts): read the sheets the table reader
 * maps, propose the mapping (the Struttura view shows it), fill the computed columns beside each
 * table, and store the mapping in the workbook (the hidden sheet "PIRA Mappature",
 * workbook/analyst/mapping-store.ts) so the next fill asks nothing. A mapping given for one run (the
 * pane's dropdowns, `pira fill --mapping`) goes over the stored one, and is stored in its place.
 * A plan read this way is also what `pira validate` checks: every diagnostic at the analyst's cell.
 */
import type { Diagnostic } from "../core/diagnostics";
import type { GridImportReport, MappingOverride, GridCell } from "../core/grid";
import { message } from "../core/message";
import type { Plan } from "../core/plan";
import {
  analystFillTable,
  analystTable,
  type AnalystFilled,
  type AnalystTable,
  MAPPING_SHEET,
  mappingBlocks,
  readStoredMappings,
  type StoredMappings,
} from "../workbook/analyst";
import type { WorkbookBackend, WorksheetGrid, FormulaStyle, TablesResult } from "../workbook";
import { GENERATED_SHEET, SHEETS } from "../workbook";
import { failure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { defaultSettings, type Settings } from "./settings";
import { readPiraTables } from "./workbook";

export interface InPlaceChoice {
  /** the formula style (default: the backend's — PIRA functions in Excel, native elsewhere) */
  style?: FormulaStyle;
  /** one sheet (`--sheet`), or the sheet under the selection (the pane) */
  sheet?: string;
  selection?: boolean;
  /** a mapping for this run, over the stored one */
  mapping?: MappingOverride;
}

export interface InPlaceSheet {
  sheet: string;
  rows: number;
  changed: number;
  fallbacks: number;
  columns: AnalystFilled["columns"];
  /** whether the stored mapping was written (new or changed) */
  storedMapping: boolean;
}

/** The analyst's tables as read: one per sheet that holds one. */
export interface AnalystTables {
  ok: true;
  sheets: AnalystFilled[];
  /** the grid each sheet was read from, by sheet */
  grids: Map<string, WorksheetGrid>;
  stored: StoredMappings;
  /** the mapping sheet's rows as read (to write a record into) */
  storeRows: GridCell[][];
  settings: Settings;
  /** their plan (analystLoaded), made once by readInPlace: every action asks for it */
  loaded?: LoadedPlan;
}

export interface InPlaceFilled {
  ok: true;
  form: "analyst";
  style: FormulaStyle;
  sheets: InPlaceSheet[];
  /** cells changed in all (0: the workbook was left as it was) */
  changed: number;
  fallbacks: number;
  /** the plan read, for validation (placed at the analyst's cells) */
  loaded: LoadedPlan;
}

/** A grid's rows as the sheet numbers them from A1 (the mapping sheet is read from its origin). */
function fromA1(g: WorksheetGrid | undefined): GridCell[][] {
  if (!g || g.grid.origin.kind !== "sheet") return [];
  const { row, col } = g.grid.origin;
  const pad = <T>(n: number, x: T): T[] => new Array<T>(Math.max(0, n)).fill(x);
  return [
    ...Array.from({ length: row - 1 }, () => [] as GridCell[]),
    ...g.grid.rows.map((r) => [...pad(col - 1, null as GridCell), ...r]),
  ];
}

function sheetOf(g: WorksheetGrid): string {
  return g.grid.origin.kind === "sheet" ? g.grid.origin.sheet : "";
}

/** Reads (and maps) the analyst's tables; nothing is written. */
export async function readInPlace(
  backend: WorkbookBackend,
  choice: InPlaceChoice = {},
  /** the workbook's PIRA tables, when the caller has read them already */
  piraTables?: TablesResult
): Promise<AnalystTables | Failure> {
  const settings = defaultSettings(backend.kind);
  const style = choice.style ?? settings.formulaStyle;
  const grids = await backend.readGrids({
    ...(choice.sheet !== undefined ? { sheet: choice.sheet } : {}),
    ...(choice.selection ? { selection: true } : {}),
  });
  // a workbook that also has PIRA tables: their sheets and the generated ones are not the analyst's
  const pira = piraTables ?? (await readPiraTables(backend));
  const piraSheets = new Set<string>(
    pira.ok
      ? [
          ...Object.values(pira.tables).map((t) => (t ? t.sheet.toLowerCase() : "")),
          SHEETS.lists.toLowerCase(),
          SHEETS.validation.toLowerCase(),
        ]
      : []
  );
  // the sheets the add-in writes into an analyst's workbook too (pira validate --sheet, Riepilogo)
  const ownSheets = new Set([SHEETS.validation.toLowerCase(), SHEETS.summary.toLowerCase()]);
  const isPira = (name: string): boolean =>
    ownSheets.has(name.toLowerCase()) ||
    (pira.ok && (piraSheets.has(name.toLowerCase()) || GENERATED_SHEET.test(name)));
  // the mapping sheet: among the grids already read when every sheet was, else read on its own
  const isStore = (g: WorksheetGrid) => sheetOf(g).toLowerCase() === MAPPING_SHEET.toLowerCase();
  const everySheet = choice.sheet === undefined && !choice.selection;
  const storeGrid = everySheet
    ? grids.find(isStore)
    : (await backend.readGrids({ sheet: MAPPING_SHEET }))[0];
  const storeRows = fromA1(storeGrid);
  const stored = readStoredMappings(storeRows);
  const options = (name: string) => ({
    style,
    thresholds: settings.thresholds,
    stored: stored.get(name) ?? null,
    ...(choice.mapping ? { mapping: choice.mapping } : {}),
  });
  const tables: { table: AnalystTable; grid: WorksheetGrid }[] = [];
  const read = new Map<string, WorksheetGrid>();
  let firstReason = null as Failure | null;
  for (const g of grids) {
    const name = sheetOf(g);
    if (isStore(g) || isPira(name)) continue;
    const f = analystTable(g, options(name));
    if (f.ok) {
      tables.push({ table: f, grid: g });
      read.set(name, g);
    }
    // a computed header of the analyst's stops everything: nothing is written anywhere
    else if (f.column !== undefined) return failure(f.reason, "checkInput");
    else firstReason ??= failure(f.reason, "createSheets");
  }
  if (tables.length === 0)
    return (
      (choice.sheet !== undefined ? firstReason : null) ??
      failure(
        message(
          "Non è una cartella PIRA (mancano le tabelle Programmi e Indicatori) e non ha una tabella di indicatori da compilare: serve una riga d'intestazione con il nome dell'indicatore (Indicatore, KPI …) e almeno un'altra colonna (Target, Consuntivo, Unità di misura …).",
          "Not a PIRA workbook (the Programmi and Indicatori tables are missing), and no indicator table to fill: a header row is needed with the indicator's name (Indicatore, KPI …) and at least one more column (Target, Consuntivo, Unità di misura …)."
        ),
        "createSheets"
      )
    );
  const loaded = analystLoaded({ sheets: tables.map((t) => t.table), settings });
  // every refusal came with the reading: the computed columns of each table read are made
  const sheets = tables.map((t) => analystFillTable(t.grid, t.table, options(t.table.sheet)));
  return { ok: true, sheets, grids: read, stored, storeRows, settings, loaded };
}

/** Fills the computed columns beside the analyst's tables and stores their mappings. */
export async function fillInPlace(
  backend: WorkbookBackend,
  choice: InPlaceChoice = {},
  /** the tables as read already (openWorkbook), with the same choice */
  tables?: AnalystTables
): Promise<InPlaceFilled | Failure> {
  const read = tables ?? (await readInPlace(backend, choice));
  if (!read.ok) return read;
  const style = choice.style ?? read.settings.formulaStyle;
  let rows = read.storeRows;
  const out: InPlaceSheet[] = [];
  for (const f of read.sheets) {
    if (f.changed > 0) await backend.applyPatch(f.patch);
    const before = read.stored.get(f.sheet);
    const storedMapping = JSON.stringify(before ?? null) !== JSON.stringify(f.record);
    if (storedMapping) {
      if (rows.length === 0) await backend.addHiddenSheet(MAPPING_SHEET);
      const blocks = mappingBlocks(rows, f.record);
      await backend.applyPatch({ sheet: MAPPING_SHEET, blocks });
      rows = withBlocks(rows, blocks);
    }
    out.push({
      sheet: f.sheet,
      rows: f.rows,
      changed: f.changed,
      fallbacks: f.fallbacks,
      columns: f.columns,
      storedMapping,
    });
  }
  return {
    ok: true,
    form: "analyst",
    style,
    sheets: out,
    changed: out.reduce((n, s) => n + s.changed + (s.storedMapping ? 1 : 0), 0),
    fallbacks: out.reduce((n, s) => n + s.fallbacks, 0),
    loaded: analystLoaded(read),
  };
}

/** The mapping sheet's rows after writing blocks into them (plain values). */
function withBlocks(rows: GridCell[][], blocks: ReturnType<typeof mappingBlocks>): GridCell[][] {
  const out = rows.map((r) => [...r]);
  for (const b of blocks)
    b.cells.forEach((cells, i) => {
      const r = b.row - 1 + i;
      while (out.length <= r) out.push([]);
      cells.forEach((c, j) => {
        out[r][b.col - 1 + j] = c !== null && typeof c === "object" ? (c.value ?? null) : c;
      });
    });
  return out;
}

/** The plan of the analyst's tables, each diagnostic at their own cell (the field's column). */
export function analystLoaded(read: {
  sheets: readonly Pick<AnalystFilled, "sheet" | "plan" | "report">[];
  settings: Settings;
  loaded?: LoadedPlan;
}): LoadedPlan {
  // the tables as readInPlace read them: their plan, made then (10,000 locations, once)
  if (read.loaded) return read.loaded;
  const first = read.sheets[0];
  const plan: Plan = {
    ...first.plan,
    programmes: read.sheets.flatMap((s) => s.plan.programmes),
    indicators: read.sheets.flatMap((s) => s.plan.indicators),
    entities: first.plan.entities,
  };
  const sources: GridImportReport["sources"] = Object.assign(
    {},
    ...read.sheets.map((s) => s.report.sources)
  );
  /** field → column letter, by sheet (the first table's that maps it) */
  const columns = new Map<string, Map<string, string>>();
  for (const s of read.sheets) {
    const m = new Map<string, string>();
    for (const t of s.report.mapping.tables)
      for (const c of t.columns) if (!m.has(c.field)) m.set(c.field, c.at);
    columns.set(s.sheet, m);
  }
  const locations = Object.fromEntries(
    Object.entries(sources).map(([id, p]) => [id, { sheet: p.sheet, cell: p.cell, line: p.line }])
  );
  const place = (d: Diagnostic): Diagnostic => {
    const id = d.indicator ?? d.programme;
    const at = id ? sources[id] : undefined;
    if (!at) return d;
    const row = /(\d+)$/.exec(at.cell ?? "")?.[1];
    const col = d.field && at.sheet ? columns.get(at.sheet)?.get(d.field) : undefined;
    const cell = col && row ? `${col}${row}` : at.cell;
    return { ...d, sheet: at.sheet, cell };
  };
  return {
    ok: true,
    kind: "workbook",
    plan,
    settings: read.settings,
    diagnostics: read.sheets.flatMap((s) => s.report.diagnostics),
    locations,
    place,
    report: null,
    warnings: [],
  };
}
