/**
 * The cell formats of xl/styles.xml, extended on demand. withFormat: a cell keeps its look (font,
 * fill, border of its table column) and takes the number format the patch asks for. withLook: a
 * cell of a sheet this program writes takes a described style (looks.ts), a number format, the
 * wrap of its column and the quote prefix. A new format reuses a built-in id or an existing custom
 * code before adding one; a new cell format (xf) is a copy of its base with only what changes;
 * fonts, fills and differential formats (conditional formats) are added once each. Nothing else in
 * the part is touched: the same code extends an analyst's styles and builds a new workbook's.
 */
import { BUILTIN_NUMBER_FORMATS } from "../../../core/number-format";
import type { CellStyle } from "../../../workbook";
import { LOOKS, type FontLook } from "../looks";
import { attribute, elementPattern, escapeAttribute, withAttribute, withoutAttribute } from "./xml";

/** The built-in number formats (core/number-format) the engine writes by their id, not as codes. */
const BUILT_IN: Record<number, string> = Object.fromEntries(
  [0, 1, 2, 3, 4, 9, 10, 11, 49].map((id) => [id, BUILTIN_NUMBER_FORMATS[id]])
);
const FIRST_CUSTOM_ID = 164;

const XF = elementPattern("xf");
const NUM_FMT = elementPattern("numFmt");
const FONT = elementPattern("font");
const FILL = elementPattern("fill");
const DXF = elementPattern("dxf");

/** How a cell of a written sheet looks: everything optional, nothing means the base format. */
export interface CellLook {
  style?: CellStyle;
  /** number format code */
  format?: string;
  /** top-aligned and wrapped (its column wraps) */
  wrap?: boolean;
  /** text that must stay text when edited (spec.ts, needsQuotePrefix) */
  quotePrefix?: boolean;
}

/** A list section of the styles part (<fonts>, <fills>, <dxfs>): its items, and those added. */
class Section {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    readonly tag: string,
    readonly items: string[]
  ) {
    items.forEach((x, i) => this.index.set(x, i));
  }
  static parse(xml: string, tag: string, item: RegExp): Section {
    const body = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "";
    return new Section(tag, body.match(item) ?? []);
  }
  get count(): number {
    return this.items.length + this.added.length;
  }
  /** The index of an item, added when new. */
  id(xml: string): number {
    const hit = this.index.get(xml);
    if (hit !== undefined) return hit;
    this.added.push(xml);
    this.index.set(xml, this.count - 1);
    return this.count - 1;
  }
  /** The part with this section's added items (the section created when absent, before `before`). */
  into(xml: string, before: RegExp): string {
    if (this.added.length === 0) return xml;
    const count = String(this.count);
    const empty = new RegExp(`<${this.tag}\\b[^>]*/>`);
    const full = new RegExp(`(<${this.tag}\\b[^>]*>)([\\s\\S]*?)(</${this.tag}>)`);
    if (empty.test(xml)) xml = xml.replace(empty, `<${this.tag} count="0"></${this.tag}>`);
    if (full.test(xml))
      return xml.replace(
        full,
        (_m, open: string, body: string, close: string) =>
          withAttribute(open, "count", count) + body + this.added.join("") + close
      );
    const at = before.exec(xml);
    const section = `<${this.tag} count="${count}">${this.added.join("")}</${this.tag}>`;
    if (!at) return xml.replace(/<\/styleSheet>/, `${section}</styleSheet>`);
    return xml.slice(0, at.index) + section + xml.slice(at.index);
  }
}

