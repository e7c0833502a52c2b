/**
 * Import, first step: a document's text or a plan JSON → the plan and what was (not) understood,
 * to preview; the second step writes it (create.ts). An empty text, or one with nothing of a plan
 * in it, is refused.
 */
import { message } from "../core/message";
import { failure, type Failure } from "./failure";
import { readPlanText, type TextInput } from "./input";
import type { LoadedPlan } from "./loaded";

export interface ImportPreview extends LoadedPlan {
  kind: "document" | "json";
}

export function previewImport(input: TextInput): ImportPreview | Failure {
  if (!input.text.trim())
    return failure(
      message(
        "Niente da importare: incollare il testo del documento o caricare un file .txt o .json.",
        "Nothing to import: paste the document's text or load a .txt or .json file."
      ),
      "checkText"
    );
  // a text with nothing of a plan in it is refused by readPlanText itself
  const r = readPlanText(input);
  if (!r.ok) return r;
  return { ...r, kind: r.kind === "json" ? "json" : "document" };
}
