/**
 * The package writer's text escaping: text with nothing to escape is returned as it is (a scan of
 * its characters), anything else as the pattern escapes it — the same result for any text
 * (seeded random text over the characters that matter: markup, controls, Latin-1, past Latin-1,
 * surrogate pairs and lone surrogates).
 */
import { escapeText } from "../../src/adapters/xlsx/package/xml";

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are the point
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[^\u0000-\u00FF]/gu;

/** The escaping by the pattern alone, as it was before the scan. */
function byPattern(s: string): string {
  return s.replace(SPECIAL, (c) => {
    const entity = ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" } as Record<string, string>)[c];
    if (entity) return entity;
    const code = c.codePointAt(0) as number;
    if (code < 0x20 || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff))
      return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    return `&#${code};`;
  });
}

const ALPHABET = [
  "a",
  "Z",
  " ",
  "9",
  "&",
  "<",
  ">",
  '"',
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u0008",
  "\u000b",
  "\u001f",
  "à",
  "ÿ",
  "€",
  "–",
  "\ufffe",
  "\uffff",
  "😀",
  "\ud83d",
  "\ude00",
];

describe("escapeText", () => {
  test("plain text is returned as it is; any text as the pattern escapes it (seeded)", () => {
    const plain = "=IF(ISNUMBER(Indicatori[@[Calcolato: Consuntivo]]),1,0) àèìòù\t\n";
    expect(escapeText(plain)).toBe(plain);
    let seed = 1208;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: next() % 12 }, () => ALPHABET[next() % ALPHABET.length]).join(
        ""
      );
      expect(escapeText(s)).toBe(byPattern(s));
    }
  });
});
