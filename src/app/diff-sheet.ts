/**
 * The comparison as sheets written into the open workbook (the pane's «Scrivi il confronto»), each
 * change linked to its cell there; as a workbook of its own: diff-workbook.ts.
 */
import type { Plan } from "../core/plan";
import type { PlanDiff } from "../core/review";
import type { WorkbookBackend } from "../workbook";
import { DIFF_SHEET, diffSheets } from "../workbook";
import type { LoadedPlan } from "./loaded";
import { replacedSheets, type PreparedWrite } from "./sheets";
import { diagnostic } from "../core/diagnostics";
import { message } from "../core/message";

/** Where a change of the newer plan sits in its workbook: the field's own cell, else the row's name. */
export function changeCell(
  next: Pick<LoadedPlan, "place" | "locations">,
  indicator: string,
  field: string | null
): { sheet: string; cell: string } | null {
  const d = next.place(
    diagnostic("PIRA-DIFF", "info", message("", ""), {
      indicator,
      field: field === "programme" ? "programme" : field,
      ...(next.locations[indicator] ?? {}),
    })
  );
  return d.sheet && d.cell ? { sheet: d.sheet, cell: d.cell } : null;
}

/**
 * The Confronto sheets into the open workbook (replacing an earlier comparison); `open` is the
 * open workbook's plan when it is the newer version: each change then links to its cell there.
 */
export async function prepareDiffSheet(
  backend: WorkbookBackend,
  diff: PlanDiff,
  plans: { old: Plan; next: Plan; open?: Pick<LoadedPlan, "place" | "locations"> }
): Promise<PreparedWrite<string>> {
  const open = plans.open;
  const sheets = diffSheets(diff, {
    old: plans.old,
    next: plans.next,
    ...(open ? { locate: (id: string, field: string | null) => changeCell(open, id, field) } : {}),
  });
  return {
    replaced: replacedSheets(await backend.sheetNames(), sheets),
    async commit() {
      await backend.applySpec({ title: plans.next.title, sheets });
      return DIFF_SHEET;
    },
  };
}
