/**
 * The app decides what a workbook is (app/open.ts), once for every front end: on a workbook that
 * holds only the analyst's own table, `pira validate`, the file backend (the CLI's) and the memory
 * backend (the workbench's) give the same findings at the same cells, and fill works on it from
 * the pane's action; a sheet named «Indicatori» is a PIRA table only with a PIRA table's shape.
 */
import * as fs from "fs";
import * as path from "path";
import { XlsxFileBackend } from "../../src/adapters/xlsx/file-backend";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { openWorkbook } from "../../src/app/open";
import type { Diagnostic } from "../../src/core/diagnostics";
import { fillWorkbook, prepareSummary, validateWorkbook } from "../../src/taskpane/engine";
import { xlsxOf } from "../fixtures/analyst/build";
import type { SheetSpec } from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "../cli/run";

const AS_OF = "2021-12-31";

/** An analyst's monitoring sheet: a title row, their header, four indicators, a few faults. */
const SHEET: SheetSpec = {
  name: "Monitoraggio",
  merges: ["A1:G1"],
  rows: [
    ["Camera di Commercio di Valdelsa – monitoraggio degli indicatori 2021"],
    [
      "Missione",
      "Programma",
      "Indicatore",
      "Unità di misura",
      "Target 2021",
      "Consuntivo 31/12/2021",
      "Note",
    ],
    ["011", "005", "Imprese assistite dal PID", "numero", 150, 120, null],
    ["011", "005", "Voucher digitali liquidati", "euro", "€ 1,2 milioni", 1000000, null],
    ["012", "004", "Tempo medio di cancellazione dei protesti", "giorni", 5, null, null],
    ["032", "003", "Quota di pratiche telematiche", "%", { v: 0.9, fmt: "0%" }, "n.d.", null],
  ],
};

/** The analyst's table as a CSV the workbench opens (Italian Excel: «;», decimal comma). */
const CSV = [
  "Programma;Indicatore;Unità di misura;Target 2021;Consuntivo 31/12/2021",
  "5;Imprese assistite dal PID;numero;150;120",
  "5;Voucher digitali liquidati;euro;1200000;1000000",
  "4;Tempo medio di cancellazione dei protesti;giorni;5;",
  "3;Quota di pratiche telematiche;%;90%;n.d.",
].join("\r\n");

type Placed = Pick<Diagnostic, "code" | "indicator" | "field" | "sheet" | "cell">;
const key = (d: Placed) => `${d.code} ${d.field ?? "-"} ${d.sheet ?? "-"}!${d.cell ?? "-"}`;

let dir: string;
let file: string;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, "monitoraggio.xlsx");
  bytes = await xlsxOf([SHEET]);
  fs.writeFileSync(file, bytes);
});
afterAll(() => removeDir(dir));

async function memory(): Promise<XlsxBackend> {
  const backend = new XlsxBackend();
  const opened = await backend.open(bytes, "monitoraggio.xlsx");
  if (!opened.ok) throw new Error(opened.reason.en);
  return backend;
}

async function fileBackend(): Promise<XlsxFileBackend> {
  const opened = await XlsxFileBackend.open(bytes);
  if (!opened.ok) throw new Error(opened.reason.en);
  return opened.backend;
}

