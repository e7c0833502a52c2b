/**
 * Which Excel JavaScript API requirement sets the adapter needs (docs/office-requirement-sets.md).
 *
 * manifest.xml declares ExcelApi EXCEL_API_MINIMUM: Excel does not offer the add-in where that set
 * is missing, so every member up to it is simply called. A member above it is optional: called
 * only behind `requirements.isSetSupported("ExcelApi", …)`, and where it is missing the action
 * still completes and says what it left out (test/adapters/office-requirements.test.ts checks
 * that no member above the minimum goes unguarded).
 */
import { message, type Message } from "../../core/message";

/** The ExcelApi version manifest.xml declares (a test keeps the two equal). */
export const EXCEL_API_MINIMUM = "1.8";

/** Office.context.requirements, or what the adapter is told in its place. */
export type Requirements = Pick<Office.RequirementSetSupport, "isSetSupported">;

/** Outside Office (tests, tools) nothing optional is assumed. */
const NOTHING_OPTIONAL: Requirements = { isSetSupported: () => false };

/** The running Excel's requirement sets, when office.js is there. */
export function officeRequirements(): Requirements {
  if (typeof Office === "undefined") return NOTHING_OPTIONAL;
  return Office.context?.requirements ?? NOTHING_OPTIONAL;
}

/** Said when the outline (ExcelApi 1.10) is missing: the rows are written, not grouped. */
export const NO_OUTLINE: Message = message(
  "Questa versione di Excel non ha ExcelApi 1.10: le righe dei fogli di missione non sono raggruppate per programma (struttura). Tutto il resto è stato scritto; un Excel più recente le raggruppa.",
  "This version of Excel lacks ExcelApi 1.10: the mission sheets' rows are not grouped by programme (outline). Everything else was written; a newer Excel groups them."
);

/** What an applied description left out for lack of a requirement set (each message once). */
export class Notes {
  private readonly byText = new Map<string, Message>();

  add(m: Message): void {
    this.byText.set(m.en, m);
  }

  list(): Message[] {
    return [...this.byText.values()];
  }
}
