/** The comparison as an .xlsx of its own (`pira diff -o DIFF.xlsx`). */
import { XlsxFileBackend } from "../adapters/xlsx/file-backend";
import type { Plan } from "../core/plan";
import type { PlanDiff } from "../core/review";
import { diffSheets } from "../workbook";

export async function diffWorkbook(diff: PlanDiff, old: Plan, next: Plan): Promise<Uint8Array> {
  const file = XlsxFileBackend.create();
  await file.applySpec({
    title: `Confronto — ${next.title}`,
    sheets: diffSheets(diff, { old, next }),
  });
  return file.bytes();
}
