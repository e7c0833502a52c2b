/** The little XML the package patch needs: escaping, attributes of one start tag. */

/**
 * What cell text needs in XML, in one pass: the markup characters as entities; characters XML 1.0
 * forbids as Excel writes them (_xHHHH_); and characters past Latin-1 ("–", "€") as character
 * references, so the sheet's text stays a one-byte string in memory (half the size; one en dash
 * in a formula would otherwise double the whole sheet part).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[^\u0000-\u00FF]/gu;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Whether text holds nothing escapeText changes: printable Latin-1 (tab, line breaks), no markup. */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff || c === 0x26 || c === 0x3c || c === 0x3e) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

export function escapeText(s: string): string {
  // most text has nothing to escape: a scan of its characters, not the pattern's (a code-point
  // pattern, slower), which then only runs on text that needs it
  if (plain(s)) return s;
  return s.replace(SPECIAL, (c) => {
    const entity = ENTITY[c];
    if (entity) return entity;
    const code = c.codePointAt(0) as number;
    // a lone surrogate (no character: XML cannot hold it, not even as a reference) as Excel writes it
    if (code < 0x20 || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff))
      return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    return `&#${code};`;
  });
}

/**
 * A cell's text (a shared or inline string, a formula's cached text): as escapeText, and text that
 * already reads as one of Excel's escapes ("_x0041_") has its underscore escaped ("_x005F_x0041_"),
 * as Excel writes it — else Excel would show "A".
 */
export function escapeCellText(s: string): string {
  return escapeText(keepLiteralEscapes(s));
}

/** "_x0041_" written as text → "_x005F_x0041_" (Excel's escape of the underscore). */
export function keepLiteralEscapes(s: string): string {
  return s.includes("_x") ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : s;
}

export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_m, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[
      (name as string).toLowerCase()
    ] as string;
  });
}

/** The pattern of attribute `name` (groups: 1 the name and "=", 2 or 3 the value), made once per name. */
const ATTRIBUTE = new Map<string, RegExp>();
function attributePattern(name: string): RegExp {
  let re = ATTRIBUTE.get(name);
  if (re === undefined) {
    re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE.set(name, re);
  }
  return re;
}

/** The value of attribute `name` in a start tag (unescaped), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const m = attributePattern(name).exec(tag);
  if (!m) return undefined;
  const value = m[2] ?? m[3] ?? "";
  return value.includes("&") ? unescapeXml(value) : value;
}

/** The start tag with attribute `name` set to `value` (added when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = attributePattern(name);
  const v = `"${escapeAttribute(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, lead: string) => `${lead}${v}`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}=${v}$1`);
}

/** The start tag without attribute `name`. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(attributePattern(name), "");
}

/**
 * Every `<name …/>` or `<name …>…</name>` element of a part, in time linear in the part: the body
 * cannot run past the next `<name` or `</name` (the elements read this way do not nest), so an
 * element left open fails at the next one instead of scanning to the end of the part from every
 * start, as the lazy `>[\s\S]*?</name>` form does (quadratic on a hostile part); attributes hold
 * no `<` or `>` in well-formed XML. Groups: 1 the attributes, 2 the body (undefined when empty).
 */
export function elementPattern(name: string): RegExp {
  return new RegExp(
    `<${name}\\b([^<>]*?)(?:\\/>|>((?:[^<]|<(?!\\/?${name}\\b))*)<\\/${name}>)`,
    "g"
  );
}
