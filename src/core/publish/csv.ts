/**
 * CSV as RFC 4180 writes it: fields separated by commas, rows by CRLF, a field quoted (its quotes
 * doubled) when it holds a comma, a quote, a line break or spaces at its ends. UTF-8 without a
 * byte-order mark. Values are written as they are (nothing dropped, nothing rewritten).
 */
export interface CsvColumn<T> {
  /** the header: a name in snake_case, stable (documented in LEGGIMI.txt) */
  name: string;
  /** what it holds, for the documentation */
  description: string;
  value: (row: T) => string | number | null;
}

function field(v: string | number | null): string {
  if (v === null) return "";
  const s = typeof v === "number" ? numberText(v) : v;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as machine-readable text: dot decimals, no exponent, no float artefacts. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  const s = String(Number(n.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  // tiny or huge: written out in full (toFixed takes up to 100 places; huge numbers are integers)
  if (Math.abs(n) >= 1) return BigInt(n).toString();
  let fixed = n.toFixed(100);
  let end = fixed.length;
  while (fixed[end - 1] === "0") end--;
  fixed = fixed.slice(0, end);
  return fixed.endsWith(".") ? fixed.slice(0, -1) : fixed;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => field(c.name)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => field(c.value(r))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
