/** Summary: achievement by entity / mission / programme, shown in the pane and written to Riepilogo. */
import Decimal from "decimal.js";
import { roundPercent } from "../../core/performance";
import { generatedSheets } from "../../workbook/layout";
import { summary, type SummaryRow } from "../../workbook/summary";
import { SHEETS } from "../../workbook/names";
import type { WorkbookBackend } from "../backend";
import type { Settings } from "../settings";
import type { Failure } from "./failure";
import { replacedSheets, type PreparedWrite } from "./sheets";
import { readWorkbook } from "./workbook";

/** A summary row with its mean achievement as the documents print it (whole percent, half up). */
export interface PaneSummaryRow extends SummaryRow {
  meanPercent: number | null;
}

export interface Summarised {
  rows: PaneSummaryRow[];
  sheet: string;
}

export async function prepareSummary(
  backend: WorkbookBackend,
  settings: Settings
): Promise<({ ok: true; rows: PaneSummaryRow[] } & PreparedWrite<Summarised>) | Failure> {
  const r = await readWorkbook(backend);
  if (!r.ok) return r;
  const { plan, locations } = r.read;
  const rows = summary(plan, settings.thresholds).map((r) => ({
    ...r,
    meanPercent: r.meanAchievement === null ? null : roundPercent(new Decimal(r.meanAchievement)),
  }));
  // the summary sheet exactly as Structure builds it (links to the mission sheets included)
  const sheet = generatedSheets(plan, settings.thresholds, locations).find(
    (s) => s.name === SHEETS.summary
  );
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