describe("a workbook holding only the analyst's table, in every front end", () => {
  it("is opened as the analyst's tables by every backend", async () => {
    for (const backend of [await memory(), await fileBackend()]) {
      const r = await openWorkbook(backend);
      if (!r.ok) throw new Error(r.reason.en);
      expect(r.form).toBe("analyst");
      expect(r.loaded.plan.indicators.map((i) => i.name)).toContain("Imprese assistite dal PID");
    }
  });

  it("pira validate, the file backend and the memory backend: the same findings at the same cells", async () => {
    const cli = await pira(["validate", file, "--as-of", AS_OF, "--format", "json"]);
    expect(cli.code).not.toBe(2);
    const fromCli = (JSON.parse(cli.stdout).diagnostics as Placed[]).map(key);
    const pane = await validateWorkbook(await memory(), { asOf: AS_OF });
    const onFile = await validateWorkbook(await fileBackend(), { asOf: AS_OF });
    if (!pane.ok) throw new Error(pane.reason.en);
    if (!onFile.ok) throw new Error(onFile.reason.en);
    expect(pane.form).toBe("analyst");
    expect(pane.diagnostics.map(key)).toEqual(fromCli);
    expect(onFile.diagnostics.map(key)).toEqual(fromCli);
    // findings at the analyst's own cells: the missing year-end actual in its column (F), row 5
    expect(fromCli.length).toBeGreaterThan(0);
    const placed = pane.diagnostics.filter((d) => d.sheet === "Monitoraggio" && d.cell);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.some((d) => /^F\d+$/.test(d.cell ?? ""))).toBe(true);
  });

  it("the pane's fill computes beside their table, as pira fill does", async () => {
    const backend = await memory();
    const filled = await fillWorkbook(backend, { style: "values" });
    if (!filled.ok) throw new Error(filled.reason.en);
    if (filled.form !== "analyst") throw new Error("not the analyst's tables");
    expect(filled.sheets.map((s) => s.sheet)).toEqual(["Monitoraggio"]);
    const out = path.join(dir, "filled.xlsx");
    const cli = await pira(["fill", file, "-o", out, "--formulas", "values"]);
    expect(cli.code).toBe(0);
    // the same columns, the same cells written
    const columns = filled.sheets[0].columns.map((c) => `${c.at} ${c.key}`);
    const again = await fillWorkbook(await fileBackendOf(out), { style: "values" });
    if (!again.ok || again.form !== "analyst") throw new Error("refilled");
    expect(again.sheets[0].columns.map((c) => `${c.at} ${c.key}`)).toEqual(columns);
    expect(again.changed).toBe(0);
  });

  it("the summary runs on their table", async () => {
    const r = await prepareSummary(await memory());
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.rows.at(-1)).toMatchObject({ level: "total", indicators: 4 });
  });
});

async function fileBackendOf(p: string): Promise<XlsxFileBackend> {
  const opened = await XlsxFileBackend.open(new Uint8Array(fs.readFileSync(p)));
  if (!opened.ok) throw new Error(opened.reason.en);
  return opened.backend;
}

describe("a sheet is a PIRA table by its shape, not by its name", () => {
  it("a CSV named Indicatori.csv, opened in the workbench, is the analyst's table", async () => {
    const named = new XlsxBackend();
    named.openCsv(CSV, "Indicatori.csv");
    expect(await named.sheetNames()).toEqual(["Indicatori"]);
    const other = new XlsxBackend();
    other.openCsv(CSV, "monitoraggio.csv");
    const a = await validateWorkbook(named, { asOf: AS_OF });
    const b = await validateWorkbook(other, { asOf: AS_OF });
    if (!a.ok) throw new Error(a.reason.en);
    if (!b.ok) throw new Error(b.reason.en);
    expect(a.form).toBe("analyst");
    // no artefact of reading it as the PIRA Indicatori table: the same findings as another name
    const codes = (r: typeof a) => r.diagnostics.map((d) => `${d.code} ${d.cell ?? "-"}`);
    expect(codes(a)).toEqual(codes(b));
    expect(a.diagnostics.filter((d) => d.code === "PIRA-E005" || d.code === "PIRA-X005")).toEqual(
      []
    );
    const filled = await fillWorkbook(named, { style: "values" });
    if (!filled.ok) throw new Error(filled.reason.en);
    expect(filled.form).toBe("analyst");
  });
});

describe("pira import decides by the same rule", () => {
  it("a workbook whose one sheet is «Indicatori» with the analyst's columns imports as their table", async () => {
    const file = path.join(dir, "indicatori.xlsx");
    fs.writeFileSync(file, await xlsxOf([{ ...SHEET, name: "Indicatori" }]));
    const out = path.join(dir, "piano.json");
    const r = await pira(["import", file, "-o", out]);
    expect(r.code).toBe(0);
    // the analyst's path: their columns mapped, the mapping written beside the plan
    expect(r.stdout).toMatch(/Mappatura delle colonne: .*piano\.mapping\.json/);
    const plan = JSON.parse(fs.readFileSync(out, "utf8")) as { indicators: { name: string }[] };
    expect(plan.indicators.map((i) => i.name)).toContain("Quota di pratiche telematiche");
  });
});
