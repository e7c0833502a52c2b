/**
 * An .xlsx file's bytes behind the WorkbookBackend every action runs on (the command line reads
 * and writes the file itself). Reading goes through the package reader (read/), once per version
 * of the bytes: the tables, the grids and the sheet list share one opening of the package; a fill
 * patch is written straight into the package (only the patched sheet's part and the styles
 * change, every other part is kept byte for byte); a new file is written straight into a new
 * package; anything else — or a package the patch does not handle — loads the whole workbook with
 * ExcelJS once and writes it again.
 */
import type ExcelJS from "exceljs";
import { message, type Message } from "../../core/message";
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
import { notPira, notReadable, UnreadableWorkbook } from "./read/refusal";
import { checkZip, written, type CheckedZipBytes } from "../zip";
import { toBuffer } from "./buffer";
import type { WriteCellOptions } from "./cells";
import { patchCheckedPackage } from "./package";
import { keepParts } from "./package/keep-parts";
import { replaceSheetsInPackage } from "./package/sheets";
import { specToXlsx } from "./package/write";
import { applyPatch } from "./patch";
import type { BufferLike } from "./buffer";
import { WorkbookReader } from "./read/index";
import { addSheetToPackage } from "./package/add-sheet";

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
 * The whole workbook could not be read or loaded although its tables could (a damaged part the
 * tables do not need): read/refusal.ts, thrown by a read of grids or a write.
 */
export { UnreadableWorkbook };

/**
 * A write the package could not take exactly, on a workbook that must not be written whole (an
 * analyst's own: ExcelJS would drop their charts and pivot tables and rewrite their formulas):
 * thrown by the write, nothing is written; the command line reports the reason (exit 2).
 */
export class UnpatchableWorkbook extends Error {
  readonly reason: Message;
  constructor(why: string) {
    const reason = message(
      `La cartella non si può modificare solo nelle celle da scrivere (${why}): per non toccare nient'altro del file non è stato scritto nulla.`,
      `The workbook cannot be changed in the cells to write alone (${why}): so as to touch nothing else of the file, nothing was written.`
    );
    super(reason.en);
    this.reason = reason;
  }
}

/**
 * ExcelJS, loaded the first time a write needs the whole workbook: reading and the package's own
 * writes never load it (it is a second of start-up for every command that opens a workbook).
 */
async function exceljs(): Promise<typeof ExcelJS> {
  return (await import(/* webpackChunkName: "xlsx-file" */ "exceljs")).default;
}

export class XlsxFileBackend implements WorkbookBackend {
  readonly kind = "file" as const;
  writer: FileWriter = { kind: "unchanged" };
  /** the whole workbook, once something needed it (then the bytes are written from it) */
  private workbook: ExcelJS.Workbook | null = null;
  /** the package as last read (read/), with the bytes it was read from: read once per version */
  private reading: { file: CheckedZipBytes; reader: Promise<WorkbookReader> } | null = null;
  /**
   * Writes go into the package exactly or not at all (UnpatchableWorkbook): set by the first
   * patch onto someone else's sheet (Patch.theirs) — an analyst's workbook is never written whole.
   */
  private exact = false;

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
    if (!this.workbook) return this.file ?? toBuffer(new (await exceljs()).Workbook());
    const out = await toBuffer(this.workbook);
    if (!this.file || this.writer.kind !== "exceljs") return out;
    const k = await keepParts(this.file, out);
    this.writer = { ...this.writer, kept: k.kept, lost: k.lost };
    return k.bytes;
  }

  private async whole(): Promise<ExcelJS.Workbook> {
    if (this.workbook) return this.workbook;
    if (!this.file) return (this.workbook = new (await exceljs()).Workbook());
    const { loadCheckedWorkbook } = await import(/* webpackChunkName: "xlsx-file" */ "./load");
    const loaded = await loadCheckedWorkbook(this.file);
    if (!loaded.ok) throw new UnreadableWorkbook(loaded.reason);
    return (this.workbook = loaded.workbook);
  }

  async sheetNames(): Promise<string[]> {
    if (this.workbook) return this.workbook.worksheets.map((w) => w.name);
    if (!this.file) return [];
    return (await this.reader()).sheetNames;
  }

  /**
   * The reader of the file as it is now (read/): the package opened once per version of the bytes,
   * each part read once, shared by readTables, readGrids and sheetNames. Once the whole workbook is
   * held by ExcelJS (a write the package could not take), its bytes are read the same way.
   */
  async reader(): Promise<WorkbookReader> {
    const file = this.workbook ? written(await toBuffer(this.workbook)) : this.file;
    if (!file) throw new Error("no file to read");
    if (this.workbook) this.reading = null;
    if (this.reading?.file !== file) {
      const reader = WorkbookReader.open(file).then((opened) => {
        if (!opened.ok) throw new UnreadableWorkbook(opened.reason);
        return opened.reader;
      });
      this.reading = { file, reader };
    }
    return this.reading.reader;
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
    if (this.exact) throw new UnpatchableWorkbook(why ?? "sheets to replace");
    const { updateWorkbook } = await import(/* webpackChunkName: "xlsx-file" */ "./update");
    updateWorkbook(await this.whole(), spec, { ...this.options, ...options });
    this.writer = {
      kind: "exceljs",
      why: why ?? (this.writer.kind === "exceljs" ? this.writer.why : undefined),
    };
    return [];
  }

  async readTables(): Promise<TablesResult> {
    if (!this.file && !this.workbook) return notPira();
    try {
      return await (await this.reader()).tables();
    } catch (e) {
      if (e instanceof UnreadableWorkbook) return { ok: false, code: "corrupt", reason: e.reason };
      throw e;
    }
  }

  async applyPatch(patch: Patch): Promise<void> {
    if (patch.theirs) this.exact = true;
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
    // someone else's sheet is patched exactly or not at all: ExcelJS would write over their cells
    if (this.exact) throw new UnpatchableWorkbook(why ?? `sheet «${patch.sheet}»`);
    applyPatch(await this.whole(), patch, this.options);
    if (this.writer.kind !== "exceljs" || why) this.writer = { kind: "exceljs", why };
  }

  /**
   * The sheets as grids. Read from the package without making it the workbook the file is written
   * from, so a fill in place still patches the package (only its sheet's part and the styles).
   */
  async readGrids(where: GridWhere = {}): Promise<WorksheetGrid[]> {
    if (!this.file && !this.workbook) return [];
    const grids = await (await this.reader()).grids(where.sheet);
    if (grids.ok) return grids.grids;
    if (grids.code === "no-sheet") return [];
    throw new UnreadableWorkbook(grids.reason);
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
      if (this.exact) throw new UnpatchableWorkbook(added.why);
    }
    if (this.exact) throw new UnpatchableWorkbook(`hidden sheet «${name}»`);
    const wb = await this.whole();
    if (!wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()))
      wb.addWorksheet(name, { state: "hidden" });
    this.writer = { kind: "exceljs", why: "hidden sheet" };
  }

  /** A file has no selection: nothing to show. */
  async selectCell(): Promise<void> {}
}
