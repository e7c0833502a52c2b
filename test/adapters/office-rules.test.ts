/**
 * The rules of the description (src/workbook/write/spec.ts) that the .xlsx writers keep, kept by the
 * Office adapter too, on the strict fake Excel: a table's total row is not data, formula-like
 * text stays text, a number beyond Excel's range is Excel's #NUM! error.
 */
import { applyPatch, applySpec, readTables } from "../../src/adapters/office";
import { fill, layout, read } from "../../src/workbook";
import { TABLES } from "../../src/workbook/columns/names";
import { EXCEL_MAX_NUMBER, emptySheet, type WorkbookSpec } from "../../src/workbook/write/spec";
import { referencePlan } from "../fixtures/plans";
import { FakeExcel } from "./office-fake";

type Ctx = Excel.RequestContext;

function fresh(): { excel: FakeExcel; ctx: () => Ctx } {
  const excel = new FakeExcel();
  excel.addSheet("Foglio1");
  return { excel, ctx: () => excel.context() as unknown as Ctx };
}

/** Just beyond Excel's largest number (the next doubles up). */
const JUST_BEYOND = EXCEL_MAX_NUMBER * (1 + 2 ** -50);

const FORMULA_LIKE = ["=1+1", "+39 06 1234", "-5", "@home", "\tx", "\uFF1D1+1"];

function sheetWith(cells: (string | number)[][]): WorkbookSpec {
  const s = emptySheet("Prova", "generated");
  s.blocks.push({ row: 1, col: 1, cells });
  s.tables.push({
    name: "Prova_T",
    row: 5,
    col: 1,
    style: "TableStyleMedium2",
    columns: [{ name: "Testo" }, { name: "Numero", format: "#,##0" }],
    rows: cells[0].map((c, i) => [c, i]),
  });
  return { title: "Prova", sheets: [s] };
}

describe("the fake Excel types input as Excel does", () => {
  it("reads '=…' as a formula, except in a Text cell or after an apostrophe", () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    excel.set("S", 0, 0, "=1+1");
    excel.set("S", 0, 1, "'=1+1");
    const s = excel.sheet("S")!;
    excel.book.write(s, { r0: 0, c0: 2, h: 1, w: 1 }, "numberFormat", [["@"]]);
    excel.book.write(s, { r0: 0, c0: 2, h: 1, w: 1 }, "formulas", [["=1+1"]]);
    expect(excel.get("S", 0, 0)).toMatchObject({ formula: "=1+1" });
    expect(excel.get("S", 0, 1)).toMatchObject({ formula: null, value: "=1+1" });
    expect(excel.get("S", 0, 2)).toMatchObject({ formula: null, value: "=1+1", format: "@" });
  });

  it("refuses a number beyond ±9.99999999999999E+307 and evaluates =#NUM! to the error", () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    expect(() => excel.set("S", 0, 0, JUST_BEYOND)).toThrow(/beyond/);
    excel.set("S", 0, 1, "=#NUM!");
    expect(excel.get("S", 0, 1)).toMatchObject({ formula: "=#NUM!", value: "#NUM!" });
  });
});

describe("Office adapter keeps the description's rules", () => {
  it("writes formula-like text as text in a Text cell, in blocks, tables and patches", async () => {
    const { excel, ctx } = fresh();
    await applySpec(ctx(), sheetWith([[...FORMULA_LIKE, "12"]]), {
      requirements: excel.requirements,
    });
    FORMULA_LIKE.forEach((text, j) => {
      // the block's first row, and the table's Testo column (rows 6…)
      for (const [r, c] of [
        [0, j],
        [5 + j, 0],
      ])
        expect(excel.get("Prova", r, c)).toEqual({ value: text, formula: null, format: "@" });
    });
    // other text that Excel would read as a number keeps its apostrophe, not the Text format
    expect(excel.get("Prova", 0, FORMULA_LIKE.length)).toEqual({
      value: "12",
      formula: null,
      format: "General",
    });
    await applyPatch(ctx(), { sheet: "Prova", blocks: [{ row: 20, col: 1, cells: [["=2*3"]] }] });
    expect(excel.get("Prova", 19, 0)).toEqual({ value: "=2*3", formula: null, format: "@" });
    expect(excel.book.conversions).toEqual([]);
  });

  it("writes a number beyond Excel's range as the #NUM! error, never as a number", async () => {
    const { excel, ctx } = fresh();
    const beyond = [JUST_BEYOND, -JUST_BEYOND, Number.MAX_VALUE, Infinity, -Infinity];
    await applySpec(ctx(), sheetWith([[...beyond, EXCEL_MAX_NUMBER]]), {
      requirements: excel.requirements,
    });
    beyond.forEach((_, j) =>
      expect(excel.get("Prova", 0, j)).toMatchObject({ value: "#NUM!", formula: "=#NUM!" })
    );
    expect(excel.get("Prova", 0, beyond.length)).toMatchObject({
      value: EXCEL_MAX_NUMBER,
      formula: null,
    });
    await applyPatch(ctx(), { sheet: "Prova", blocks: [{ row: 20, col: 1, cells: [[NaN]] }] });
    expect(excel.get("Prova", 19, 0)).toMatchObject({ value: "#NUM!", formula: "=#NUM!" });
  });

  it("reads a table without its total row, and a fill never writes into it", async () => {
    const { excel, ctx } = fresh();
    const plan = referencePlan();
    await applySpec(ctx(), layout(plan), { requirements: excel.requirements });
    const before = await readTables(ctx());
    if (!before.result.ok) throw new Error("not read");
    for (const name of [TABLES.indicators, TABLES.programmes])
      excel.book.setShowTotals(excel.book.findTable(name)!, true);
    const indicators = excel.book.findTable(TABLES.indicators)!;
    const totalRow = indicators.r0 + indicators.h - 1;
    const totals = () =>
      Array.from({ length: indicators.w }, (_, j) =>
        excel.get(indicators.sheet.name, totalRow, indicators.c0 + j)
      );
    const totalsBefore = JSON.stringify(totals());
    expect(totals()[0]).toMatchObject({ value: "Total" });

    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(r.result.tables.indicators!.rows).toEqual(before.result.tables.indicators!.rows);
    expect(r.result.tables.programmes!.rows).toEqual(before.result.tables.programmes!.rows);
    const rr = read(r.result.tables);
    expect(rr.plan).toEqual(plan);

    const f = fill(rr.plan, { table: r.result.tables.indicators!, rowIds: rr.rowIds });
    expect(f.patch.blocks.length).toBeGreaterThan(0);
    await applyPatch(ctx(), f.patch);
    expect(JSON.stringify(totals())).toBe(totalsBefore);
  });
});
