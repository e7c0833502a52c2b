/**
 * An .xlsx file's bytes behind the WorkbookBackend every action runs on (the command line reads
 * and writes the file itself). Reading parses only the sheets that can hold the tables; a fill
 * patch is written straight into the package (only the patched sheet's part and the styles
 * change, every other part is kept byte for byte); a new file is written straight into a new
 * package; anything else — or a package the patch does not handle — loads the whole workbook with
 * ExcelJS once and writes it again.
 */
import ExcelJS from "exceljs";
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
import { checkZip, type CheckedZipBytes } from "../zip/safe-zip";
import { toBuffer } from "./buffer";
import type { WriteCellOptions } from "./cells";
import { patchCheckedPackage } from "./package";
import { keepParts } from "./package/keep-parts";
import { replaceSheetsInPackage } from "./package/sheets";
import { specToXlsx } from "./package/write";
import { applyPatch } from "./patch";
import { loadCheckedWorkbook, notPira, notReadable, workbookTables, type BufferLike } from "./read";
import { readCheckedTables } from "./read-tables";
import { updateWorkbook } from "./update";
import { addSheetToPackage } from "./package/add-sheet";
import { worksheetGrids } from "./worksheet-grids";

/**
 * How the bytes came to be: unchanged; "package" — a patch written into the original package
 * (or a new file written as a package);
 * "exceljs" — the whole workbook written again by ExcelJS (`why` the package patch was not enough,
 * when that was the reason).
 */
export type FileWriter =
  | { kind: "unchanged" }
  | { kind: "package" }
  | {
      kind: "exceljs";
      why?: string;
      /** parts of the original ExcelJS dropped and that were put back (package/keep-parts.ts) */
      kept?: string[];
      /** parts of the original the written file does not have */
      lost?: string[];
    };

/**
 * The whole workbook could not be loaded although its tables could (a damaged part the tables do
 * not need): thrown by a write, as the interface's writes return nothing; the command line catches
 * it and reports the reason.
 */
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

export class XlsxFileBackend implements WorkbookBackend {
  readonly kind = "file" as const;
  writer: FileWriter = { kind: "unchanged" };
  /** the whole workbook, once something needed it (then the bytes are written from it) */
  private workbook: ExcelJS.Workbook | null = null;
  /** the package as last read for its grids (readGrids), with the bytes it was read from */
  private reading: { file: CheckedZipBytes; workbook: ExcelJS.Workbook } | null = null;

  private constructor(
    /** the package as read (and patched), null for a new file */
    private file: CheckedZipBytes | null,
    private readonly options: WriteCellOptions
  ) {}

  /** A file's bytes, checked as a package first (sizes, CRCs: zip/safe-zip.ts). */
  static async open(
    bytes: BufferLike,
    options: WriteCellOptions = {}
  ): Promise<{ ok: true; backend: XlsxFileBackend } | TablesFailure> {
    const checked = await checkZip(bytes);
    if (!checked.ok) return notReadable(checked);
    return { ok: true, backend: new XlsxFileBackend(checked.bytes, options) };
  }

  /** A new, empty file (what New plan and Import write into). */
  static create(options: WriteCellOptions = {}): XlsxFileBackend {
    return new XlsxFileBackend(null, options);
  }

  /**
   * The file's bytes as they are now. Written whole by ExcelJS, the parts of the original it
   * dropped are put back where they can be, and the others listed (package/keep-parts.ts).
   */
  async bytes(): Promise<Uint8Array> {
    if (!this.workbook) return this.file ?? toBuffer(new ExcelJS.Workbook());
    const out = await toBuffer(this.workbook);
    if (!this.file || this.writer.kind !== "exceljs") return out;
    const k = await keepParts(this.file, out);
    this.writer = { ...this.writer, kept: k.kept, lost: k.lost };
    return k.bytes;
  }

  private async whole(): Promise<ExcelJS.Workbook> {
    if (this.workbook) return this.workbook;
    if (!this.file) return (this.workbook = new ExcelJS.Workbook());
    const loaded = await loadCheckedWorkbook(this.file);
    if (!loaded.ok) throw new UnreadableWorkbook(loaded.reason);
    return (this.workbook = loaded.workbook);
  }

  async sheetNames(): Promise<string[]> {
    if (!this.file && !this.workbook) return [];
    return (await this.whole()).worksheets.map((w) => w.name);
  }

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<Message[]> {
    if (!this.file && !this.workbook) {
      // a new file is the description alone, written straight into a package (package/write.ts)
      this.file = await specToXlsx(spec, this.options);
      this.writer = { kind: "package" };
      return [];
    }
    let why: string | undefined;
    if (this.file && !this.workbook) {
      // the description's sheets written into the package, every other part kept (package/sheets.ts)
      const direct = await replaceSheetsInPackage(this.file, spec.sheets, {
        ...this.options,
        removeMatching: options.removeMatching,
      });
      if (direct.ok) {
        this.file = direct.bytes;
        if (this.writer.kind !== "exceljs") this.writer = { kind: "package" };
        return [];
      }
      why = direct.why;
    }
    updateWorkbook(await this.whole(), spec, { ...this.options, ...options });
    this.writer = {
      kind: "exceljs",
      why: why ?? (this.writer.kind === "exceljs" ? this.writer.why : undefined),
    };
    return [];
  }

  async readTables(): Promise<TablesResult> {
    if (this.workbook) {
      const tables = workbookTables(this.workbook);
      return tables.programmes || tables.indicators ? { ok: true, tables } : notPira();
    }
    return this.file ? readCheckedTables(this.file) : notPira();
  }

  async applyPatch(patch: Patch): Promise<void> {
    let why: string | undefined;
    if (this.file && !this.workbook) {
      const direct = await patchCheckedPackage(this.file, patch, this.options);
      if (direct.ok) {
        this.file = direct.bytes;
        this.writer = { kind: "package" };
        return;
      }
      why = direct.why;
    }
    applyPatch(await this.whole(), patch, this.options);
    if (this.writer.kind !== "exceljs" || why) this.writer = { kind: "exceljs", why };
  }

  /**
   * The sheets as grids. Read from the package without making it the workbook the file is written
   * from, so a fill in place still patches the package (only its sheet's part and the styles).
   */
  async readGrids(where: GridWhere = {}): Promise<WorksheetGrid[]> {
    if (this.workbook) return worksheetGrids(this.workbook, where);
    if (!this.file) return [];
    if (this.reading?.file !== this.file) {
      const loaded = await loadCheckedWorkbook(this.file);
      if (!loaded.ok) throw new UnreadableWorkbook(loaded.reason);
      this.reading = { file: this.file, workbook: loaded.workbook };
    }
    return worksheetGrids(this.reading.workbook, where);
  }

  /** A hidden sheet added into the package (package/add-sheet.ts), else through ExcelJS. */
  async addHiddenSheet(name: string): Promise<void> {
    if (this.file && !this.workbook) {
      const added = await addSheetToPackage(this.file, name);
      if (added.ok) {
        if (added.bytes !== this.file && this.writer.kind === "unchanged")
          this.writer = { kind: "package" };
        this.file = added.bytes;
        return;
      }
    }
    const wb = await this.whole();
    if (!wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()))
      wb.addWorksheet(name, { state: "hidden" });
    this.writer = { kind: "exceljs", why: "hidden sheet" };
  }

  /** A file has no selection: nothing to show. */
  async selectCell(): Promise<void> {}
}
