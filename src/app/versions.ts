/**
 * The other version of a plan for Confronta, or the file «Nuovo anno» writes, in the pane and the
 * workbench (the command line reads files through src/cli/load.ts): a chosen file's bytes → its
 * plan, whatever it is — a workbook (its PIRA tables, else the analyst's own tables, as
 * open.ts decides), a CSV or Word table of the analyst's, a plan JSON or a document's text.
 */
import { message } from "../core/message";
import type { Plan } from "../core/plan";
import { decodeText } from "../core/text";
import { failure, tablesFailure, type Failure } from "./failure";
import { readPlanText } from "./input";
import type { LoadedPlan } from "./loaded";
import { openWorkbook } from "./open";
import type { Settings } from "./settings";

function extension(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : "";
}

function about(name: string, f: Failure): Failure {
  return failure(message(`«${name}»: ${f.reason.it}`, `«${name}»: ${f.reason.en}`), f.remedy);
}

// the file backend (ExcelJS), the table reader and the Word reader are chunks of their own in the
// pane, fetched only when a file of their kind is chosen (the command line has them all at once)
const fileBackend = () =>
  import(/* webpackChunkName: "xlsx-file" */ "../adapters/xlsx/file-backend");
const tableReader = () => import(/* webpackChunkName: "analyst" */ "./analyst");

/** A chosen file's plan (`name`: the file's name, for its kind and the messages). */
export async function loadVersion(name: string, bytes: Uint8Array): Promise<LoadedPlan | Failure> {
  const ext = extension(name);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === "xlsx" || ext === "xlsm" || (zip && ext !== "docx")) {
    const { XlsxFileBackend } = await fileBackend();
    const opened = await XlsxFileBackend.open(bytes);
    if (!opened.ok) return about(name, tablesFailure(opened));
    const wb = await openWorkbook(opened.backend);
    return wb.ok ? wb.loaded : about(name, wb);
  }
  if (ext === "docx") {
    const { readDocx } = await import(/* webpackChunkName: "docx-read" */ "../adapters/docx/read");
    const { readAnalystTables } = await tableReader();
    const doc = await readDocx(bytes);
    if (!doc.ok) return about(name, failure(doc.reason, "checkText"));
    return readAnalystTables(name, doc.blocks, {}, [...doc.warnings]);
  }
  const decoded = decodeText(bytes);
  if (ext === "csv" || ext === "tsv") {
    const { csvBlocks, readAnalystTables } = await tableReader();
    const csv = csvBlocks(decoded.text);
    if (!csv.ok) return about(name, failure(csv.reason, "checkText"));
    return readAnalystTables(name, csv.blocks, {}, [...csv.warnings]);
  }
  return readPlanText({ name, text: decoded.text });
}

/** A plan as a new .xlsx file's bytes, with these settings in its Piano table. */
export async function planWorkbookBytes(plan: Plan, settings: Settings): Promise<Uint8Array> {
  const { XlsxFileBackend } = await fileBackend();
  const { prepareCreate } = await import(/* webpackChunkName: "xlsx-file" */ "./create");
  const file = XlsxFileBackend.create();
  await (await prepareCreate(file, plan, settings)).commit();
  return file.bytes();
}
