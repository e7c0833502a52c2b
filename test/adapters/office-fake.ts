/**
 * A fake Excel for the Office adapter's tests that keeps Excel's documented rules (office-fake/):
 *
 * - a property read before load + context.sync() (and not assigned) throws PropertyNotLoaded;
 * - a 2-D array given to `values`, `formulas` or `numberFormat` must have the range's size
 *   (InvalidArgument); a cell holds at most 32,767 characters, a formula 8,192;
 * - typed text is read as Excel reads it: "=…" is a formula, "'" keeps text, "12" is a number
 *   (each such conversion is listed in `conversions`);
 * - sheet names: ≤ 31 characters, none of : \ / ? * [ ], not blank, no apostrophe first or last,
 *   unique regardless of case; table names: a letter, _ or \ first, no spaces, not a cell
 *   reference, unique in the workbook regardless of case; header rows: blank or repeated names
 *   are rewritten as Excel does (listed in `headerFixes`); tables do not overlap;
 * - each batch (the calls between two context.sync()) is measured as Office.js would send it:
 *   above 5 MB of request or of response it fails (Request/ResponsePayloadSizeLimitExceeded,
 *   Excel on the web's limit), a read of more than 5,000,000 cells fails (RangeExceedsLimit);
 * - a used range (getUsedRange, getUsedRangeOrNullObject of a sheet or a range) counts values and
 *   formulas, and unless valuesOnly cells with a number format or a format set (a fill, a font);
 *   getUsedRangeOrNullObject gives a null object (isNullObject) where nothing is used;
 * - members above the Excel's ExcelApi version (`apiVersion`, default "1.10") fail with
 *   ApiNotFound, and `Office.context.requirements.isSetSupported` answers from the same version;
 * - a batch function that leaves work queued after its last sync makes Excel.run fail.
 *
 * Errors reject context.sync() with an OfficeError carrying the Office.js `code`.
 */
import { Ctx, versionAtLeast, type BatchRecord } from "./office-fake/proxies";
import type { Cell, Value } from "./office-fake/rules";
import { key, Workbook, type FakeSheet, type FakeTable } from "./office-fake/workbook";

export { OfficeError, LIMITS } from "./office-fake/rules";
export type { FakeSheet, FakeTable } from "./office-fake/workbook";

/** What the Office adapter receives as Excel.RequestContext (cast by the tests). */
export type FakeContext = Ctx;

export class FakeExcel {
  readonly book = new Workbook();
  /** context.sync() calls so far, across contexts */
  syncs = 0;
  /** each sync's request and response sizes, in bytes */
  batches: BatchRecord[] = [];

  constructor(readonly apiVersion = "1.10") {}

  get sheets(): FakeSheet[] {
    return this.book.live();
  }

  get tables(): FakeTable[] {
    return this.book.tables;
  }

  get largestWrite(): number {
    return this.book.largestWrite;
  }

  /** A sheet by name (regardless of case, as Excel finds it). */
  sheet(name: string): FakeSheet | undefined {
    return this.book.findSheet(name);
  }

  /** Adds a sheet directly, as an analyst would. */
  addSheet(name: string): FakeSheet {
    return this.book.addSheet(name);
  }

  get(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheet(sheet)?.cells.get(key(r, c));
  }

  /** Types a value into a cell directly, as an analyst would (0-based row/col). */
  set(sheet: string, r: number, c: number, value: Value | "", format = "General"): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    this.book.write(s, { r0: r, c0: c, h: 1, w: 1 }, "values", [[value]]);
    this.book.write(s, { r0: r, c0: c, h: 1, w: 1 }, "numberFormat", [[format]]);
  }

  /** A request context, as Excel.run hands one to its batch function. */
  context(): FakeContext {
    return new Ctx(this.book, this.apiVersion, (b) => {
      this.syncs++;
      this.batches.push(b);
    });
  }

  /** Office.context.requirements of this Excel (ExcelApi up to `apiVersion`). */
  readonly requirements = {
    isSetSupported: (name: string, minVersion?: string | number): boolean =>
      name === "ExcelApi" && versionAtLeast(this.apiVersion, String(minVersion ?? "1.1")),
  };

  /** Excel.run over this workbook: one context per run; work left unsynced is an error. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const context = this.context();
    const result = await batch(context);
    if (context.pending)
      throw new Error(`Excel.run ended with ${context.pending} queued commands never synced`);
    return result;
  }

  /** Puts this Excel in the globals `Excel` and `Office` (what OfficeBackend calls); returns the undo. */
  install(): () => void {
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = { run: <T>(batch: (c: FakeContext) => Promise<T>) => this.run(batch) };
    g.Office = { context: { requirements: this.requirements } };
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }
}
