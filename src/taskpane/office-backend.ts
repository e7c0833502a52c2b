/**
 * The workbook inside Excel, for the pane's first screen: a thin stand-in for the Office.js
 * backend (src/adapters/office/backend.ts), which comes with the engine chunk (load-engine.ts) and
 * is fetched on the first call, so the pane opens without it.
 */
import type {
  ApplyOptions,
  GridWhere,
  WorkbookBackend,
  WorksheetGrid,
  Patch,
  WorkbookSpec,
  TablesResult,
} from "../workbook";
import type { Message } from "../core/message";
import { loadEngine } from "./load-engine";

export class OfficeBackend implements WorkbookBackend {
  readonly kind = "excel" as const;
  private backend: Promise<WorkbookBackend> | null = null;

  private excel(): Promise<WorkbookBackend> {
    if (!this.backend) this.backend = loadEngine().then((engine) => new engine.OfficeBackend());
    this.backend.catch(() => (this.backend = null)); // a failed load (network) can be retried
    return this.backend;
  }

  async sheetNames(): Promise<string[]> {
    return (await this.excel()).sheetNames();
  }

  async applySpec(spec: WorkbookSpec, options?: ApplyOptions): Promise<Message[]> {
    return (await this.excel()).applySpec(spec, options);
  }

  async readTables(): Promise<TablesResult> {
    return (await this.excel()).readTables();
  }

  async applyPatch(patch: Patch): Promise<void> {
    return (await this.excel()).applyPatch(patch);
  }

  async readGrids(where?: GridWhere): Promise<WorksheetGrid[]> {
    return (await this.excel()).readGrids(where);
  }

  async addHiddenSheet(name: string): Promise<void> {
    return (await this.excel()).addHiddenSheet(name);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    return (await this.excel()).selectCell(sheet, cell);
  }
}
