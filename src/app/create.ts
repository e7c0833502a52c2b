/**
 * A plan → the whole workbook (input tables, generated sheets, lists) with the settings given
 * written into its Piano table: the commit of New plan and of Import, after confirmation.
 */
import type { Message } from "../core/message";
import type { Plan } from "../core/plan";
import type { WorkbookBackend } from "../workbook";
import { GENERATED_SHEET, layout } from "../workbook";
import type { Settings } from "./settings";
import { replacedSheets, type PreparedWrite } from "./sheets";

export interface Created {
  sheets: string[];
  /** what the workbook could not take as described (e.g. no outline in an older Excel) */
  notes: Message[];
  entities: number;
  programmes: number;
  indicators: number;
}

export async function prepareCreate(
  backend: WorkbookBackend,
  plan: Plan,
  settings: Settings
): Promise<PreparedWrite<Created>> {
  const spec = layout(plan, {
    formulas: settings.formulaStyle,
    thresholds: settings.thresholds,
    disabledRules: settings.disabledRules,
  });
  const existing = await backend.sheetNames();
  return {
    replaced: replacedSheets(existing, spec.sheets, GENERATED_SHEET),
    async commit() {
      const notes = await backend.applySpec(spec, { removeMatching: GENERATED_SHEET });
      return {
        sheets: spec.sheets.map((s) => s.name),
        notes,
        entities: plan.entities.length,
        programmes: plan.programmes.length,
        indicators: plan.indicators.length,
      };
    },
  };
}
