/** Piano: the plan's settings (title, first year) and its entities, as two small tables. */
import type { Plan } from "../../core/plan";
import { FORMATS } from "../columns/formats";
import {
  ENTITY_COLUMNS,
  PLAN_COLUMNS,
  PLAN_FORMAT,
  PLAN_KEYS,
  SHEETS,
  TABLES,
} from "../columns/names";
import { settingsRows } from "../columns/settings";
import { emptySheet, type SheetSpec } from "../write/spec";

export const TABLE_STYLE = "TableStyleMedium2";

/** `settings`: the workbook's settings rows after the plan's own (settings.ts). */
export function planSheet(
  plan: Plan,
  settings: Parameters<typeof settingsRows>[0] = {}
): SheetSpec {
  const sheet = emptySheet(SHEETS.plan, "input");
  sheet.tables.push({
    name: TABLES.plan,
    row: 1,
    col: 1,
    style: TABLE_STYLE,
    columns: [
      { name: PLAN_COLUMNS.key, width: 26 },
      { name: PLAN_COLUMNS.value, width: 60 },
    ],
    rows: [
      [PLAN_KEYS.title, { value: plan.title, format: FORMATS.text }],
      [PLAN_KEYS.firstYear, { value: plan.firstYear, format: FORMATS.year }],
      [PLAN_KEYS.format, { value: PLAN_FORMAT, format: FORMATS.text }],
      ...settingsRows(settings),
    ],
  });
  const entities = plan.entities.length
    ? plan.entities.map((e) => [
        { value: e.id, format: FORMATS.text },
        { value: e.name, format: FORMATS.text },
      ])
    : [[null, null]];
  sheet.tables.push({
    name: TABLES.entities,
    row: 1,
    col: 4,
    style: TABLE_STYLE,
    columns: [
      { name: ENTITY_COLUMNS.id, width: 24, format: FORMATS.text },
      { name: ENTITY_COLUMNS.name, width: 50, format: FORMATS.text },
    ],
    rows: entities,
  });
  sheet.widths.push(
    { col: 1, width: 26 },
    { col: 2, width: 60 },
    { col: 3, width: 4 },
    { col: 4, width: 24 },
    { col: 5, width: 50 }
  );
  sheet.freeze = { rows: 1, cols: 0 };
  return sheet;
}
