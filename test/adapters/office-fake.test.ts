/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading too early on purpose: the fake must refuse it */
/**
 * The fake Excel refuses what Excel refuses (office-fake.ts): each rule shown failing, with the
 * Office.js error code context.sync() rejects with.
 */
import { FakeExcel, LIMITS } from "./office-fake";
import { isCellReference, tableNameProblem } from "./office-fake/rules";

/** the fake's proxies, untyped here */
type Any = any;

function workbook(): { excel: FakeExcel; ctx: Any } {
  const excel = new FakeExcel();
  excel.addSheet("Foglio1");
  return { excel, ctx: excel.context() };
}

describe("strict fake Excel", () => {
  it("a property read before load + sync throws PropertyNotLoaded; after them it reads", async () => {
    const { excel, ctx } = workbook();
    excel.set("Foglio1", 0, 0, 42);
    const range = ctx.workbook.worksheets.getItem("Foglio1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([[42]]);
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    await ctx.sync();
    expect(sheets.items.map((s: Any) => s.name)).toEqual(["Foglio1"]);
    expect(() => sheets.items[0].tabColor).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
  });

  it("an array assigned to values, formulas or numberFormat must have the range's size", async () => {
    for (const kind of ["values", "formulas", "numberFormat"]) {
      const { ctx } = workbook();
      const range = ctx.workbook.worksheets.getItem("Foglio1").getRangeByIndexes(0, 0, 2, 2);
      range[kind] = [["a", "b"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range[kind] = [["a", "b"], ["c"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range[kind] = [
        ["@", "@"],
        ["@", "@"],
      ];
      await ctx.sync();
    }
  });

  it("a cell holds at most 32,767 characters", async () => {
    const { excel, ctx } = workbook();
    const cell = ctx.workbook.worksheets.getItem("Foglio1").getRange("B2");
    cell.values = [["x".repeat(LIMITS.cellText + 1)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    cell.values = [["x".repeat(LIMITS.cellText)]];
    await ctx.sync();
    expect(String(excel.get("Foglio1", 1, 1)?.value)).toHaveLength(LIMITS.cellText);
  });

  it("sheet names: at most 31 characters, none of : \\ / ? * [ ], unique regardless of case", async () => {
    const bad = [
      "x".repeat(32),
      "a:b",
      "a\\b",
      "a/b",
      "a?b",
      "a*b",
      "a[b",
      "a]b",
      "",
      "'a",
      "History",
    ];
    for (const name of bad) {
      const { ctx } = workbook();
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    const { excel, ctx } = workbook();
    ctx.workbook.worksheets.add("FOGLIO1");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const s = ctx.workbook.worksheets.add("y".repeat(31));
    await ctx.sync();
    s.name = "foglio1";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(excel.sheets.map((x) => x.name)).toEqual(["Foglio1", "y".repeat(31)]);
  });

  it("table names: unique in the workbook regardless of case, not a cell reference, no spaces", async () => {
    expect(["A1", "xfd1048576", "R1C1", "r", "C", "R10", "c3", "$B$2"].every(isCellReference)).toBe(
      true
    );
    expect(["Indicatori", "XFE1", "A0", "Tabella_1", "RC_x"].some(isCellReference)).toBe(false);
    for (const name of ["A1", "R1C1", "Piano dei conti", "1Piano", "", "Pi-ano", "x".repeat(256)])
      expect(tableNameProblem(name)).not.toBeNull();
    for (const name of ["Piano", "_Piano", "\\Piano", "Piano.2021", "Indicatori_2"])
      expect(tableNameProblem(name)).toBeNull();

    const { excel, ctx } = workbook();
    const sheet = ctx.workbook.worksheets.getItem("Foglio1");
    sheet.getRange("A1:B1").values = [["Id", "Nome"]];
    sheet.getRange("D1:E1").values = [["Id", "Nome"]];
    const t1 = sheet.tables.add(sheet.getRange("A1:B3"), true);
    t1.name = "Piano";
    await ctx.sync();
    const t2 = sheet.tables.add("D1:E3", true);
    t2.name = "PIANO";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    t2.name = "Piano 2";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    t2.name = "B5";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.tables.map((t) => t.name)).toEqual(["Piano", "Table2"]);
    sheet.tables.add("B2:C4", true); // overlaps Piano
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("table headers are unique and non-blank: Excel rewrites them and the fake lists it", async () => {
    const { excel, ctx } = workbook();
    const sheet = ctx.workbook.worksheets.getItem("Foglio1");
    sheet.getRange("A1:D1").values = [["Anno", "", "anno", "Anno"]];
    sheet.tables.add("A1:D2", true);
    await ctx.sync();
    expect([0, 1, 2, 3].map((c) => excel.get("Foglio1", 0, c)?.value)).toEqual([
      "Anno",
      "Column2",
      "anno2",
      "Anno3",
    ]);
    expect(excel.book.headerFixes).toHaveLength(3);
  });

  it("a request over 5 MB fails (RequestPayloadSizeLimitExceeded), and nothing of it is done", async () => {
    const { excel, ctx } = workbook();
    const text = "x".repeat(30_000);
    const rows = Math.ceil(LIMITS.payload / text.length) + 1;
    const range = ctx.workbook.worksheets.getItem("Foglio1").getRangeByIndexes(0, 0, rows, 1);
    range.values = Array.from({ length: rows }, () => [text]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.get("Foglio1", 0, 0)).toBeUndefined();
    // the same in two halves goes through
    const half = Math.ceil(rows / 2);
    const sheet = ctx.workbook.worksheets.getItem("Foglio1");
    sheet.getRangeByIndexes(0, 0, half, 1).values = Array.from({ length: half }, () => [text]);
    await ctx.sync();
    sheet.getRangeByIndexes(half, 0, rows - half, 1).values = Array.from(
      { length: rows - half },
      () => [text]
    );
    await ctx.sync();
    // … and reading it all back in one response does not
    const all = sheet.getRangeByIndexes(0, 0, rows, 1).load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => all.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("typed text is read as Excel reads it; a leading apostrophe keeps it text", async () => {
    const { excel, ctx } = workbook();
    const sheet = ctx.workbook.worksheets.getItem("Foglio1");
    sheet.getRange("A1:E1").values = [["12", "'12", "=1+1", "50%", "TRUE"]];
    await ctx.sync();
    expect([0, 1, 2, 3, 4].map((c) => excel.get("Foglio1", 0, c))).toEqual([
      { value: 12, formula: null, format: "General" },
      { value: "12", formula: null, format: "General" },
      { value: "", formula: "=1+1", format: "General" },
      { value: 0.5, formula: null, format: "General" },
      { value: true, formula: null, format: "General" },
    ]);
    expect(excel.book.conversions).toHaveLength(3);
  });

  it("Excel.run refuses work queued after the last sync", async () => {
    const { excel } = workbook();
    await expect(
      excel.run(async (ctx: Any) => {
        ctx.workbook.worksheets.add("Nuovo");
      })
    ).rejects.toThrow(/never synced/);
  });
});
