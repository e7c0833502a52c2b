/** The Italian months and the calendar check that dates written by hand go through. */

/** gennaio … dicembre: the month number is the index + 1. */
export const MONTH_NAMES: readonly string[] = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];

const BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((n, i) => [n, i + 1]));
const BY_ABBREVIATION: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.map((n, i) => [n.slice(0, 3), i + 1])
);

/**
 * The month (1–12) a lower-case Italian word names: "marzo" → 3; with `abbreviated`, also its first
 * three letters ("mar", "giu", "set"). undefined for any other word.
 */
export function monthOfName(word: string, abbreviated = false): number | undefined {
  return BY_NAME.get(word) ?? (abbreviated ? BY_ABBREVIATION.get(word) : undefined);
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A day of the calendar: 31/06 is not one; 29/02 only in a leap year (any year when none is given:
 * 2000 is a leap year). Day and month are whole numbers.
 */
export function isCalendarDay(day: number, month: number, year: number = 2000): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
