/** Programmi: one row per programme, the source of truth for programmes. */
import type { Plan, Programme } from "../../core/plan";
import { columnLetters } from "../../core/a1";
import {
  programmeColumns,
  programmeExtraColumns,
  type ProgrammeField,
} from "../columns/table-columns";
import { isProgrammeColumn } from "../read/read-programmes";
import { FORMATS } from "../columns/formats";
import { SHEETS, TABLES, WORDS } from "../columns/names";
import { emptySheet, type CellInput, type SheetSpec } from "../write/spec";
import { joinLines, writePhases } from "../columns/text-fields";
import type { ListKey } from "./lists";
import { TABLE_STYLE } from "./plan-sheet";

function cellOf(p: Programme, field: ProgrammeField): CellInput {
  switch (field) {
    case "benefits":
      return joinLines(p.benefits);
    case "phases":
      return writePhases(p.phases);
    case "budgetRaw":
      return p.budget ? (p.budget.raw === "" ? WORDS.empty : p.budget.raw) : null;
    case "budgetAmount":
      return p.budget && p.budget.amount !== null
        ? { value: p.budget.amount, format: FORMATS.euro }
        : null;
    default:
      return p[field];
  }
}

export function programmesSheet(plan: Plan, lists: Record<ListKey, string>): SheetSpec {
  const sheet = emptySheet(SHEETS.programmes, "input");
  const columns = programmeColumns();
  const extra = programmeExtraColumns(plan, isProgrammeColumn);
  const rows = plan.programmes.map((p) => [
    ...columns.map((c) => cellOf(p, c.field)),
    ...extra.map((x) => p.extra?.[x.key] ?? null),
  ]);
  sheet.tables.push({
    name: TABLES.programmes,
    row: 1,
    col: 1,
    style: TABLE_STYLE,
    columns: [...columns.map((c) => c.spec), ...extra.map((x) => x.spec)],
    rows: rows.length ? rows : [[...columns, ...extra].map(() => null)],
  });
  const last = Math.max(2, rows.length + 1);
  const col = (f: ProgrammeField) => columnLetters(columns.findIndex((c) => c.field === f) + 1);
  const validate = (f: ProgrammeField, list: ListKey, strict: boolean) =>
    sheet.validations.push({ range: `${col(f)}2:${col(f)}${last}`, source: lists[list], strict });
  validate("entity", "entities", false);
  validate("mission", "missions", false);
  validate("programme", "programmeCodes", false);
  sheet.widths = [...columns, ...extra].map((c, i) => ({ col: i + 1, width: c.spec.width ?? 12 }));
  sheet.freeze = { rows: 1, cols: 1 };
  return sheet;
}
