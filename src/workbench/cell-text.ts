/**
 * What a spreadsheet shows in a cell, for the workbench's sheet view: the cached result of a
 * formula, numbers in their number format the Italian way (98,47%, 3.960 €, 1.234,5), VERO/FALSO.
 */
import { formatItalianNumber } from "../core/values";

export type ShownValue = string | number | boolean | Date | null | undefined | object;

/** Decimals a format asks for: "0.00%" → 2, "#,##0" → 0; null for General. */
export function formatDecimals(format: string): number | null {
  const section = format.split(";")[0];
  const m = /0(?:\.(0+))?/.exec(section.replace(/"[^"]*"/g, ""));
  if (!m) return null;
  return m[1] ? m[1].length : 0;
}

/** Italian digits; thousands grouped only when the format asks for it ("#,##0"). */
function digits(n: number, decimals: number | undefined, grouped: boolean): string {
  const text = formatItalianNumber(n, decimals);
  return grouped ? text : text.replace(/\./g, "");
}

export function numberText(n: number, format: string | null | undefined): string {
  const f = format && format !== "General" ? format : "";
  if (!Number.isFinite(n)) return String(n);
  const decimals = f ? formatDecimals(f) : null;
  const grouped = /[#0],[#0]/.test(f.replace(/"[^"]*"/g, ""));
  if (f.includes("%")) return `${digits(n * 100, decimals ?? 0, grouped)}%`;
  // General (as Excel shows it): no grouping, no float noise (0.1 + 0.2)
  const text =
    decimals === null
      ? digits(Number(n.toPrecision(12)), undefined, false)
      : digits(n, decimals, grouped);
  if (/€/.test(f)) return /^[^0#]*€/.test(f.replace(/"/g, "")) ? `€ ${text}` : `${text} €`;
  return text;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** A cell's value as shown; `format` is the cell's number format. */
export function shownText(value: ShownValue, format?: string | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, format);
  if (typeof value === "boolean") return value ? "VERO" : "FALSO";
  if (value instanceof Date)
    return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return (v.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result === undefined || v.result === null)
      return v.formula ? `=${String(v.formula)}` : "";
    return shownText(v.result as ShownValue, format);
  }
  if ("error" in v) return String(v.error);
  if ("text" in v) return shownText(v.text as ShownValue, format);
  return String(value);
}
