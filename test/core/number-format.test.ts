/**
 * The one date test (src/core/number-format): a number under a format is a date only when the
 * format shows a day, a month or a year — not when those letters are quoted, escaped, a locale or
 * colour bracket, a time of day or a duration.
 */
import fc from "fast-check";
import {
  builtinFormat,
  isDateFormat,
  numberUnderFormat,
  serialDateText,
} from "../../src/core/number-format";

test.each([
  ["dd/mm/yyyy", true],
  ["d-mmm-yy", true],
  ["mmm-yy", true],
  ["mmmm", true],
  ["[$-410]d mmmm yyyy", true],
  ["[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", true],
  ["dd/mm/yyyy hh:mm", true],
  ["yyyy", true],
  ['m/d/yy "h":mm', true],
  ["mm-dd-yy", true],
])("%s is a date", (code, expected) => expect(isDateFormat(code)).toBe(expected));

test.each([
  ["0 \\m\\e\\s\\i", false],
  ['0 "mesi"', false],
  ['0" giorni"', false],
  ['#,##0.00 "€"', false],
  ["[$€-410] #,##0.00", false],
  ["[$€-410]\\ #,##0.00;[Red]\\-[$€-410]\\ #,##0.00", false],
  ['_-* #,##0.00\\ "€"_-;\\-* #,##0.00\\ "€"_-;_-* "-"??\\ "€"_-;_-@_-', false],
  ["0.0%", false],
  ["#,##0", false],
  ["General", false],
  ["@", false],
  ["0.00E+00", false],
  ["hh:mm", false],
  ["h:mm:ss AM/PM", false],
  ["[h]:mm:ss", false],
  ["[mm]:ss", false],
  ['0 "anni"', false],
  ["[Red]0", false],
  ["", false],
])("%s is not a date", (code, expected) => expect(isDateFormat(code)).toBe(expected));

test("null and undefined formats are not dates", () => {
  expect(isDateFormat(null)).toBe(false);
  expect(isDateFormat(undefined)).toBe(false);
});

test("built-in formats: a date id is a date, a number id is not", () => {
  for (const id of [14, 15, 16, 17, 22]) expect(isDateFormat(builtinFormat(id))).toBe(true);
  for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49])
    expect(isDateFormat(builtinFormat(id))).toBe(false);
  expect(builtinFormat(164)).toBeUndefined();
});

test("serial dates as dd/mm/yyyy, in the 1900 and the 1904 systems", () => {
  expect(serialDateText(45657)).toBe("31/12/2024");
  expect(serialDateText(45657.75)).toBe("31/12/2024");
  expect(serialDateText(45657 - 1462, true)).toBe("31/12/2024");
  expect(serialDateText(61)).toBe("01/03/1900");
  expect(numberUnderFormat(7, "0 \\m\\e\\s\\i")).toBe(7);
  expect(numberUnderFormat(7, "dd/mm/yyyy")).toBe("06/01/1900");
  expect(numberUnderFormat(Number.NaN, "dd/mm/yyyy")).toBeNaN();
});

test("any text quoted or escaped in a number format never makes it a date", () => {
  const quoted = fc.string().filter((s) => !s.includes('"'));
  fc.assert(
    fc.property(quoted, fc.string({ maxLength: 20 }), (q, e) => {
      const escaped = [...e].map((c) => `\\${c}`).join("");
      expect(isDateFormat(`#,##0 "${q}"`)).toBe(false);
      expect(isDateFormat(`0 ${escaped}`)).toBe(false);
    })
  );
});

test("the test is linear in the format's length", () => {
  // a long format is read in one pass: unclosed quotes and brackets end it, they do not rescan
  for (const code of [
    '"'.repeat(100_000),
    "[".repeat(100_000),
    "\\".repeat(100_000),
    "d".repeat(100_000),
  ])
    expect(typeof isDateFormat(code)).toBe("boolean");
});
