/**
 * The workbench's workbook: an .xlsx held in the browser's memory (ExcelJS, through the xlsx
 * adapter). Sheets keep their order when replaced; selecting a cell is remembered so the sheet
 * view can show it. Views subscribe to changes (useSyncExternalStore).
 */
import ExcelJS from "exceljs";
// the modules themselves, not the adapter's index: the workbench needs no zip library of its own
import { replaceSheets } from "../adapters/xlsx/apply";
import { toBuffer } from "../adapters/xlsx/buffer";
import { applyPatch } from "../adapters/xlsx/patch";
import { loadWorkbook, notPira, workbookTables } from "../adapters/xlsx/read";
import type { Message } from "../core/message";
import type { ApplyOptions, WorkbookBackend } from "../taskpane/backend";
import type { Patch } from "../workbook/fill";
import type { WorkbookSpec } from "../workbook/spec";
import type { TablesResult } from "../workbook/tables";

export interface Selection {
  sheet: string;
  cell: string;
}

/** ExcelJS keeps tables in a map it does not type. */
interface WithTables {
  getTable?(name: string): unknown;
  removeTable?(name: string): void;
}

/**
 * The order of the sheets after a description was applied: sheets that were there keep their
 * place (a replaced sheet too); a new one goes after the sheet before it in the description, or
 * before the next one; others (the file's own new sheets) at the end.
 */
export function sheetOrder(before: string[], spec: string[], after: string[]): string[] {
  const present = new Set(after);
  const order = before.filter((n) => present.has(n));
  spec.forEach((name, i) => {
    if (order.includes(name) || !present.has(name)) return;
    const previous = i > 0 ? order.indexOf(spec[i - 1]) : -1;
    if (previous >= 0) return void order.splice(previous + 1, 0, name);
    const next = spec.slice(i + 1).find((n) => order.includes(n));
    if (next !== undefined) order.splice(order.indexOf(next), 0, name);
    else order.push(name);
  });
  for (const name of after) if (!order.includes(name)) order.push(name);
  return order;
}

export class XlsxBackend implements WorkbookBackend {
  readonly kind = "workbench" as const;
  workbook: ExcelJS.Workbook;
  selection: Selection | null = null;
  /** the open file's name, for downloading it back */
  fileName = "pira.xlsx";
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    this.workbook = workbook;
  }

  // --- the store the sheet view subscribes to

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  // --- the workbench's own actions

  /** Opens .xlsx bytes in place of the current workbook. */
  async open(
    bytes: Uint8Array,
    name: string
  ): Promise<{ ok: true } | { ok: false; reason: Message }> {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return loaded;
    this.workbook = loaded.workbook;
    this.fileName = /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
    this.selection = null;
    this.changed();
    return { ok: true };
  }

  /** Starts over with an empty workbook. */
  reset(name = "pira.xlsx"): void {
    this.workbook = new ExcelJS.Workbook();
    this.fileName = name;
    this.selection = null;
    this.changed();
  }

  async bytes(): Promise<Uint8Array> {
    return toBuffer(this.workbook);
  }

  // --- WorkbookBackend

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<void> {
    const wb = this.workbook;
    const before = wb.worksheets.map((w) => w.name);
    const replaced = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
    // a PIRA table name taken on a sheet that stays: that table becomes a plain range
    const tableNames = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
    for (const ws of wb.worksheets) {
      if (replaced.has(ws.name.toLowerCase()) || options.removeMatching?.test(ws.name)) continue;
      const tables = ws as unknown as WithTables;
      for (const name of tableNames) if (tables.getTable?.(name)) tables.removeTable?.(name);
    }
    replaceSheets(wb, spec.sheets, { removeMatching: options.removeMatching });
    if (!wb.title) wb.title = spec.title;
    const after = wb.worksheets.map((w) => w.name);
    const order = sheetOrder(
      before,
      spec.sheets.map((s) => s.name),
      after
    );
    // ExcelJS orders sheets (and writes them) by orderNo, which it does not type
    for (const ws of wb.worksheets)
      (ws as unknown as { orderNo: number }).orderNo = order.indexOf(ws.name);
    if (this.selection && !after.includes(this.selection.sheet)) this.selection = null;
    this.changed();
  }

  async readTables(): Promise<TablesResult> {
    const tables = workbookTables(this.workbook);
    if (!tables.programmes && !tables.indicators) return notPira();
    return { ok: true, tables };
  }

  async applyPatch(patch: Patch): Promise<void> {
    applyPatch(this.workbook, patch);
    this.changed();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell: cell.replace(/\$/g, "").toUpperCase() };
    this.changed();
  }
}
