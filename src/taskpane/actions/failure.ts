/** An action that could not run: why (from the engine, in both languages) and what to do next. */
import type { Message } from "../../core/message";

/** What the user can do about a failure; the pane's dictionary words each one. */
export type Remedy =
  | "createSheets" // the workbook has no PIRA tables: New plan or Import first
  | "checkText" // the pasted text or file cannot be read
  | "checkInput" // a choice in the form is not valid
  | "retry"; // anything else: try again, reload the pane if it persists

export interface Failure {
  ok: false;
  reason: Message;
  remedy: Remedy;
}

export function failure(reason: Message, remedy: Remedy): Failure {
  return { ok: false, reason, remedy };
}
