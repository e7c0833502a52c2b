/**
 * The cell formats of xl/styles.xml, extended on demand: a cell keeps its look (font, fill,
 * border of its table column) and takes the number format the patch asks for. A new format
 * reuses a built-in id or an existing custom code before adding one; a new cell format (xf) is a
 * copy of the cell's own with only numFmtId changed. Nothing else in the file is touched.
 */
import { attribute, escapeAttribute, withAttribute } from "./xml";

/** Excel's built-in number formats that the engine writes (ECMA-376 §18.8.30). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  49: "@",
};
const FIRST_CUSTOM_ID = 164;

const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;
const NUM_FMT = /<numFmt\b[^>]*\/>|<numFmt\b[^>]*>[\s\S]*?<\/numFmt>/g;

export class StyleTable {
  private readonly xml: string;
  private readonly xfs: string[];
  private readonly customCodes = new Map<number, string>();
  private readonly addedFormats: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly cache = new Map<string, number>();
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

  /** The cell format index for a cell of format `base` showing numbers as `code`. */
  withFormat(base: number, code: string): number {
    const key = `${base}\u0000${code}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const tag = this.xfTag(base) ?? this.xfTag(0) ?? "<xf/>";
    const current = Number(attribute(tag, "numFmtId") ?? 0);
    let index = base < this.count ? base : 0;
    if (this.codeOf(current) !== code) {
      const id = this.idOf(code);
      const start = /^<xf\b[^>]*?\/?>/.exec(tag)?.[0] ?? "<xf/>";
      const updated = withAttribute(
        withAttribute(start, "numFmtId", String(id)),
        "applyNumberFormat",
        "1"
      );
      this.addedXfs.push(updated + tag.slice(start.length));
      index = this.count - 1;
    }
    this.cache.set(key, index);
    return index;
  }

  /** Whether anything was added (else the part stays as it was). */
  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  /** The styles part with the added formats. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml.replace(
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
