/**
 * The Office adapter on the strict fake Excel (office-fake.ts): what it writes, what it reads
 * back, how many context.sync() calls it takes, and how it stays within Excel's limits.
 */
import { applyPatch, applySpec, readTables } from "../../src/adapters/office";
import { NO_OUTLINE } from "../../src/adapters/office/requirements";
import { fill, layout, read } from "../../src/workbook";
import { bigPlan, referencePlan } from "../fixtures/plans";
import { FakeExcel, LIMITS } from "./office-fake";

type Ctx = Excel.RequestContext;

function fresh(apiVersion = "1.10"): { excel: FakeExcel; ctx: () => Ctx } {
  const excel = new FakeExcel(apiVersion);
  excel.addSheet("Foglio1");
  return { excel, ctx: () => excel.context() as unknown as Ctx };
}

async function syncsFor(indicators: number) {
  const { excel, ctx } = fresh();
  const plan = bigPlan(indicators);
  const applied = await applySpec(ctx(), layout(plan), { requirements: excel.requirements });
  const r = await readTables(ctx());
  if (!r.result.ok) throw new Error("not read");
  const rr = read(r.result.tables);
  const f = fill(
    rr.plan,
    { table: r.result.tables.indicators!, rowIds: rr.rowIds },
    { style: "native" }
  );
  const patched = await applyPatch(ctx(), f.patch);
  return {
    apply: applied.syncs,
    read: r.syncs,
    patch: patched.syncs,
    plan,
    readPlan: rr.plan,
    excel,
  };
}

