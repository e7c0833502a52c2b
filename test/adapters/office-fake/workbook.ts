/**
 * The fake Excel's workbook: sheets of cells, tables, and what Excel keeps beside the cells
 * (validations, conditional formats, outline groups, links, panes). Every change goes through a
 * method that applies Excel's rules (rules.ts) and throws an OfficeError where Excel refuses.
 * Rows and columns are 0-based here, as in Office.js's getRangeByIndexes.
 */
import {
  type Cell,
  cellInputProblem,
  fail,
  fixHeaders,
  LIMITS,
  shapeProblem,
  sheetNameProblem,
  tableNameProblem,
  typed,
  type Value,
} from "./rules";

export interface Area {
  r0: number;
  c0: number;
  h: number;
  w: number;
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, Cell>;
  deleted: boolean;
  tabColor: string;
  freeze: { rows: number; cols: number } | null;
  /** outline groups, 0-based inclusive rows */
  groups: { from: number; to: number }[];
  validations: { area: Area; rule: unknown; errorAlert: unknown; ignoreBlanks: unknown }[];
  conditionalFormats: { area: Area; type: string; formula: string; fill: string }[];
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  columnWidths: Map<number, number>;
  /** formatting assignments, in order (font, fill, alignment…) */
  formats: { area: Area; property: string; value: unknown }[];
}

export interface FakeTable {
  id: number;
  name: string;
  sheet: FakeSheet;
  r0: number;
  c0: number;
  h: number;
  w: number;
  style: string;
  showBandedRows: boolean;
  /** a total row is the area's last row (h counts it) */
  showTotals: boolean;
}

export const key = (r: number, c: number): string => `${r},${c}`;

const blank = (): Cell => ({ value: "", formula: null, format: "General" });

export type ArrayKind = "values" | "formulas" | "numberFormat";

