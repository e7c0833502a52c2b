/**
 * One analyst workbook, one reading: the cells of an analyst's own sheet — counts, percentages,
 * amounts, custom formats («7 mesi» is `0 \m\e\s\i`), dates, text — read the same through
 * `pira import`, `pira export`, `pira validate`, `pira fill` and the workbench's memory backend.
 * Before one reader (src/adapters/xlsx/read), import read 7 and the others the date 06/01/1900.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { analystLoaded, readInPlace } from "../../src/app/analyst-fill";
import { writePlanJson } from "../../src/core/plan/write";
import { readGrids } from "../helpers/xlsx-grids";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

const MESI = "0 \\m\\e\\s\\i";

/** The analyst's sheet: every value under the format an analyst gives it. */
async function analystWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Monitoraggio");
  const rows: [string, string, string, string, number, string, number, string, Date, string][] = [
    [
      "011",
      "005",
      "Durata media dei progetti",
      "mesi",
      7,
      MESI,
      8,
      MESI,
      new Date(Date.UTC(2024, 11, 31)),
      "dd/mm/yyyy",
    ],
    [
      "011",
      "005",
      "Quota di pratiche telematiche",
      "%",
      0.9,
      "0.0%",
      0.955,
      "0.0%",
      new Date(Date.UTC(2024, 5, 30)),
      "[$-410]d mmmm yyyy",
    ],
    [
      "012",
      "004",
      "Contributi erogati",
      "euro",
      150000,
      '#,##0.00 "€"',
      152340.5,
      "[$€-410] #,##0.00",
      new Date(Date.UTC(2024, 0, 15)),
      "dd/mm/yyyy",
    ],
    [
      "032",
      "003",
      "Imprese assistite",
      "numero",
      1200,
      "#,##0",
      1350,
      "#,##0",
      new Date(Date.UTC(2024, 2, 1)),
      "[$-410]d mmmm yyyy",
    ],
  ];
  ws.addRow([
    "Missione",
    "Programma",
    "Indicatore",
    "Unità di misura",
    "Target 2024",
    "Consuntivo 31/12/2024",
    "Data di rilevazione",
    "Nota",
  ]);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = r[0];
    row.getCell(2).value = r[1];
    row.getCell(3).value = r[2];
    row.getCell(4).value = r[3];
    row.getCell(5).value = r[4];
    row.getCell(5).numFmt = r[5];
    row.getCell(6).value = r[6];
    row.getCell(6).numFmt = r[7];
    row.getCell(7).value = r[8];
    row.getCell(7).numFmt = r[9];
    row.getCell(8).value = `nota ${i + 1}`;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface IndicatorJson {
  name: string;
  targets: Record<string, { value: unknown }>;
  actuals: Record<string, { value: unknown }>;
  extra: Record<string, unknown>;
  performance?: number | null;
}

/** What each reading gives of each indicator: its values, and the date kept as the analyst wrote it. */
function values(planJson: string) {
  const plan = JSON.parse(planJson) as { indicators: IndicatorJson[] };
  return plan.indicators.map((i) => ({
    name: i.name,
    targets: Object.fromEntries(Object.entries(i.targets).map(([k, v]) => [k, v.value])),
    actuals: Object.fromEntries(Object.entries(i.actuals).map(([k, v]) => [k, v.value])),
    extra: i.extra,
  }));
}

interface DiagnosticJson {
  code: string;
  severity: string;
  indicator: string | null;
  field: string | null;
}

/** The findings of pira validate on a file, without the notes of its reading (severity info). */
async function findings(file: string): Promise<string[]> {
  const r = await pira(["validate", file, "--format", "json"]);
  const out = JSON.parse(r.stdout) as { diagnostics: DiagnosticJson[] };
  return out.diagnostics
    .filter((d) => d.severity !== "info")
    .map((d) => `${d.code} ${d.indicator ?? ""} ${d.field ?? ""}`)
    .sort();
}

test("import, export, validate, fill and the workbench read the same values", async () => {
  const bytes = await analystWorkbook();
  fs.writeFileSync(at("m.xlsx"), bytes);

  expect((await pira(["import", at("m.xlsx"), "-o", at("import.json")])).code).toBe(0);
  expect((await pira(["export", at("m.xlsx"), "-o", at("export.json")])).code).toBe(0);
  const imported = values(fs.readFileSync(at("import.json"), "utf8"));
  const exportedJson = fs.readFileSync(at("export.json"), "utf8");
  const exported = values(exportedJson);

  // the workbench: the same bytes opened in its memory backend, read by the app's action
  const backend = new XlsxBackend();
  expect((await backend.open(bytes, "m.xlsx")).ok).toBe(true);
  const read = await readInPlace(backend);
  if (!read.ok) throw new Error(read.reason.en);
  const workbench = values(writePlanJson(analystLoaded(read).plan));

  expect(imported.map((i) => [i.name, i.targets, i.actuals, i.extra])).toEqual([
    [
      "Durata media dei progetti",
      { 2024: 7 },
      { "2024-12-31": 8 },
      { "Data di rilevazione": "31/12/2024" },
    ],
    [
      "Quota di pratiche telematiche",
      { 2024: 0.9 },
      { "2024-12-31": 0.955 },
      { "Data di rilevazione": "30/06/2024" },
    ],
    [
      "Contributi erogati",
      { 2024: 150000 },
      { "2024-12-31": 152340.5 },
      { "Data di rilevazione": "15/01/2024" },
    ],
    [
      "Imprese assistite",
      { 2024: 1200 },
      { "2024-12-31": 1350 },
      { "Data di rilevazione": "01/03/2024" },
    ],
  ]);
  expect(exported).toEqual(imported);
  expect(workbench).toEqual(imported);

  // validate: the same findings on the workbook as on the plan import wrote from it
  expect(await findings(at("m.xlsx"))).toEqual(await findings(at("import.json")));

  // fill: the computed target, actual and achievement are those of the values read
  expect((await pira(["fill", at("m.xlsx")])).code).toBe(0);
  // read back by the program's reader: the computed cells carry their sources' formats, and
  // ExcelJS reads a number under «0 \m\e\s\i» as a date (what this file is about)
  const filled = await readGrids(new Uint8Array(fs.readFileSync(at("m.xlsx"))), "Monitoraggio");
  if (!filled.ok) throw new Error(filled.reason.en);
  const rows = filled.grids[0].grid.rows;
  const column = (name: string) => rows[0].indexOf(name);
  const result = (r: number, name: string) => rows[r - 1][column(name)];
  // «7 mesi» computed shows as its source: 8 mesi, not 8 nor a date
  expect(filled.grids[0].grid.formats?.[1][column("Calcolato: Consuntivo")]).toBe(MESI);
  const performance = (JSON.parse(exportedJson) as { indicators: IndicatorJson[] }).indicators.map(
    (i) => i.performance
  );
  imported.forEach((ind, k) => {
    expect(result(k + 2, "Calcolato: Target")).toBe(ind.targets[2024]);
    expect(result(k + 2, "Calcolato: Consuntivo")).toBe(ind.actuals["2024-12-31"]);
    expect(result(k + 2, "Calcolato: Raggiungimento")).toBeCloseTo(performance[k] as number, 12);
  });
}, 60_000);
