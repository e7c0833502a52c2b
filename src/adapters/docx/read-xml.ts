/**
 * A streaming reader of the XML in a Word package: start tags (name and attributes), end tags and
 * text, in one linear pass. Only what WordprocessingML needs: a document type declaration (and so
 * any entity it would define, the door to XXE and entity expansion) is refused; character
 * references and the five predefined entities are the only ones decoded. The document must be
 * well formed — every element closed, by its own end tag — or it is refused with the line and
 * column of the fault (a paragraph or a table left open is not read as far as it goes); elements
 * nest at most MAX_XML_DEPTH deep (what a file can deepen is bounded, and nothing here recurses).
 */
import { unescapeXml } from "../xlsx/package/xml";

export interface XmlHandler {
  start(name: string, attributes: (name: string) => string | undefined, selfClosing: boolean): void;
  end(name: string): void;
  text(text: string): void;
  /** whether text is wanted here (when absent: always); text not wanted is not even decoded */
  wantsText?(): boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export type XmlResult =
  | { ok: true }
  | {
      ok: false;
      why: string;
      /** the same in Italian, when the parser says it */
      it?: string;
      /** where, when known (1-based) */
      at?: { line: number; column: number };
    };

/** How deep elements may nest (a Word document: a few dozen levels, more with nested tables). */
export const MAX_XML_DEPTH = 1000;

/** 1-based line and column of `offset` (counted once, when a fault is reported). */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

function fault(xml: string, offset: number, why: string, it: string): XmlResult {
  const at = lineColumnOf(xml, offset);
  return { ok: false, why, it, at };
}

/** The value of attribute `name` in a start tag's attribute text, unescaped. Linear in the tag. */
function attributeOf(tag: string, name: string): string | undefined {
  let i = 0;
  while (i < tag.length) {
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const eq = tag.indexOf("=", i);
    if (eq < 0) return undefined;
    const key = tag.slice(i, eq).trim();
    let j = eq + 1;
    while (j < tag.length && isSpace(tag.charCodeAt(j))) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, j + 1);
    if (close < 0) return undefined;
    if (key === name) return unescapeXml(tag.slice(j + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** Parses `xml`, calling the handler for each start tag, end tag and piece of text. */
export function parseXml(xml: string, h: XmlHandler): XmlResult {
  try {
    return scan(xml, h);
  } catch (e) {
    // a character reference past Unicode ("&#99999999;") makes the unescaping throw
    if (e instanceof RangeError) return { ok: false, why: e.message };
    throw e;
  }
}

function scan(xml: string, h: XmlHandler): XmlResult {
  const n = xml.length;
  let i = 0;
  // the open elements: their names and where their start tags are
  const open: string[] = [];
  const openAt: number[] = [];
  const wants = h.wantsText;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const upTo = lt < 0 ? n : lt;
    if (upTo > i && (wants === undefined || wants.call(h))) {
      const raw = xml.slice(i, upTo);
      h.text(raw.includes("&") ? unescapeXml(raw) : raw);
    }
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) return { ok: false, why: "processing instruction not closed" };
      i = e + 2;
      continue;
    }
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e < 0) return { ok: false, why: "comment not closed" };
      i = e + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      if (e < 0) return { ok: false, why: "CDATA section not closed" };
      h.text(xml.slice(lt + 9, e));
      i = e + 3;
      continue;
    }
    if (xml.startsWith("<!", lt))
      return { ok: false, why: "a document type declaration (<!DOCTYPE …>) is not allowed" };
    // a tag: up to the ">" outside quoted attribute values
    let j = lt + 1;
    let quote = "";
    while (j < n) {
      const ch = xml[j];
      if (quote !== "") {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
      j++;
    }
    if (j >= n) return fault(xml, lt, "tag not closed", "tag non chiuso");
    const body = xml.slice(lt + 1, j);
    i = j + 1;
    if (body.startsWith("/")) {
      const name = body.slice(1).trim();
      const top = open.length - 1;
      if (top < 0)
        return fault(
          xml,
          lt,
          `</${name}> closes no open element`,
          `</${name}> non chiude nessun elemento aperto`
        );
      if (open[top] !== name) {
        const o = lineColumnOf(xml, openAt[top]);
        return fault(
          xml,
          lt,
          `</${name}> where <${open[top]}> (line ${o.line}, column ${o.column}) is still open`,
          `</${name}> mentre <${open[top]}> (riga ${o.line}, colonna ${o.column}) è ancora aperto`
        );
      }
      open.pop();
      openAt.pop();
      h.end(name);
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    let k = 0;
    while (k < inner.length && !isSpace(inner.charCodeAt(k))) k++;
    const name = inner.slice(0, k);
    const attrs = inner.slice(k);
    if (name === "") return fault(xml, lt, "a tag without a name", "un tag senza nome");
    h.start(name, (a) => attributeOf(attrs, a), selfClosing);
    if (selfClosing) h.end(name);
    else {
      if (open.length >= MAX_XML_DEPTH)
        return fault(
          xml,
          lt,
          `elements nested more than ${MAX_XML_DEPTH} deep`,
          `elementi annidati per più di ${MAX_XML_DEPTH} livelli`
        );
      open.push(name);
      openAt.push(lt);
    }
  }
  if (open.length > 0) {
    const top = open.length - 1;
    return fault(
      xml,
      openAt[top],
      `<${open[top]}> is never closed`,
      `<${open[top]}> non è mai chiuso`
    );
  }
  return { ok: true };
}
