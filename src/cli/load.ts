/**
 * A plan from any input the commands take: a document's text (.txt), a plan (.json) or a
 * workbook (.xlsx) — with where each record sits in it (line, or sheet and cell) and the
 * diagnostics of reading it, in the diagnostics contract's shape.
 */
import { extname } from "node:path";
import type { Diagnostic } from "../core/diagnostics";
import { importDocument, type ImportReport } from "../core/import";
import { message, type Message } from "../core/message";
import { readPlanJson, type Plan } from "../core/plan";
import type { ValidationOptions } from "../core/validation";
import { readTables } from "../adapters/xlsx";
import { address } from "../workbook/a1";
import { canonicalHeader } from "../workbook/headers";
import { INDICATOR_COLUMNS, PROGRAMME_COLUMNS } from "../workbook/names";
import { read, type ReadResult } from "../workbook/read";
import type { TableData, WorkbookTables } from "../workbook/tables";
import { decodeText, readInput } from "./io";

export type InputKind = "document" | "json" | "xlsx";
export type Locations = NonNullable<ValidationOptions["locations"]>;

export interface LoadedPlan {
  kind: InputKind;
  plan: Plan;
  locations: Locations;
  /** what reading the input found (importer, workbook reader), with their lines or cells */
  diagnostics: Diagnostic[];
  /** documents only */
  report: ImportReport | null;
  /** workbooks only */
  workbook: ReadResult | null;
  /** remarks about the file itself (encoding, plan JSON warnings) */
  warnings: Message[];
}

export type Loaded = { ok: true; loaded: LoadedPlan } | { ok: false; reason: Message };

const DOCUMENT = new Set([".txt", ".text", ".md"]);
const UNSUPPORTED = new Set([".docx", ".doc", ".pdf", ".odt", ".rtf", ".xls", ".ods"]);

/** The kind of an input, by its extension, else by its first bytes. */
export function inputKind(path: string, bytes: Uint8Array): InputKind | null {
  const ext = extname(path).toLowerCase();
  if (DOCUMENT.has(ext)) return "document";
  if (ext === ".json") return "json";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (UNSUPPORTED.has(ext)) return null;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  const head = decodeText(bytes.subarray(0, 64))
    .text.replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("{") ? "json" : "document";
}

function unsupported(path: string): Message {
  const ext = extname(path);
  return message(
    `Formato ${ext} non letto: salvare il documento come testo (.txt, copiando il testo da Word o dal PDF), oppure la cartella come .xlsx.`,
    `${ext} files are not read: save the document as text (.txt, copying the text out of Word or the PDF), or the workbook as .xlsx.`
  );
}

export async function loadPlan(path: string): Promise<Loaded> {
  const file = await readInput(path);
  if (!file.ok) return file;
  const bytes = file.value;
  const kind = inputKind(path, bytes);
  if (kind === null) return { ok: false, reason: unsupported(path) };
  if (kind === "document") return { ok: true, loaded: fromDocument(bytes) };
  if (kind === "json") return fromJson(path, bytes);
  return fromWorkbook(path, bytes);
}

function fromDocument(bytes: Uint8Array): LoadedPlan {
  const { text, encoding } = decodeText(bytes);
  const { plan, report } = importDocument(text);
  const warnings =
    encoding === "utf-8"
      ? []
      : [
          message(
            "Il file non è in UTF-8: letto come Windows-1252.",
            "The file is not UTF-8: read as Windows-1252."
          ),
        ];
  return {
    kind: "document",
    plan,
    locations: { ...report.sources },
    diagnostics: report.diagnostics.map((d) => ({ ...d, sheet: null, cell: null })),
    report,
    workbook: null,
    warnings,
  };
}

function fromJson(path: string, bytes: Uint8Array): Loaded {
  const r = readPlanJson(decodeText(bytes).text);
  if (!r.ok)
    return {
      ok: false,
      reason: message(
        `«${path}» non è un piano PIRA in JSON: ${r.reason.it}`,
        `«${path}» is not a PIRA plan in JSON: ${r.reason.en}`
      ),
    };
  return {
    ok: true,
    loaded: {
      kind: "json",
      plan: r.plan,
      locations: {},
      diagnostics: [],
      report: null,
      workbook: null,
      warnings: r.warnings,
    },
  };
}

async function fromWorkbook(path: string, bytes: Uint8Array): Promise<Loaded> {
  const loaded = await readTables(bytes);
  if (!loaded.ok)
    return {
      ok: false,
      reason: message(`«${path}»: ${loaded.reason.it}`, `«${path}»: ${loaded.reason.en}`),
    };
  const { tables } = loaded;
  const result = read(tables);
  const locations = workbookLocations(result, tables);
  return {
    ok: true,
    loaded: {
      kind: "xlsx",
      plan: result.plan,
      locations,
      diagnostics: result.diagnostics,
      report: null,
      workbook: result,
      warnings: [],
    },
  };
}

/**
 * Where each record of a workbook sits: an indicator's row (from the read), a programme's row in
 * Programmi (when the tables are at hand), each at its Id cell (column A of a workbook pira wrote).
 */
export function workbookLocations(result: ReadResult, tables: WorkbookTables = {}): Locations {
  const locations: Locations = {};
  const programmes = tables.programmes;
  const programmeId = idColumn(programmes, PROGRAMME_COLUMNS.id);
  if (programmes && programmeId >= 0) {
    programmes.rows.forEach((row, i) => {
      const id = row[programmeId];
      if (typeof id === "string" && !(id in locations))
        locations[id] = {
          sheet: programmes.sheet,
          cell: address(programmes.row + 1 + i, programmes.col + programmeId),
        };
    });
  }
  const indicatorCol = tables.indicators
    ? tables.indicators.col + Math.max(0, idColumn(tables.indicators, INDICATOR_COLUMNS.id))
    : 1;
  for (const [id, at] of Object.entries(result.locations))
    locations[id] = { sheet: at.sheet, cell: address(at.row, indicatorCol) };
  return locations;
}

function idColumn(table: TableData | undefined, header: string): number {
  if (!table) return -1;
  const want = canonicalHeader(header);
  return table.header.findIndex((h) => canonicalHeader(h) === want);
}
