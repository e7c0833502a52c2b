/**
 * Text primitives (pure): character classes, the Italian months and the calendar check, Italian
 * stop words, and the decoding of a text file's bytes.
 */
export { isAsciiLetter, isWordLetter, isDigit } from "./letters";
export { MONTH_NAMES, monthOfName, daysInMonth, isCalendarDay } from "./months";
export { ARTICLES, PREPOSITION_FORMS, STOP_WORDS, SLUG_STOP_WORDS } from "./stop-words";
export { decodeText, decodeWindows1252 } from "./decode";
export type { TextEncoding, DecodedText } from "./decode";
export { READING_CODES } from "./codes";
