/** Writing a plan where a command was told to: an .xlsx workbook or a .json plan, atomically. */
import { extname } from "node:path";
import { failure, type Failure } from "../app/failure";
import type { Settings } from "../app/settings";
import { message, type Message } from "../core/message";
import { writePlanJson, type Plan } from "../core/plan";
import { exists, writeAtomic, type WriteOptions } from "./io";

export type OutputKind = "xlsx" | "json";

export function outputKind(path: string): OutputKind | null {
  const ext = extname(path).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".json" ? "json" : null;
}

export function badOutput(path: string): Message {
  return message(
    `il file d'uscita «${path}» deve finire in .xlsx (cartella) o .json (piano).`,
    `the output file «${path}» must end in .xlsx (workbook) or .json (plan).`
  );
}

/** Refuses to replace an existing file unless forced: a workbook may hold an analyst's edits. */
export async function guardOverwrite(path: string, force: boolean): Promise<Message | null> {
  if (force || !(await exists(path))) return null;
  return message(
    `«${path}» esiste già: non lo sovrascrivo (aggiungere --force per sostituirlo).`,
    `«${path}» already exists: not overwritten (add --force to replace it).`
  );
}

/**
 * The plan as a new workbook (New plan's and Import's commit, with these settings in its Piano
 * table) or as a plan JSON, by the output's extension.
 */
export async function writePlan(
  plan: Plan,
  path: string,
  settings: Settings,
  options: WriteOptions = {}
): Promise<{ ok: true } | Failure> {
  const kind = outputKind(path);
  if (kind === null) return failure(badOutput(path), "checkInput");
  let data: Uint8Array | string;
  if (kind === "xlsx") {
    // the workbook layer and ExcelJS loaded for a workbook only (every command loads this file)
    const [{ XlsxFileBackend }, { prepareCreate }] = await Promise.all([
      import("../adapters/xlsx/file-backend"),
      import("../app/create"),
    ]);
    const file = XlsxFileBackend.create();
    await (await prepareCreate(file, plan, settings)).commit();
    data = await file.bytes();
  } else data = writePlanJson(plan);
  const w = await writeAtomic(path, data, options);
  return w.ok ? { ok: true } : failure(w.reason, "retry");
}
