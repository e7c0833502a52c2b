/** Indicatori: one row per indicator — inputs, text as written, computed columns at the right. */
import type { Indicator, Plan } from "../../core/plan";
import { POLARITY_LABEL } from "../../core/performance";
import { columnLetters } from "../../core/a1";
import {
  indicatorColumns,
  type IndicatorColumn,
  type IndicatorField,
} from "../columns/table-columns";
import type { Thresholds } from "../write/computed";
import { tableRowRef } from "../write/formulas";
import { SHEETS, TABLES, WORDS, type ComputedKey } from "../columns/names";
import { isIndicatorColumn } from "../read/read-indicators";
import { computedRow, type FormulaStyle } from "../write/row-cells";
import { slotOfHeader, type Slot } from "../columns/slots";
import { cellParts, emptySheet, type CellInput, type SheetSpec } from "../write/spec";
import { joinLines } from "../columns/text-fields";
import { valueCells } from "../columns/value-cells";
import type { ListKey } from "./lists";
import type { IndicatorResult } from "./mission-sheet";
import { TABLE_STYLE } from "./plan-sheet";

function slotValue(ind: Indicator, slot: Slot) {
  if (slot.section === "reported") return ind.reportedPerformance;
  if (slot.section === "baseline") return ind.baseline;
  return slot.section === "actuals" ? ind.actuals[slot.key] : ind.targets[slot.key];
}

/** "2020-12-31" → "31/12/2020", as an Italian reader writes a day. */
function dayLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function fieldCell(ind: Indicator, f: IndicatorField): CellInput {
  switch (f) {
    case "kind":
      return WORDS.kind[ind.kind];
    case "pareto":
      return ind.pareto ? WORDS.yes : WORDS.no;
    case "polarity":
      return POLARITY_LABEL[ind.polarity];
    case "polarityInferred":
      return ind.polarityInferred ? WORDS.yes : WORDS.no;
    case "notes":
      return joinLines(ind.notes);
    default:
      return ind[f];
  }
}

export interface IndicatorsSheetOptions {
  /** "none": computed columns left empty (fill writes them later) */
  style: FormulaStyle | "none";
  thresholds: Thresholds;
  /** receives each indicator's achievement and outcome as its computed cells hold them */
  results?: Map<Indicator, IndicatorResult>;
}

/** The number format this sheet gives the typed cell of a value column (the value as written). */
function typedFormat(ind: Indicator, header: string): string | null {
  const slot = slotOfHeader(header);
  return slot ? (cellParts(valueCells(slotValue(ind, slot))[0]).format ?? null) : null;
}

function rowCells(
  plan: Plan,
  ind: Indicator,
  columns: IndicatorColumn[],
  opts: IndicatorsSheetOptions
): CellInput[] {
  const computed =
    opts.style === "none"
      ? undefined
      : computedRow(
          ind,
          plan.firstYear,
          opts.style,
          opts.thresholds,
          tableRowRef(TABLES.indicators),
          (header) => typedFormat(ind, header)
        );
  const achievement = computed?.achievement.value;
  const outcome = computed?.outcome.value;
  if (opts.results && achievement !== undefined && outcome !== undefined)
    opts.results.set(ind, { achievement, outcome });
  return columns.map((c): CellInput => {
    if (c.kind === "field") return fieldCell(ind, c.field);
    if (c.kind === "value") return valueCells(slotValue(ind, c.slot))[0];
    if (c.kind === "text") return valueCells(slotValue(ind, c.slot))[1];
    if (c.kind === "extra") return ind.extra?.[c.key] ?? null;
    if (c.kind === "baselineDate") return ind.baseline ? dayLabel(ind.baseline.date) : null;
    return computed ? computed[c.key as ComputedKey] : null;
  });
}

export function indicatorsSheet(
  plan: Plan,
  lists: Record<ListKey, string>,
  opts: IndicatorsSheetOptions
): SheetSpec {
  const sheet = emptySheet(SHEETS.indicators, "input");
  const columns = indicatorColumns(plan, isIndicatorColumn);
  const rows = plan.indicators.map((ind) => rowCells(plan, ind, columns, opts));
  sheet.tables.push({
    name: TABLES.indicators,
    row: 1,
    col: 1,
    style: TABLE_STYLE,
    columns: columns.map((c) => c.spec),
    rows: rows.length ? rows : [columns.map(() => null)],
  });
  const last = Math.max(2, rows.length + 1);
  const letter = (pred: (c: IndicatorColumn) => boolean) =>
    columnLetters(columns.findIndex(pred) + 1);
  const field = (f: IndicatorField) => letter((c) => c.kind === "field" && c.field === f);
  const validate = (f: IndicatorField, list: ListKey, strict: boolean) =>
    sheet.validations.push({
      range: `${field(f)}2:${field(f)}${last}`,
      source: lists[list],
      strict,
    });
  validate("programme", "programmeIds", false);
  validate("kind", "kinds", true);
  validate("pareto", "yesNo", true);
  validate("polarity", "polarity", true);
  validate("polarityInferred", "yesNo", true);
  validate("typology", "typology", false);
  validate("unit", "unit", false);
  const achievement = letter((c) => c.kind === "computed" && c.key === "achievement");
  sheet.bands.push({
    range: `${achievement}2:${achievement}${last}`,
    low: opts.thresholds.low,
    high: opts.thresholds.high,
  });
  sheet.widths = columns.map((c, i) => ({ col: i + 1, width: c.spec.width ?? 12 }));
  sheet.freeze = { rows: 1, cols: 1 };
  return sheet;
}
