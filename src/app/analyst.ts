/**
 * Import of the analyst's own tables (a worksheet that is not a PIRA workbook, a CSV file, a Word
 * document), for every front end: the blocks a front end read from its file → the plan, the
 * import report with each cell's place, and the mapping used. An input with no indicator in it is
 * a failure with the reason, not an empty plan.
 */
import {
  importGrids,
  readCsv,
  type Grid,
  type GridBlock,
  type GridCell,
  type GridImportOptions,
  type GridImportReport,
  type MappingOverride,
} from "../core/grid";
import { diagnostic, type Diagnostic } from "../core/diagnostics";
import { message, type Message } from "../core/message";
import {
  ownComputedColumns,
  MAPPING_SHEET,
  readStoredMappings,
  storedOverride,
  type StoredMapping,
} from "../workbook/analyst";
import { failure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { defaultSettings } from "./settings";

export interface AnalystPlan extends LoadedPlan {
  kind: "document";
  /** what the table reader found: the mapping used, cells not understood, extra columns */
  analyst: GridImportReport;
}

/**
 * The blocks of a CSV text (one grid), with what reading it found about the file itself: as
 * warnings (said on the terminal) and as diagnostics with their line (the import report,
 * `validate --format json`); or why the file cannot be read as a table.
 */
export function csvBlocks(
  text: string
):
  | { ok: true; blocks: GridBlock[]; warnings: Message[]; diagnostics: Diagnostic[] }
  | { ok: false; reason: Message } {
  const csv = readCsv(text);
  if (csv.refusal) return { ok: false, reason: csv.refusal };
  const sep = csv.delimiter === "\t" ? "tab" : `«${csv.delimiter}»`;
  return {
    ok: true,
    blocks: [{ kind: "grid", grid: csv.grid }],
    warnings: [message(`CSV con separatore ${sep}.`, `CSV separated by ${sep}.`), ...csv.problems],
    diagnostics: csv.found.map((f) => diagnostic(f.code, "warning", f.message, { line: f.line })),
  };
}

/** The plan of an analyst's tables, or why there is none (`name`: the file, for the message). */
export function readAnalystTables(
  name: string,
  blocks: readonly GridBlock[],
  options: GridImportOptions = {},
  warnings: Message[] = [],
  /** what reading the file found about the file itself (a CSV line, a Word part not read) */
  fileDiagnostics: readonly Diagnostic[] = []
): AnalystPlan | Failure {
  const r = importGrids(blocks, options);
  if (!r.ok)
    return failure(message(`«${name}»: ${r.reason.it}`, `«${name}»: ${r.reason.en}`), "checkText");
  if (fileDiagnostics.length) r.report.diagnostics = fileDiagnostics.concat(r.report.diagnostics);
  return {
    ok: true,
    kind: "document",
    plan: r.plan,
    settings: defaultSettings("file"),
    diagnostics: r.report.diagnostics,
    locations: { ...r.report.sources },
    place: (d) => d,
    report: null,
    warnings,
    analyst: r.report,
  };
}

export function isAnalystPlan(p: LoadedPlan): p is AnalystPlan {
  return (p as Partial<AnalystPlan>).analyst !== undefined;
}

/** A grid's rows as the sheet numbers them from A1 (the stored mappings are read that way). */
function fromA1(g: Grid): GridCell[][] {
  if (g.origin.kind !== "sheet") return [];
  const { row, col } = g.origin;
  return [
    ...Array.from({ length: row - 1 }, () => [] as GridCell[]),
    ...g.rows.map((r) => [...new Array<GridCell>(col - 1).fill(null), ...r]),
  ];
}

/**
 * The analyst's tables of a workbook's sheets as grids (a sheet "PIRA Mappature" among them is the
 * mappings a fill in place stored): the mapping given for this run first, then the stored one,
 * then the table reader's own.
 */
export function analystFromSheets(
  name: string,
  grids: readonly Grid[],
  mapping?: MappingOverride,
  warnings: Message[] = []
): AnalystPlan | Failure {
  const isStore = (g: Grid) =>
    g.origin.kind === "sheet" && g.origin.sheet.toLowerCase() === MAPPING_SHEET.toLowerCase();
  const store = grids.find(isStore);
  const records = store ? readStoredMappings(fromA1(store)) : new Map<string, StoredMapping>();
  const stored = [...records.values()].flatMap((m) => storedOverride(m).tables);
  const tables = [...(mapping?.tables ?? []), ...stored];
  // a sheet filled in place: the fill's own computed columns are not the analyst's data
  const own = (g: Grid): Grid => {
    if (g.origin.kind !== "sheet") return g;
    const record = records.get(g.origin.sheet);
    if (!record) return g;
    const r = ownComputedColumns(g, record);
    return r.ok ? r.stripped : g;
  };
  const blocks: GridBlock[] = grids
    .filter((g) => !isStore(g))
    .map((grid) => ({ kind: "grid", grid: own(grid) }));
  return readAnalystTables(name, blocks, tables.length ? { mapping: { tables } } : {}, warnings);
}
