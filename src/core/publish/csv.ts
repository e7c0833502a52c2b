/**
 * CSV as RFC 4180 writes it: fields separated by commas, rows by CRLF, a field quoted (its quotes
 * doubled) when it holds a comma, a quote, a line break or spaces at its ends. UTF-8 without a
 * byte-order mark. Values are written as they are (nothing dropped), with one exception: a text
 * that a spreadsheet would take as a formula — beginning with =, +, -, @, a tab or a carriage
 * return — gets a leading apostrophe (OWASP's CSV-injection guidance, CWE-1236), so that
 * «=HYPERLINK(…)» in an indicator's name stays text; a signed number as written («-15», «+3,5%»)
 * is left as it is. Numbers are numbers, never prefixed.
 */
export interface CsvColumn<T> {
  /** the header: a name in snake_case, stable (documented in LEGGIMI.txt) */
  name: string;
  /** what it holds, for the documentation */
  description: string;
  value: (row: T) => string | number | null;
}

/** A text a spreadsheet would read as a formula (or a DDE call): its first character. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** A signed number as the plan writes it («-15», «+3,5%», «-1.234,5»): no formula to fear. */
const SIGNED_NUMBER = /^[-+]\d[\d.,]*\s?%?$/;

/** The text as a spreadsheet shows it, never evaluated: a leading apostrophe where needed. */
export function neutralised(text: string): string {
  if (!FORMULA_START.has(text.charAt(0)) || SIGNED_NUMBER.test(text)) return text;
  return `'${text}`;
}

function field(v: string | number | null): string {
  if (v === null) return "";
  const s = typeof v === "number" ? numberText(v) : neutralised(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as machine-readable text: dot decimals, no exponent, no float artefacts. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  const s = String(Number(n.toPrecision(15)));
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  // the shortest digits JavaScript gives, with the point moved instead of an exponent
  const [, sign, lead, rest = "", exp] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => field(c.name)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => field(c.value(r))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
