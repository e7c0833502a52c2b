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
import { written } from "../zip/safe-zip";
import { writeCsvSheet } from "./csv-sheet";
import { readCsv } from "../../core/grid/csv";
import type { Message } from "../../core/message";
import type {
  ApplyOptions,
  GridWhere,
  WorkbookBackend,
  WorksheetGrid,
} from "../../workbook/backend";
import type { Patch } from "../../workbook/fill";
import type { WorkbookSpec } from "../../workbook/spec";
import type { TablesFailure, TablesResult } from "../../workbook/tables";

export interface Selection {
  sheet: string;
  cell: string;
}

export class XlsxBackend implements WorkbookBackend {
  readonly kind = "workbench" as const;
  workbook: ExcelJS.Workbook;
  selection: Selection | null = null;
  /** the open file's name, for downloading it back */
  fileName = "pira.xlsx";
  private version = 0;
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

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  // --- the workbench's own file actions

  /** Opens .xlsx bytes in place of the current workbook. */
  async open(bytes: Uint8Array, name: string): Promise<{ ok: true } | TablesFailure> {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return loaded;
    this.workbook = loaded.workbook;
    this.fileName = /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
    this.selection = null;
    this.changed();
    return { ok: true };
  }

  /**
   * Opens a CSV file's text as a workbook of one sheet named after the file (the analyst's table,
   * to map and fill in place); the workbook is downloaded as .xlsx. Returns what reading the CSV
   * found wrong (a quote left open…), for the user to see: nothing is dropped silently.
   */
  openCsv(text: string, name: string): Message[] {
    const base = name.replace(/\.[^.]*$/, "") || "CSV";
    const workbook = new ExcelJS.Workbook();
    // a sheet name: at most 31 characters, none of : \ / ? * [ ]
    const sheet =
      base
        .replace(/[:\\/?*[\]]/g, " ")
        .slice(0, 31)
        .trim() || "CSV";
    const csv = readCsv(text);
    writeCsvSheet(workbook.addWorksheet(sheet), csv.grid);
    this.workbook = workbook;
    this.fileName = `${base}.xlsx`;
    this.selection = null;
    this.changed();
    return csv.problems;
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

  /** The sheets as grids; with `selection`, the selected cell's sheet (else every sheet). */
  async readGrids(where: GridWhere = {}): Promise<WorksheetGrid[]> {
    const sheet = where.sheet ?? (where.selection ? this.selection?.sheet : undefined);
    const grids = await (await this.reader()).grids(sheet);
    if (grids.ok) return grids.grids;
    if (grids.code === "no-sheet") return [];
    throw new UnreadableWorkbook(grids.reason);
  }

  async addHiddenSheet(name: string): Promise<void> {
    if (this.workbook.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase())) return;
    this.workbook.addWorksheet(name, { state: "hidden" });
    this.changed();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell: cell.replace(/\$/g, "").toUpperCase() };
    this.changed();
  }
}
