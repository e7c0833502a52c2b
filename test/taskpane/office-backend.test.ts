/**
 * OfficeBackend over the Office adapter's fake Excel (test/adapters/office-fake.ts): each call is
 * one Excel.run, the actions (src/app) run on it as on the workbench's backend. The pane's
 * stand-in (src/taskpane/office-backend.ts) loads it with the engine and passes each call on.
 */
import { OfficeBackend } from "../../src/adapters/office/backend";
import { prepareCreate } from "../../src/app/create";
import { fillWorkbook } from "../../src/app/fill";
import { defaultSettings } from "../../src/app/settings";
import { validateWorkbook } from "../../src/app/validate";
import { OfficeBackend as PaneOfficeBackend } from "../../src/taskpane/office-backend";
import { COMPUTED_COLUMNS, SHEETS } from "../../src/workbook/columns/names";
import { FakeExcel } from "../adapters/office-fake";
import { referenceDocumentPlan } from "./fixtures";

type Sheet = { getRange(a: string): Record<string, unknown>; activate(): void };

const excel = new FakeExcel();
const runs: number[] = [];
const selected: string[] = [];

beforeAll(() => {
  excel.addSheet("Foglio1");
  (globalThis as unknown as { Excel: unknown }).Excel = {
    async run<T>(work: (context: unknown) => Promise<T>): Promise<T> {
      const context = excel.context();
      const worksheets = context.workbook.worksheets as unknown as { getItem(n: string): Sheet };
      const getItem = worksheets.getItem.bind(worksheets);
      // the fake's ranges cannot be selected: record what the backend selects
      worksheets.getItem = (name: string) => {
        const sheet = getItem(name);
        const getRange = sheet.getRange.bind(sheet);
        sheet.activate = () => selected.push(`activate ${name}`);
        sheet.getRange = (address: string) => {
          const range = getRange(address);
          range.select = () => selected.push(`${name}!${address}`);
          return range;
        };
        return sheet;
      };
      const before = excel.syncs;
      const result = await work(context);
      runs.push(excel.syncs - before);
      return result;
    },
  };
});

afterAll(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("OfficeBackend", () => {
  const backend = new OfficeBackend();
  const settings = defaultSettings("excel");

  it("creates the plan's sheets in one Excel.run, keeping the analyst's own sheet", async () => {
    const plan = referenceDocumentPlan();
    const prepared = await prepareCreate(backend, plan, settings);
    expect(prepared.replaced).toEqual([]);
    runs.length = 0;
    await prepared.commit();
    expect(runs).toHaveLength(1);
    const names = await backend.sheetNames();
    expect(names).toEqual(expect.arrayContaining(["Foglio1", SHEETS.plan, SHEETS.indicators]));
  });

  it("fills with the PIRA functions in a fixed number of syncs and validates", async () => {
    runs.length = 0;
    await backend.readTables();
    const [read] = runs; // the adapter's fixed number of syncs to read the tables
    runs.length = 0;
    const filled = await fillWorkbook(backend, { style: "pira" });
    if (!filled.ok) throw new Error(filled.reason.en);
    if (filled.form !== "pira") throw new Error("not the PIRA tables");
    expect(runs).toEqual([read, 1]); // read the tables, write the patch
    expect(filled.rows).toBe(referenceDocumentPlan().indicators.length);
    const tables = await backend.readTables();
    if (!tables.ok || !tables.tables.indicators) throw new Error("no tables");
    const t = tables.tables.indicators;
    const c = t.header.indexOf(COMPUTED_COLUMNS.achievement);
    expect(t.formulas?.[0][c]).toMatch(/^PIRA\.PERFORMANCE\(/);
    // every computed figure with its number format, written in the same batch (issue 21 point 8)
    const row = t.rows.findIndex((r) => r.includes("Attrattività eventi realizzati"));
    const formatIn = (header: string) => t.formats?.[row][t.header.indexOf(header)];
    expect(formatIn(COMPUTED_COLUMNS.achievement)).toBe("0.0%");
    expect(formatIn(COMPUTED_COLUMNS.actual)).toBe("#,##0");
    expect(formatIn(COMPUTED_COLUMNS.deviation)).toBe("#,##0");

    const checked = await validateWorkbook(backend);
    expect(checked.ok).toBe(true);
  });

  it("selects a cell: activates its sheet and selects the range", async () => {
    await backend.selectCell(SHEETS.indicators, "S27");
    expect(selected).toEqual([`activate ${SHEETS.indicators}`, `${SHEETS.indicators}!S27`]);
  });

  it("the pane's stand-in runs the same calls once the engine is loaded", async () => {
    const pane = new PaneOfficeBackend();
    expect(pane.kind).toBe("excel");
    expect(await pane.sheetNames()).toEqual(await backend.sheetNames());
    selected.length = 0;
    await pane.selectCell(SHEETS.plan, "B2");
    expect(selected).toEqual([`activate ${SHEETS.plan}`, `${SHEETS.plan}!B2`]);
  });
});
