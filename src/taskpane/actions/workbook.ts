/** Reading the workbook's tables into a plan: the first step of every action on an existing plan. */
import { read, type ReadResult } from "../../workbook/read";
import type { WorkbookTables } from "../../workbook/tables";
import type { WorkbookBackend } from "../backend";
import { failure, type Failure } from "./failure";

export interface WorkbookRead {
  ok: true;
  tables: WorkbookTables;
  read: ReadResult;
}

export async function readWorkbook(backend: WorkbookBackend): Promise<WorkbookRead | Failure> {
  const r = await backend.readTables();
  if (!r.ok) return failure(r.reason, r.code === "not-pira" ? "createSheets" : "checkText");
  return { ok: true, tables: r.tables, read: read(r.tables) };
}
