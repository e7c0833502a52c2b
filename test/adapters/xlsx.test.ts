/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync */
import ExcelJS from "exceljs";
import { loadWorkbook, planToXlsx, readTables, toBuffer } from "../../src/adapters/xlsx";
import { readXlsxPlan, fillXlsxFile } from "../helpers/xlsx-actions";
import { computeValues, read, type TableData } from "../../src/workbook";
import { bigPlan, referencePlan } from "../fixtures/plans";
import { growTable, headerIndex, swapRows } from "./xlsx-edit";
import { workbookTables } from "../helpers/exceljs-reading";

const TH = { low: 0.7, high: 0.9 };

async function planOf(bytes: Uint8Array) {
  const r = await readXlsxPlan(bytes);
  if (!r.ok) throw new Error(r.reason.en);
  return r.result;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(bytes);
  if (!l.ok) throw new Error(l.reason.en);
  return l.workbook;
}

/** Everything of Indicatori outside the computed columns. */
function inputs(t: TableData): unknown {
  const keep = t.header.map((h) => !h.startsWith("Calcolato: "));
  return {
    header: t.header,
    rows: t.rows.map((r) => r.filter((_, j) => keep[j])),
    formats: t.formats?.map((r) => r.filter((_, j) => keep[j])),
  };
}

