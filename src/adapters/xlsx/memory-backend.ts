/**
 * An .xlsx held in the browser's memory (the workbench): an ExcelJS workbook behind the
 * WorkbookBackend every action runs on. Sheets keep their order when replaced; selecting a cell
 * is remembered so a sheet view can show it. Views subscribe to changes (useSyncExternalStore).
 */
import ExcelJS from "exceljs";
// the modules themselves, not the adapter's index: the workbench needs no zip library of its own
import { toBuffer } from "./buffer";
import { applyPatch } from "./patch";
import { loadWorkbook } from "./load";
import { WorkbookReader } from "./read/index";
import { UnreadableWorkbook } from "./read/refusal";
import { updateWorkbook } from "./update";
import { written } from "../zip";
import { writeCsvSheet } from "./csv-sheet";
import { readCsv } from "../../core/grid";
import type { Message } from "../../core/message";
import type {
  ApplyOptions,
  GridWhere,
  WorkbookBackend,
  WorksheetGrid,
  Patch,
  WorkbookSpec,
  TablesFailure,
  TablesResult,
} from "../../workbook";

export interface Selection {
  sheet: string;
  cell: string;
}

export class XlsxBackend implements WorkbookBackend {
  readonly kind = "workbench" as const;
  workbook: ExcelJS.Workbook;
  selection: Selection | null = null;
  /** the sheet the workbench shows (its tab), where an action with no selection works */
  shown: string | null = null;
  /** the open file's name, for downloading it back */
  fileName = "pira.xlsx";
  private version = 0;
  private views = 0;
  /** the workbook as last read (read/), with the version it was read at */
  private reading: { version: number; reader: Promise<WorkbookReader> } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {
    this.workbook = workbook;
  }

  // --- the store a sheet view subscribes to

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** changes with the workbook and with what the workbench shows (tab, selected cell) */
  getVersion = (): number => this.version + this.views;

  /** the workbook changed: what was read of it is out of date */
  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** only what the workbench shows changed (a tab, a selected cell): the workbook is as read */
  private viewChanged(): void {
    this.views++;
    for (const l of this.listeners) l();
  }

  // --- the workbench's own file actions

  /** Opens .xlsx bytes in place of the current workbook. */
  async open(bytes: Uint8Array, name: string): Promise<{ ok: true } | TablesFailure> {
    const prepared = await this.prepareOpen(bytes, name);
    if (!prepared.ok) return prepared;
    prepared.commit();
    return { ok: true };
  }

  /**
   * Reads .xlsx bytes without replacing anything: `commit()` then puts the workbook in place of
   * the current one (the workbench asks the user in between; a file that cannot be read replaces
   * nothing).
   */
  async prepareOpen(
    bytes: Uint8Array,
    name: string
  ): Promise<{ ok: true; commit(): void } | TablesFailure> {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return loaded;
    return {
      ok: true,
      commit: () => {
        this.workbook = loaded.workbook;
        this.fileName = /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
        this.selection = null;
        this.shown = null;
        this.changed();
      },
    };
  }

  /**
   * Opens a CSV file's text as a workbook of one sheet named after the file (the analyst's table,
   * to map and fill in place); the workbook is downloaded as .xlsx. Returns what reading the CSV
   * found wrong (a quote left open…), for the user to see: nothing is dropped silently.
   */
  openCsv(text: string, name: string): Message[] {
    const prepared = this.prepareCsv(text, name);
    prepared.commit();
    return prepared.problems;
  }

  /**
   * Reads a CSV file's text without replacing anything: its problems, how many rows have
   * something in them (0: an empty file; 1: the header alone), and `commit()` to open it.
   */
  prepareCsv(
    text: string,
    name: string
  ): { problems: Message[]; filledRows: number; commit(): void } {
    const base = name.replace(/\.[^.]*$/, "") || "CSV";
    // a sheet name: at most 31 characters, none of : \ / ? * [ ]
    const sheet =
      base
        .replace(/[:\\/?*[\]]/g, " ")
        .slice(0, 31)
        .trim() || "CSV";
    const csv = readCsv(text);
    const filledRows = csv.grid.rows.filter((r) =>
      r.some((v) => v !== null && v !== undefined && String(v).trim() !== "")
    ).length;
    return {
      problems: csv.problems,
      filledRows,
      commit: () => {
        const workbook = new ExcelJS.Workbook();
        writeCsvSheet(workbook.addWorksheet(sheet), csv.grid);
        this.workbook = workbook;
        this.fileName = `${base}.xlsx`;
        this.selection = null;
        this.shown = null;
        this.changed();
      },
    };
  }

