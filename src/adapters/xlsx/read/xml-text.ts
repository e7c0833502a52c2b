/**
 * The little XML the package reader needs, each step linear in what it reads: a start tag's name
 * and attributes, element text with XML's and Excel's escapes undone. No pattern runs over a part.
 */
import { attribute, unescapeXml } from "../package/xml";

/** The local name of the tag starting at `lt` ("<x:row " → "row"), and where the name ends. */
export function tagName(xml: string, lt: number): string {
  let i = lt + 1;
  if (xml[i] === "/") i++;
  const start = i;
  let colon = -1;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    // space, tab, CR, LF, ">", "/"
    if (c === 32 || c === 9 || c === 13 || c === 10 || c === 62 || c === 47) break;
    if (c === 58) colon = i;
  }
  return xml.slice(colon >= 0 ? colon + 1 : start, i);
}

/** The value of attribute `name` in one start tag (unescaped), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const i = tag.indexOf(key);
  if (i >= 0) {
    const start = i + key.length;
    const end = tag.indexOf('"', start);
    if (end < 0) return undefined;
    const v = tag.slice(start, end);
    return v.includes("&") ? unescapeXml(v) : v;
  }
  // single quotes, other white space or spaces around "=": the general (slower) reading
  return /['\t\n\r]|\s=/.test(tag) ? attribute(tag, name) : undefined;
}

/** Excel's escapes of characters XML cannot hold ("_x000D_"), and XML's own, undone. */
export function cellText(s: string): string {
  const t = s.includes("&") ? unescapeXml(s) : s;
  return t.includes("_x")
    ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : t;
}

/**
 * The text of a string item (<si>) or an inline string (<is>) whose start tag ends at `from`:
 * its <t> runs joined, phonetic runs (<rPh>) left out, up to the element's end tag. Returns the
 * text and where the end tag ends. Steps from one "<" to the next: linear in the element.
 */
export function runsText(
  xml: string,
  from: number,
  element: string
): { text: string; end: number } {
  let out = "";
  let phonetic = 0;
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return { text: cellText(out), end: xml.length };
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return { text: cellText(out), end: xml.length };
    const closing = xml[lt + 1] === "/";
    const name = tagName(xml, lt);
    i = gt + 1;
    if (closing) {
      if (name === element) return { text: cellText(out), end: i };
      if (name === "rPh" && phonetic > 0) phonetic--;
      continue;
    }
    if (xml[gt - 1] === "/") continue;
    if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) {
      const next = xml.indexOf("<", i);
      out += xml.slice(i, next < 0 ? xml.length : next);
      i = next < 0 ? xml.length : next;
    }
  }
}
