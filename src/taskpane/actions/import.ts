/** Import: a document's text or a plan JSON → a plan and what was (not) understood. */
import { importDocument, type ImportReport } from "../../core/import";
import { message } from "../../core/message";
import { readPlanJson } from "../../core/plan";
import type { Plan } from "../../core/plan/types";
import { failure, type Failure } from "./failure";

export interface ImportPreview {
  ok: true;
  kind: "document" | "json";
  plan: Plan;
  /** the importer's report (documents only; a plan JSON has nothing "not understood") */
  report: ImportReport | null;
}

/** A plan JSON starts with "{" (after a byte-order mark or blanks); anything else is document text. */
function looksLikeJson(text: string, fileName?: string): boolean {
  if (fileName && /\.json$/i.test(fileName)) return true;
  return /^\uFEFF?\s*\{/.test(text);
}

export function previewImport(text: string, fileName?: string): ImportPreview | Failure {
  if (!text.trim()) {
    return failure(
      message(
        "Niente da importare: incollare il testo del documento o caricare un file .txt o .json.",
        "Nothing to import: paste the document's text or load a .txt or .json file."
      ),
      "checkText"
    );
  }
  if (looksLikeJson(text, fileName)) {
    const r = readPlanJson(text.replace(/^\uFEFF/, ""));
    if (!r.ok) return failure(r.reason, "checkText");
    return { ok: true, kind: "json", plan: r.plan, report: null };
  }
  const { plan, report } = importDocument(text);
  if (!plan.indicators.length && !plan.programmes.length) {
    return failure(
      message(
        "Nel testo non ci sono programmi né indicatori di un PIRA: controllare di aver copiato il documento intero.",
        "The text has no PIRA programmes or indicators: check that the whole document was copied."
      ),
      "checkText"
    );
  }
  return { ok: true, kind: "document", plan, report };
}
