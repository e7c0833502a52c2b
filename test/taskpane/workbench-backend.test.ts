/**
 * The workbench's in-memory workbook (XlsxBackend, ExcelJS) under the pane's actions, on the
 * reference document: what the browser workbench runs, checked in Node.
 */
import Decimal from "decimal.js";
import { importDocument } from "../../src/core/import";
import { roundPercent } from "../../src/core/performance";
import { validatePlan } from "../../src/core/validation";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { sheetOrder } from "../../src/adapters/xlsx/update";
import { prepareCreate } from "../../src/app/create";
import { fillWorkbook } from "../../src/app/fill";
import { defaultSettings } from "../../src/app/settings";
import { prepareStructure } from "../../src/app/structure";
import { prepareSummary } from "../../src/app/summary";
import { validateWorkbook } from "../../src/app/validate";
import { read } from "../../src/workbook/read/read";
import { summary } from "../../src/workbook/write/summary";
import { COMPUTED_COLUMNS, SHEETS } from "../../src/workbook/columns/names";
import { seedText } from "../helpers/seed";
import { workbookTables } from "../helpers/exceljs-reading";

const settings = defaultSettings("workbench");

async function created(): Promise<XlsxBackend> {
  const backend = new XlsxBackend();
  const { plan } = importDocument(seedText());
  const prepared = await prepareCreate(backend, plan, settings);
  expect(prepared.replaced).toEqual([]);
  await prepared.commit();
  return backend;
}

describe("XlsxBackend", () => {
  it("creates, fills, validates and summarises the reference document like the core", async () => {
    const backend = await created();
    const { plan } = importDocument(seedText());
    const names = await backend.sheetNames();
    expect(names.slice(0, 3)).toEqual([SHEETS.plan, SHEETS.programmes, SHEETS.indicators]);
    expect(names[names.length - 1]).toBe(SHEETS.lists);

    const filled = await fillWorkbook(backend, { style: "values" });
    if (!filled.ok) throw new Error(filled.reason.en);
    if (filled.form !== "pira") throw new Error("not the PIRA tables");
    expect(filled.rows).toBe(plan.indicators.length);
    // the computed figures in the workbench's workbook carry their number formats
    const tables = await backend.readTables();
    if (!tables.ok || !tables.tables.indicators) throw new Error("no tables");
    const t = tables.tables.indicators;
    const row = t.rows.findIndex((r) => r.includes("Attrattività eventi realizzati"));
    const formatIn = (header: string) => t.formats?.[row][t.header.indexOf(header)];
    expect(formatIn(COMPUTED_COLUMNS.achievement)).toBe("0.0%");
    expect(formatIn(COMPUTED_COLUMNS.actual)).toBe("#,##0");
    expect(formatIn(COMPUTED_COLUMNS.deviation)).toBe("#,##0");

    const checked = await validateWorkbook(backend);
    if (!checked.ok) throw new Error(checked.reason.en);
    const core = validatePlan(plan, { thresholds: settings.thresholds });
    // the workbook read back is the imported plan: the same findings
    expect(checked.counts.error).toBe(core.counts.error);
    expect(checked.diagnostics.filter((d) => d.code.startsWith("PIRA-X"))).toEqual([]);
    // every finding about an indicator points at a cell of Indicatori
    for (const d of checked.diagnostics.filter((x) => x.indicator))
      expect(d).toMatchObject({
        sheet: SHEETS.indicators,
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
      });

    const s = await prepareSummary(backend);
    if (!s.ok) throw new Error(s.reason.en);
    expect(
      s.rows.map((r) => {
        const row: Partial<typeof r> = { ...r };
        delete row.meanPercent;
        return row;
      })
    ).toEqual(summary(plan, settings.thresholds));
    expect(s.rows.map((r) => r.meanPercent)).toEqual(
      summary(plan, settings.thresholds).map((r) =>
        r.meanAchievement === null ? null : roundPercent(new Decimal(r.meanAchievement))
      )
    );
    expect(s.replaced).toEqual([SHEETS.summary]);
    await s.commit();
    // Riepilogo stays where it was
    expect(await backend.sheetNames()).toEqual(names);
  });

  it("rebuilds the generated sheets in place and writes a file Excel can open", async () => {
    const backend = await created();
    const before = await backend.sheetNames();
    const structure = await prepareStructure(backend);
    if (!structure.ok) throw new Error(structure.reason.en);
    expect(structure.replaced.length).toBeGreaterThan(1);
    await structure.commit();
    expect(await backend.sheetNames()).toEqual(before);

    const filled = await fillWorkbook(backend, { style: "native" });
    expect(filled.ok).toBe(true);
    const loaded = await loadWorkbook(await backend.bytes());
    if (!loaded.ok) throw new Error(loaded.reason.en);
    expect(loaded.workbook.worksheets.map((w) => w.name)).toEqual(before);
    const tables = workbookTables(loaded.workbook);
    expect(tables.indicators?.header).toContain(COMPUTED_COLUMNS.achievement);
    const { plan } = importDocument(seedText());
    expect(read(tables).plan.indicators).toHaveLength(plan.indicators.length);
  });

  it("says a workbook without PIRA tables is not one, and opens none of a broken file", async () => {
    const backend = new XlsxBackend();
    const r = await backend.readTables();
    expect(r.ok).toBe(false);
    const opened = await backend.open(new TextEncoder().encode("not a zip"), "x.xlsx");
    expect(opened.ok).toBe(false);
  });

  it("remembers the selected cell for the sheet view and tells its subscribers", async () => {
    const backend = await created();
    const seen: number[] = [];
    backend.subscribe(() => seen.push(backend.getVersion()));
    await backend.selectCell(SHEETS.indicators, "$f$12");
    expect(backend.selection).toEqual({ sheet: SHEETS.indicators, cell: "F12" });
    expect(seen).toHaveLength(1);
  });
});

describe("sheetOrder", () => {
  it("keeps replaced sheets in place and puts new ones after their neighbour", () => {
    expect(
      sheetOrder(
        ["Piano", "Riepilogo", "M011 A", "M012 B", "Elenchi", "Mie"],
        ["Riepilogo", "M011 A", "M016 C"],
        ["Piano", "Elenchi", "Mie", "Riepilogo", "M011 A", "M016 C"]
      )
    ).toEqual(["Piano", "Riepilogo", "M011 A", "M016 C", "Elenchi", "Mie"]);
    expect(sheetOrder([], ["A", "B"], ["A", "B"])).toEqual(["A", "B"]);
    expect(sheetOrder(["X", "B"], ["A", "B"], ["X", "B", "A"])).toEqual(["X", "A", "B"]);
  });
});
