/**
 * The little XML the package reader needs, each step linear in what it reads: a start tag's name
 * and attributes, element text with XML's and Excel's escapes undone. No pattern runs over a part.
 */
import { message, type Message } from "../../../core/message";
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
 * text, where the end tag ends and whether it was found (closed: false when the part ends first).
 * Steps from one "<" to the next: linear in the element.
 */
export function runsText(
  xml: string,
  from: number,
  element: string
): { text: string; end: number; closed: boolean } {
  let out = "";
  let phonetic = 0;
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return { text: cellText(out), end: xml.length, closed: false };
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return { text: cellText(out), end: xml.length, closed: false };
    const closing = xml[lt + 1] === "/";
    const name = tagName(xml, lt);
    i = gt + 1;
    if (closing) {
      if (name === element) return { text: cellText(out), end: i, closed: true };
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

/** Whether the end tag from `lt` to its ">" at `gt` holds its name only ("</t>", "</x:t >"). */
export function endTagHoldsName(xml: string, lt: number, gt: number): boolean {
  let i = lt + 2;
  while (i < gt && !isSpaceCode(xml.charCodeAt(i))) i++;
  for (; i < gt; i++) if (!isSpaceCode(xml.charCodeAt(i))) return false;
  return true;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/**
 * Where the tag starting at `lt` ends: its ">" outside quoted attribute values, or -1 when the
 * part ends first (an attribute's value left open swallows the rest, as in any XML parser). The
 * usual tag — no apostrophe, its double quotes paired — costs one search; others are walked.
 */
export function tagEnd(xml: string, lt: number): number {
  const gt = xml.indexOf(">", lt);
  if (gt < 0) return -1;
  const tag = xml.slice(lt, gt);
  if (!tag.includes("'")) {
    let quotes = 0;
    for (let q = tag.indexOf('"'); q >= 0; q = tag.indexOf('"', q + 1)) quotes++;
    if (quotes % 2 === 0) return gt;
  }
  let quote = "";
  for (let j = lt + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return j;
  }
  return -1;
}

/** 1-based line and column of `offset` in a part (counted once, when a fault is reported). */
export function placeIn(xml: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = xml.indexOf("\n"); k >= 0 && k < offset; k = xml.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where the markup skipped by a tag-to-tag scan ends — a processing instruction, a comment, a
 * CDATA section, a declaration — for the "<" at `lt`; NOT_CLOSED when it is never closed (as an
 * XML parser reads it: "<?>" is no processing instruction), or -1 when `lt` starts an element.
 */
export const NOT_CLOSED = -2;

export function skippedMarkupEnd(xml: string, lt: number): number {
  const c = xml[lt + 1];
  if (c !== "?" && c !== "!") return -1;
  const close =
    c === "?"
      ? "?>"
      : xml.startsWith("<!--", lt)
        ? "-->"
        : xml.startsWith("<![CDATA[", lt)
          ? "]]>"
          : ">";
  const e = xml.indexOf(close, lt + 2);
  return e < 0 ? NOT_CLOSED : e + close.length;
}

/**
 * Why a part's elements do not close in order — an element closed by another's end tag, an end
 * tag with nothing open, an element never closed, a tag never ended — with the line and column,
 * or null when they do. One pass from tag to tag; `part` names the part in the message.
 */
export function unbalanced(xml: string, part: string): Message | null {
  const open: string[] = [];
  const openAt: number[] = [];
  const fault = (at: number, it: string, en: string): Message => {
    const { line, column } = placeIn(xml, at);
    return message(
      `${part} è danneggiato: ${it} (riga ${line}, colonna ${column})`,
      `${part} is damaged: ${en} (line ${line}, column ${column})`
    );
  };
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const skipped = skippedMarkupEnd(xml, lt);
    if (skipped === NOT_CLOSED)
      return fault(
        lt,
        "una dichiarazione o un commento non è chiuso",
        "a declaration or a comment is not closed"
      );
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return fault(lt, "un tag non è chiuso", "a tag is not closed");
    i = gt + 1;
    const name = tagName(xml, lt);
    if (xml[lt + 1] === "/") {
      const top = open.length - 1;
      if (top < 0)
        return fault(
          lt,
          `</${name}> non chiude nessun elemento aperto`,
          `</${name}> closes no open element`
        );
      if (!endTagHoldsName(xml, lt, gt))
        return fault(
          lt,
          `il tag di chiusura </${name}> contiene altro oltre il nome`,
          `the end tag </${name}> holds more than its name`
        );
      if (open[top] !== name) {
        const o = placeIn(xml, openAt[top]);
        return fault(
          lt,
          `</${name}> mentre <${open[top]}> (riga ${o.line}, colonna ${o.column}) è ancora aperto`,
          `</${name}> where <${open[top]}> (line ${o.line}, column ${o.column}) is still open`
        );
      }
      open.pop();
      openAt.pop();
    } else if (xml[gt - 1] !== "/") {
      open.push(name);
      openAt.push(lt);
    }
  }
  if (open.length === 0) return null;
  const top = open.length - 1;
  return fault(openAt[top], `<${open[top]}> non è mai chiuso`, `<${open[top]}> is never closed`);
}