export class Workbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; area: Area } | null = null;
  /** header cells Excel renamed (blank or repeated names), "Sheet!Table: "x" → "x2"" */
  headerFixes: string[] = [];
  /** text Excel read as something else (a number, TRUE, a date), "Sheet!r,c: text" */
  conversions: string[] = [];
  /** largest number of cells written by one array assignment */
  largestWrite = 0;
  private nextId = 1;

  live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): FakeSheet | undefined {
    const n = name.toLowerCase();
    return this.live().find((s) => s.name.toLowerCase() === n);
  }

  findTable(name: string): FakeTable | undefined {
    const n = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === n);
  }

  // -------------------------------------------------------------------------------------------
  // sheets

  private checkSheetName(name: unknown, self?: FakeSheet): asserts name is string {
    const problem = sheetNameProblem(name);
    if (problem) fail("InvalidArgument", `${problem}: ${JSON.stringify(name)}`, "Worksheet.name");
    const other = this.findSheet(name as string);
    if (other && other !== self)
      fail(
        "ItemAlreadyExists",
        `a sheet named ${JSON.stringify(other.name)} exists`,
        "Worksheet.name"
      );
  }

  addSheet(name: unknown): FakeSheet {
    this.checkSheetName(name);
    const s: FakeSheet = {
      id: this.nextId++,
      name,
      cells: new Map(),
      deleted: false,
      tabColor: "",
      freeze: null,
      groups: [],
      validations: [],
      conditionalFormats: [],
      hyperlinks: new Map(),
      columnWidths: new Map(),
      formats: [],
    };
    this.sheets.push(s);
    this.active ??= s;
    return s;
  }

  renameSheet(s: FakeSheet, name: unknown): void {
    this.alive(s);
    this.checkSheetName(name, s);
    s.name = name;
  }

  deleteSheet(s: FakeSheet): void {
    this.alive(s);
    if (this.live().length === 1)
      fail("InvalidOperation", "a workbook keeps at least one visible sheet", "Worksheet.delete");
    s.deleted = true;
    this.tables = this.tables.filter((t) => t.sheet !== s);
    if (this.active === s) this.active = this.live()[0];
  }

  alive(s: FakeSheet): void {
    if (s.deleted) fail("ItemNotFound", `the sheet ${JSON.stringify(s.name)} was deleted`);
  }

  // -------------------------------------------------------------------------------------------
  // cells

  private checkArea(a: Area): void {
    if (
      a.r0 < 0 ||
      a.c0 < 0 ||
      a.h < 1 ||
      a.w < 1 ||
      a.r0 + a.h > LIMITS.rows ||
      a.c0 + a.w > LIMITS.cols
    )
      fail("InvalidArgument", `the range ${JSON.stringify(a)} is not on the sheet`);
  }

  snapshot(
    s: FakeSheet,
    a: Area
  ): { values: Value[][]; formulas: Value[][]; numberFormat: string[][] } {
    this.alive(s);
    this.checkArea(a);
    if (a.h * a.w > LIMITS.readCells)
      fail("RangeExceedsLimit", `a read is limited to ${LIMITS.readCells} cells (${a.h * a.w})`);
    const values: Value[][] = [];
    const formulas: Value[][] = [];
    const numberFormat: string[][] = [];
    for (let i = 0; i < a.h; i++) {
      const v: Value[] = new Array<Value>(a.w);
      const f: Value[] = new Array<Value>(a.w);
      const n: string[] = new Array<string>(a.w);
      for (let j = 0; j < a.w; j++) {
        const c = s.cells.get(key(a.r0 + i, a.c0 + j));
        v[j] = c ? c.value : "";
        f[j] = c ? (c.formula ?? c.value) : "";
        n[j] = c ? c.format : "General";
      }
      values.push(v);
      formulas.push(f);
      numberFormat.push(n);
    }
    return { values, formulas, numberFormat };
  }

  /** Range.values / formulas / numberFormat = data (a 2-D array of the range's size, or one value). */
  write(s: FakeSheet, a: Area, kind: ArrayKind, data: unknown): void {
    this.alive(s);
    this.checkArea(a);
    const shape = shapeProblem(data, a.h, a.w);
    if (shape) fail("InvalidArgument", shape, `Range.${kind}`);
    const at = (i: number, j: number): unknown =>
      Array.isArray(data) ? (data[i] as unknown[])[j] : data;
    // Excel refuses the whole assignment when one cell is refused
    for (let i = 0; i < a.h; i++)
      for (let j = 0; j < a.w; j++) {
        const x = at(i, j);
        const problem =
          kind === "numberFormat"
            ? typeof x === "string" || x === null
              ? null
              : "a number format is text"
            : cellInputProblem(x);
        if (problem)
          fail(
            "InvalidArgument",
            `${problem} at ${s.name}!R${a.r0 + i + 1}C${a.c0 + j + 1}`,
            `Range.${kind}`
          );
      }
    for (let i = 0; i < a.h; i++)
      for (let j = 0; j < a.w; j++) {
        const x = at(i, j);
        const k = key(a.r0 + i, a.c0 + j);
        const cell = s.cells.get(k) ?? blank();
        if (kind === "numberFormat") {
          if (x !== null) cell.format = x as string;
        } else if (x !== null) {
          const t = typed(x as Value, cell.format);
          if (t.converted) this.conversions.push(`${s.name}!${k}: ${String(x)}`);
          cell.value = t.value;
          cell.formula = t.formula;
        }
        s.cells.set(k, cell);
      }
    this.largestWrite = Math.max(this.largestWrite, a.h * a.w);
    for (const t of this.tables)
      if (
        t.sheet === s &&
        a.r0 <= t.r0 &&
        t.r0 < a.r0 + a.h &&
        a.c0 < t.c0 + t.w &&
        t.c0 < a.c0 + a.w
      )
        this.fixHeaderRow(t);
  }

  /** The area holding something (valuesOnly: values and formulas; else formats too), or A1. */
  usedArea(s: FakeSheet, valuesOnly: boolean): Area {
    // a blank sheet's used range is its top-left cell (Worksheet.getUsedRange's documentation)
    return this.usedAreaWithin(s, valuesOnly) ?? { r0: 0, c0: 0, h: 1, w: 1 };
  }

  /**
   * The smallest area holding every used cell (inside `within`, when given), or null when none is
   * (getUsedRangeOrNullObject's null object). Used: a value or a formula; unless valuesOnly, a
   * number format other than General or a format set on the cell (a fill, a font: Excel counts a
   * formatted cell as used; a format over whole rows or columns is the rows' or columns', not
   * cells').
   */
  usedAreaWithin(s: FakeSheet, valuesOnly: boolean, within?: Area): Area | null {
    this.alive(s);
    let r1 = -1;
    let c1 = -1;
    let r0 = Infinity;
    let c0 = Infinity;
    const take = (a: Area) => {
      const top = Math.max(a.r0, within?.r0 ?? 0);
      const left = Math.max(a.c0, within?.c0 ?? 0);
      const bottom = Math.min(a.r0 + a.h - 1, within ? within.r0 + within.h - 1 : Infinity);
      const right = Math.min(a.c0 + a.w - 1, within ? within.c0 + within.w - 1 : Infinity);
      if (top > bottom || left > right) return;
      r0 = Math.min(r0, top);
      c0 = Math.min(c0, left);
      r1 = Math.max(r1, bottom);
      c1 = Math.max(c1, right);
    };
    for (const [k, c] of s.cells) {
      const used = c.value !== "" || c.formula !== null || (!valuesOnly && c.format !== "General");
      if (!used) continue;
      const [r, col] = k.split(",").map(Number);
      take({ r0: r, c0: col, h: 1, w: 1 });
    }
    if (!valuesOnly)
      for (const f of s.formats)
        if (f.area.h < LIMITS.rows && f.area.w < LIMITS.cols && f.property !== "rowHeight")
          take(f.area);
    if (r1 < 0) return null;
    return { r0, c0, h: r1 - r0 + 1, w: c1 - c0 + 1 };
  }

  hyperlink(s: FakeSheet, a: Area, link: unknown): void {
    this.alive(s);
    const l = (link ?? {}) as {
      documentReference?: string;
      address?: string;
      textToDisplay?: string;
    };
    for (let i = 0; i < a.h; i++)
      for (let j = 0; j < a.w; j++) {
        const k = key(a.r0 + i, a.c0 + j);
        s.hyperlinks.set(k, { ...l });
        // the text to display is what the cell then holds
        if (l.textToDisplay !== undefined)
          this.write(s, { r0: a.r0 + i, c0: a.c0 + j, h: 1, w: 1 }, "values", [
            [`'${l.textToDisplay}`],
          ]);
      }
  }

  // -------------------------------------------------------------------------------------------
  // tables

  private overlaps(a: Area, b: Area): boolean {
    return a.r0 < b.r0 + b.h && b.r0 < a.r0 + a.h && a.c0 < b.c0 + b.w && b.c0 < a.c0 + a.w;
  }

  addTable(s: FakeSheet, a: Area, hasHeaders: boolean): FakeTable {
    this.alive(s);
    this.checkArea(a);
    const other = this.tables.find((t) => t.sheet === s && this.overlaps(t, a));
    if (other)
      fail(
        "InvalidArgument",
        `a table cannot overlap the table ${other.name}`,
        "TableCollection.add"
      );
    let area = a;
    if (!hasHeaders) {
      // Excel inserts a header row above the data
      if (a.r0 === 0)
        fail("InvalidArgument", "no row above the data for the header", "TableCollection.add");
      area = { ...a, r0: a.r0 - 1, h: a.h + 1 };
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const t: FakeTable = {
      id: this.nextId++,
      name: `Table${n}`,
      sheet: s,
      ...area,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showTotals: false,
    };
    this.tables.push(t);
    this.fixHeaderRow(t);
    return t;
  }

  /** A table's header row holds unique, non-blank text: Excel rewrites it so. */
  private fixHeaderRow(t: FakeTable): void {
    const s = t.sheet;
    const row = Array.from({ length: t.w }, (_, j) => s.cells.get(key(t.r0, t.c0 + j)));
    const { names, changed } = fixHeaders(row.map((c) => (c ? (c.formula ?? c.value) : "")));
    if (changed.length) this.headerFixes.push(...changed.map((c) => `${s.name}!${t.name}: ${c}`));
    names.forEach((name, j) => {
      const c = row[j] ?? blank();
      c.value = name;
      c.formula = null; // a header formula becomes its text
      s.cells.set(key(t.r0, t.c0 + j), c);
    });
  }

  renameTable(t: FakeTable, name: unknown): void {
    this.tableAlive(t);
    const problem = tableNameProblem(name);
    if (problem) fail("InvalidArgument", `${problem}: ${JSON.stringify(name)}`, "Table.name");
    const other = this.findTable(name as string);
    if (other && other !== t)
      fail("ItemAlreadyExists", `a table named ${JSON.stringify(other.name)} exists`, "Table.name");
    t.name = name as string;
  }

  /**
   * Table.showTotals: turned on, the row below the table becomes its total row ("Total" in the
   * first column, a SUBTOTAL of the last); turned off, that row is cleared and leaves the table.
   */
  setShowTotals(t: FakeTable, on: boolean): void {
    this.tableAlive(t);
    if (on === t.showTotals) return;
    const s = t.sheet;
    if (on) {
      const row: Area = { r0: t.r0 + t.h, c0: t.c0, h: 1, w: t.w };
      this.checkArea(row);
      const other = this.tables.find((x) => x !== t && x.sheet === s && this.overlaps(x, row));
      if (other)
        fail("InvalidOperation", `the total row would overlap ${other.name}`, "Table.showTotals");
      t.h += 1;
      const last = s.cells.get(key(t.r0, t.c0 + t.w - 1));
      const name = last ? String(last.value).replace(/[[\]#']/g, "'$&") : "";
      for (let j = 0; j < t.w; j++) s.cells.set(key(row.r0, t.c0 + j), blank());
      s.cells.set(key(row.r0, t.c0), { value: "Total", formula: null, format: "General" });
      if (t.w > 1)
        s.cells.set(key(row.r0, t.c0 + t.w - 1), {
          value: 0,
          formula: `=SUBTOTAL(109,${t.name}[${name}])`,
          format: "General",
        });
    } else {
      t.h -= 1;
      for (let j = 0; j < t.w; j++) s.cells.delete(key(t.r0 + t.h, t.c0 + j));
    }
    t.showTotals = on;
  }

  tableAlive(t: FakeTable): void {
    if (!this.tables.includes(t)) fail("ItemNotFound", `the table ${t.name} no longer exists`);
  }

  convertToRange(t: FakeTable): void {
    this.tableAlive(t);
    this.tables = this.tables.filter((x) => x !== t);
  }

  // -------------------------------------------------------------------------------------------
  // outline

  group(s: FakeSheet, a: Area, option: unknown): void {
    this.alive(s);
    const entireRows = a.c0 === 0 && a.w === LIMITS.cols;
    const entireCols = a.r0 === 0 && a.h === LIMITS.rows;
    if ((option === "ByRows" && entireCols) || (option === "ByColumns" && entireRows))
      fail(
        "InvalidArgument",
        "the group option differs from the range's entire rows/columns",
        "Range.group"
      );
    if (option !== "ByRows" && option !== "ByColumns")
      fail("InvalidArgument", `group option ${String(option)}`, "Range.group");
    if (option === "ByRows") s.groups.push({ from: a.r0, to: a.r0 + a.h - 1 });
  }
}
