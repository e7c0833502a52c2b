/**
 * Settings, read and stored: the settings rows of the Piano table (src/workbook/columns/settings.ts), so
 * they travel with the file and every front end reads them.
 * Saving writes the four value cells in place; a Piano table without those rows (a workbook
 * made by an older version) is rewritten whole, after confirmation; a workbook without PIRA
 * tables keeps the settings in the pane until New plan or Import writes them with the sheets.
 */
import {
  foldHeader,
  PLAN_COLUMNS,
  read,
  readWorkbookSettings,
  settingsRows,
  type WorkbookSettings,
  planSheet,
  cellParts,
  type Block,
} from "../workbook";
import type { WorkbookBackend } from "../workbook";
import { settingsFrom, type Settings } from "./settings";
import { replacedSheets, type PreparedWrite } from "./sheets";

/** The settings stored in the workbook, or null when it has no Piano table to hold them. */
export async function readStoredSettings(
  backend: WorkbookBackend
): Promise<WorkbookSettings | null> {
  const r = await backend.readTables();
  if (!r.ok || !r.tables.plan) return null;
  return readWorkbookSettings(r.tables.plan, []);
}

/** The settings that apply to the workbook: what it stores over the defaults for where it is. */
export async function loadSettings(backend: WorkbookBackend): Promise<Settings> {
  return settingsFrom(await readStoredSettings(backend), backend.kind);
}

/** Where the settings went: the Piano table's cells, a rewritten Piano sheet, or only the pane. */
export type Stored = "cells" | "sheet" | "pane";

export async function prepareStoreSettings(
  backend: WorkbookBackend,
  settings: Settings
): Promise<PreparedWrite<Stored>> {
  const r = await backend.readTables();
  if (!r.ok) return { replaced: [], commit: async () => "pane" };
  const rows = settingsRows({
    disabledRules: settings.disabledRules,
    thresholds: settings.thresholds,
    formulas: settings.formulaStyle,
  });
  const table = r.tables.plan;
  if (table) {
    const keyCol = table.header.findIndex((h) => foldHeader(h) === foldHeader(PLAN_COLUMNS.key));
    const valueCol = table.header.findIndex(
      (h) => foldHeader(h) === foldHeader(PLAN_COLUMNS.value)
    );
    const blocks: Block[] = [];
    for (const [key, value] of rows) {
      const i = table.rows.findIndex(
        (row) => keyCol >= 0 && foldHeader(row[keyCol]) === foldHeader(cellParts(key).value ?? "")
      );
      if (i < 0 || valueCol < 0) break;
      blocks.push({ row: table.row + 1 + i, col: table.col + valueCol, cells: [[value]] });
    }
    if (blocks.length === rows.length) {
      return {
        replaced: [],
        async commit() {
          await backend.applyPatch({ sheet: table.sheet, blocks });
          return "cells";
        },
      };
    }
  }
  // no settings rows to write into: the Piano sheet again, from what the tables say, with them
  const { plan } = read(r.tables);
  const sheet = planSheet(plan, {
    disabledRules: settings.disabledRules,
    thresholds: settings.thresholds,
    formulas: settings.formulaStyle,
  });
  return {
    replaced: replacedSheets(await backend.sheetNames(), [sheet]),
    async commit() {
      await backend.applySpec({ title: plan.title, sheets: [sheet] });
      return "sheet";
    },
  };
}
