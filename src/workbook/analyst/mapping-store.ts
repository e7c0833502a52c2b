/**
 * The mappings of an analyst's tables, stored in the workbook itself so the next fill (in the
 * pane, the workbench or `pira fill`) asks nothing: a hidden sheet "PIRA Mappature", one row per
 * sheet of the analyst's — column A the sheet's name, columns B, C … the record as JSON text cut
 * into pieces of at most 32,000 characters (Excel holds at most 32,767 in a cell). A hidden sheet
 * is the one place every backend writes alike (Office.js, ExcelJS, the package patch) and that
 * survives a save by Excel, LibreOffice or ExcelJS; custom XML parts do not survive ExcelJS.
 *
 * A record says which field each column of the table maps to (as the mapping file does,
 * core/grid/mapping-file.ts) and which columns the fill wrote: only these are ever rewritten.
 */
import type { GridCell, MappingOverride } from "../../core/grid";
import { COMPUTED_ORDER, type ComputedKey } from "../columns/names";
import type { Block, CellInput } from "../write/spec";

export const MAPPING_SHEET = "PIRA Mappature";
/** A piece of the JSON text in one cell (under Excel's 32,767 characters a cell). */
export const MAPPING_PIECE = 32000;
const HEADER = ["Foglio", "Mappatura (JSON, scritta da PIRA: non modificare)"];

export interface StoredTable {
  /** the sheet rows of the header (1-based) */
  headerRows: number[];
  columns: { at: string; header: string; field: string }[];
}

export interface StoredMapping {
  format: "pira-sheet-mapping";
  version: 1;
  sheet: string;
  tables: StoredTable[];
  /** the computed columns the fill wrote on this sheet, by key: their letters */
  computed: { key: ComputedKey; at: string }[];
}

export type StoredMappings = Map<string, StoredMapping>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readRecord(text: string, sheet: string): StoredMapping | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== "pira-sheet-mapping") return null;
  const tables: StoredTable[] = [];
  if (Array.isArray(data.tables))
    for (const t of data.tables) {
      if (!isRecord(t) || !Array.isArray(t.columns)) continue;
      const columns = t.columns.filter(
        (c): c is StoredTable["columns"][number] =>
          isRecord(c) &&
          typeof c.at === "string" &&
          typeof c.header === "string" &&
          typeof c.field === "string"
      );
      const headerRows = Array.isArray(t.headerRows)
        ? t.headerRows.filter((r): r is number => Number.isInteger(r))
        : [];
      tables.push({ headerRows, columns });
    }
  const computed: StoredMapping["computed"] = [];
  if (Array.isArray(data.computed))
    for (const c of data.computed)
      if (
        isRecord(c) &&
        typeof c.at === "string" &&
        /^[A-Z]{1,3}$/.test(c.at) &&
        (COMPUTED_ORDER as readonly unknown[]).includes(c.key)
      )
        computed.push({ key: c.key as ComputedKey, at: c.at });
  return { format: "pira-sheet-mapping", version: 1, sheet, tables, computed };
}

/** The records of the mapping sheet's rows (a row that cannot be read is left out). */
export function readStoredMappings(rows: readonly (readonly GridCell[])[]): StoredMappings {
  const out: StoredMappings = new Map();
  for (const row of rows) {
    const sheet = row[0];
    if (typeof sheet !== "string" || sheet === HEADER[0]) continue;
    const text = row
      .slice(1)
      .map((x) => (typeof x === "string" ? x : ""))
      .join("");
    const record = readRecord(text, sheet);
    if (record) out.set(sheet, record);
  }
  return out;
}

/** A user's mapping (the override the table reader takes) from a stored record. */
export function storedOverride(record: StoredMapping): MappingOverride {
  return {
    tables: record.tables.map((t) => ({
      source: record.sheet,
      columns: t.columns.map((c) => ({ header: c.header, field: c.field })),
    })),
  };
}

/** JSON text cut into cells of at most MAPPING_PIECE characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += MAPPING_PIECE) out.push(text.slice(i, i + MAPPING_PIECE));
  return out.length ? out : [""];
}

/**
 * The block writing `record` into the mapping sheet whose rows are `rows` (as read; empty for a
 * new sheet): its own row when the sheet has one, else the first free row; the header row first.
 * Cells of an older, longer record are blanked.
 */
export function mappingBlocks(
  rows: readonly (readonly GridCell[])[],
  record: StoredMapping
): Block[] {
  const blocks: Block[] = [];
  if (rows.length === 0 || rows[0]?.[0] !== HEADER[0])
    blocks.push({ row: 1, col: 1, cells: [HEADER.map((h) => ({ value: h, style: "header" }))] });
  let at = rows.findIndex((r, i) => i > 0 && r[0] === record.sheet);
  if (at < 0) at = Math.max(rows.length, 1);
  const cells: CellInput[] = [
    record.sheet,
    ...pieces(JSON.stringify({ ...record, sheet: undefined })),
  ];
  const before = rows[at]?.length ?? 0;
  while (cells.length < before) cells.push(null);
  blocks.push({ row: at + 1, col: 1, cells: [cells] });
  return blocks;
}
