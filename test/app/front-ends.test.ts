/**
 * The front ends run the same actions (src/app): on a workbook whose Piano table says
 * "Soglia raggiunto 50%" and "Soglia parzialmente raggiunto 30%", `pira export`, `pira summary`,
 * `pira validate`, `pira fill` and the task pane's engine (over the workbench's backend) give the
 * same outcome for the same indicator; and a diagnostic points at the same cell from the command
 * line and from the pane.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { DEFAULT_THRESHOLDS, indicatorAchievement, outcome } from "../../src/core/performance";
import { importDocument } from "../../src/core/import";
import type { Indicator } from "../../src/core/plan/types";
import { fillWorkbook, prepareSummary, validateWorkbook } from "../../src/taskpane/engine";
import { COMPUTED_COLUMNS, SETTING_KEYS, SHEETS } from "../../src/workbook/columns/names";
import { summary } from "../../src/workbook/write/summary";
import { pira, removeDir, tempDir } from "../cli/run";
import { SEED_PATH, seedText } from "../helpers/seed";

const STORED = { low: 0.3, high: 0.5 };
const AS_OF = "2021-06-30";

let dir: string;
let file: string;
const at = (name: string) => path.join(dir, name);

/** The analyst's edit: the two threshold cells of the Piano table, as typed in Excel. */
async function storeThresholds(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let set = 0;
  wb.getWorksheet(SHEETS.plan)!.eachRow((row) => {
    const key = row.getCell(1).value;
    if (key === SETTING_KEYS.thresholdHigh) row.getCell(2).value = STORED.high;
    if (key === SETTING_KEYS.thresholdLow) row.getCell(2).value = STORED.low;
    if (key === SETTING_KEYS.thresholdHigh || key === SETTING_KEYS.thresholdLow) set++;
  });
  expect(set).toBe(2);
  await wb.xlsx.writeFile(path);
}

async function paneBackend(): Promise<XlsxBackend> {
  const backend = new XlsxBackend();
  const opened = await backend.open(new Uint8Array(fs.readFileSync(file)), "plan.xlsx");
  if (!opened.ok) throw new Error(opened.reason.en);
  return backend;
}

const plan = importDocument(seedText()).plan;
const achievementOf = (ind: Indicator) => {
  const a = indicatorAchievement(ind, plan.firstYear);
  return a.ok ? a.value.toNumber() : null;
};
/** an indicator the stored thresholds call "raggiunto" and the defaults "non raggiunto" */
const probe = plan.indicators.find((ind) => {
  const a = achievementOf(ind);
  return a !== null && a >= STORED.high && a < DEFAULT_THRESHOLDS.low && !ind.notes.length;
});

beforeAll(async () => {
  dir = tempDir();
  file = at("plan.xlsx");
  expect((await pira(["import", SEED_PATH, "-o", file])).code).toBe(0);
  fs.copyFileSync(file, at("defaults.xlsx"));
  await storeThresholds(file);
});
afterAll(() => removeDir(dir));