  /** Starts over with an empty workbook. */
  reset(name = "pira.xlsx"): void {
    this.workbook = new ExcelJS.Workbook();
    this.fileName = name;
    this.selection = null;
    this.shown = null;
    this.changed();
  }

  async bytes(): Promise<Uint8Array> {
    return toBuffer(this.workbook);
  }

  // --- WorkbookBackend

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<Message[]> {
    updateWorkbook(this.workbook, spec, options);
    const after = new Set(this.workbook.worksheets.map((w) => w.name));
    if (this.selection && !after.has(this.selection.sheet)) this.selection = null;
    this.changed();
    return [];
  }

  /**
   * The workbook read as the command line reads a file (read/): its bytes as they would be saved,
   * read by the package reader, once per version. The same values as `pira` from the same cells.
   */
  private reader(): Promise<WorkbookReader> {
    if (this.reading?.version !== this.version) {
      const reader = toBuffer(this.workbook).then(async (bytes) => {
        const opened = await WorkbookReader.open(written(bytes));
        if (!opened.ok) throw new UnreadableWorkbook(opened.reason);
        return opened.reader;
      });
      this.reading = { version: this.version, reader };
    }
    return this.reading.reader;
  }

  async readTables(): Promise<TablesResult> {
    try {
      return await (await this.reader()).tables();
    } catch (e) {
      if (e instanceof UnreadableWorkbook) return { ok: false, code: "corrupt", reason: e.reason };
      throw e;
    }
  }

  async applyPatch(patch: Patch): Promise<void> {
    applyPatch(this.workbook, patch);
    this.changed();
  }

  /**
   * The sheets as grids; with `selection`, the sheet the workbench shows (where the selected cell
   * is, or the tab the user chose), else every sheet.
   */
  async readGrids(where: GridWhere = {}): Promise<WorksheetGrid[]> {
    const sheet = where.sheet ?? (where.selection ? (this.activeSheet() ?? undefined) : undefined);
    const grids = await (await this.reader()).grids(sheet);
    if (grids.ok) return grids.grids;
    if (grids.code === "no-sheet") return [];
    throw new UnreadableWorkbook(grids.reason);
  }

  /** The sheet the workbench shows: the tab the user chose, else the selection's, else null. */
  activeSheet(): string | null {
    const names = new Set(this.workbook.worksheets.map((w) => w.name));
    if (this.shown && names.has(this.shown)) return this.shown;
    if (this.selection && names.has(this.selection.sheet)) return this.selection.sheet;
    return null;
  }

  /** The user chose a sheet's tab: the sheet an action with no selection works on. */
  showSheet(name: string): void {
    if (this.shown === name) return;
    this.shown = name;
    if (this.selection && this.selection.sheet !== name) this.selection = null;
    this.viewChanged();
  }

  /**
   * The analyst typed into a cell of the workbench's grid: its value (null clears it) and, for a
   * percentage typed with «%», its number format. The workbook changes as a fill would change it.
   */
  setCell(
    sheet: string,
    address: string,
    typed: { value: string | number | Date | null; numFmt?: string }
  ): void {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return;
    const cell = ws.getCell(address);
    cell.value = typed.value;
    if (typed.numFmt) cell.numFmt = typed.numFmt;
    this.changed();
  }

  async addHiddenSheet(name: string): Promise<void> {
    if (this.workbook.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase())) return;
    this.workbook.addWorksheet(name, { state: "hidden" });
    this.changed();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell: cell.replace(/\$/g, "").toUpperCase() };
    this.shown = sheet;
    this.viewChanged();
  }
}