describe("Office adapter on the strict fake Excel", () => {
  it("applies (2 syncs), reads (3) and patches (1) the same for 1 and 300 indicators", async () => {
    const one = await syncsFor(1);
    const many = await syncsFor(300);
    expect(one.readPlan).toEqual(one.plan);
    expect(many.readPlan).toEqual(many.plan);
    expect([one.apply, one.read, one.patch]).toEqual([2, 3, 1]);
    expect([many.apply, many.read, many.patch]).toEqual([2, 3, 1]);
    // whole 2-D blocks: the Indicatori body went in one assignment
    expect(many.excel.largestWrite).toBeGreaterThanOrEqual(300 * 30);
    // nothing Excel would have rewritten: header names, text read as numbers
    expect(many.excel.book.headerFixes).toEqual([]);
    expect(many.excel.book.conversions).toEqual([]);
  });

  it("round-trips the reference plan through Excel (values, text, formats)", async () => {
    const { excel, ctx } = fresh();
    const plan = referencePlan();
    await applySpec(ctx(), layout(plan), { requirements: excel.requirements });
    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(read(r.result.tables).plan).toEqual(plan);
    // text that looks like a formula stays text
    const ind = excel.sheet("Indicatori")!;
    const texts = [...ind.cells.values()].filter(
      (c) => c.value === "=91/28008 0,32% - 3,2 ogni 1.000 imprese"
    );
    expect(texts).toHaveLength(1);
    expect(texts[0].formula).toBeNull();
    expect(excel.book.conversions).toEqual([]);
  });

  it("writes lists, bands, outline, panes and tables as described", async () => {
    const { excel, ctx } = fresh();
    const spec = layout(referencePlan());
    const applied = await applySpec(ctx(), spec, { requirements: excel.requirements });
    expect(applied.notes).toEqual([]);
    for (const s of spec.sheets) {
      const sheet = excel.sheet(s.name)!;
      expect(sheet.validations).toHaveLength(s.validations.length);
      expect(sheet.conditionalFormats).toHaveLength(3 * s.bands.length);
      expect(sheet.groups).toHaveLength(s.groups.length);
      if (s.freeze) expect(sheet.freeze).toEqual(s.freeze);
    }
    expect(excel.tables.map((t) => t.name).sort()).toEqual(
      spec.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort()
    );
    expect(excel.sheets[0].name).toBe("Foglio1"); // the analyst's own sheet stays
  });

  it("without ExcelApi 1.10 writes everything but the outline, and says so", async () => {
    const { excel, ctx } = fresh("1.8");
    const spec = layout(referencePlan());
    expect(spec.sheets.some((s) => s.groups.length)).toBe(true);
    const applied = await applySpec(ctx(), spec, { requirements: excel.requirements });
    expect(applied.notes).toEqual([NO_OUTLINE]);
    expect(excel.sheets.flatMap((s) => s.groups)).toEqual([]);
    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(read(r.result.tables).plan).toEqual(referencePlan());
  });

  it("the fake refuses outline grouping in an Excel without ExcelApi 1.10 (ApiNotFound)", async () => {
    const { excel, ctx } = fresh("1.8");
    const yes = { isSetSupported: () => true }; // a guard that lies
    await expect(
      applySpec(ctx(), layout(referencePlan()), { requirements: yes })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(excel.sheets.length).toBeGreaterThan(1); // what came before the refusal stays done
  });

  it("fills in Excel in 4 syncs, a second fill changes nothing and no input cell is written", async () => {
    const { excel, ctx } = fresh();
    const plan = referencePlan();
    await applySpec(ctx(), layout(plan, { formulas: "none" }), {
      requirements: excel.requirements,
    });
    const inputsBefore = inputCells(excel);
    /** the app's fill on the adapter: read the tables, compute, write the patch */
    const fillOnce = async () => {
      const r = await readTables(ctx());
      if (!r.result.ok) throw new Error("not read");
      const rr = read(r.result.tables);
      const f = fill(
        rr.plan,
        { table: r.result.tables.indicators!, rowIds: rr.rowIds },
        { style: "pira" }
      );
      const patched = await applyPatch(ctx(), f.patch);
      return { syncs: r.syncs + patched.syncs, changed: f.changed };
    };
    const f1 = await fillOnce();
    expect(f1.syncs).toBe(4);
    expect(f1.changed).toBeGreaterThan(0);
    expect(inputCells(excel)).toEqual(inputsBefore);
    const f2 = await fillOnce();
    expect(f2.changed).toBe(0);
    const achievement = excel.get("Indicatori", 1, headerIndex(excel, "Calcolato: Raggiungimento"));
    expect(achievement?.formula).toMatch(/^=PIRA\.PERFORMANCE\(/);
  });

  it("reads Programmi and Indicatori from their sheets when they are no longer tables", async () => {
    const { excel, ctx } = fresh();
    const plan = referencePlan();
    await applySpec(ctx(), layout(plan), { requirements: excel.requirements });
    excel.book.tables = excel.book.tables.filter(
      (t) => !["Programmi", "Indicatori"].includes(t.name)
    );
    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(r.result.tables.indicators?.source).toBe("sheet");
    expect(r.result.tables.programmes?.source).toBe("sheet");
    expect(r.syncs).toBe(3);
    expect(read(r.result.tables).plan.indicators).toEqual(plan.indicators);
  });

  it("says when the workbook is not a PIRA workbook", async () => {
    const { ctx } = fresh();
    const r = await readTables(ctx());
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.code).toBe("not-pira");
  });

  it("splits a write above the payload limit into more syncs (and only then)", async () => {
    const { excel, ctx } = fresh();
    const applied = await applySpec(ctx(), layout(bigPlan(300)), {
      maxPayload: 100_000,
      requirements: excel.requirements,
    });
    expect(applied.syncs).toBeGreaterThan(2);
    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(read(r.result.tables).plan).toEqual(bigPlan(300));
  });

  it("keeps every request and response of a 2,000-indicator plan under Excel on the web's 5 MB", async () => {
    const { excel, ctx } = fresh();
    const plan = bigPlan(2000);
    const applied = await applySpec(ctx(), layout(plan), { requirements: excel.requirements });
    expect(applied.syncs).toBeGreaterThan(2); // one write would be over 5 MB
    const r = await readTables(ctx());
    if (!r.result.ok) throw new Error("not read");
    expect(r.syncs).toBeGreaterThan(3); // one answer would be over 5 MB
    expect(read(r.result.tables).plan).toEqual(plan);
    const largest = Math.max(...excel.batches.map((b) => Math.max(b.request, b.response)));
    expect(largest).toBeLessThanOrEqual(LIMITS.payload);
    expect(largest).toBeGreaterThan(LIMITS.payload / 2); // and the chunks are not needlessly small
  });
});

function headerIndex(excel: FakeExcel, name: string): number {
  for (let c = 0; c < 200; c++) if (excel.get("Indicatori", 0, c)?.value === name) return c;
  throw new Error(`no column ${name}`);
}

/** Every cell of Indicatori outside the computed columns. */
function inputCells(excel: FakeExcel): string {
  const s = excel.sheet("Indicatori")!;
  const computed = new Set<number>();
  for (let c = 0; c < 200; c++)
    if (String(excel.get("Indicatori", 0, c)?.value ?? "").startsWith("Calcolato: "))
      computed.add(c);
  return JSON.stringify(
    [...s.cells.entries()]
      .filter(([k]) => !computed.has(Number(k.split(",")[1])))
      .sort(([a], [b]) => (a < b ? -1 : 1))
  );
}