describe("xlsx adapter: real files with ExcelJS", () => {
  it("plan → .xlsx → plan is equal on every field, in every formula style", async () => {
    const plan = referencePlan();
    for (const formulas of ["native", "pira", "values", "none"] as const) {
      const r = await planOf(await planToXlsx(plan, { formulas }));
      expect(r.plan).toEqual(plan);
      expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    }
  });

  it("survives a re-save by ExcelJS (tables kept, zero results kept)", async () => {
    const plan = referencePlan();
    const again = await toBuffer(await load(await planToXlsx(plan)));
    expect((await planOf(again)).plan).toEqual(plan);
  });

  it("writes real tables, typed cells and text that never becomes a formula", async () => {
    const wb = await load(await planToXlsx(referencePlan()));
    const ws = wb.getWorksheet("Indicatori")!;
    const tables = (ws as unknown as { getTables(): unknown[] }).getTables();
    expect(tables).toHaveLength(1);
    const typed = ws.getCell(2, headerIndex(ws, "Consuntivo 31/12/2020"));
    expect(typed.value).toBe(0.99);
    expect(typed.numFmt).toBe("0%");
    const row = 5; // the mediation indicator, written "=91/28008 0,32% - …"
    const text = ws.getCell(row, headerIndex(ws, "Consuntivo 30/09/2020 (testo)"));
    expect(text.value).toBe("=91/28008 0,32% - 3,2 ogni 1.000 imprese");
    expect(text.type).not.toBe(ExcelJS.ValueType.Formula);
    const pira = await load(await planToXlsx(referencePlan(), { formulas: "pira" }));
    const f = pira
      .getWorksheet("Indicatori")!
      .getCell(2, headerIndex(ws, "Calcolato: Raggiungimento"));
    expect(f.formula).toMatch(
      /^_xldudf_PIRA_PERFORMANCE\(Indicatori\[\[#This Row\],\[Calcolato: Consuntivo\]\]/
    );
  });

  it("reads a workbook edited as an analyst would: new row, changed target, reordered rows, extra column", async () => {
    const plan = referencePlan();
    const wb = await load(await planToXlsx(plan));
    const ws = wb.getWorksheet("Indicatori")!;
    const width = ws.columnCount;
    const col = (h: string) => headerIndex(ws, h);
    // a new indicator at the bottom, without id, polarity or text columns
    const last = plan.indicators.length + 2;
    growTable(ws, "Indicatori", 1, ["Commento dell'analista"]);
    ws.getCell(1, width + 1).value = "Commento dell'analista";
    ws.getCell(last, col("Programma")).value = "prato-011-005";
    ws.getCell(last, col("Indicatore")).value = "Visitatori della mostra";
    ws.getCell(last, col("Consuntivo 31/12/2020")).value = 1200;
    const t2020 = ws.getCell(last, col("Target 2020"));
    t2020.value = 1500;
    ws.getCell(last, width + 1).value = "nuovo per il 2020";
    // a changed target: 85% typed in a percent cell of the first indicator (was 100%)
    const changed = ws.getCell(2, col("Target 2020"));
    changed.value = 0.85;
    // rows 3 and 4 swapped
    swapRows(ws, 3, 4, width);
    const r = await planOf(await toBuffer(wb));

    const ids = r.plan.indicators.map((i) => i.id);
    expect(ids.slice(0, 3)).toEqual([
      plan.indicators[0].id,
      plan.indicators[2].id,
      plan.indicators[1].id,
    ]);
    expect(r.plan.indicators[0].targets["2020"]).toEqual({
      raw: "85%",
      kind: "percent",
      value: 0.85,
    });
    expect(r.plan.indicators[0].targets["2021"]).toEqual(plan.indicators[0].targets["2021"]);
    const added = r.plan.indicators[r.plan.indicators.length - 1];
    expect(added).toMatchObject({
      id: "prato-011-005-i5",
      programme: "prato-011-005",
      name: "Visitatori della mostra",
      polarityInferred: true,
    });
    expect(added.actuals["2020-12-31"]).toMatchObject({ kind: "number", value: 1200 });
    expect(r.locations[added.id]).toEqual({ sheet: "Indicatori", row: last });
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual([
      "PIRA-X004",
      "PIRA-X007",
      "PIRA-X011",
    ]);
    const x007 = r.diagnostics.find((d) => d.code === "PIRA-X007")!;
    expect(x007.cell).toMatch(/^[A-Z]+2$/);
    // everything else is unchanged
    const untouched = (ind: { id: string }) =>
      ind.id !== plan.indicators[0].id && ind.id !== added.id;
    expect(r.plan.indicators.filter(untouched)).toEqual(
      [plan.indicators[2], plan.indicators[1], ...plan.indicators.slice(3)].filter(untouched)
    );
    expect(r.plan.programmes).toEqual(plan.programmes);
  });

  it("fills only the computed columns; the edited workbook computes right; a second fill changes nothing", async () => {
    const plan = referencePlan();
    const wb = await load(await planToXlsx(plan, { formulas: "none" }));
    const ws = wb.getWorksheet("Indicatori")!;
    ws.getCell(2, headerIndex(ws, "Target 2020")).value = 0.5;
    const edited = await toBuffer(wb);
    const before = await readTables(edited);
    if (!before.ok) throw new Error("unreadable");

    const first = await fillXlsxFile(edited, { style: "values" });
    if (!first.ok) throw new Error(first.reason.en);
    expect(first.fill!.changed).toBeGreaterThan(0);
    const after = await readTables(first.bytes);
    if (!after.ok) throw new Error("unreadable");
    expect(inputs(after.tables.indicators!)).toEqual(inputs(before.tables.indicators!));
    expect(after.tables.programmes).toEqual(before.tables.programmes);

    const r = read(after.tables);
    const ach = after.tables.indicators!.header.indexOf("Calcolato: Raggiungimento");
    r.plan.indicators.forEach((ind, i) => {
      expect(after.tables.indicators!.rows[i][ach]).toEqual(
        computeValues(ind, r.plan.firstYear, TH).achievement
      );
    });
    // 99% against the new 50% target: capped at 100%
    expect(after.tables.indicators!.rows[0][ach]).toBe(1);

    const second = await fillXlsxFile(first.bytes, { style: "values" });
    if (!second.ok) throw new Error(second.reason.en);
    expect(second.fill!.changed).toBe(0);

    for (const style of ["native", "pira"] as const) {
      const a = await fillXlsxFile(edited, { style });
      if (!a.ok) throw new Error(a.reason.en);
      const b = await fillXlsxFile(a.bytes, { style });
      if (!b.ok) throw new Error(b.reason.en);
      expect(b.fill!.changed).toBe(0);
      expect(b.fill!.patch).toEqual(a.fill!.patch);
    }
  });

  it("rebuilds the generated sheets on demand, stale mission sheets removed", async () => {
    const wb = await load(await planToXlsx(referencePlan()));
    const ws = wb.getWorksheet("Programmi")!;
    ws.getCell(7, headerIndex(ws, "Missione")).value = "016"; // the 032 programme moved to 016
    const f = await fillXlsxFile(await toBuffer(wb), { regenerate: true });
    if (!f.ok) throw new Error(f.reason.en);
    const names = (await load(f.bytes)).worksheets.map((w) => w.name);
    expect(names).toContain("M016 Commercio internazionale");
    expect(names.some((n) => n.startsWith("M032"))).toBe(false);
    expect(names.filter((n) => n === "Riepilogo")).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(["Piano", "Programmi", "Indicatori", "Elenchi"]));
  });

  it("reads plain sheets named Programmi / Indicatori when there are no tables", async () => {
    const wb = new ExcelJS.Workbook();
    const p = wb.addWorksheet("Programmi");
    p.getCell("A1").value = "Programmi del piano";
    p.getRow(3).values = ["Id", "Ente", "Missione", "Programma", "Titolo"];
    p.getRow(4).values = ["p1", "e1", 11, 5, "Promozione"];
    const i = wb.addWorksheet("Indicatori");
    i.getRow(1).values = [
      "Programma",
      "Indicatore",
      "Consuntivo 31/12/2020",
      "Target 2020",
      "Polarità",
    ];
    i.getRow(2).values = ["p1", "Eventi", 42, 130, "crescente"];
    const r = await planOf(await toBuffer(wb));
    expect(r.plan.firstYear).toBe(2020);
    expect(r.plan.programmes[0]).toMatchObject({
      id: "p1",
      entity: "e1",
      mission: "011",
      programme: "005",
      title: "Promozione",
    });
    expect(r.plan.indicators[0]).toMatchObject({
      programme: "p1",
      name: "Eventi",
      polarity: "higher",
      polarityInferred: false,
    });
    expect(r.plan.indicators[0].targets["2020"]).toEqual({
      raw: "130",
      kind: "number",
      value: 130,
    });
    expect(r.locations[r.plan.indicators[0].id]).toEqual({ sheet: "Indicatori", row: 2 });
  });

  it("says clearly when a file is not a PIRA workbook or not a workbook at all", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bilancio").getCell("A1").value = "Conto economico";
    const notPira = await readTables(await toBuffer(wb));
    expect(notPira).toMatchObject({ ok: false, code: "not-pira" });
    const corrupt = await readTables(new TextEncoder().encode("questo non è un file xlsx"));
    expect(corrupt).toMatchObject({ ok: false, code: "corrupt" });
    if (!corrupt.ok) expect(corrupt.reason.it).toMatch(/non è una cartella di lavoro/);
    // the app's fill: neither PIRA tables nor an analyst's table to fill beside
    const fill = await fillXlsxFile(await toBuffer(wb));
    expect(fill).toMatchObject({ ok: false, remedy: "createSheets" });
    if (!fill.ok) expect(fill.reason.it).toMatch(/Non è una cartella PIRA/);
  });

  it("round-trips 2,000 indicators", async () => {
    const plan = bigPlan(2000);
    const bytes = await planToXlsx(plan);
    const l = await loadWorkbook(bytes);
    if (!l.ok) throw new Error();
    const tables = workbookTables(l.workbook);
    expect(tables.indicators!.rows).toHaveLength(2000);
    expect(read(tables).plan).toEqual(plan);
  });
});
