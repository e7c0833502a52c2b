/**
 * What an analyst types into a workbench cell, read as Italian Excel reads it: «150», «1.050.000»,
 * «72,5» are numbers, «72,5%» a percentage (0.725, shown as a percentage), nothing else is
 * guessed — «72.5» or «1,2 milioni» stay text, as they would in Italian Excel — and an empty
 * entry clears the cell. The text a cell shows when editing starts is its value written the same
 * way, so typing it back gives the same value; a day typed «31/12/2021» is a date.
 */
export interface TypedValue {
  value: string | number | null;
  /** the number format to give the cell (a percentage typed with «%»), else unchanged */
  numFmt?: string;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

function italianNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function typedValue(input: string): TypedValue | { value: Date } {
  const text = input.trim();
  if (text === "") return { value: null };
  const date = DATE.exec(text);
  if (date) {
    const [d, m, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const at = new Date(Date.UTC(y, m - 1, d));
    // a day of the calendar only (31/02 stays text)
    if (at.getUTCMonth() === m - 1 && at.getUTCDate() === d) return { value: at };
    return { value: input };
  }
  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent) {
    const n = italianNumber(percent[1].trim());
    if (n === null) return { value: input };
    const decimals = percent[1].split(",")[1]?.length ?? 0;
    // exact in decimal: 72,5% is 0.725, not 0.7250000000000001
    const value = Number((n / 100).toFixed(decimals + 2));
    return { value, numFmt: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const n = italianNumber(text);
  return n === null ? { value: input } : { value: n };
}

/** A number as typed back: Italian decimal comma, no grouping («1050000,5»). */
function plainNumber(n: number): string {
  return String(Number(n.toPrecision(15))).replace(".", ",");
}

/** The text to edit for a cell's value and number format. */
export function editText(value: unknown, numFmt: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (numFmt && numFmt.includes("%")) return `${plainNumber(value * 100)}%`;
    return plainNumber(value);
  }
  if (typeof value === "string") return value;
  if (value instanceof Date) {
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === "boolean") return value ? "VERO" : "FALSO";
  const v = value as { formula?: string; richText?: { text: string }[]; text?: unknown };
  if (typeof v.formula === "string") return `=${v.formula}`;
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if (typeof v.text === "string") return v.text;
  return "";
}
