/**
 * A workbook's tables read into a plan: the first step of every action on an existing plan. The
 * workbook's stored settings come with it, so every action honours them.
 */
import { read, type ReadResult, piraTablesOf } from "../workbook";
import type { BackendKind, WorkbookBackend, TablesResult, WorkbookTables } from "../workbook";
import { tablesFailure, type Failure } from "./failure";
import type { LoadedPlan } from "./loaded";
import { Locator } from "./locate";
import { settingsFrom } from "./settings";

export interface WorkbookPlan extends LoadedPlan {
  kind: "workbook";
  tables: WorkbookTables;
  read: ReadResult;
  locator: Locator;
}

/** The plan of tables already read (the diagnostics of reading them placed by the reader). */
export function planOfTables(tables: WorkbookTables, kind: BackendKind): WorkbookPlan {
  const r = read(tables);
  const locator = new Locator(tables, r.locations);
  return {
    ok: true,
    kind: "workbook",
    plan: r.plan,
    settings: settingsFrom(r.settings, kind),
    diagnostics: r.diagnostics,
    locations: locator.all(),
    place: (d) => locator.place(d),
    report: null,
    warnings: [],
    tables,
    read: r,
    locator,
  };
}

/** The workbook's PIRA tables: those the reader found that have a PIRA table's shape. */
export async function readPiraTables(backend: WorkbookBackend): Promise<TablesResult> {
  return piraTablesOf(await backend.readTables());
}

/** The plan of a workbook's PIRA tables, or why there are none. */
export async function readWorkbook(backend: WorkbookBackend): Promise<WorkbookPlan | Failure> {
  const r = await readPiraTables(backend);
  if (!r.ok) return tablesFailure(r);
  return planOfTables(r.tables, backend.kind);
}
