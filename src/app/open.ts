/**
 * What a workbook is, decided once for every action and every front end: its PIRA tables when it
 * has them (tables of a PIRA table's shape, workbook/read/pira-shape.ts), read once; else the analyst's
 * own tables, each sheet through the table reader with its stored mapping (analyst-fill.ts). Fill,
 * validate, summary, export and publish run on either; the pane, the workbench and `pira` get the
 * same plan with each diagnostic at the same cell.
 */
import type { WorkbookBackend } from "../workbook";
import type { AnalystTables, InPlaceChoice } from "./analyst-fill";
import { tablesFailure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { planOfTables, readPiraTables, type WorkbookPlan } from "./workbook";

/** A workbook holding the PIRA tables. */
export interface PiraWorkbook {
  ok: true;
  form: "pira";
  workbook: WorkbookPlan;
  loaded: WorkbookPlan;
}

/** A workbook holding only the analyst's own tables. */
export interface AnalystWorkbook {
  ok: true;
  form: "analyst";
  tables: AnalystTables;
  /** their plan, each diagnostic placed at their own cell */
  loaded: LoadedPlan;
}

export type OpenedWorkbook = PiraWorkbook | AnalystWorkbook;

/**
 * Opens a workbook: its PIRA tables, else the analyst's tables (every sheet, or `choice.sheet`, or
 * the sheet under the selection; a mapping for this run over the stored one).
 */
export async function openWorkbook(
  backend: WorkbookBackend,
  choice: InPlaceChoice = {}
): Promise<OpenedWorkbook | Failure> {
  const pira = await readPiraTables(backend);
  if (pira.ok) {
    const workbook = planOfTables(pira.tables, backend.kind);
    return { ok: true, form: "pira", workbook, loaded: workbook };
  }
  if (pira.code !== "not-pira") return tablesFailure(pira);
  // the table reader comes with the analyst's tables only (the pane fetches it as a chunk)
  const analyst = await import(/* webpackChunkName: "analyst" */ "./analyst-fill");
  const tables = await analyst.readInPlace(backend, choice, pira);
  if (!tables.ok) return tables;
  return { ok: true, form: "analyst", tables, loaded: analyst.analystLoaded(tables) };
}
