/**
 * The ids of a table's rows (Programmi, Indicatori): each row's own, or a fresh one where it has
 * none (info PIRA-X004) or repeats an earlier row's (warning PIRA-X003); a fresh id is chosen
 * among the ids no row holds.
 */
import type { Where } from "../../core/diagnostics";
import type { Message } from "../../core/message";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import type { TableReader } from "./row-reader";

/** What is said when a row's id is given: it had none, or it repeated an earlier row's. */
export interface IdWords {
  missing(fresh: string): Message;
  repeated(id: string, fresh: string): Message;
}

export class RowIds {
  private readonly taken: Set<string>;
  private readonly seen = new Set<string>();

  constructor(
    private readonly r: TableReader,
    private readonly column: string
  ) {
    this.taken = r.idsTaken(column);
  }

  /** Row i's id; `fresh` makes one among the ids in use, `where` says where the diagnostic points. */
  of(
    i: number,
    fresh: (inUse: Set<string>) => string,
    words: IdWords,
    where: (fresh: string) => Where,
    diagnostics: WorkbookDiagnostic[]
  ): string {
    let id = this.r.key(i, this.column);
    if (id === null || this.seen.has(id)) {
      const given = fresh(new Set([...this.taken, ...this.seen]));
      diagnostics.push(
        id === null
          ? diagnostic("PIRA-X004", "info", words.missing(given), where(given))
          : diagnostic("PIRA-X003", "warning", words.repeated(id, given), where(given))
      );
      id = given;
    }
    this.seen.add(id);
    return id;
  }
}
