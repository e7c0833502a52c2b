/**
 * Text bound for a terminal. A document's text (a title, a cell, a file name) may hold ESC, BEL or
 * other control characters that a terminal would act on (clear the screen, set the window title,
 * hide text, make a link): they are shown as visible symbols instead. Newline and tab are kept.
 */

/** ␀…␟ for C0, ␡ for DEL; C1 controls have no picture of their own: the replacement character. */
function symbol(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return "\u2421";
  return "\ufffd";
}

/**
 * A line end "\r\n", or a control character: C0 controls but tab and newline, DEL, C1 controls
 * (one character at a time, linear).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const LINE_END_OR_CONTROL = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text with every control character but newline and tab shown as a symbol ("\r\n" → "\n"). */
export function forTerminal(text: string): string {
  // one pass (a report of 33,000 findings is 10 MB): each "\r\n" → "\n", any other control
  // character (a lone "\r" too) → its symbol, as two passes in turn gave
  return text.replace(LINE_END_OR_CONTROL, (c) => (c === "\r\n" ? "\n" : symbol(c)));
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
