/**
 * A small Excel for the Office adapter's tests, built on office-addin-mock: ranges, sheets and
 * tables are OfficeMockObjects (a property is readable only after load + sync, as in Excel);
 * writes are queued and applied to an in-memory grid at context.sync(), as Excel batches them.
 * The mock itself neither counts syncs nor tracks addresses: this fake keeps the grid, and the
 * tests wrap context.sync to count.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnNumber } from "../../src/workbook/a1";

type Value = string | number | boolean;

interface Cell {
  value: Value | "";
  formula: string | null;
  format: string;
}

interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, Cell>;
  deleted: boolean;
}

interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const key = (r: number, c: number) => `${r},${c}`;

/** A property the adapter assigned (not the mock's "Error, property was not loaded" placeholder). */
function assigned(v: unknown): v is string {
  return typeof v === "string" && !v.startsWith("Error, ");
}

const SHAPE = Symbol("shape");
type Shape = { r0: number; c0: number; h: number; w: number };

/** The grid of the fake workbook, in plain terms the tests can inspect. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  syncs = 0;
  /** largest number of cells written by one range assignment */
  largestWrite = 0;
  private nextId = 1;
  private ops: (() => void)[] = [];
  private pending: { mock: OfficeMockObject; onSync: () => void }[] = [];
  /** every mock object handed out: each sync makes their loaded properties readable */
  private live: OfficeMockObject[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name === name);
  }

  addSheet(name: string): FakeSheet {
    const s = { id: this.nextId++, name, cells: new Map(), deleted: false };
    this.sheets.push(s);
    return s;
  }

  get(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheet(sheet)?.cells.get(key(r, c));
  }

  /** Sets a cell directly, as an analyst typing would (0-based row/col). */
  set(sheet: string, r: number, c: number, value: Value | "", format = "General"): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.cells.set(key(r, c), { value, formula: null, format });
  }

  private extent(s: FakeSheet): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [k, c] of s.cells) {
      if (c.value === "" && c.formula === null) continue;
      const [r, col] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    return { rows, cols };
  }

  private snapshot(s: FakeSheet, r0: number, c0: number, h: number, w: number) {
    const values: Value[][] = [];
    const formulas: Value[][] = [];
    const numberFormat: string[][] = [];
    for (let i = 0; i < h; i++) {
      const v: Value[] = [];
      const f: Value[] = [];
      const n: string[] = [];
      for (let j = 0; j < w; j++) {
        const c = s.cells.get(key(r0 + i, c0 + j));
        v.push(c ? c.value : "");
        f.push(c ? (c.formula ?? c.value) : "");
        n.push(c ? c.format : "General");
      }
      values.push(v);
      formulas.push(f);
      numberFormat.push(n);
    }
    return { values, formulas, numberFormat };
  }

  private writeArrays(
    s: FakeSheet,
    r0: number,
    c0: number,
    formulas?: Value[][],
    formats?: string[][],
    values?: Value[][]
  ): void {
    const rows = formulas ?? values ?? formats ?? [];
    rows.forEach((row, i) =>
      row.forEach((_, j) => {
        const k = key(r0 + i, c0 + j);
        const cell = s.cells.get(k) ?? { value: "", formula: null, format: "General" };
        const input = formulas?.[i]?.[j] ?? values?.[i]?.[j];
        if (input !== undefined) {
          if (typeof input === "string" && input.startsWith("=")) {
            cell.formula = input;
            cell.value = "";
          } else {
            cell.formula = null;
            cell.value =
              typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
          }
        }
        if (formats?.[i]?.[j] !== undefined) cell.format = formats[i][j];
        s.cells.set(k, cell);
      })
    );
    this.largestWrite = Math.max(this.largestWrite, rows.length * (rows[0]?.length ?? 0));
  }

  private range(s: FakeSheet, r0: number, c0: number, h: number, w: number): OfficeMockObject {
    const snap = this.snapshot(s, r0, c0, h, w);
    const initial = { ...snap };
    const fake = this;
    const mock = new OfficeMockObject({
      ...snap,
      rowIndex: r0,
      columnIndex: c0,
      format: { font: {}, fill: {}, columnWidth: 0, wrapText: false },
      dataValidation: { ignoreBlanks: false },
      conditionalFormats: { add: () => ({ custom: { rule: {}, format: { fill: {}, font: {} } } }) },
      group: () => undefined,
    });
    const m = mock as unknown as Record<string | symbol, unknown>;
    m[SHAPE] = { r0, c0, h, w } satisfies Shape;
    this.pending.push({
      mock,
      onSync: () => {
        const f =
          m.formulas !== initial.formulas && Array.isArray(m.formulas)
            ? (m.formulas as Value[][])
            : undefined;
        const v =
          m.values !== initial.values && Array.isArray(m.values)
            ? (m.values as Value[][])
            : undefined;
        const n =
          m.numberFormat !== initial.numberFormat && Array.isArray(m.numberFormat)
            ? (m.numberFormat as string[][])
            : undefined;
        if (f || v || n) fake.writeArrays(s, r0, c0, f, n, v);
      },
    });
    return mock;
  }

  private sheetMock(s: FakeSheet): OfficeMockObject {
    const fake = this;
    const mock = new OfficeMockObject({
      name: s.name,
      tabColor: "",
      freezePanes: {
        freezeAt: () => undefined,
        freezeRows: () => undefined,
        freezeColumns: () => undefined,
      },
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => fake.range(s, r, c, h, w),
      getRange: (address: string) => {
        const rows = /^(\d+):(\d+)$/.exec(address);
        if (rows)
          return fake.range(s, Number(rows[1]) - 1, 0, Number(rows[2]) - Number(rows[1]) + 1, 1);
        const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
        if (!m) throw new Error(`fake getRange: ${address}`);
        const r0 = Number(m[2]) - 1;
        const c0 = columnNumber(m[1]) - 1;
        const r1 = m[4] ? Number(m[4]) - 1 : r0;
        const c1 = m[3] ? columnNumber(m[3]) - 1 : c0;
        return fake.range(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
      },
      getUsedRange: () => {
        const e = fake.extent(s);
        return fake.range(s, 0, 0, Math.max(1, e.rows), Math.max(1, e.cols));
      },
      tables: {
        add: (range: unknown) => {
          const shape = (range as Record<symbol, Shape>)[SHAPE];
          const table = {
            name: `Table${fake.tables.length + 1}`,
            sheet: s,
            row: shape.r0,
            col: shape.c0,
            rows: shape.h,
            cols: shape.w,
          };
          const t = new OfficeMockObject({ name: table.name, style: "", showBandedRows: false });
          fake.ops.push(() => fake.tables.push(table));
          fake.pending.push({
            mock: t,
            onSync: () => {
              const n = (t as unknown as Record<string, unknown>).name;
              if (assigned(n)) table.name = n;
            },
          });
          return t;
        },
      },
      delete: () => fake.ops.push(() => (s.deleted = true)),
      activate: () => undefined,
    });
    this.pending.push({
      mock,
      onSync: () => {
        const n = (mock as unknown as Record<string, unknown>).name;
        if (assigned(n)) s.name = n;
      },
    });
    return mock;
  }

  private tableMock(t: FakeTable): OfficeMockObject {
    const fake = this;
    const sheet = this.sheetMock(t.sheet);
    const mock = new OfficeMockObject({
      name: t.name,
      getRange: () => fake.range(t.sheet, t.row, t.col, t.rows, t.cols),
      convertToRange: () => fake.ops.push(() => (fake.tables = fake.tables.filter((x) => x !== t))),
    });
    (mock as unknown as Record<string, unknown>).worksheet = sheet;
    return mock;
  }

  /** An Excel.RequestContext stand-in (cast as needed by the tests). */
  context(): { workbook: { worksheets: unknown; tables: unknown }; sync(): Promise<void> } {
    const fake = this;
    const collection = (items: () => OfficeMockObject[], extra: Record<string, unknown>) => {
      let loaded = false;
      const c = new OfficeMockObject({
        ...extra,
        load: () => (loaded = true),
      }) as unknown as Record<string, unknown>;
      fake.pending.push({
        mock: c as unknown as OfficeMockObject,
        onSync: () => {
          if (!loaded) return;
          const list = items();
          for (const i of list) i.load("name");
          c.items = list;
          loaded = false;
          for (const i of list) fake.pending.push({ mock: i, onSync: () => undefined });
        },
      });
      return c;
    };
    const worksheets = collection(
      () => fake.sheets.filter((s) => !s.deleted).map((s) => fake.sheetMock(s)),
      {
        add: (name: string) => {
          const s: FakeSheet = { id: fake.nextId++, name, cells: new Map(), deleted: true };
          fake.sheets.push(s);
          fake.ops.push(() => (s.deleted = false));
          return fake.sheetMock(s);
        },
        getItem: (name: string) => {
          const s = fake.sheet(name);
          if (!s) throw new Error(`ItemNotFound: ${name}`);
          return fake.sheetMock(s);
        },
      }
    );
    const tables = collection(() => fake.tables.map((t) => fake.tableMock(t)), {});
    return {
      workbook: { worksheets, tables },
      sync: async () => {
        fake.syncs++;
        for (const op of fake.ops.splice(0)) op();
        // first structural changes, then names, then cell writes: Excel runs a batch in order
        const batch = fake.pending.splice(0);
        for (const p of batch) p.onSync();
        fake.live.push(...batch.map((p) => p.mock), ...fake.pending.splice(0).map((p) => p.mock));
        for (const m of fake.live) await m.sync();
      },
    };
  }
}
