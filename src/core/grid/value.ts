/**
 * A value cell into the plan's value: text through the core's readValue (as every reader of values
 * does), a spreadsheet number as it is (a "%" format makes it a percentage, a "€" format an amount).
 */
import Decimal from "decimal.js";
import type { PlanValue } from "../plan";
import {
  formatItalianNumber,
  planValueFromPira,
  readValue,
  valueFromCell,
  type PiraValue,
} from "../values";
import type { GridCell } from "./types";

export interface CellValue {
  value: PlanValue;
  /** false: the text could not be read as a value and is kept as written (kind "text") */
  readable: boolean;
  /** the typed reading, when the text was read (kept so the value is not read twice) */
  pira?: PiraValue;
}

export function cellValue(v: GridCell, format: string | null): CellValue | null {
  if (v === null) return null;
  if (typeof v === "string") {
    if (v.trim() === "") return null;
    const r = readValue(v);
    if (!r.ok) return { value: { raw: r.raw, kind: "text", value: null }, readable: false };
    return { value: planValueFromPira(r.value), readable: true, pira: r.value };
  }
  if (typeof v === "number" && Number.isFinite(v) && format !== null) {
    if (format.includes("%")) {
      const raw = `${formatItalianNumber(new Decimal(v).times(100))}%`;
      return { value: { raw, kind: "percent", value: v }, readable: true };
    }
    if (format.includes("€") || /\[\$eur/i.test(format)) {
      return {
        value: { raw: `€ ${formatItalianNumber(v)}`, kind: "currency", value: v },
        readable: true,
      };
    }
  }
  const r = valueFromCell(v);
  if (!r.ok) return { value: { raw: String(v), kind: "text", value: null }, readable: false };
  return { value: planValueFromPira(r.value), readable: true, pira: r.value };
}
