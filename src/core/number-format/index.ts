/**
 * Number formats, once for every reader of a workbook (the .xlsx package reader and the Office
 * reader): Excel's built-in format codes by id, the one test of whether a format shows a date, and
 * what a stored number under a format reads as — a date shown as dd/mm/yyyy, else the number.
 *
 * A format shows a date when its first section, once quoted text ("mesi"), escaped characters
 * (\m\e\s\i), fill and padding characters (* _), locale and colour brackets ([$-410], [Red]) and
 * "General" are left out, still holds a day, a year, or a month that is not a minute (m without h or s
 * beside it). So `0 \m\e\s\i` («7 mesi») is a count, `[$-410]d mmmm yyyy` a date, `hh:mm` a time of
 * day (a number), `[h]:mm` a duration (a number).
 */

/** Excel's built-in number formats (ECMA-376 §18.8.30), the codes a file does not write out. */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The code of a built-in format id, or undefined (an id the file must define itself). */
export function builtinFormat(id: number): string | undefined {
  return BUILTIN_NUMBER_FORMATS[id];
}

/**
 * The characters of a format's first section that are format tokens: quoted text, escaped
 * characters, fill (*x) and padding (_x) characters and bracketed parts left out. One pass.
 * `elapsed` is set when a bracket holds an elapsed-time token ([h], [mm], [ss]).
 */
function tokens(code: string): { bare: string; elapsed: boolean } {
  let bare = "";
  let elapsed = false;
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === ";") break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end + 1;
    } else if (c === "\\" || c === "*" || c === "_") i += 2;
    else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, end < 0 ? code.length : end);
      if (/^(h+|m+|s+)$/i.test(inside)) elapsed = true;
      i = end < 0 ? code.length : end + 1;
    } else {
      bare += c;
      i++;
    }
  }
  return { bare: bare.replace(/general/gi, ""), elapsed };
}

/** Whether a number under this format is a date (see the top of this file). */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const { bare, elapsed } = tokens(code);
  if (elapsed) return false;
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system (from March 1900 on; Excel's 29/02/1900 is not a day). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days between the 1904 system's day 0 (01/01/1904) and the 1900 system's. */
const OFFSET_1904 = 1462;

const two = (n: number) => String(n).padStart(2, "0");

/** An Excel date serial as dd/mm/yyyy (the time of day dropped). */
export function serialDateText(serial: number, date1904 = false): string {
  const days = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  const d = new Date(EPOCH_1900 + days * MS_PER_DAY);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** What a number stored under a format reads as: dd/mm/yyyy under a date format, else itself. */
export function numberUnderFormat(
  n: number,
  format: string | null | undefined,
  date1904 = false
): number | string {
  return Number.isFinite(n) && isDateFormat(format) ? serialDateText(n, date1904) : n;
}
