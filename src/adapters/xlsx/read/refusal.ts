/** Why the package reader refuses a file: a part it needs is missing, or one contradicts another. */
import { message, type Message } from "../../../core/message";
import { TABLES } from "../../../workbook";
import type { TablesResult } from "../../../workbook";
import type { ZipRefusal } from "../../zip";

/** Thrown inside the reader, returned to callers as a "corrupt" failure with its place. */
export class ReadRefusal extends Error {
  constructor(readonly where: Message) {
    super(where.en);
  }
}

/** The reader's refusal in the words every workbook reader uses. */
export function unreadable(where: Message): { ok: false; code: "corrupt"; reason: Message } {
  return {
    ok: false,
    code: "corrupt",
    reason: message(
      `Il file non è una cartella di lavoro .xlsx leggibile (${where.it}).`,
      `The file is not a readable .xlsx workbook (${where.en}).`
    ),
  };
}

/** A workbook without the PIRA tables (or their sheets). */
export function notPira(): TablesResult {
  return {
    ok: false,
    code: "not-pira",
    reason: message(
      `Non è una cartella PIRA: non ci sono le tabelle (o i fogli) «${TABLES.programmes}» e «${TABLES.indicators}».`,
      `Not a PIRA workbook: there are no «${TABLES.programmes}» and «${TABLES.indicators}» tables (or sheets).`
    ),
  };
}

/**
 * The whole workbook could not be read (a part missing, or contradicting another): thrown where
 * an interface returns no failure (WorkbookBackend.readGrids, writes); the command line catches it
 * and reports the reason.
 */
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

/** A refusal of the zip guard (zip/safe-zip.ts) in the words of a workbook reader. */
export function notReadable(r: ZipRefusal): { ok: false; code: "corrupt"; reason: Message } {
  if (r.problem !== "not-zip" || !r.detail) return { ok: false, code: "corrupt", reason: r.reason };
  return unreadable(message(r.detail.it, r.detail.en));
}
