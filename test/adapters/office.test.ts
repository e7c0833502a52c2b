import { applyPatch, applySpec, fillWorkbook, readTables } from "../../src/adapters/office";
import { fill, layout, read } from "../../src/workbook";
import { bigPlan, referencePlan } from "../fixtures/plans";
import { FakeExcel } from "./office-fake";

type Ctx = Excel.RequestContext;

/** A context whose sync() is counted (office-addin-mock does not count syncs). */
function counted(excel: FakeExcel): { ctx: Ctx; syncs: () => number } {
  const ctx = excel.context();
  let n = 0;
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    n++;
    await sync();
  };
  return { ctx: ctx as unknown as Ctx, syncs: () => n };
}

async function syncsFor(indicators: number) {
  const excel = new FakeExcel();
  excel.addSheet("Foglio1");
  const plan = bigPlan(indicators);
  const apply = counted(excel);
  await applySpec(apply.ctx, layout(plan));
  const readC = counted(excel);
  const r = await readTables(readC.ctx);
  if (!r.result.ok) throw new Error("not read");
  const rr = read(r.result.tables);
  const f = fill(
    rr.plan,
    { table: r.result.tables.indicators!, rowIds: rr.rowIds },
    { style: "native" }
  );
  const patchC = counted(excel);
  await applyPatch(patchC.ctx, f.patch);
  return {
    apply: apply.syncs(),
    read: readC.syncs(),
    patch: patchC.syncs(),
    plan,
    readPlan: rr.plan,
    excel,
  };
}

describe("Office adapter (office-addin-mock)", () => {
  it("applies, reads and patches with the same number of syncs for 1 and 1,000 indicators, at most 3 each", async () => {
    const one = await syncsFor(1);
    const many = await syncsFor(1000);
    expect(one.readPlan).toEqual(one.plan);
    expect(many.readPlan).toEqual(many.plan);
    for (const k of ["apply", "read", "patch"] as const) {
      expect(many[k]).toBe(one[k]);
      expect(many[k]).toBeLessThanOrEqual(3);
    }
    expect(one.apply).toBe(2);
    expect(one.read).toBe(2);
    expect(one.patch).toBe(1);
    // whole 2-D blocks: the Indicatori body went in one assignment
    expect(many.excel.largestWrite).toBeGreaterThanOrEqual(1000 * 30);
  });

  it("round-trips the reference plan through Excel (values, text, formats)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Foglio1");
    const plan = referencePlan();
    await applySpec(counted(excel).ctx, layout(plan));
    const r = await readTables(counted(excel).ctx);
    if (!r.result.ok) throw new Error("not read");
    expect(read(r.result.tables).plan).toEqual(plan);
    // text that looks like a formula stays text
    const ind = excel.sheet("Indicatori")!;
    const texts = [...ind.cells.values()].filter(
      (c) => c.value === "=91/28008 0,32% - 3,2 ogni 1.000 imprese"
    );
    expect(texts).toHaveLength(1);
    expect(texts[0].formula).toBeNull();
  });

  it("fills in Excel in 3 syncs, a second fill changes nothing and no input cell is written", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Foglio1");
    const plan = referencePlan();
    await applySpec(counted(excel).ctx, layout(plan, { formulas: "none" }));
    const inputsBefore = inputCells(excel);
    const first = counted(excel);
    const f1 = await fillWorkbook(first.ctx, { style: "pira" });
    if (!f1.ok) throw new Error("fill failed");
    expect(first.syncs()).toBe(3);
    expect(f1.fill!.changed).toBeGreaterThan(0);
    expect(inputCells(excel)).toEqual(inputsBefore);
    const f2 = await fillWorkbook(counted(excel).ctx, { style: "pira" });
    if (!f2.ok) throw new Error("fill failed");
    expect(f2.fill!.changed).toBe(0);
    const achievement = excel.get("Indicatori", 1, headerIndex(excel, "Calcolato: Raggiungimento"));
    expect(achievement?.formula).toMatch(/^=PIRA\.PERFORMANCE\(/);
  });

  it("says when the workbook is not a PIRA workbook", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Foglio1");
    const r = await readTables(counted(excel).ctx);
    expect(r.result.ok).toBe(false);
    if (!r.result.ok) expect(r.result.code).toBe("not-pira");
  });

  it("splits a write above the payload limit into more syncs (and only then)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Foglio1");
    const c = counted(excel);
    await applySpec(c.ctx, layout(bigPlan(300)), { maxPayload: 100_000 });
    expect(c.syncs()).toBeGreaterThan(2);
    const r = await readTables(counted(excel).ctx);
    if (!r.result.ok) throw new Error("not read");
    expect(read(r.result.tables).plan).toEqual(bigPlan(300));
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
