/**
 * The Office.js surface of the fake Excel: proxy objects that queue their work and run it at
 * context.sync(), in order, as Excel runs a batch.
 *
 * As in Office.js: reading a property that was neither loaded (load + sync) nor assigned throws
 * PropertyNotLoaded at once; everything else (a refused name, an array of the wrong size, an
 * oversized request) fails at context.sync(), which rejects with the Office.js error code, and
 * what came before it in the batch stays done. A member above the Excel's ExcelApi version fails
 * with ApiNotFound. Members the fake does not model are absent (calling one is a TypeError).
 */
import { Payload } from "./payload";
import { fail, LIMITS, OfficeError } from "./rules";
import type { Area, FakeSheet, FakeTable, Workbook } from "./workbook";

/** ExcelApi versions compare as numbers per part: "1.10" > "1.9". */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** What one batch cost on the wire. */
export interface BatchRecord {
  request: number;
  response: number;
  /** the error code when Excel refused the batch */
  refused?: string;
}

export class Ctx {
  readonly payload = new Payload();
  private actions: (() => void)[] = [];
  private deliveries: (() => void)[] = [];
  readonly workbook: { worksheets: WorksheetCollection; tables: TableCollection };

  constructor(
    readonly book: Workbook,
    readonly apiVersion: string,
    private readonly onSync: (b: BatchRecord) => void
  ) {
    const root = this.payload.id();
    const wb = this.payload.propertyPath(root, "workbook");
    this.workbook = {
      worksheets: new WorksheetCollection(this, this.payload.propertyPath(wb, "worksheets")),
      tables: new TableCollection(this, this.payload.propertyPath(wb, "tables"), null),
    };
  }

  queue(action: () => void): void {
    this.actions.push(action);
  }

  deliver(d: () => void): void {
    this.deliveries.push(d);
  }

  /** A member of ExcelApi `version`: fails at sync in an Excel that lacks it. */
  requires(version: string, member: string): void {
    if (!versionAtLeast(this.apiVersion, version))
      this.queue(() =>
        fail(
          "ApiNotFound",
          `${member} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`,
          member
        )
      );
  }

  get pending(): number {
    return this.actions.length;
  }

  async sync(): Promise<void> {
    const actions = this.actions.splice(0);
    this.deliveries = [];
    const request = this.payload.request;
    this.payload.reset();
    const record: BatchRecord = { request, response: 0 };
    try {
      if (request > LIMITS.payload)
        fail(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${request} bytes > ${LIMITS.payload}).`
        );
      for (const a of actions) a();
      record.response = this.payload.response;
      if (this.payload.response > LIMITS.payload)
        fail(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${this.payload.response} bytes > ${LIMITS.payload}).`
        );
    } catch (e) {
      record.refused = (e as { code?: string }).code ?? "Error";
      throw e;
    } finally {
      this.payload.reset();
      this.onSync(record);
    }
    for (const d of this.deliveries.splice(0)) d();
    await Promise.resolve();
  }
}

/** A target found when the batch runs, then kept (a renamed sheet is still the same sheet). */
export class Ref<T> {
  private target: T | undefined;
  constructor(private readonly find: () => T) {}
  get(): T {
    if (this.target === undefined) this.target = this.find();
    return this.target;
  }
  bind(t: T): void {
    this.target = t;
  }
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function loadNames(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const s = typeof spec === "object" && !Array.isArray(spec) ? spec.select : spec;
  if (s === undefined) return null;
  const list = Array.isArray(s) ? s : s.split(",");
  return list.map((x) => x.trim()).filter(Boolean);
}

abstract class ClientObject {
  protected readonly state = new Map<string, unknown>();
  constructor(
    readonly ctx: Ctx,
    readonly path: number
  ) {}

  /** Each loadable property and how the batch reads it. */
  protected abstract loadable(): Record<string, () => unknown>;
  protected abstract readonly typeName: string;

