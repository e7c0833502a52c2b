/**
 * The workbook inside Excel, through Office.js: each call is one Excel.run over the Office
 * adapter (src/adapters/office), a fixed number of context.sync() calls whatever the plan's size.
 * The adapter comes with the engine chunk (load-engine.ts), fetched on the first action.
 */
import type { Patch } from "../workbook/fill";
import type { WorkbookSpec } from "../workbook/spec";
import type { TablesResult } from "../workbook/tables";
import type { ApplyOptions, WorkbookBackend } from "./backend";
import { loadEngine } from "./load-engine";

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

  async applySpec(spec: WorkbookSpec, options: ApplyOptions = {}): Promise<void> {
    const { office } = await loadEngine();
    await Excel.run((context) => office.applySpec(context, spec, options));
  }

  async readTables(): Promise<TablesResult> {
    const { office } = await loadEngine();
    return Excel.run(async (context) => (await office.readTables(context)).result);
  }

  async applyPatch(patch: Patch): Promise<void> {
    const { office } = await loadEngine();
    await Excel.run((context) => office.applyPatch(context, patch));
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
