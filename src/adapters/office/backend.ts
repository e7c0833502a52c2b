/**
 * The workbook inside Excel, through Office.js: each call is one Excel.run over this adapter, a
 * fixed number of context.sync() calls whatever the plan's size. The task pane loads it with the
 * engine chunk (src/taskpane/load-engine.ts), on the first action.
 */
import type {
  ApplyOptions,
  GridWhere,
  WorkbookBackend,
  WorksheetGrid,
  Patch,
  WorkbookSpec,
  TablesResult,
} from "../../workbook";
import type { Message } from "../../core/message";
import { applySpec } from "./apply";
import { addHiddenSheet, readGrids } from "./grids";
import { applyPatch } from "./patch";
import { readTables } from "./read";

export class OfficeBackend implements WorkbookBackend {
  readonly kind = "excel" as const;

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<Message[]> {
    return (await Excel.run((context) => applySpec(context, spec, options))).notes;
  }

  async readTables(): Promise<TablesResult> {
    return Excel.run(async (context) => (await readTables(context)).result);
  }

  async applyPatch(patch: Patch): Promise<void> {
    await Excel.run((context) => applyPatch(context, patch));
  }

  async readGrids(where?: GridWhere): Promise<WorksheetGrid[]> {
    return Excel.run((context) => readGrids(context, where));
  }

  async addHiddenSheet(name: string): Promise<void> {
    await Excel.run((context) => addHiddenSheet(context, name));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
