/**
 * How the published documents write values: as written in the plan (`raw`), else, for a value
 * that came from a spreadsheet number with no text, in Italian format; computed figures in
 * Italian format (comma decimals, dot thousands).
 */
import Decimal from "decimal.js";
import type { PlanValue } from "../plan";
import { formatItalianNumber } from "../values";

/** A plan value as printed: its text as written, or its number in Italian format. */
export function shown(v: PlanValue | null | undefined): string {
  if (!v) return "";
  const raw = v.raw.trim();
  if (raw !== "") return raw;
  if (typeof v.value === "number") {
    if (v.kind === "percent") return `${formatItalianNumber(new Decimal(v.value).times(100))}%`;
    if (v.kind === "currency") return `€ ${formatItalianNumber(v.value)}`;
    return formatItalianNumber(v.value);
  }
  if (typeof v.value === "boolean") return v.value ? "sì" : "no";
  if (typeof v.value === "string") return v.value;
  return "";
}

/** A fraction as an Italian percentage: 0.2857 → "29%" (whole, half-up), with decimals "28,6%". */
export function percentText(fraction: number | Decimal, decimals = 0): string {
  return `${formatItalianNumber(new Decimal(fraction).times(100), decimals)}%`;
}

/** An amount in euro with cents: 1107200 → "€ 1.107.200,00". */
export function euroText(amount: number): string {
  return `€ ${formatItalianNumber(amount, 2)}`;
}

/** "2020-09-30" → "30/09/2020"; anything else as it is. */
export function italianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "1 indicatore", "12 indicatori". */
export function countText(n: number, one: string, many: string): string {
  return `${formatItalianNumber(n)} ${n === 1 ? one : many}`;
}

/** "a, b e c". */
export function italianList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`;
}
