/**
 * The one shape of an expected failure of an action: why (in both languages) and what the user
 * can do about it. The task pane words each remedy (strings.ts, remedies); the command line prints
 * the reason and exits with 2 (docs/cli.md: bad usage, a file that cannot be read, not a PIRA
 * file). Programming errors throw instead.
 */
import type { Message } from "../core/message";
import type { TablesFailure } from "../workbook";

export type Remedy =
  | "createSheets" // the workbook has no PIRA tables: New plan or Import first
  | "checkText" // the text or file given cannot be read as a plan
  | "checkInput" // a choice or an option is not valid
  | "retry"; // anything else: try again (the pane: reload it if it persists)

export interface Failure {
  ok: false;
  reason: Message;
  remedy: Remedy;
}

export function failure(reason: Message, remedy: Remedy): Failure {
  return { ok: false, reason, remedy };
}

/** A workbook whose tables cannot be read: not a PIRA workbook (create its sheets), or damaged. */
export function tablesFailure(r: TablesFailure): Failure {
  return failure(r.reason, r.code === "not-pira" ? "createSheets" : "retry");
}
