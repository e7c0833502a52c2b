/**
 * The inputs an action reads besides a workbook: a document's text or a plan JSON, from a file
 * (the command line, the workbench) or pasted (the pane). What kind an input is, by its name and
 * else by its first bytes, is decided here once for every front end.
 */
import { importDocument } from "../core/import";
import { message } from "../core/message";
import { readPlanJson } from "../core/plan";
import { failure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { defaultSettings } from "./settings";

/** Text handed to an action: a file's (decoded by the front end) or pasted (name null). */
export interface TextInput {
  name: string | null;
  text: string;
}

export type InputKind = "document" | "json" | "xlsx";

const DOCUMENT = new Set(["txt", "text", "md"]);
const WORKBOOK = new Set(["xlsx", "xlsm"]);
const UNSUPPORTED = new Set(["doc", "odt", "rtf", "xls", "ods"]);
/** Read as tables by the import (src/cli/analyst.ts, the pane's import), not as text. */
const TABLES = new Set(["docx", "pdf"]);

function extension(name: string | null): string {
  const m = name ? /\.([^./\\]+)$/.exec(name) : null;
  return m ? m[1].toLowerCase() : "";
}

/** The kind of an input by its name's extension, else by its first bytes or characters. */
export function inputKind(name: string | null, head: Uint8Array | string): InputKind | Failure {
  const ext = extension(name);
  if (DOCUMENT.has(ext)) return "document";
  if (ext === "json") return "json";
  if (WORKBOOK.has(ext)) return "xlsx";
  if (TABLES.has(ext))
    return failure(
      message(
        `Un file .${ext} si legge con l'importazione (pira import FILE.${ext}, o Importa nel riquadro).`,
        `A .${ext} file is read by the import (pira import FILE.${ext}, or Import in the pane).`
      ),
      "checkText"
    );
  if (UNSUPPORTED.has(ext))
    return failure(
      message(
        `Formato .${ext} non letto: salvare il documento come testo (.txt, copiando il testo da Word o dal PDF), oppure la cartella come .xlsx.`,
        `.${ext} files are not read: save the document as text (.txt, copying the text out of Word or the PDF), or the workbook as .xlsx.`
      ),
      "checkText"
    );
  if (typeof head !== "string" && head[0] === 0x50 && head[1] === 0x4b) return "xlsx";
  const text =
    typeof head === "string" ? head.slice(0, 64) : new TextDecoder().decode(head.subarray(0, 64));
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "document";
}

/** A document's text or a plan JSON → the plan (a document: with its import report and lines). */
export function readPlanText(input: TextInput): LoadedPlan | Failure {
  const kind = inputKind(input.name, input.text);
  if (typeof kind !== "string") return kind;
  if (kind === "json") {
    const r = readPlanJson(input.text);
    if (!r.ok) {
      const what = input.name ? `«${input.name}»` : null;
      return failure(
        message(
          `${what ?? "Il testo"} non è un piano PIRA in JSON: ${r.reason.it}`,
          `${what ?? "The text"} is not a PIRA plan in JSON: ${r.reason.en}`
        ),
        "checkText"
      );
    }
    return {
      ok: true,
      kind: "json",
      plan: r.plan,
      settings: defaultSettings("file"),
      diagnostics: [],
      locations: {},
      place: (d) => d,
      report: null,
      warnings: r.warnings,
    };
  }
  if (kind === "xlsx")
    return failure(
      message(
        `«${input.name}» è una cartella di lavoro: va aperta come tale, non come testo.`,
        `«${input.name}» is a workbook: open it as one, not as text.`
      ),
      "checkText"
    );
  const { plan, report } = importDocument(input.text);
  // nothing of a plan in it: not "0 errors" but a text that is not a PIRA
  if (!plan.programmes.length && !plan.indicators.length) {
    const where = input.name ? `«${input.name}»` : null;
    return failure(
      message(
        `Nessun programma né indicatore PIRA trovato ${where ? `in ${where}` : "nel testo"}. Ci si aspetta il testo di un PIRA: intestazioni «Missione 011» e «Programma 005» (o codici come 011.005) con le tabelle dei loro indicatori (Indicatore, Target, Consuntivo…).`,
        `No PIRA programme or indicator found ${where ? `in ${where}` : "in the text"}. A PIRA's text is expected: «Missione 011» and «Programma 005» headings (or codes such as 011.005) with the tables of their indicators (Indicatore, Target, Consuntivo…).`
      ),
      "checkText"
    );
  }
  return {
    ok: true,
    kind: "document",
    plan,
    settings: defaultSettings("file"),
    diagnostics: report.diagnostics.map((d) => ({ ...d, sheet: null, cell: null })),
    locations: { ...report.sources },
    place: (d) => d,
    report,
    warnings: [],
  };
}
