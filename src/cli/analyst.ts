/**
 * `pira import` of the analyst's own tables: a CSV file (decoded: UTF-8 with or without a BOM,
 * UTF-16, else Windows-1252), a Word document (.docx), a published PDF (.pdf: its tables rebuilt
 * from where the words stand), or a workbook that is not a PIRA workbook
 * (every sheet, or `--sheet NAME`), read into blocks by their adapters and imported by the app.
 * Anything else goes to the command's usual loading. `--mapping MAP.json` reuses or overrides the
 * column mapping.
 */
import { extname } from "node:path";
import { analystFromSheets, csvBlocks, readAnalystTables } from "../app/analyst";
import { failure, type Failure } from "../app/failure";
import { previewImport } from "../app/import";
import { attachWordNotes } from "../app/docx-notes";
import type { DocxNotes } from "../adapters/docx/read";
import { diagnostic, type Diagnostic } from "../core/diagnostics";
import { READING_CODES } from "../core/text";
import { readMapping, type GridBlock, type MappingOverride } from "../core/grid";
import { message, type Message } from "../core/message";
import { decodeText, readInput } from "./io";
import { aboutFile, loadInput, readFileInput, type LoadedInput } from "./load";

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
    // the package readers loaded only for a workbook (a plan JSON or a text reads without them)
    const [{ checkZip }, { WorkbookReader }, { piraTablesOf }, { MAPPING_SHEET }] =
      await Promise.all([
        import("../adapters/zip"),
        import("../adapters/xlsx/read"),
        import("../workbook"),
        import("../workbook/analyst"),
      ]);
    const file = await readFileInput(path);
    if (!file.ok) return file;
    const checked = await checkZip(file.bytes);
    if (!checked.ok) return aboutFile(path, failure(checked.reason, "checkText"));
    // a PIRA workbook is read as before; any other (or one sheet of any, --sheet): its sheets as the
    // analyst's tables, straight from the package (the values only: no workbook model is built)
    const opened = await WorkbookReader.open(checked.bytes);
    if (!opened.ok) return aboutFile(path, failure(opened.reason, "checkText"));
    const reader = opened.reader;
    // the one rule of what a PIRA table is (workbook/read/pira-shape.ts), as every action decides it: a
    // sheet «Indicatori» with the analyst's own columns is their table
    if (options.sheet === undefined && piraTablesOf(await reader.tables()).ok)
      return loadInput(path, previewImport);
    const grids = await reader.grids(options.sheet);
    if (!grids.ok)
      return aboutFile(
        path,
        failure(grids.reason, grids.code === "no-sheet" ? "checkInput" : "checkText")
      );
    const all = grids.grids.map((g) => g.grid);
    if (options.sheet !== undefined) {
      const store = await reader.grids(MAPPING_SHEET);
      if (store.ok) all.push(...store.grids.map((g) => g.grid));
    }
    const a = analystFromSheets(path, all, mapping, warnings);
    if (!a.ok) return a;
    return { ok: true, loaded: a, workbook: null, stamp: file.stamp };
  }
  if (!CSV.has(ext) && ext !== ".docx" && ext !== ".pdf") return loadInput(path, previewImport);
  const file = await readInput(path);
  if (!file.ok) return failure(file.reason, "checkInput");
  let blocks: GridBlock[];
  const found: Diagnostic[] = [];
  let notes: DocxNotes | null = null;
  if (CSV.has(ext)) {
    const decoded = decodeText(file.value);
    const csv = csvBlocks(decoded.text);
    if (!csv.ok) return aboutFile(path, failure(csv.reason, "checkText"));
    blocks = csv.blocks;
    warnings.push(...csv.warnings);
    if (decoded.problem) {
      warnings.push(decoded.problem.message);
      found.push(
        diagnostic(READING_CODES.encoding, "warning", decoded.problem.message, {
          line: decoded.problem.line,
        })
      );
    } else if (decoded.encoding !== "utf-8")
      warnings.push(
        message(
          `Il file non è in UTF-8: letto come ${decoded.encoding}.`,
          `The file is not UTF-8: read as ${decoded.encoding}.`
        )
      );
    found.push(...csv.diagnostics);
  } else if (ext === ".pdf") {
    const [{ readPdfBlocks }, { pdfLibrary }] = await Promise.all([
      import("../app/pdf"),
      import("./pdf-library"),
    ]);
    const pdf = await readPdfBlocks(await pdfLibrary(), file.value);
    if (!pdf.ok) return aboutFile(path, pdf);
    blocks = pdf.blocks;
  } else {
    const { readDocx } = await import("../adapters/docx/read");
    const doc = await readDocx(file.value);
    if (!doc.ok) return aboutFile(path, failure(doc.reason, "checkText"));
    blocks = doc.blocks;
    notes = doc.notes;
    for (const w of doc.warnings) {
      warnings.push(w);
      found.push(diagnostic(READING_CODES.wordNotRead, "warning", w));
    }
  }
  const r = readAnalystTables(path, blocks, { mapping }, warnings, found);
  if (!r.ok) return r;
  if (notes)
    for (const w of attachWordNotes(r.plan, r.analyst.sources, notes.refs, notes.texts)) {
      warnings.push(w);
      r.diagnostics.push(diagnostic(READING_CODES.noteNotAttached, "warning", w));
    }
  return { ok: true, loaded: r, workbook: null, stamp: file.stamp };
}

export { loadAnyInput } from "./load";
