/**
 * The parts of a header's text: folded (case, accents, punctuation and spacing do not matter), and
 * the date, year, ordinal ("1° anno") and triennium it names, with its words without them. Every
 * pattern here runs in linear time (no nested quantifiers).
 */
import { isCalendarDay, MONTH_NAMES, monthOfName } from "../text";

/** Lower case, accents removed, every run of other than letters, digits, % and ° one space. */
export function foldHeaderText(text: string): string {
  // eslint-disable-next-line no-control-regex -- an ASCII test
  const ascii = /^[\u0000-\u007f]*$/.test(text);
  const plain = ascii ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9%°]+/g, " ")
    .trim();
}

const FULL_DATE = /(?:^| )(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})(?= |$)/;
const MONTH_DATE = new RegExp(`(?:^| )(\\d{1,2}) (${MONTH_NAMES.join("|")})(?: (\\d{4}))?(?= |$)`);
const DAY_MONTH = /(?:^| )(\d{1,2}) (\d{1,2})(?= |$)/;
const YEAR = /(?:^| )((?:19|20)\d{2})(?= |$)/;
const ORDINAL =
  /(?:^| )(?:([1-9]) ?°?|(iii|ii|i|primo|secondo|terzo)) anno(?= |$)|(?:^| )anno ([1-9])(?= |$)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, primo: 1, secondo: 2, terzo: 3 };
const TRIENNIUM = /(?:^| )(?:triennio|triennale)(?= |$)/;

const FILLER = new Set([
  "al",
  "a",
  "anno",
  "anni",
  "esercizio",
  "del",
  "per",
  "il",
  "in",
  "data",
  "alla",
  "entro",
  "previsto",
  "prevista",
  "n",
  "nr",
]);

/** The date, year, ordinal and triennium a folded header names, and its words without them. */
export interface HeaderParts {
  words: string;
  date: { year: number | null; month: number; day: number } | null;
  year: number | null;
  offset: number | null;
  triennium: boolean;
  /** a date written in full that the calendar does not have ("31/06/2021") */
  badDate?: string;
}

export function headerParts(folded: string): HeaderParts {
  let rest = ` ${folded} `;
  let date: HeaderParts["date"] = null;
  let year: number | null = null;
  let offset: number | null = null;
  const cut = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + " " + rest.slice(m.index + m[0].length);
  };
  let m = FULL_DATE.exec(rest);
  const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  if (m && !isCalendarDay(Number(m[1]), Number(m[2]), fullYear(m[3]))) {
    // not read as some other date (its year alone, or day and month): the header is refused as one
    const bad = m[0].trim();
    cut(m);
    return {
      words: rest.replace(/\s+/g, " ").trim(),
      date: null,
      year: null,
      offset: null,
      triennium: false,
      badDate: bad,
    };
  }
  if (m) {
    const y = fullYear(m[3]);
    date = { year: y, month: Number(m[2]), day: Number(m[1]) };
    cut(m);
  } else if ((m = MONTH_DATE.exec(rest)) !== null) {
    const month = monthOfName(m[2]) as number;
    if (isCalendarDay(Number(m[1]), month, m[3] ? Number(m[3]) : undefined)) {
      date = { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) };
      cut(m);
    }
  } else if ((m = DAY_MONTH.exec(rest)) !== null && isCalendarDay(Number(m[1]), Number(m[2]))) {
    date = { year: null, month: Number(m[2]), day: Number(m[1]) };
    cut(m);
  }
  if (date === null) {
    const y = YEAR.exec(rest);
    if (y) {
      year = Number(y[1]);
      cut(y);
    }
  }
  const o = ORDINAL.exec(rest);
  if (o) {
    const n = o[1] ? Number(o[1]) : o[2] ? ROMAN[o[2]] : Number(o[3]);
    offset = n - 1;
    cut(o);
  }
  const t = TRIENNIUM.exec(rest);
  const triennium = t !== null;
  if (t) cut(t);
  const words = rest
    .split(" ")
    .filter((w) => w !== "" && !FILLER.has(w))
    .join(" ");
  return { words, date, year, offset, triennium };
}
