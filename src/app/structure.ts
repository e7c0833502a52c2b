/**
 * Structure: the generated sheets (Riepilogo, one per mission) rebuilt from the tables, with the
 * workbook's outcome thresholds. `pira fill --regenerate` runs it too.
 */
import type { Message } from "../core/message";
import type { WorkbookBackend } from "../workbook";
import { GENERATED_SHEET, generatedSheets } from "../workbook";
import type { Failure } from "./failure";
import { replacedSheets, type PreparedWrite } from "./sheets";
import { readWorkbook } from "./workbook";

export interface Structured {
  sheets: string[];
  /** what the workbook could not take as described (e.g. no outline in an older Excel) */
  notes: Message[];
  programmes: number;
  indicators: number;
  /** problems met reading the tables */
  readProblems: number;
}

export async function prepareStructure(
  backend: WorkbookBackend
): Promise<({ ok: true } & PreparedWrite<Structured>) | Failure> {
  const r = await readWorkbook(backend);
  if (!r.ok) return r;
  const { plan, diagnostics } = r;
  const sheets = generatedSheets(plan, r.settings.thresholds, r.read.locations);
  const existing = await backend.sheetNames();
  return {
    ok: true,
    replaced: replacedSheets(existing, sheets, GENERATED_SHEET),
    async commit() {
      const notes = await backend.applySpec(
        { title: plan.title, sheets },
        { removeMatching: GENERATED_SHEET }
      );
      return {
        sheets: sheets.map((s) => s.name),
        notes,
        programmes: plan.programmes.length,
        indicators: plan.indicators.length,
        readProblems: diagnostics.filter((d) => d.severity !== "info").length,
      };
    },
  };
}
