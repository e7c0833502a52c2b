/**
 * Applies a workbook description inside Excel (Excel.run's context) in a fixed number of syncs:
 * one to learn the existing sheets and tables, one to write everything — more only when the
 * writing exceeds Excel on the web's 5 MB request limit.
 *
 * Sheets of the description replace sheets of the same name; a PIRA table name taken by a table
 * elsewhere is freed by turning that table into a plain range (its data stay).
 */
import type { Message } from "../../core/message";
import type { WorkbookSpec } from "../../workbook";
import { Batch, DEFAULT_MAX_PAYLOAD } from "./batch";
import { Notes, officeRequirements, type Requirements } from "./requirements";
import { writeSheet } from "./write";

export interface OfficeApplyOptions {
  /** request payload limit in bytes (default 4.5 MB) */
  maxPayload?: number;
  /** also delete existing sheets whose names match (e.g. GENERATED_SHEET: stale mission sheets) */
  removeMatching?: RegExp;
  /** the running Excel's requirement sets (default: Office.context.requirements) */
  requirements?: Requirements;
}

export interface OfficeApplyResult {
  syncs: number;
  /** what this Excel could not do (a requirement set it lacks): the rest was written */
  notes: Message[];
}

/** The sheets' names, twice (a temporary name, then the real one). */
function payloadOf(sheets: WorkbookSpec["sheets"]): number {
  return sheets.reduce((n, s) => n + 2 * (s.name.length + 16), 0);
}

export async function applySpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: OfficeApplyOptions = {}
): Promise<OfficeApplyResult> {
  const batch = new Batch(context, options.maxPayload ?? DEFAULT_MAX_PAYLOAD);
  const env = { requirements: options.requirements ?? officeRequirements(), notes: new Notes() };
  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  tables.load("items/name");
  await batch.sync();

  const replaced = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
  const tableNames = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  const existing = worksheets.items;
  const taken = new Set(existing.map((w) => w.name.toLowerCase()));
  const temp = (i: number) => {
    let n = i;
    while (taken.has(`~pira${n}`)) n += spec.sheets.length;
    taken.add(`~pira${n}`);
    return `~pira${n}`;
  };
  await batch.calls(
    spec.sheets.length,
    spec.sheets.length + existing.length + tables.items.length,
    payloadOf(spec.sheets)
  );
  const added = spec.sheets.map((_, i) => worksheets.add(temp(i + 1)));
  for (const t of tables.items) if (tableNames.has(t.name.toLowerCase())) t.convertToRange();
  for (const w of existing)
    if (replaced.has(w.name.toLowerCase()) || options.removeMatching?.test(w.name)) w.delete();
  // every sheet has its name before any content refers to it (list sources, links)
  spec.sheets.forEach((s, i) => (added[i].name = s.name));
  for (let i = 0; i < spec.sheets.length; i++)
    await writeSheet(added[i], batch, spec.sheets[i], env);
  if (added.length) added[0].activate();
  await batch.sync();
  return { syncs: batch.syncs, notes: env.notes.list() };
}
