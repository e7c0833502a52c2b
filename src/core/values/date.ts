/**
 * Dates as written in target and actual cells: "30/06/2021", "30.6.2021", "30-06-2021",
 * "30/06/21" (20yy), "2021-06-30" (ISO, as plan JSON keeps them), "30 giugno 2021" (month names,
 * also abbreviated: "30 giu 2021"). A hand scanner: linear, no backtracking.
 *
 * A date is held as its ISO day and its Excel serial number (days since 1899-12-30, the 1900 date
 * system from 1 March 1900 on), which is what Excel passes for a date cell.
 */
import { isCalendarDay, isDigit, isWordLetter, monthOfName } from "../text";

export interface ScannedDate {
  iso: string;
  serial: number;
  /** index after the date */
  end: number;
}

/** The date is written but does not exist ("31/02/2021") or lies outside 1900–2199. */
export interface BadDate {
  bad: string;
  end: number;
}

const MS_PER_DAY = 86_400_000;
/** Date.UTC(1899, 11, 30): day 0 of Excel's 1900 date system (from March 1900 on). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 2199;

function digitsEnd(s: string, i: number, max: number): number {
  const stop = Math.min(s.length, i + max + 1);
  let j = i;
  while (j < stop && isDigit(s.charCodeAt(j))) j++;
  return j;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The date of day/month/year, or the reason it is not one. */
export function makeDate(
  year: number,
  month: number,
  day: number,
  end: number,
  written: string
): ScannedDate | BadDate {
  if (!isCalendarDay(day, month, year) || year < MIN_DATE_YEAR || year > MAX_DATE_YEAR)
    return { bad: written, end };
  const t = Date.UTC(year, month - 1, day);
  return {
    iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    serial: Math.round((t - EXCEL_EPOCH) / MS_PER_DAY),
    end,
  };
}

/** The ISO day of an Excel serial date (whole days; fractions are the time of day). */
export function isoOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  const y = d.getUTCFullYear();
  if (y < MIN_DATE_YEAR || y > MAX_DATE_YEAR) return null;
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * The date written at index `at`, a date that does not exist (BadDate), or null when no date is
 * written there. The date must end the text or be followed by a space, "(", ",", ";" or ".".
 */
export function scanDate(s: string, at: number): ScannedDate | BadDate | null {
  const aEnd = digitsEnd(s, at, 4);
  const aLen = aEnd - at;
  if (aLen === 0 || aLen > 4) return null;
  const sep = s.charCodeAt(aEnd);
  let year: number;
  let month: number;
  let day: number;
  let end: number;
  if (aLen === 4) {
    // ISO 2021-06-30
    if (sep !== 45) return null;
    const mEnd = digitsEnd(s, aEnd + 1, 2);
    if (mEnd - aEnd - 1 !== 2 || s.charCodeAt(mEnd) !== 45) return null;
    const dEnd = digitsEnd(s, mEnd + 1, 2);
    if (dEnd - mEnd - 1 !== 2) return null;
    year = Number(s.slice(at, aEnd));
    month = Number(s.slice(aEnd + 1, mEnd));
    day = Number(s.slice(mEnd + 1, dEnd));
    end = dEnd;
  } else if (aLen <= 2 && (sep === 47 || sep === 46 || sep === 45)) {
    // 30/06/2021, 30.6.2021, 30-06-21: the same separator twice
    const mEnd = digitsEnd(s, aEnd + 1, 2);
    const mLen = mEnd - aEnd - 1;
    if (mLen < 1 || mLen > 2 || s.charCodeAt(mEnd) !== sep) return null;
    const yEnd = digitsEnd(s, mEnd + 1, 4);
    const yLen = yEnd - mEnd - 1;
    if (yLen !== 4 && yLen !== 2) return null;
    day = Number(s.slice(at, aEnd));
    month = Number(s.slice(aEnd + 1, mEnd));
    year = Number(s.slice(mEnd + 1, yEnd)) + (yLen === 2 ? 2000 : 0);
    end = yEnd;
  } else if (aLen <= 2 && sep === 32) {
    // 30 giugno 2021
    let wEnd = aEnd + 1;
    while (wEnd < s.length && isWordLetter(s.charCodeAt(wEnd))) wEnd++;
    const word = s.slice(aEnd + 1, wEnd).toLowerCase();
    const m = monthOfName(word, true);
    if (m === undefined) return null;
    let yStart = wEnd;
    if (s.charCodeAt(yStart) === 46) yStart++; // "giu."
    if (s.charCodeAt(yStart) !== 32) return null;
    const yEnd = digitsEnd(s, yStart + 1, 4);
    if (yEnd - yStart - 1 !== 4) return null;
    day = Number(s.slice(at, aEnd));
    month = m;
    year = Number(s.slice(yStart + 1, yEnd));
    end = yEnd;
  } else return null;
  const after = s.charCodeAt(end);
  if (end < s.length && after !== 32 && after !== 40 && after !== 44 && after !== 59) {
    // "30/06/2021." ends a sentence; anything else runs on ("30/06/20215", "30/06/2021x")
    if (!(after === 46 && (end + 1 === s.length || s.charCodeAt(end + 1) === 32))) return null;
  }
  return makeDate(year, month, day, end, s.slice(at, end));
}

export function isBadDate(d: ScannedDate | BadDate): d is BadDate {
  return "bad" in d;
}
