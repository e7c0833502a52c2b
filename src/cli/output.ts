/** Writing a plan where a command was told to: an .xlsx workbook or a .json plan, atomically. */
import { extname } from "node:path";
import { message, type Message } from "../core/message";
import { writePlanJson, type Plan } from "../core/plan";
import { planToXlsx } from "../adapters/xlsx";
import type { FormulaStyle } from "../workbook";
import { exists, writeAtomic } from "./io";

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

export async function writePlan(
  plan: Plan,
  path: string,
  formulas: FormulaStyle = "native"
): Promise<{ ok: true } | { ok: false; reason: Message }> {
  const kind = outputKind(path);
  if (kind === null) return { ok: false, reason: badOutput(path) };
  const data = kind === "xlsx" ? await planToXlsx(plan, { formulas }) : writePlanJson(plan);
  const w = await writeAtomic(path, data);
  return w.ok ? { ok: true } : w;
}