describe("the workbook's stored thresholds, in every front end", () => {
  it("the reference has an indicator between the two bands", () => {
    expect(probe).toBeDefined();
    expect(outcome(achievementOf(probe!)!, STORED.low, STORED.high)).toBe("raggiunto");
    expect(outcome(achievementOf(probe!)!)).toBe("non raggiunto");
  });

  it("pira export: the indicator's outcome by the stored thresholds", async () => {
    const r = await pira(["export", file]);
    expect(r.code).toBe(0);
    const exported = JSON.parse(r.stdout) as { indicators: (Indicator & { outcome: string })[] };
    const ind = exported.indicators.find((i) => i.id === probe!.id)!;
    expect(ind.outcome).toBe("raggiunto");
  });

  it("pira summary and the pane's summary count the same achieved indicators", async () => {
    const expected = summary(plan, STORED).at(-1)!;
    const byDefault = summary(plan).at(-1)!;
    expect(expected.achieved).toBeGreaterThan(byDefault.achieved);

    const r = await pira(["summary", file, "--format", "json"]);
    expect(r.code).toBe(0);
    const total = (JSON.parse(r.stdout) as { rows: { level: string; achieved: number }[] }).rows.at(
      -1
    )!;
    expect(total).toMatchObject({ level: "total", achieved: expected.achieved });

    const pane = await prepareSummary(await paneBackend());
    if (!pane.ok) throw new Error(pane.reason.en);
    expect(pane.rows.at(-1)).toMatchObject({ level: "total", achieved: expected.achieved });
  });

  it("pira validate and the pane's check: no note asked for a deviation above the stored band", async () => {
    const deviations = (list: { code: string; indicator: string | null }[]) =>
      list.filter((d) => d.code === "PIRA-W051").map((d) => d.indicator);
    const r = await pira(["validate", file, "--as-of", AS_OF, "--format", "json"]);
    const cli = deviations(JSON.parse(r.stdout).diagnostics);
    const pane = await validateWorkbook(await paneBackend(), { asOf: AS_OF });
    if (!pane.ok) throw new Error(pane.reason.en);
    expect(deviations(pane.diagnostics)).toEqual(cli);
    // only achievements under the stored «raggiunto» band (50%) need a note
    for (const id of cli) {
      const ind = plan.indicators.find((i) => i.id === id)!;
      expect(achievementOf(ind)!).toBeLessThan(STORED.high);
    }
    expect(cli).not.toContain(probe!.id);
    // with the default bands (90%) the same indicator needs its note
    const before = await pira([
      "validate",
      at("defaults.xlsx"),
      "--as-of",
      AS_OF,
      "--format",
      "json",
    ]);
    expect(deviations(JSON.parse(before.stdout).diagnostics)).toContain(probe!.id);
  });

  it("pira fill and the pane's fill write the same outcome in «Calcolato: Esito»", async () => {
    const outcomeCell = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(SHEETS.indicators)!;
      const header = ws.getRow(1).values as unknown[];
      const col = header.indexOf(COMPUTED_COLUMNS.outcome);
      let found: unknown = undefined;
      ws.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value === probe!.id) found = row.getCell(col).value;
      });
      return found;
    };
    expect((await pira(["fill", file, "-o", at("filled.xlsx"), "--formulas", "values"])).code).toBe(
      0
    );
    expect(await outcomeCell(new Uint8Array(fs.readFileSync(at("filled.xlsx"))))).toBe("raggiunto");
    const backend = await paneBackend();
    const filled = await fillWorkbook(backend, { style: "values" });
    if (!filled.ok) throw new Error(filled.reason.en);
    expect(await outcomeCell(await backend.bytes())).toBe("raggiunto");
  });
});

describe("one cell locator", () => {
  it("a diagnostic points at the same cell from the command line and from the pane", async () => {
    const r = await pira(["validate", file, "--as-of", AS_OF, "--format", "json"]);
    type Placed = { code: string; indicator: string | null; field: string | null; cell: string };
    const key = (d: Placed & { sheet: string | null }) =>
      `${d.code} ${d.indicator} ${d.field} ${d.sheet}!${d.cell}`;
    const cli = (JSON.parse(r.stdout).diagnostics as (Placed & { sheet: string })[]).map(key);
    const pane = await validateWorkbook(await paneBackend(), { asOf: AS_OF });
    if (!pane.ok) throw new Error(pane.reason.en);
    expect(pane.diagnostics.map((d) => key(d as Placed & { sheet: string | null }))).toEqual(cli);
    // the reported-performance check points at that column, not at the row's first cell
    const e050 = (JSON.parse(r.stdout).diagnostics as (Placed & { sheet: string })[]).find(
      (d) => d.code === "PIRA-E050"
    )!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const column = /^[A-Z]+/.exec(e050.cell)![0];
    expect(wb.getWorksheet(e050.sheet)!.getCell(`${column}1`).value).toBe("Performance riportata");
  });
});
