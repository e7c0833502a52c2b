/**
 * Plan → workbook description: the input tables (Piano/Enti, Programmi, Indicatori), the
 * generated sheets (Riepilogo, one per mission) and Elenchi behind the drop-downs.
 */
import type { Indicator, Plan } from "../../core/plan";
import { DEFAULT_THRESHOLDS } from "../../core/performance";
import { sheetRef } from "./a1";
import type { Thresholds } from "./computed";
import { MISSION_SHEET_PREFIX, SHEETS } from "../columns/names";
import type { IndicatorLocation } from "../read/read";
import { DEFAULT_STYLE, type FormulaStyle } from "./row-cells";
import { indicatorsSheet } from "../sheets/indicators-sheet";
import { listsSheet } from "../sheets/lists";
import {
  indicatorsByProgramme,
  missionSheet,
  missionSheetName,
  missionSlots,
  type IndicatorResult,
} from "../sheets/mission-sheet";
import { planSheet } from "../sheets/plan-sheet";
import { programmesSheet } from "../sheets/programmes-sheet";
import { summarySheet } from "../sheets/summary-sheet";
import type { SheetSpec, WorkbookSpec } from "./spec";
import { summary } from "./summary";

export interface LayoutOptions {
  /** how the computed columns are written; "none" leaves them empty. Default "native". */
  formulas?: FormulaStyle | "none";
  thresholds?: Thresholds;
  /** include Riepilogo and the mission sheets (default true) */
  generated?: boolean;
  /** validation rules switched off, stored in the workbook (settings.ts) */
  disabledRules?: string[];
}

/** Where layout puts each indicator: row i + 2 of Indicatori. */
export function layoutLocations(plan: Plan): Record<string, IndicatorLocation> {
  const out: Record<string, IndicatorLocation> = {};
  plan.indicators.forEach((ind, i) => (out[ind.id] = { sheet: SHEETS.indicators, row: i + 2 }));
  return out;
}

/** Names of generated sheets (Riepilogo, "M011 …"): an adapter rebuilding them removes stale ones too. */
export const GENERATED_SHEET = new RegExp(
  `^(${SHEETS.summary}$|${MISSION_SHEET_PREFIX}\\d{3}( |$))`
);

/**
 * The generated sheets only (Riepilogo and one per mission), e.g. to rebuild them on demand.
 * `results`: the indicators' achievement and outcome when Indicatori's rows have them already.
 */
export function generatedSheets(
  plan: Plan,
  thresholds: Thresholds,
  locations: Record<string, IndicatorLocation> = layoutLocations(plan),
  results?: ReadonlyMap<Indicator, IndicatorResult>
): SheetSpec[] {
  const taken = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));
  const codes = [...new Set(plan.programmes.map((p) => p.mission))].sort();
  const missions = codes.map((code) => ({ code, name: missionSheetName(code, taken) }));
  const links = Object.fromEntries(missions.map((m) => [m.code, sheetRef(m.name, 1, 1)]));
  const byProgramme = indicatorsByProgramme(plan);
  const slots = missionSlots(plan);
  const resultOf = results && ((ind: Indicator) => results.get(ind));
  return [
    summarySheet(summary(plan, thresholds), thresholds, plan.title, links),
    ...missions.map((m) =>
      missionSheet({
        plan,
        code: m.code,
        name: m.name,
        thresholds,
        locations,
        byProgramme,
        slots,
        resultOf,
      })
    ),
  ];
}

export function layout(plan: Plan, options: LayoutOptions = {}): WorkbookSpec {
  const thresholds = options.thresholds ?? { ...DEFAULT_THRESHOLDS };
  const style = options.formulas ?? DEFAULT_STYLE;
  const lists = listsSheet(plan);
  // Indicatori computes each indicator's results; the mission sheets show two of them again
  const results = new Map<Indicator, IndicatorResult>();
  const sheets: SheetSpec[] = [
    planSheet(plan, { thresholds, formulas: style, disabledRules: options.disabledRules }),
    programmesSheet(plan, lists.ranges),
    indicatorsSheet(plan, lists.ranges, { style, thresholds, results }),
    ...(options.generated === false
      ? []
      : generatedSheets(plan, thresholds, layoutLocations(plan), results)),
    lists.sheet,
  ];
  return { title: plan.title, sheets };
}
