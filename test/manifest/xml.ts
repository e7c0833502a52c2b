/**
 * A small, strict XML reader for the manifest checks: enough of XML 1.0 to say whether a document
 * is well formed (one root, nested and matching tags, quoted and unique attributes, known entities,
 * declared namespace prefixes) and to walk its elements. Throws XmlError with the line on the
 * first fault. No DTDs (a manifest has none).
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
  }
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`bare "&" (write &amp;)`, line);
    if (body in ENTITIES) return ENTITIES[body];
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (numeric) {
      const code = numeric[1].startsWith("x")
        ? parseInt(numeric[1].slice(1), 16)
        : parseInt(numeric[1], 10);
      return String.fromCodePoint(code);
    }
    throw new XmlError(`unknown entity &${body};`, line);
  });
}

function parseAttributes(source: string, line: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let rest = source.trim();
  while (rest.length > 0) {
    const m = /^([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
    if (!m) throw new XmlError(`malformed attribute near "${rest.slice(0, 30)}"`, line);
    const [whole, name, , dq, sq] = m;
    if (!NAME.test(name)) throw new XmlError(`bad attribute name "${name}"`, line);
    if (name in attributes) throw new XmlError(`attribute "${name}" repeated`, line);
    const value = dq ?? sq;
    if (value.includes("<")) throw new XmlError(`"<" in the value of attribute "${name}"`, line);
    attributes[name] = decode(value, line);
    rest = rest.slice(whole.length);
    if (rest.length > 0 && !/^\s/.test(rest))
      throw new XmlError(`no space after attribute "${name}"`, line);
    rest = rest.trimStart();
  }
  return attributes;
}

function checkNamespaces(element: XmlElement, inScope: Set<string>): void {
  const scope = new Set(inScope);
  for (const a of Object.keys(element.attributes)) {
    if (a.startsWith("xmlns:")) scope.add(a.slice(6));
  }
  const prefixOf = (qname: string) => (qname.includes(":") ? qname.split(":")[0] : null);
  const used = [
    element.name,
    ...Object.keys(element.attributes).filter((a) => a !== "xmlns" && !a.startsWith("xmlns:")),
  ];
  for (const qname of used) {
    const prefix = prefixOf(qname);
    if (prefix && prefix !== "xml" && !scope.has(prefix)) {
      throw new XmlError(
        `namespace prefix "${prefix}" of <${qname}> is not declared`,
        element.line
      );
    }
  }
  for (const child of element.children) checkNamespaces(child, scope);
}

/** Parses a whole document; returns its root element. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (source[k] === "\n") line++;
    i = to;
  };
  const expectEnd = (marker: string, what: string): number => {
    const end = source.indexOf(marker, i);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };

  if (source.charCodeAt(0) === 0xfeff) i = 1;
  if (source.startsWith("<?xml", i)) {
    const end = expectEnd("?>", "XML declaration");
    if (!/^<\?xml\s+version="1\.[0-9]"/.test(source.slice(i, end)))
      throw new XmlError("bad XML declaration", line);
    advance(end + 2);
  }

  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(i, textEnd);
    if (text.trim() !== "") {
      if (stack.length === 0)
        throw new XmlError(`text outside the root element: "${text.trim().slice(0, 30)}"`, line);
      if (text.includes("]]>")) throw new XmlError(`"]]>" in text`, line);
      stack[stack.length - 1].text += decode(text, line);
    }
    advance(textEnd);
    if (lt < 0) break;

    if (source.startsWith("<!--", i)) {
      const end = expectEnd("-->", "comment");
      if (source.slice(i + 4, end).includes("--"))
        throw new XmlError(`"--" inside a comment`, line);
      advance(end + 3);
    } else if (source.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) throw new XmlError("CDATA outside the root element", line);
      const end = expectEnd("]]>", "CDATA section");
      stack[stack.length - 1].text += source.slice(i + 9, end);
      advance(end + 3);
    } else if (source.startsWith("<?", i)) {
      advance(expectEnd("?>", "processing instruction") + 2);
    } else if (source.startsWith("<!", i)) {
      throw new XmlError("DTDs and declarations are not expected in a manifest", line);
    } else if (source.startsWith("</", i)) {
      const end = expectEnd(">", "end tag");
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name)
        throw new XmlError(`</${name}> closes <${open.name}> (opened on line ${open.line})`, line);
      advance(end + 1);
    } else {
      const end = expectEnd(">", "start tag");
      let body = source.slice(i + 1, end);
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      const m = /^([^\s/>]+)([\s\S]*)$/.exec(body);
      if (!m || !NAME.test(m[1]))
        throw new XmlError(`bad tag name in <${body.slice(0, 30)}>`, line);
      const element: XmlElement = { name: m[1], attributes: {}, children: [], text: "", line };
      if (m[2] && !/^\s/.test(m[2])) throw new XmlError(`bad tag <${body.slice(0, 30)}>`, line);
      element.attributes = parseAttributes(m[2], line);
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new XmlError(`second root element <${element.name}>`, line);
      else root = element;
      if (!selfClosing) stack.push(element);
      advance(end + 1);
    }
  }
  if (stack.length > 0)
    throw new XmlError(
      `<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`,
      line
    );
  if (!root) throw new XmlError("no root element", line);
  checkNamespaces(root, new Set());
  return root;
}

/** Every element under (and including) `root`, document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Elements with this qualified name ("bt:Url", "SourceLocation"). */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  return allElements(root).filter((e) => e.name === name);
}

/** The chain of element names from root to `target` (for messages and context checks). */
export function pathTo(root: XmlElement, target: XmlElement): string[] {
  const find = (e: XmlElement, trail: string[]): string[] | null => {
    const here = [...trail, e.name];
    if (e === target) return here;
    for (const c of e.children) {
      const found = find(c, here);
      if (found) return found;
    }
    return null;
  };
  return find(root, []) ?? [];
}
