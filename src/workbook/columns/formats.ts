/**
 * Number formats, written in Excel's invariant codes ("," thousands, "." decimals): Excel and
 * LibreOffice show them with the user's separators, so an Italian user sees "1.234,5" and "98,47%".
 */
import type { PlanValue } from "../../core/plan";

export const FORMATS = {
  text: "@",
  integer: "#,##0",
  percent: "0%",
  /** achievement and the other computed fractions: 72,5% rather than 73% */
  achievement: "0.0%",
  euro: '#,##0 "€"',
  year: "0",
} as const;

const MAX_DECIMALS = 6;

/** Decimal places of a number as written in its shortest form (0.9847 → 4). */
function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const s = String(Math.abs(n));
  if (s.includes("e-")) return MAX_DECIMALS;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, MAX_DECIMALS);
}

function zeros(n: number): string {
  return n > 0 ? "." + "0".repeat(n) : "";
}

export function numberFormat(decimals: number): string {
  return "#,##0" + zeros(decimals);
}

export function percentFormat(decimals: number): string {
  return "0" + zeros(decimals) + "%";
}

export function euroFormat(decimals: number): string {
  return "#,##0" + zeros(decimals) + ' "€"';
}

/** The format that shows a plan value's number the way it is written (percent as percent, € as €). */
export function formatFor(v: PlanValue): string | undefined {
  if (typeof v.value !== "number") return undefined;
  if (v.kind === "percent") return percentFormat(Math.max(0, decimalsOf(v.value) - 2));
  if (v.kind === "currency") return euroFormat(decimalsOf(v.value));
  if (v.kind === "number") return numberFormat(decimalsOf(v.value));
  return undefined;
}

/** A percent number format ("0%", "0.00%", but not a "%" inside quotes). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/** A currency number format (a € sign or "[$€" code outside or inside quotes). */
export function isEuroFormat(format: string | null | undefined): boolean {
  return !!format && /€|\[\$EUR/i.test(format);
}

/** A format code as spreadsheet programs may give it back: no escapes, quotes, spaces or case. */
function canonicalFormat(code: string | null | undefined): string {
  const c = (code ?? "").replace(/[\\"\s]/g, "").toLowerCase();
  return c === "general" ? "" : c;
}

/**
 * Whether a cell showing `held` already shows numbers as `wanted` (no format wanted: anything
 * goes). `#,##0\ "€"` (as Excel may give `#,##0 "€"` back) is the same format.
 */
export function sameFormat(held: string | null | undefined, wanted: string | undefined): boolean {
  return wanted === undefined || canonicalFormat(held) === canonicalFormat(wanted);
}
