/** Workbooks for the pane's tests: the reference document imported and laid out. */
import { importDocument } from "../../src/core/import";
import type { Plan } from "../../src/core/plan/types";
import { layout, type LayoutOptions } from "../../src/workbook/write/layout";
import { seedText } from "../helpers/seed";
import { FakeBackend } from "./fake-backend";

let cached: Plan | null = null;

/** The reference document's plan (imported once per test file). */
export function referenceDocumentPlan(): Plan {
  if (!cached) cached = importDocument(seedText()).plan;
  return JSON.parse(JSON.stringify(cached)) as Plan;
}

/** A fake workbook holding the reference plan's sheets. */
export function referenceWorkbook(
  kind: "excel" | "workbench" = "workbench",
  options: LayoutOptions = { formulas: "native" }
): FakeBackend {
  return new FakeBackend(kind, layout(referenceDocumentPlan(), options));
}
