/**
 * A command's input file → a plan, through the application layer: a workbook (.xlsx) opened as a
 * file backend and read by the app (its stored settings with it), a document's text or a plan
 * JSON decoded here and read by the app. Failures carry the file's name.
 */
import { failure, type Failure } from "../app/failure";
import { inputKind, readPlanText, type TextInput } from "../app/input";
import type { LoadedPlan } from "../app/loaded";
import type { XlsxFileBackend } from "../adapters/xlsx/file-backend";
import { extname } from "node:path";
import { message } from "../core/message";
import { decodeText, readInput, type FileStamp } from "./io";

export interface LoadedInput {
  ok: true;
  loaded: LoadedPlan;
  /** the workbook, when the input is one (the actions that write run on it) */
  workbook: XlsxFileBackend | null;
  /** the file as it was read: a write replacing it checks it has not changed since */
  stamp: FileStamp;
}

/** A failure about a file: its name first. */
export function aboutFile(path: string, f: Failure): Failure {
  return failure(message(`«${path}»: ${f.reason.it}`, `«${path}»: ${f.reason.en}`), f.remedy);
}

/** The bytes of a file and what kind of input they are. */
export async function readFileInput(
  path: string
): Promise<
  { ok: true; bytes: Uint8Array; kind: "document" | "json" | "xlsx"; stamp: FileStamp } | Failure
> {
  const file = await readInput(path);
  if (!file.ok) return failure(file.reason, "checkInput");
  const kind = inputKind(path, file.value);
  if (typeof kind !== "string") return kind;
  return { ok: true, bytes: file.value, kind, stamp: file.stamp };
}

/** Opens .xlsx bytes as the file backend, or why they are not a workbook. */
export async function openFileBackend(
  /** the file's name as the messages show it */
  path: string,
  bytes: Uint8Array
): Promise<{ ok: true; backend: XlsxFileBackend } | Failure> {
  // the file backend brings ExcelJS (whole writes): loaded only for a workbook, not a plan JSON
  const { XlsxFileBackend } = await import("../adapters/xlsx/file-backend");
  const opened = await XlsxFileBackend.open(bytes);
  if (!opened.ok) return aboutFile(path, failure(opened.reason, "checkText"));
  return opened;
}

/**
 * The plan of an input file. A text is read by `readText` (default the app's readPlanText;
 * `pira import` passes the Import preview).
 */
export async function loadInput(
  path: string,
  readText: (input: TextInput) => LoadedPlan | Failure = readPlanText
): Promise<LoadedInput | Failure> {
  const file = await readFileInput(path);
  if (!file.ok) return file;
  if (file.kind === "xlsx") {
    const opened = await openFileBackend(path, file.bytes);
    if (!opened.ok) return opened;
    // the PIRA tables, else the analyst's own tables at their cells: the app decides (the
    // workbook layer loaded only for a workbook)
    const { openWorkbook } = await import("../app/open");
    const r = await guarded(() => openWorkbook(opened.backend));
    if (!r.ok) return aboutFile(path, r);
    return { ok: true, loaded: r.loaded, workbook: opened.backend, stamp: file.stamp };
  }
  const { text, encoding } = decodeText(file.bytes);
  const r = readText({ name: path, text });
  if (!r.ok) return r;
  if (encoding === "windows-1252")
    r.warnings.push(
      message(
        "Il file non è in UTF-8: letto come Windows-1252.",
        "The file is not UTF-8: read as Windows-1252."
      )
    );
  return { ok: true, loaded: r, workbook: null, stamp: file.stamp };
}

/**
 * Runs actions on a file backend: a workbook whose tables could be read but not the whole of it
 * (a damaged part the tables do not need) is a failure with its reason, not a crash.
 */
export async function guarded<T>(work: () => Promise<T | Failure>): Promise<T | Failure> {
  try {
    return await work();
  } catch (e) {
    // thrown by the package reader or a write of the file backend, loaded by then (a plan JSON
    // is read without them: they are loaded here only when something was thrown)
    const { UnreadableWorkbook } = await import("../adapters/xlsx/read");
    if (e instanceof UnreadableWorkbook) return failure(e.reason, "checkText");
    const { UnpatchableWorkbook } = await import("../adapters/xlsx/file-backend");
    if (e instanceof UnpatchableWorkbook) return failure(e.reason, "checkInput");
    throw e;
  }
}

const TABLES = new Set([".csv", ".tsv", ".docx", ".pdf"]);

/**
 * The plan of any input the reading commands (validate, summary, export) take: an analyst's CSV,
 * Word or PDF tables through the table reader, as `pira import` reads them (loaded only for such
 * a file: analyst.ts brings the grid reader and the import); anything else by loadInput.
 */
export async function loadAnyInput(path: string): Promise<LoadedInput | Failure> {
  if (TABLES.has(extname(path).toLowerCase()))
    return (await import("./analyst")).loadForImport(path);
  return loadInput(path);
}
