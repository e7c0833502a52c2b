/**
 * `pira import` of the analyst's own tables: a CSV file (decoded: UTF-8 with or without a BOM,
 * UTF-16, else Windows-1252), a Word document (.docx), or a workbook that is not a PIRA workbook
 * (every sheet, or `--sheet NAME`), read into blocks by their adapters and imported by the app.
 * Anything else goes to the command's usual loading. `--mapping MAP.json` reuses or overrides the
 * column mapping.
 */
import { extname } from "node:path";
import { csvBlocks, readAnalystTables, readAnalystWorkbook } from "../app/analyst";
import { failure, type Failure } from "../app/failure";
import { previewImport } from "../app/import";
import { readDocx } from "../adapters/docx/read";
import { readMapping, type GridBlock, type MappingOverride } from "../core/grid";
import { message, type Message } from "../core/message";
import { decodeText, readInput } from "./io";
import { readWorkbook } from "../app/workbook";
import {
  aboutFile,
  guarded,
  loadInput,
  openWorkbook,
  readFileInput,
  type LoadedInput,
} from "./load";

export interface AnalystOptions {
  /** --sheet NAME: only that sheet of a workbook */
  sheet?: string;
  /** --mapping MAP.json */
  mapping?: string;
}

const CSV = new Set([".csv", ".tsv"]);

/** The mapping file given with --mapping, and what reading it found. */
async function mappingOf(
  path: string
): Promise<{ ok: true; mapping: MappingOverride; warnings: Message[] } | Failure> {
  const file = await readInput(path);
  if (!file.ok) return failure(file.reason, "checkInput");
  const r = readMapping(decodeText(file.value).text);
  if (!r.ok) return aboutFile(path, failure(r.reason, "checkInput"));
  return r;
}

/**
 * The plan of an input file for `pira import`: an analyst's table (CSV, Word, a workbook that is
 * not a PIRA workbook) through the table reader, else what the command read before (a document's
 * text, a plan JSON, a PIRA workbook).
 */
export async function loadForImport(
  path: string,
  options: AnalystOptions = {}
): Promise<LoadedInput | Failure> {
  const ext = extname(path).toLowerCase();
  const xlsx = ext === ".xlsx" || ext === ".xlsm";
  if (options.sheet !== undefined && !xlsx)
    return failure(
      message(
        "--sheet vale solo per una cartella (.xlsx).",
        "--sheet applies only to a workbook (.xlsx)."
      ),
      "checkInput"
    );
  let mapping: MappingOverride | undefined;
  const warnings: Message[] = [];
  if (options.mapping !== undefined) {
    const m = await mappingOf(options.mapping);
    if (!m.ok) return m;
    mapping = m.mapping;
    warnings.push(...m.warnings);
  }
  if (xlsx) {
    const file = await readFileInput(path);
    if (!file.ok) return file;
    const opened = await openWorkbook(path, file.bytes);
    if (!opened.ok) return opened;
    if (options.sheet === undefined) {
      const r = await readWorkbook(opened.backend);
      if (r.ok) return { ok: true, loaded: r, workbook: opened.backend, stamp: file.stamp };
      if (r.remedy !== "createSheets") return aboutFile(path, r);
    }
    // a workbook without the PIRA tables (or one sheet of any): its sheets read as the analyst's tables
    const a = await guarded(() =>
      readAnalystWorkbook(opened.backend, path, { sheet: options.sheet, mapping }, warnings)
    );
    if (!a.ok) return a;
    return { ok: true, loaded: a, workbook: opened.backend, stamp: file.stamp };
  }
  if (!CSV.has(ext) && ext !== ".docx") return loadInput(path, previewImport);
  const file = await readInput(path);
  if (!file.ok) return failure(file.reason, "checkInput");
  let blocks: GridBlock[];
  if (CSV.has(ext)) {
    const { text, encoding } = decodeText(file.value);
    const csv = csvBlocks(text);
    blocks = csv.blocks;
    warnings.push(...csv.warnings);
    if (encoding !== "utf-8")
      warnings.push(
        message(
          `Il file non è in UTF-8: letto come ${encoding}.`,
          `The file is not UTF-8: read as ${encoding}.`
        )
      );
  } else {
    const doc = await readDocx(file.value);
    if (!doc.ok) return aboutFile(path, failure(doc.reason, "checkText"));
    blocks = doc.blocks;
  }
  const r = readAnalystTables(path, blocks, { mapping }, warnings);
  if (!r.ok) return r;
  return { ok: true, loaded: r, workbook: null, stamp: file.stamp };
}
