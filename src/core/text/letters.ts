/**
 * Character classes over UTF-16 code units (charCodeAt), so that scanners of user text stay linear
 * and need no regular expression. Two meanings of "letter", two names:
 * - isAsciiLetter: A–Z and a–z only (a tag name, a word of markup);
 * - isWordLetter: a letter of an Italian word, A–Z, a–z and U+00C0–U+017F (à, è, é, ì, ò, ù, and
 *   the rest of Latin-1 and Latin Extended-A): where a word goes on ("euro" is not "europeo").
 */

/** A to Z, a to z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A to Z, a to z, or U+00C0–U+017F (Italian accented letters among them): a word goes on. */
export function isWordLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x17f);
}

/** 0 to 9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