/** The font of a look: the part's default font with the look's changes. */
function fontXml(base: string, f: FontLook): string {
  let body = /^<font\b[^>]*>([\s\S]*)<\/font>$/.exec(base)?.[1] ?? "";
  if (f.bold) body = "<b/>" + body.replace(/<b\b[^>]*\/>/g, "");
  if (f.italic) body = "<i/>" + body.replace(/<i\b[^>]*\/>/g, "");
  if (f.underline) body = "<u/>" + body.replace(/<u\b[^>]*\/>/g, "");
  if (f.size) body = body.replace(/<sz\b[^>]*\/>/g, "") + `<sz val="${f.size}"/>`;
  if (f.color) body = body.replace(/<color\b[^>]*\/>/g, "") + `<color rgb="${f.color}"/>`;
  return `<font>${body}</font>`;
}

function solidFill(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** Children of CT_Xf in order: alignment, protection, extLst. */
function withAlignment(xf: string, alignment: string): string {
  const start = /^<xf\b[^>]*?\/?>/.exec(xf)?.[0] ?? "<xf/>";
  const open = start.endsWith("/>") ? start.replace(/\s*\/>$/, ">") : start;
  const body = (
    start.endsWith("/>") ? "" : xf.slice(start.length, xf.length - "</xf>".length)
  ).replace(/<alignment\b[^>]*?(?:\/>|>[\s\S]*?<\/alignment>)/, "");
  return `${withAttribute(open, "applyAlignment", "1")}${alignment}${body}</xf>`;
}

export class StyleTable {
  private readonly xml: string;
  private readonly xfs: string[];
  private readonly customCodes = new Map<number, string>();
  private readonly addedFormats: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly cache = new Map<string, number>();
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly dxfs: Section;
  private nextId: number;

  private constructor(xml: string, xfs: string[]) {
    this.xml = xml;
    this.xfs = xfs;
    const numFmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)?.[1] ?? "";
    let max = FIRST_CUSTOM_ID - 1;
    for (const tag of numFmts.match(NUM_FMT) ?? []) {
      const id = Number(attribute(tag, "numFmtId"));
      const code = attribute(tag, "formatCode");
      if (!Number.isInteger(id) || code === undefined) continue;
      this.customCodes.set(id, code);
      max = Math.max(max, id);
    }
    this.nextId = max + 1;
    this.fonts = Section.parse(xml, "fonts", FONT);
    this.fills = Section.parse(xml, "fills", FILL);
    this.dxfs = Section.parse(xml, "dxfs", DXF);
  }

  /** The table of a styles part, or undefined when its shape is not the expected one. */
  static parse(xml: string): StyleTable | undefined {
    const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (!m) return undefined;
    const xfs = m[1].match(XF) ?? [];
    if (xfs.length === 0) return undefined;
    return new StyleTable(xml, xfs);
  }

  get count(): number {
    return this.xfs.length + this.addedXfs.length;
  }

  private xfTag(index: number): string | undefined {
    return index < this.xfs.length ? this.xfs[index] : this.addedXfs[index - this.xfs.length];
  }

  private codeOf(id: number): string | undefined {
    return this.customCodes.get(id) ?? BUILT_IN[id];
  }

  private idOf(code: string): number {
    for (const [id, c] of Object.entries(BUILT_IN)) if (c === code) return Number(id);
    for (const [id, c] of this.customCodes) if (c === code) return id;
    const id = this.nextId++;
    this.customCodes.set(id, code);
    this.addedFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** The index of a cell format (added unless the same one is there). */
  private xfIndex(tag: string, fallback: number): number {
    const own = this.xfTag(fallback);
    if (own === tag) return fallback;
    const seen = this.addedXfs.indexOf(tag);
    if (seen >= 0) return this.xfs.length + seen;
    this.addedXfs.push(tag);
    return this.count - 1;
  }

  /** The cell format index for a cell of format `base` showing numbers as `code`. */
  withFormat(base: number, code: string): number {
    return this.withLook(base, { format: code });
  }

  /** The cell format index for a cell of format `base` that looks as `look` says. */
  withLook(base: number, look: CellLook): number {
    const key = `${base}\u0000${look.style ?? ""}\u0000${look.format ?? ""}\u0000${look.wrap ? 1 : 0}${look.quotePrefix ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const from = base < this.count ? base : 0;
    let tag = this.xfTag(from) ?? "<xf/>";
    const start = () => /^<xf\b[^>]*?\/?>/.exec(tag)?.[0] ?? "<xf/>";
    const setAttributes = (pairs: [string, string][]) => {
      let s = start();
      for (const [name, value] of pairs) s = withAttribute(s, name, value);
      tag = s + tag.slice(start().length);
    };
    if (look.format !== undefined) {
      const current = Number(attribute(start(), "numFmtId") ?? 0);
      if (this.codeOf(current) !== look.format)
        setAttributes([
          ["numFmtId", String(this.idOf(look.format))],
          ["applyNumberFormat", "1"],
        ]);
    }
    const described = look.style ? LOOKS[look.style] : undefined;
    if (described?.font) {
      const id = this.fonts.id(fontXml(this.fonts.items[0] ?? "<font/>", described.font));
      setAttributes([
        ["fontId", String(id)],
        ["applyFont", "1"],
      ]);
    }
    if (described?.fill) {
      setAttributes([
        ["fillId", String(this.fills.id(solidFill(described.fill)))],
        ["applyFill", "1"],
      ]);
    }
    const alignment = described?.alignment ?? (look.wrap ? { vertical: "top", wrap: true } : null);
    if (alignment)
      tag = withAlignment(
        tag,
        `<alignment vertical="${alignment.vertical}"${alignment.wrap ? ' wrapText="1"' : ""}/>`
      );
    if (look.quotePrefix) setAttributes([["quotePrefix", "1"]]);
    else if (attribute(start(), "quotePrefix") !== undefined)
      tag = withoutAttribute(start(), "quotePrefix") + tag.slice(start().length);
    const index = this.xfIndex(tag, from);
    this.cache.set(key, index);
    return index;
  }

  /** The index of a differential format that fills a cell (conditional formats). */
  fillDxf(argb: string): number {
    return this.dxfs.id(
      `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`
    );
  }

  /** Whether anything was added (else the part stays as it was). */
  get changed(): boolean {
    return (
      this.addedXfs.length > 0 ||
      this.addedFormats.length > 0 ||
      this.fonts.added.length > 0 ||
      this.fills.added.length > 0 ||
      this.dxfs.added.length > 0
    );
  }

  /** The styles part with the added formats. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    // CT_Stylesheet order: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles,
    // dxfs, tableStyles, colors, extLst
    xml = this.fonts.into(xml, /<(fills|borders|cellStyleXfs|cellXfs)\b/);
    xml = this.fills.into(xml, /<(borders|cellStyleXfs|cellXfs)\b/);
    xml = this.dxfs.into(xml, /<(tableStyles|colors|extLst)\b/);
    if (this.addedXfs.length)
      xml = xml.replace(
        /(<cellXfs\b[^>]*>)([\s\S]*?)(<\/cellXfs>)/,
        (_m, open: string, body: string, close: string) =>
          withAttribute(open, "count", String(this.count)) + body + this.addedXfs.join("") + close
      );
    if (this.addedFormats.length === 0) return xml;
    const total = this.customCodes.size;
    xml = xml.replace(/<numFmts\b[^>]*\/>/, '<numFmts count="0"></numFmts>');
    if (/<numFmts\b/.test(xml)) {
      xml = xml.replace(
        /(<numFmts\b[^>]*>)([\s\S]*?)(<\/numFmts>)/,
        (_m, open: string, body: string, close: string) =>
          withAttribute(open, "count", String(total)) + body + this.addedFormats.join("") + close
      );
    } else {
      // numFmts is the first child of styleSheet
      xml = xml.replace(
        /(<styleSheet\b[^>]*>)/,
        `$1<numFmts count="${total}">${this.addedFormats.join("")}</numFmts>`
      );
    }
    return xml;
  }
}

/** The styles part of a new workbook, before any look is added (Excel's defaults). */
export const BASE_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";