  protected read<T>(prop: string): T {
    if (!this.state.has(prop))
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        { code: "PropertyNotLoaded", message: `${this.typeName}.${prop}` }
      );
    return this.state.get(prop) as T;
  }

  protected assign(prop: string, value: unknown, apply: () => void): void {
    this.ctx.payload.setProperty(this.path, prop, value);
    this.state.set(prop, value);
    this.ctx.queue(apply);
  }

  protected call(name: string, args: unknown[], apply: () => void): void {
    this.ctx.payload.method(this.path, name, args);
    this.ctx.queue(apply);
  }

  load(spec?: LoadSpec): this {
    const table = this.loadable();
    const names = loadNames(spec) ?? Object.keys(table);
    for (const n of names)
      if (!(n in table)) throw new TypeError(`the fake's ${this.typeName} cannot load "${n}"`);
    this.ctx.payload.query(this.path, names);
    this.ctx.queue(() => this.answer(names));
    return this;
  }

  /** Inside a running batch: reads the properties and hands them over when the batch is done. */
  answer(names?: string[]): void {
    const table = this.loadable();
    const list = names ?? Object.keys(table);
    const out: Record<string, unknown> = {};
    for (const n of list) {
      if (!(n in table)) throw new TypeError(`the fake's ${this.typeName} cannot load "${n}"`);
      out[n] = table[n]();
    }
    this.ctx.payload.answer(out);
    this.ctx.deliver(() => {
      for (const n of list) this.state.set(n, out[n]);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// property bags: format, font, fill, data validation, conditional formats

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const ENUMS: Record<string, readonly string[]> = {
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  horizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  underline: ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"],
};

function checkFormat(prop: string, value: unknown): void {
  const bad = (why: string) =>
    fail("InvalidArgument", `${prop} = ${JSON.stringify(value)}: ${why}`, prop);
  if (prop === "color" && !(typeof value === "string" && COLOR.test(value)))
    bad("a colour is #RRGGBB");
  if (ENUMS[prop] && !ENUMS[prop].includes(value as string))
    bad(`one of ${ENUMS[prop].join(", ")}`);
  if ((prop === "bold" || prop === "italic" || prop === "wrapText") && typeof value !== "boolean")
    bad("true or false");
  if (prop === "size" && !(typeof value === "number" && value >= 1 && value <= 409))
    bad("1 to 409 points");
  if (
    (prop === "columnWidth" || prop === "rowHeight") &&
    !(typeof value === "number" && value >= 0)
  )
    bad("a width in points");
}

interface BagShape {
  type: string;
  props: readonly string[];
  children?: Record<string, BagShape>;
  /** ExcelApi version of a property, when above the object's own */
  versions?: Record<string, string>;
}

/**
 * A bag of settable properties and child bags (RangeFormat → font, fill…). Each assignment is
 * queued, then checked and handed to `record` when the batch runs.
 */
class Bag {
  constructor(
    ctx: Ctx,
    path: number,
    shape: BagShape,
    record: (prop: string, value: unknown) => void
  ) {
    const values = new Map<string, unknown>();
    for (const p of shape.props)
      Object.defineProperty(this, p, {
        enumerable: true,
        get: () => {
          if (!values.has(p))
            throw new OfficeError("PropertyNotLoaded", `The property '${p}' is not available.`, {
              code: "PropertyNotLoaded",
              message: `${shape.type}.${p}`,
            });
          return values.get(p);
        },
        set: (v: unknown) => {
          const version = shape.versions?.[p];
          if (version) ctx.requires(version, `${shape.type}.${p}`);
          ctx.payload.setProperty(path, p, v);
          values.set(p, v);
          ctx.queue(() => {
            checkFormat(p, v);
            record(p, v);
          });
        },
      });
    for (const [name, child] of Object.entries(shape.children ?? {})) {
      let made: Bag | null = null;
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => {
          made ??= new Bag(ctx, ctx.payload.propertyPath(path, name), child, (p, v) =>
            record(`${name}.${p}`, v)
          );
          return made;
        },
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ranges

const A1 = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** An address on one sheet ("B3", "B3:D9", "5:9", "C:D") → 0-based area, or null. */
export function parseAddress(address: string): Area | null {
  const parts = address.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [a, b = a] = parts;
  if (/^\$?\d+$/.test(a) && /^\$?\d+$/.test(b)) {
    const r0 = Number(a.replace("$", "")) - 1;
    const r1 = Number(b.replace("$", "")) - 1;
    return r0 < 0 || r1 < r0 ? null : { r0, c0: 0, h: r1 - r0 + 1, w: LIMITS.cols };
  }
  if (/^\$?[A-Z]{1,3}$/i.test(a) && /^\$?[A-Z]{1,3}$/i.test(b)) {
    const c0 = columnNumber(a.replace("$", "")) - 1;
    const c1 = columnNumber(b.replace("$", "")) - 1;
    return c1 < c0 ? null : { r0: 0, c0, h: LIMITS.rows, w: c1 - c0 + 1 };
  }
  const m = A1.exec(a);
  const n = A1.exec(b);
  if (!m || !n) return null;
  const r0 = Number(m[2]) - 1;
  const c0 = columnNumber(m[1]) - 1;
  const r1 = Number(n[2]) - 1;
  const c1 = columnNumber(n[1]) - 1;
  if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0 || r1 >= LIMITS.rows || c1 >= LIMITS.cols) return null;
  return { r0, c0, h: r1 - r0 + 1, w: c1 - c0 + 1 };
}

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(area: Area): string {
  const tl = `${letters(area.c0)}${area.r0 + 1}`;
  const br = `${letters(area.c0 + area.w - 1)}${area.r0 + area.h}`;
  return tl === br ? tl : `${tl}:${br}`;
}

const SHEET_REF = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!/;

export class Range extends ClientObject {
  protected readonly typeName = "Range";
  private fmt: Bag | null = null;
  private dv: Bag | null = null;
  private cfs: ConditionalFormatCollection | null = null;

  constructor(
    ctx: Ctx,
    path: number,
    readonly sheet: Ref<FakeSheet>,
    readonly area: Ref<Area>
  ) {
    super(ctx, path);
  }

  private where(): { s: FakeSheet; a: Area } {
    return { s: this.sheet.get(), a: this.area.get() };
  }

  protected loadable(): Record<string, () => unknown> {
    const snap = (k: "values" | "formulas" | "numberFormat") => () => {
      const { s, a } = this.where();
      return this.ctx.book.snapshot(s, a)[k];
    };
    return {
      address: () => `${quote(this.sheet.get().name)}!${a1(this.area.get())}`,
      rowIndex: () => this.area.get().r0,
      columnIndex: () => this.area.get().c0,
      rowCount: () => this.area.get().h,
      columnCount: () => this.area.get().w,
      values: snap("values"),
      formulas: snap("formulas"),
      numberFormat: snap("numberFormat"),
      isNullObject: () => false,
    };
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /** The used cells inside this range (ExcelApi 1.4), or a null object when none is. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.ctx.requires("1.4", "Range.getUsedRangeOrNullObject");
    const p = this.ctx.payload.methodPath(
      this.path,
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly]
    );
    return new UsedRange(
      this.ctx,
      p,
      this.sheet,
      new Ref(() =>
        this.ctx.book.usedAreaWithin(this.sheet.get(), valuesOnly === true, this.area.get())
      )
    );
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.assign("values", v, () => this.write("values", v));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.assign("formulas", v, () => this.write("formulas", v));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.assign("numberFormat", v, () => this.write("numberFormat", v));
  }

  private write(kind: "values" | "formulas" | "numberFormat", v: unknown): void {
    const { s, a } = this.where();
    this.ctx.book.write(s, a, kind, v);
  }

  set hyperlink(link: unknown) {
    this.ctx.requires("1.7", "Range.hyperlink");
    this.assign("hyperlink", link, () => {
      const { s, a } = this.where();
      this.ctx.book.hyperlink(s, a, link);
    });
  }

  get format(): Bag {
    if (!this.fmt) {
      const record = (prop: string, value: unknown) => {
        const { s, a } = this.where();
        if (prop === "columnWidth")
          for (let j = 0; j < a.w; j++) s.columnWidths.set(a.c0 + j, value as number);
        else s.formats.push({ area: a, property: prop, value });
      };
      this.fmt = new Bag(
        this.ctx,
        this.ctx.payload.propertyPath(this.path, "format"),
        {
          type: "RangeFormat",
          props: [
            "wrapText",
            "verticalAlignment",
            "horizontalAlignment",
            "columnWidth",
            "rowHeight",
          ],
          versions: { columnWidth: "1.2", rowHeight: "1.2" },
          children: {
            font: {
              type: "RangeFont",
              props: ["bold", "italic", "size", "color", "underline", "name"],
            },
            fill: { type: "RangeFill", props: ["color"] },
          },
        },
        record
      );
    }
    return this.fmt;
  }

  get dataValidation(): Bag {
    if (!this.dv) {
      const entry = {
        area: { r0: 0, c0: 0, h: 0, w: 0 },
        rule: undefined as unknown,
        errorAlert: undefined as unknown,
        ignoreBlanks: undefined as unknown,
      };
      let added = false;
      this.ctx.requires("1.8", "Range.dataValidation");
      this.dv = new Bag(
        this.ctx,
        this.ctx.payload.propertyPath(this.path, "dataValidation"),
        { type: "DataValidation", props: ["ignoreBlanks", "rule", "errorAlert", "prompt"] },
        (prop, value) => {
          const { s, a } = this.where();
          if (prop === "rule") this.checkRule(value);
          if (prop === "errorAlert") checkAlert(value);
          if (!added) {
            entry.area = a;
            s.validations.push(entry);
            added = true;
          }
          (entry as Record<string, unknown>)[prop] = value;
        }
      );
    }
    return this.dv;
  }

  /** A list rule's source must be a list or a reference Excel can resolve when it is set. */
  private checkRule(rule: unknown): void {
    const list = (rule as { list?: { source?: unknown } } | null)?.list;
    if (!list) fail("InvalidArgument", "the fake models list rules only", "DataValidation.rule");
    const source = list.source;
    if (typeof source !== "string" || source === "")
      fail("InvalidArgument", "a list rule needs a source", "DataValidation.rule");
    if (!source.startsWith("=")) return;
    const m = SHEET_REF.exec(source);
    const name = m ? (m[1] ?? m[2]).replace(/''/g, "'") : null;
    if (name !== null && !this.ctx.book.findSheet(name))
      fail(
        "InvalidArgument",
        `the list source refers to a sheet that does not exist: ${source}`,
        "DataValidation.rule"
      );
  }

  get conditionalFormats(): ConditionalFormatCollection {
    if (!this.cfs) {
      this.ctx.requires("1.6", "Range.conditionalFormats");
      this.cfs = new ConditionalFormatCollection(
        this.ctx,
        this.ctx.payload.propertyPath(this.path, "conditionalFormats"),
        () => this.where()
      );
    }
    return this.cfs;
  }

  group(option: string): void {
    this.ctx.requires("1.10", "Range.group");
    this.call("group", [option], () => {
      const { s, a } = this.where();
      this.ctx.book.group(s, a, option);
    });
  }

  select(): void {
    this.call("select", [], () => {
      const { s, a } = this.where();
      this.ctx.book.alive(s);
      this.ctx.book.active = s;
      this.ctx.book.selection = { sheet: s.name, area: a };
    });
  }

  getCell(row: number, column: number): Range {
    const p = this.ctx.payload.methodPath(this.path, "getCell", [row, column]);
    return new Range(
      this.ctx,
      p,
      this.sheet,
      new Ref(() => {
        const a = this.area.get();
        return { r0: a.r0 + row, c0: a.c0 + column, h: 1, w: 1 };
      })
    );
  }
}

/**
 * A range from a getUsedRangeOrNullObject call: a null object when nothing is used. As in
 * Office.js, isNullObject comes with whatever is loaded; a null object's properties load as null.
 */
class UsedRange extends Range {
  constructor(
    ctx: Ctx,
    path: number,
    sheet: Ref<FakeSheet>,
    private readonly found: Ref<Area | null>
  ) {
    super(
      ctx,
      path,
      sheet,
      new Ref(() => found.get() ?? fail("InvalidReference", "the range is a null object"))
    );
  }

  protected loadable(): Record<string, () => unknown> {
    const out: Record<string, () => unknown> = {};
    for (const [k, f] of Object.entries(super.loadable()))
      out[k] = () => (this.found.get() === null ? null : f());
    out.isNullObject = () => this.found.get() === null;
    return out;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    return super.load(names && !names.includes("isNullObject") ? [...names, "isNullObject"] : spec);
  }
}

function checkAlert(alert: unknown): void {
  const a = (alert ?? {}) as { title?: string; message?: string; style?: string };
  // Excel's data validation dialog: a title of 32 characters, a message of 225
  if ((a.title ?? "").length > 32)
    fail(
      "InvalidArgument",
      "an error alert's title has at most 32 characters",
      "DataValidation.errorAlert"
    );
  if ((a.message ?? "").length > 225)
    fail(
      "InvalidArgument",
      "an error alert's message has at most 225 characters",
      "DataValidation.errorAlert"
    );
  if (a.style !== undefined && !["Stop", "Warning", "Information"].includes(a.style))
    fail("InvalidArgument", `error alert style ${a.style}`, "DataValidation.errorAlert");
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class ConditionalFormatCollection {
  constructor(
    private readonly ctx: Ctx,
    private readonly path: number,
    private readonly where: () => { s: FakeSheet; a: Area }
  ) {}

  add(type: string): { custom: Bag } {
    const p = this.ctx.payload.methodPath(this.path, "add", [type]);
    const entry = { area: { r0: 0, c0: 0, h: 0, w: 0 }, type, formula: "", fill: "" };
    this.ctx.queue(() => {
      if (type !== "Custom")
        fail("InvalidArgument", `the fake models Custom conditional formats only (${type})`);
      const { s, a } = this.where();
      entry.area = a;
      s.conditionalFormats.push(entry);
    });
    const custom = new Bag(
      this.ctx,
      this.ctx.payload.propertyPath(p, "custom"),
      {
        type: "CustomConditionalFormat",
        props: [],
        children: {
          rule: { type: "ConditionalFormatRule", props: ["formula"] },
          format: {
            type: "ConditionalRangeFormat",
            props: [],
            children: {
              fill: { type: "ConditionalRangeFill", props: ["color"] },
              font: { type: "ConditionalRangeFont", props: ["color", "bold", "italic"] },
            },
          },
        },
      },
      (prop, value) => {
        if (prop === "rule.formula") {
          if (typeof value !== "string" || !value.startsWith("="))
            fail(
              "InvalidArgument",
              `a conditional format's formula starts with "=": ${String(value)}`
            );
          entry.formula = value;
        }
        if (prop === "format.fill.color") entry.fill = value as string;
      }
    );
    return { custom };
  }
}

// ---------------------------------------------------------------------------------------------
// sheets and tables

export class Worksheet extends ClientObject {
  protected readonly typeName = "Worksheet";
  private tablesProxy: TableCollection | null = null;
  private panes: FreezePanes | null = null;

  constructor(
    ctx: Ctx,
    path: number,
    readonly ref: Ref<FakeSheet>
  ) {
    super(ctx, path);
  }

  protected loadable(): Record<string, () => unknown> {
    return {
      name: () => this.live().name,
      id: () => `{${this.live().id}}`,
      position: () => this.ctx.book.live().indexOf(this.live()),
      tabColor: () => this.live().tabColor,
    };
  }

  private live(): FakeSheet {
    const s = this.ref.get();
    this.ctx.book.alive(s);
    return s;
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.assign("name", v, () => this.ctx.book.renameSheet(this.ref.get(), v));
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: string) {
    this.ctx.requires("1.7", "Worksheet.tabColor");
    this.assign("tabColor", v, () => {
      if (v !== "" && !COLOR.test(v))
        fail("InvalidArgument", `tab colour ${v}`, "Worksheet.tabColor");
      this.live().tabColor = v;
    });
  }

  delete(): void {
    this.call("delete", [], () => this.ctx.book.deleteSheet(this.ref.get()));
  }

  activate(): void {
    this.call("activate", [], () => {
      this.ctx.book.active = this.live();
    });
  }

  getRange(address?: string): Range {
    const p = this.ctx.payload.methodPath(
      this.path,
      "getRange",
      address === undefined ? [] : [address]
    );
    return new Range(
      this.ctx,
      p,
      this.ref,
      new Ref(() => {
        if (address === undefined) return { r0: 0, c0: 0, h: LIMITS.rows, w: LIMITS.cols };
        return (
          parseAddress(address) ??
          fail("InvalidArgument", `not an address: ${address}`, "Worksheet.getRange")
        );
      })
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    this.ctx.requires("1.7", "Worksheet.getRangeByIndexes");
    const p = this.ctx.payload.methodPath(this.path, "getRangeByIndexes", [
      startRow,
      startColumn,
      rowCount,
      columnCount,
    ]);
    const area = { r0: startRow, c0: startColumn, h: rowCount, w: columnCount };
    const ok =
      [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n) && n >= 0) &&
      rowCount > 0 &&
      columnCount > 0;
    return new Range(
      this.ctx,
      p,
      this.ref,
      new Ref(() =>
        ok
          ? area
          : fail(
              "InvalidArgument",
              `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`
            )
      )
    );
  }

  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this.ctx.requires("1.2", "Worksheet.getUsedRange(valuesOnly)");
    const p = this.ctx.payload.methodPath(
      this.path,
      "getUsedRange",
      valuesOnly === undefined ? [] : [valuesOnly]
    );
    return new Range(
      this.ctx,
      p,
      this.ref,
      new Ref(() => this.ctx.book.usedArea(this.live(), valuesOnly === true))
    );
  }

  /** The used range (ExcelApi 1.4), or a null object on a sheet with nothing used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.ctx.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    const p = this.ctx.payload.methodPath(
      this.path,
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly]
    );
    return new UsedRange(
      this.ctx,
      p,
      this.ref,
      new Ref(() => this.ctx.book.usedAreaWithin(this.live(), valuesOnly === true))
    );
  }

  get tables(): TableCollection {
    this.tablesProxy ??= new TableCollection(
      this.ctx,
      this.ctx.payload.propertyPath(this.path, "tables"),
      this.ref
    );
    return this.tablesProxy;
  }

  get freezePanes(): FreezePanes {
    if (!this.panes) {
      this.ctx.requires("1.7", "Worksheet.freezePanes");
      this.panes = new FreezePanes(
        this.ctx,
        this.ctx.payload.propertyPath(this.path, "freezePanes"),
        this
      );
    }
    return this.panes;
  }

  /** The fake's sheet behind this proxy (for FreezePanes). */
  target(): FakeSheet {
    return this.live();
  }
}

class FreezePanes {
  constructor(
    private readonly ctx: Ctx,
    private readonly path: number,
    private readonly sheet: Worksheet
  ) {}

  private set(name: string, args: unknown[], rows: () => number, cols: () => number): void {
    this.ctx.payload.method(this.path, name, args);
    this.ctx.queue(() => {
      const r = rows();
      const c = cols();
      if (!(r >= 0 && c >= 0 && r < LIMITS.rows && c < LIMITS.cols))
        fail("InvalidArgument", `${name}(${String(args)})`);
      this.sheet.target().freeze = { rows: r, cols: c };
    });
  }

  freezeAt(range: Range | string): void {
    const area =
      typeof range === "string"
        ? () => parseAddress(range) ?? fail("InvalidArgument", range)
        : () => range.area.get();
    this.set(
      "freezeAt",
      [typeof range === "string" ? range : "(range)"],
      () => {
        const a = area();
        return a.r0 + a.h;
      },
      () => {
        const a = area();
        return a.c0 + a.w;
      }
    );
  }

  freezeRows(count = 1): void {
    this.set(
      "freezeRows",
      [count],
      () => count,
      () => 0
    );
  }

  freezeColumns(count = 1): void {
    this.set(
      "freezeColumns",
      [count],
      () => 0,
      () => count
    );
  }
}

export class Table extends ClientObject {
  protected readonly typeName = "Table";
  private sheetProxy: Worksheet | null = null;

  constructor(
    ctx: Ctx,
    path: number,
    readonly ref: Ref<FakeTable>
  ) {
    super(ctx, path);
  }

  private live(): FakeTable {
    const t = this.ref.get();
    this.ctx.book.tableAlive(t);
    return t;
  }

  protected loadable(): Record<string, () => unknown> {
    return {
      name: () => this.live().name,
      id: () => `{${this.live().id}}`,
      style: () => this.live().style,
      showBandedRows: () => this.live().showBandedRows,
      showTotals: () => this.live().showTotals,
    };
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.assign("name", v, () => this.ctx.book.renameTable(this.ref.get(), v));
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.assign("style", v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(v) && v !== "")
        fail("InvalidArgument", `table style ${v}`, "Table.style");
      this.live().style = v;
    });
  }
  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.ctx.requires("1.3", "Table.showBandedRows");
    this.assign("showBandedRows", v, () => {
      this.live().showBandedRows = v;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(v: boolean) {
    this.ctx.requires("1.1", "Table.showTotals");
    this.assign("showTotals", v, () => this.ctx.book.setShowTotals(this.ref.get(), v));
  }

  get worksheet(): Worksheet {
    if (!this.sheetProxy) {
      this.ctx.requires("1.2", "Table.worksheet");
      this.sheetProxy = new Worksheet(
        this.ctx,
        this.ctx.payload.propertyPath(this.path, "worksheet"),
        new Ref(() => this.live().sheet)
      );
    }
    return this.sheetProxy;
  }

  getRange(): Range {
    const p = this.ctx.payload.methodPath(this.path, "getRange", []);
    return new Range(
      this.ctx,
      p,
      new Ref(() => this.live().sheet),
      new Ref(() => {
        const t = this.live();
        return { r0: t.r0, c0: t.c0, h: t.h, w: t.w };
      })
    );
  }

  convertToRange(): Range {
    this.ctx.requires("1.2", "Table.convertToRange");
    const t = this.ref;
    const p = this.ctx.payload.methodPath(this.path, "convertToRange", []);
    let area: Area | null = null;
    let sheet: FakeSheet | null = null;
    this.ctx.queue(() => {
      const x = this.live();
      area = { r0: x.r0, c0: x.c0, h: x.h, w: x.w };
      sheet = x.sheet;
      this.ctx.book.convertToRange(t.get());
    });
    return new Range(
      this.ctx,
      p,
      new Ref(() => sheet ?? fail("ItemNotFound", "no table")),
      new Ref(() => area ?? fail("ItemNotFound", "no table"))
    );
  }
}

/** worksheets and tables: `items` after load("items/…") and a sync. */
abstract class Collection<T extends ClientObject> {
  private loaded: T[] | null = null;
  constructor(
    readonly ctx: Ctx,
    readonly path: number
  ) {}

  protected abstract all(): T[];

  get items(): T[] {
    if (!this.loaded)
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec) ?? ["items"];
    const item = names
      .filter((n) => n === "items" || n.startsWith("items/"))
      .map((n) => n.slice("items/".length))
      .filter(Boolean);
    if (!names.every((n) => n === "items" || n.startsWith("items/")))
      throw new TypeError(`the fake's collections load items only (${names.join(",")})`);
    this.ctx.payload.query(this.path, [], ["Items"]);
    this.ctx.queue(() => {
      const list = this.all();
      for (const i of list) i.answer(item.length ? item : undefined);
      this.ctx.deliver(() => {
        this.loaded = list;
      });
    });
    return this;
  }
}

export class WorksheetCollection extends Collection<Worksheet> {
  protected all(): Worksheet[] {
    return this.ctx.book.live().map((s) => {
      const ref = new Ref<FakeSheet>(() => s);
      return new Worksheet(this.ctx, this.ctx.payload.id(), ref);
    });
  }

  add(name?: string): Worksheet {
    const p = this.ctx.payload.methodPath(this.path, "add", name === undefined ? [] : [name]);
    const ref = new Ref<FakeSheet>(() => fail("ItemNotFound", "the new sheet was not added"));
    this.ctx.queue(() => {
      let n = name;
      if (n === undefined) {
        let k = this.ctx.book.live().length + 1;
        while (this.ctx.book.findSheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      ref.bind(this.ctx.book.addSheet(n));
    });
    return new Worksheet(this.ctx, p, ref);
  }

  getItem(key: string): Worksheet {
    const p = this.ctx.payload.methodPath(this.path, "getItem", [key]);
    return new Worksheet(
      this.ctx,
      p,
      new Ref(
        () =>
          this.ctx.book.findSheet(key) ??
          fail("ItemNotFound", `no sheet named ${key}`, "WorksheetCollection.getItem")
      )
    );
  }
}

export class TableCollection extends Collection<Table> {
  constructor(
    ctx: Ctx,
    path: number,
    private readonly sheet: Ref<FakeSheet> | null
  ) {
    super(ctx, path);
  }

  protected all(): Table[] {
    const sheet = this.sheet?.get();
    return this.ctx.book.tables
      .filter((t) => !sheet || t.sheet === sheet)
      .map((t) => new Table(this.ctx, this.ctx.payload.id(), new Ref(() => t)));
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    const p = this.ctx.payload.methodPath(this.path, "add", [
      typeof address === "string" ? address : "(range)",
      hasHeaders,
    ]);
    const ref = new Ref<FakeTable>(() => fail("ItemNotFound", "the new table was not added"));
    this.ctx.queue(() => {
      let s: FakeSheet;
      let a: Area;
      if (typeof address === "string") {
        const m = SHEET_REF.exec(address);
        const name = m ? (m[1] ?? m[2]) : null;
        const found = name ? this.ctx.book.findSheet(name) : this.sheet?.get();
        if (!found) fail("InvalidArgument", `no sheet for ${address}`, "TableCollection.add");
        s = found;
        a =
          parseAddress(m ? address.slice(m[0].length) : address) ??
          fail("InvalidArgument", address, "TableCollection.add");
      } else {
        s = address.sheet.get();
        a = address.area.get();
      }
      if (this.sheet && this.sheet.get() !== s)
        fail("InvalidArgument", "the range is on another sheet", "TableCollection.add");
      ref.bind(this.ctx.book.addTable(s, a, hasHeaders));
    });
    return new Table(this.ctx, p, ref);
  }

  getItem(key: string): Table {
    const p = this.ctx.payload.methodPath(this.path, "getItem", [key]);
    return new Table(
      this.ctx,
      p,
      new Ref(
        () =>
          this.ctx.book.findTable(key) ??
          fail("ItemNotFound", `no table named ${key}`, "TableCollection.getItem")
      )
    );
  }
}
