/** Reading one table's rows by column name, with the cell address of each cell for diagnostics. */
import { message } from "../../core/message";
import { cellAddress } from "../../core/a1";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { HeaderIndex } from "../columns/headers";
import type { Scalar } from "../write/spec";
import { cellAt, formatAt, sheetRow, type TableData } from "./tables";
import { isBlank } from "../columns/value-cells";
import { extraKeyOf, extraText } from "../columns/extra";

function scalarText(v: Scalar): string | null {
  if (isBlank(v)) return null;
  if (typeof v === "boolean") return v ? "sì" : "no";
  return String(v);
}

export class TableReader {
  readonly index: HeaderIndex;

  constructor(
    readonly table: TableData,
    known: (folded: string) => boolean
  ) {
    this.index = new HeaderIndex(table.header, known);
    this.extraColumns = this.index.unknown.map((u) => ({
      index: u.index,
      key: extraKeyOf(u.name),
    }));
  }

  /** The analyst's own columns (those this table does not know), each under its header. */
  readonly extraColumns: readonly { index: number; key: string }[];

  /** A row's own columns: header → text, the blank ones left out. */
  extra(i: number): Record<string, string> {
    // no prototype: a column headed «__proto__» is kept like any other
    const extra = Object.create(null) as Record<string, string>;
    for (const x of this.extraColumns) {
      const t = extraText(cellAt(this.table, i, x.index), formatAt(this.table, i, x.index));
      if (t !== null) extra[x.key] = t;
    }
    return extra;
  }

  /** The ids the rows hold already in `column`: a fresh id is chosen among the others. */
  idsTaken(column: string): Set<string> {
    const taken = new Set<string>();
    for (let i = 0; i < this.rowCount; i++) {
      const id = this.key(i, column);
      if (id) taken.add(id);
    }
    return taken;
  }

  get rowCount(): number {
    return this.table.rows.length;
  }

  /** Missing required columns as diagnostics (cell: the header row's first cell). */
  requireColumns(names: readonly string[]): WorkbookDiagnostic[] {
    return names
      .filter((n) => !this.index.has(n))
      .map((n) =>
        diagnostic(
          "PIRA-X002",
          "error",
          message(
            `Nella tabella «${this.table.name}» manca la colonna obbligatoria «${n}» (riga di intestazione ${this.table.row}).`,
            `Table «${this.table.name}» lacks the required column «${n}» (header row ${this.table.row}).`
          ),
          { sheet: this.table.sheet, cell: cellAddress(this.table.row, this.table.col), field: n }
        )
      );
  }

  blankRow(i: number): boolean {
    return (this.table.rows[i] ?? []).every((v) => isBlank(v));
  }

  value(i: number, column: string): Scalar {
    const c = this.index.of(column);
    return c < 0 ? null : cellAt(this.table, i, c);
  }

  format(i: number, column: string): string | null {
    const c = this.index.of(column);
    return c < 0 ? null : formatAt(this.table, i, c);
  }

  /** The cell's text exactly (null when blank). */
  text(i: number, column: string): string | null {
    return scalarText(this.value(i, column));
  }

  /** The cell's text trimmed (ids, codes). */
  key(i: number, column: string): string | null {
    const t = this.text(i, column);
    return t === null ? null : t.trim() || null;
  }

  row(i: number): number {
    return sheetRow(this.table, i);
  }

  cell(i: number, column: string): string {
    const c = this.index.of(column);
    return cellAddress(this.row(i), this.table.col + Math.max(c, 0));
  }
}
