/**
 * A workbook in memory for the pane's component tests: sheets are workbook descriptions
 * (SheetSpec), tables are read back with tablesOfSpec, patches are written into the Indicatori
 * table's rows. Every call is recorded; `gate` holds the next call until released (busy states).
 */
import type {
  ApplyOptions,
  GridWhere,
  WorkbookBackend,
  WorksheetGrid,
} from "../../src/workbook/backend";
import { cellParts, type SheetSpec, type WorkbookSpec } from "../../src/workbook/write/spec";
import type { Message } from "../../src/core/message";
import type { Patch } from "../../src/workbook/write/fill";
import { tablesOfSpec } from "../../src/workbook/read/spec-tables";
import type { TablesResult } from "../../src/workbook/read/tables";

export class FakeBackend implements WorkbookBackend {
  readonly kind: "excel" | "workbench";
  sheets: SheetSpec[] = [];
  applied: { sheets: string[]; removeMatching?: RegExp }[] = [];
  patches: Patch[] = [];
  selections: { sheet: string; cell: string }[] = [];
  /** extra sheet names that are not PIRA sheets (the analyst's own) */
  others: string[] = [];
  /** an analyst's sheets (and the hidden mapping sheet) as grids, written into by patches */
  grids: WorksheetGrid[] = [];
  hidden: string[] = [];
  private gates: (() => void)[] = [];
  private holding = false;

  constructor(kind: "excel" | "workbench" = "workbench", spec?: WorkbookSpec) {
    this.kind = kind;
    if (spec) this.sheets = JSON.parse(JSON.stringify(spec.sheets)) as SheetSpec[];
  }

  /** The next calls wait until release() is called. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const g of this.gates.splice(0)) g();
  }

  private async pass(): Promise<void> {
    if (this.holding) await new Promise<void>((resolve) => this.gates.push(resolve));
  }

  async sheetNames(): Promise<string[]> {
    await this.pass();
    return [...this.sheets.map((s) => s.name), ...this.others];
  }

  /** what applySpec reports it could not write (as an Excel without outlines does) */
  applyNotes: Message[] = [];

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<Message[]> {
    await this.pass();
    const names = new Set(spec.sheets.map((s) => s.name));
    this.sheets = this.sheets.filter(
      (s) => !names.has(s.name) && !(options.removeMatching?.test(s.name) ?? false)
    );
    this.sheets.push(...(JSON.parse(JSON.stringify(spec.sheets)) as SheetSpec[]));
    this.applied.push({
      sheets: spec.sheets.map((s) => s.name),
      removeMatching: options.removeMatching,
    });
    return this.applyNotes;
  }

  async readTables(): Promise<TablesResult> {
    await this.pass();
    const tables = tablesOfSpec({ title: "", sheets: this.sheets });
    if (!tables.programmes && !tables.indicators)
      return {
        ok: false,
        code: "not-pira",
        reason: { it: "Non è una cartella PIRA.", en: "Not a PIRA workbook." },
      };
    return { ok: true, tables };
  }

  async applyPatch(patch: Patch): Promise<void> {
    await this.pass();
    this.patches.push(patch);
    const grid = this.grids.find(
      (g) => g.grid.origin.kind === "sheet" && g.grid.origin.sheet === patch.sheet
    );
    if (grid) return writeGrid(grid, patch);
    const sheet = this.sheets.find((s) => s.name === patch.sheet);
    if (!sheet) throw new Error(`no sheet ${patch.sheet}`);
    // each cell goes into the table that covers it (a patch writes tables' data cells only)
    for (const b of patch.blocks)
      b.cells.forEach((cells, i) =>
        cells.forEach((c, j) => {
          const r = b.row + i;
          const col = b.col + j;
          const table = sheet.tables.find(
            (t) =>
              r > t.row &&
              r <= t.row + t.rows.length &&
              col >= t.col &&
              col < t.col + t.columns.length
          );
          if (!table)
            throw new Error(`patch outside the tables at ${patch.sheet} row ${r} col ${col}`);
          table.rows[r - table.row - 1][col - table.col] = cellParts(c);
        })
      );
  }

  async readGrids(where: GridWhere = {}): Promise<WorksheetGrid[]> {
    await this.pass();
    return this.grids
      .filter((g) => where.sheet === undefined || sheetOf(g) === where.sheet)
      .map((g) => JSON.parse(JSON.stringify(g)) as WorksheetGrid);
  }

  async addHiddenSheet(name: string): Promise<void> {
    await this.pass();
    if (this.grids.some((g) => sheetOf(g) === name)) return;
    this.hidden.push(name);
    this.grids.push({
      grid: { rows: [], merges: [], origin: { kind: "sheet", sheet: name, row: 1, col: 1 } },
      formulas: [],
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.pass();
    this.selections.push({ sheet, cell });
  }
}

function sheetOf(g: WorksheetGrid): string {
  return g.grid.origin.kind === "sheet" ? g.grid.origin.sheet : "";
}

/** A patch written into a grid (grown as needed), values and formulas. */
function writeGrid(g: WorksheetGrid, patch: Patch): void {
  const o = g.grid.origin;
  if (o.kind !== "sheet") return;
  for (const b of patch.blocks)
    b.cells.forEach((cells, i) =>
      cells.forEach((c, j) => {
        const r = b.row + i - o.row;
        const col = b.col + j - o.col;
        while (g.grid.rows.length <= r) g.grid.rows.push([]);
        while (g.formulas.length <= r) g.formulas.push([]);
        const row = g.grid.rows[r];
        const f = g.formulas[r];
        while (row.length <= col) row.push(null);
        while (f.length <= col) f.push(null);
        const parts = cellParts(c);
        row[col] = parts.value ?? null;
        f[col] = parts.formula ?? null;
      })
    );
}
