/**
 * Text bound for a terminal. A document's text (a title, a cell, a file name) may hold ESC, BEL or
 * other control characters that a terminal would act on (clear the screen, set the window title,
 * hide text, make a link): they are shown as visible symbols instead. Newline and tab are kept.
 */

/** C0 controls but tab and newline, DEL, C1 controls: one character at a time, linear. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** ␀…␟ for C0, ␡ for DEL; C1 controls have no picture of their own: the replacement character. */
function symbol(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return "\u2421";
  return "\ufffd";
}

/** The text with every control character but newline and tab shown as a symbol ("\r\n" → "\n"). */
export function forTerminal(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(CONTROL, symbol);
}

/** Characters JSON.stringify leaves raw (DEL, C1; the line and paragraph separators), and any C0. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const JSON_RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * JSON text for a terminal: the characters above written as \uXXXX escapes. Outside its strings
 * JSON holds none of them, so the text stays valid JSON and parses to the same value.
 */
export function jsonForTerminal(text: string): string {
  return text.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
