/**
 * Summary: achievement by entity / mission / programme with the plan's outcome thresholds, shown
 * (pane, `pira summary`) and written to the Riepilogo sheet (pane).
 */
import Decimal from "decimal.js";
import { roundPercent } from "../core/performance";
import type { Plan } from "../core/plan";
import type { WorkbookBackend, Thresholds } from "../workbook";
import { generatedSheets, SHEETS, summarySheet, summary, type SummaryRow } from "../workbook";
import type { Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { replacedSheets, type PreparedWrite } from "./sheets";
import { openWorkbook } from "./open";

/** A summary row with its mean achievement as the documents print it (whole percent, half up). */
export interface SummaryLine extends SummaryRow {
  meanPercent: number | null;
}

function lines(plan: Plan, thresholds: Thresholds): SummaryLine[] {
  return summary(plan, thresholds).map((r) => ({
    ...r,
    meanPercent: r.meanAchievement === null ? null : roundPercent(new Decimal(r.meanAchievement)),
  }));
}

/** The summary of a plan read from any input, with its settings' thresholds. */
export function summariseLoaded(loaded: Pick<LoadedPlan, "plan" | "settings">): SummaryLine[] {
  return lines(loaded.plan, loaded.settings.thresholds);
}

export interface Summarised {
  rows: SummaryLine[];
  sheet: string;
}

export async function prepareSummary(
  backend: WorkbookBackend
): Promise<({ ok: true; rows: SummaryLine[] } & PreparedWrite<Summarised>) | Failure> {
  const r = await openWorkbook(backend);
  if (!r.ok) return r;
  const { plan, settings } = r.loaded;
  const rows = summariseLoaded(r.loaded);
  // the summary sheet exactly as Structure builds it (links to the mission sheets included); beside
  // the analyst's own tables, which have no mission sheets, without links
  const sheet =
    r.form === "pira"
      ? generatedSheets(plan, settings.thresholds, r.workbook.read.locations).find(
          (s) => s.name === SHEETS.summary
        )
      : summarySheet(summary(plan, settings.thresholds), settings.thresholds, plan.title);
  if (!sheet) throw new Error("generatedSheets made no summary sheet");
  const existing = await backend.sheetNames();
  return {
    ok: true,
    rows,
    replaced: replacedSheets(existing, [sheet]),
    async commit() {
      await backend.applySpec({ title: plan.title, sheets: [sheet] });
      return { rows, sheet: sheet.name };
    },
  };
}
