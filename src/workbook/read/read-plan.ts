/** Reading the plan's own settings (Piano table) and its entities (Enti table). */
import { message } from "../../core/message";
import type { Entity } from "../../core/plan";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { foldHeader } from "../columns/headers";
import { ENTITY_COLUMNS, PLAN_COLUMNS, PLAN_KEYS } from "../columns/names";
import { TableReader } from "./row-reader";
import type { TableData } from "./tables";

const known = (names: readonly string[]) => {
  const set = new Set(names.map(foldHeader));
  return (f: string) => set.has(f);
};

export interface PlanSettings {
  title: string | null;
  firstYear: number | null;
}

export function readSettings(table: TableData | undefined): PlanSettings {
  const out: PlanSettings = { title: null, firstYear: null };
  if (!table) return out;
  const r = new TableReader(table, known(Object.values(PLAN_COLUMNS)));
  for (let i = 0; i < r.rowCount; i++) {
    const key = foldHeader(r.text(i, PLAN_COLUMNS.key));
    const value = r.value(i, PLAN_COLUMNS.value);
    if (key === foldHeader(PLAN_KEYS.title)) out.title = value === null ? "" : String(value);
    if (key === foldHeader(PLAN_KEYS.firstYear)) {
      const n = typeof value === "number" ? value : Number(String(value ?? "").trim());
      if (Number.isInteger(n) && n >= 1900 && n <= 2100) out.firstYear = n;
    }
  }
  return out;
}

export function readEntities(
  table: TableData | undefined,
  diagnostics: WorkbookDiagnostic[]
): Entity[] {
  if (!table) return [];
  const r = new TableReader(table, known(Object.values(ENTITY_COLUMNS)));
  diagnostics.push(...r.requireColumns([ENTITY_COLUMNS.id]));
  const out: Entity[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < r.rowCount; i++) {
    if (r.blankRow(i)) continue;
    const id = r.key(i, ENTITY_COLUMNS.id);
    const name = r.text(i, ENTITY_COLUMNS.name) ?? "";
    if (id === null || seen.has(id)) {
      diagnostics.push(
        diagnostic(
          "PIRA-X003",
          "warning",
          message(
            `Ente senza id o con id ripetuto («${name}»): riga ignorata.`,
            `Entity without an id or with a repeated id («${name}»): row ignored.`
          ),
          { sheet: table.sheet, cell: r.cell(i, ENTITY_COLUMNS.id), field: "id" }
        )
      );
      continue;
    }
    seen.add(id);
    out.push({ id, name });
  }
  return out;
}
