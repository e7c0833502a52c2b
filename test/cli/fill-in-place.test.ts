/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
/**
 * pira fill on an analyst's own workbook (test/fixtures/analyst): the computed columns beside their
 * table; every cell of theirs compared before and after (value, formula, number format), every
 * other part of the package byte for byte; a second fill changes nothing; a computed header of
 * theirs refused; --mapping over the stored mapping; pira validate at their cells; LibreOffice
 * recalculates the native formulas to the core's achievement.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { importGrids } from "../../src/core/grid";
import { indicatorAchievement } from "../../src/core/performance";
import { columnNumber } from "../../src/core/a1";
import { MAPPING_SHEET } from "../../src/workbook/analyst/mapping-store";
import { xlsxOf } from "../fixtures/analyst/build";
import {
  FLAT_SHEET,
  KPI_SHEET,
  SECTIONS_SHEET,
  TWO_ROW_SHEET,
  type SheetSpec,
} from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "./run";
import { hasSoffice, inCI, recalculate } from "../helpers/libreoffice";
import { readGrids } from "../helpers/xlsx-grids";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

/** An analyst's monitoring sheet with numbers the native formulas read (and one text target). */
const NUMBERS_SHEET: SheetSpec = {
  name: "Monitoraggio",
  merges: ["A1:F1"],
  rows: [
    ["Monitoraggio degli indicatori 2021"],
    [
      "Missione",
      "Programma",
      "Indicatore",
      "Unità di misura",
      "Target 2021",
      "Consuntivo 31/12/2021",
    ],
    ["011", "005", "Imprese assistite", "numero", 150, 120],
    ["011", "005", "Tempo medio di evasione delle pratiche", "giorni", 5, 6],
    [
      "012",
      "004",
      "Quota di pratiche telematiche",
      "%",
      { v: 0.9, fmt: "0%" },
      { v: 0.95, fmt: "0%" },
    ],
    ["032", "003", "Sportelli attivati", "numero", 10, null],
    ["032", "003", "Pratiche evase entro 5 giorni", "%", { v: 0.8, fmt: "0%" }, 70],
    ["032", "003", "Verifiche ispettive", "numero", "≥ 90", 81],
  ],
};

interface CellState {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
}

/** Every non-empty cell of every sheet: "Sheet!A1" → value, formula, number format. */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, CellState>> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.reason.en);
  const out = new Map<string, CellState>();
  for (const ws of loaded.workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: cell.type === ExcelJS.ValueType.Formula ? null : cell.value,
          formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
          numFmt: cell.numFmt ?? null,
        });
      })
    );
  return out;
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files))
    if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}

/** Letters of the computed columns the command reported for a sheet. */
function reportedColumns(stdout: string, sheet: string): string[] {
  const m = new RegExp(`«${sheet}»: .* colonne calcolate ([A-Z]+):([A-Z]+)\\.`).exec(stdout);
  if (!m) throw new Error(`no columns for ${sheet} in: ${stdout}`);
  const out: string[] = [];
  for (let c = columnNumber(m[1]); c <= columnNumber(m[2]); c++)
    out.push(String.fromCharCode(64 + c));
  return out;
}

const LAYOUTS: SheetSpec[] = [FLAT_SHEET, SECTIONS_SHEET, TWO_ROW_SHEET, KPI_SHEET, NUMBERS_SHEET];

describe("pira fill in place on an analyst's workbook", () => {
  it.each(LAYOUTS.map((s) => [s.name, s] as const))(
    "%s: computed columns beside the table, nothing of theirs changed, again nothing",
    async (_name, sheet) => {
      const file = at("analista.xlsx");
      const original = await xlsxOf([sheet, { name: "Note", merges: [], rows: [["appunti", 1]] }]);
      writeFileSync(file, original);
      const r = await pira(["fill", file]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Compilato .* accanto alle tabelle dell'analista/);
      const letters = reportedColumns(r.stdout, sheet.name);
      expect(letters).toHaveLength(6);

      const after = new Uint8Array(readFileSync(file));
      const before = await cellsOf(original);
      const now = await cellsOf(after);
      // every cell of theirs as it was
      for (const [ref, state] of before) expect([ref, now.get(ref)]).toEqual([ref, state]);
      // every new cell is a computed column of their sheet, or the hidden mapping sheet's
      for (const ref of now.keys()) {
        if (before.has(ref)) continue;
        const [s, a] = ref.split("!");
        const col = /^[A-Z]+/.exec(a)![0];
        expect([ref, s === MAPPING_SHEET || (s === sheet.name && letters.includes(col))]).toEqual([
          ref,
          true,
        ]);
      }
      // the header of the computed columns, and the mapping sheet hidden
      const wb = await loadWorkbook(after);
      if (!wb.ok) throw new Error(wb.reason.en);
      const ws = wb.workbook.getWorksheet(sheet.name)!;
      const headers = ws.getColumn(letters[2]).values.filter((v) => typeof v === "string");
      expect(headers).toContain("Calcolato: Raggiungimento");
      expect(wb.workbook.getWorksheet(MAPPING_SHEET)?.state).toBe("hidden");

      // the package: only the filled sheet, styles, and the new sheet's entries differ
      const p0 = await parts(original);
      const p1 = await parts(after);
      const changed = [...p0.keys()].filter(
        (k) => !p1.has(k) || Buffer.compare(Buffer.from(p0.get(k)!), Buffer.from(p1.get(k)!)) !== 0
      );
      const allowed = [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ];
      for (const k of changed) expect([k, allowed.includes(k)]).toEqual([k, true]);
      expect(changed).toContain("xl/worksheets/sheet1.xml");
      expect(p1.size).toBe(p0.size + 1); // the hidden sheet's part

      // a second fill: nothing changes, nothing is written
      const mtime = fs.statSync(file).mtimeMs;
      const again = await pira(["fill", file]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/già compilato \(nessuna cella cambiata, file non riscritto\)/);
      expect(fs.statSync(file).mtimeMs).toBe(mtime);
      expect(Buffer.compare(readFileSync(file), Buffer.from(after))).toBe(0);
    }
  );

  it("their range is an Excel table: written beside it, the table's definition unchanged", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tabella");
    ws.addTable({
      name: "Monitoraggio",
      ref: "A1",
      columns: [
        { name: "Indicatore" },
        { name: "Unità di misura" },
        { name: "Target 2021" },
        { name: "Consuntivo 31/12/2021" },
      ],
      rows: [
        ["Pratiche evase", "numero", 100, 80],
        ["Imprese assistite", "numero", 50, 60],
      ],
    });
    const file = at("tabella.xlsx");
    const original = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    writeFileSync(file, original);
    const r = await pira(["fill", file]);
    expect(r.stderr).toBe("");
    expect(reportedColumns(r.stdout, "Tabella")).toEqual(["E", "F", "G", "H", "I", "J"]);
    const p0 = await parts(original);
    const p1 = await parts(new Uint8Array(readFileSync(file)));
    const table = [...p0.keys()].find((k) => k.startsWith("xl/tables/"))!;
    expect(Buffer.compare(Buffer.from(p0.get(table)!), Buffer.from(p1.get(table)!))).toBe(0);
    const after = await loadWorkbook(readFileSync(file));
    if (!after.ok) throw new Error(after.reason.en);
    const sheet = after.workbook.getWorksheet("Tabella")!;
    expect(sheet.getCell("E2").formula).toMatch(/ISNUMBER\(D2\)/);
    expect(sheet.getCell("G2").formula).toMatch(/E2/);
    expect((sheet.getCell("G2").value as { result?: unknown }).result).toBe(0.8);
    expect((sheet.getCell("G3").value as { result?: unknown }).result).toBe(1);
  });

  it("refuses a column of theirs that carries a computed header, naming it; the file unchanged", async () => {
    const sheet: SheetSpec = {
      ...NUMBERS_SHEET,
      rows: NUMBERS_SHEET.rows.map((r, i) =>
        i === 1 ? [...r, "Calcolato: Esito"] : i > 1 ? [...r, "ok"] : r
      ),
    };
    const file = at("analista.xlsx");
    const original = await xlsxOf([sheet]);
    writeFileSync(file, original);
    const r = await pira(["fill", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /La colonna G del foglio «Monitoraggio» ha già l'intestazione «Calcolato: Esito» \(cella G2\)/
    );
    expect(Buffer.compare(readFileSync(file), Buffer.from(original))).toBe(0);
    // validate on the same file says the same, not that it is no PIRA workbook
    const v = await pira(["validate", file]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/ha già l'intestazione «Calcolato: Esito» \(cella G2\)/);
    expect(v.stderr).not.toMatch(/Non è una cartella PIRA/);
  });

  it("--mapping decides a column; the next fill keeps it without being told", async () => {
    const sheet: SheetSpec = {
      name: "Foglio1",
      merges: [],
      rows: [
        ["Indicatore", "Unità di misura", "Valore atteso", "Valore raggiunto"],
        ["Pratiche evase", "numero", 100, 90],
        ["Imprese assistite", "numero", 50, 25],
      ],
    };
    const file = at("analista.xlsx");
    writeFileSync(file, await xlsxOf([sheet]));
    const map = at("map.json");
    writeFileSync(
      map,
      JSON.stringify({ "Valore atteso": "targets.2021", "Valore raggiunto": "actuals.2021-12-31" })
    );
    const r = await pira(["fill", file, "--mapping", map]);
    expect(r.code).toBe(0);
    const achievement = async () => {
      const wb = await loadWorkbook(readFileSync(file));
      if (!wb.ok) throw new Error(wb.reason.en);
      const ws = wb.workbook.getWorksheet("Foglio1")!;
      return [ws.getCell("G2"), ws.getCell("G3")].map((c) => ({
        formula: c.formula,
        result: (c.value as { result?: unknown }).result,
      }));
    };
    const first = await achievement();
    expect(first.map((x) => x.result)).toEqual([0.9, 0.5]);
    expect(first[0].formula).toMatch(/E2/);
    const wb = await loadWorkbook(readFileSync(file));
    if (!wb.ok) throw new Error(wb.reason.en);
    // "Calcolato: Consuntivo" reads their "Valore raggiunto" (D), "Calcolato: Target" their C
    expect(wb.workbook.getWorksheet("Foglio1")!.getCell("E2").formula).toMatch(/ISNUMBER\(D2\)/);
    expect(wb.workbook.getWorksheet("Foglio1")!.getCell("F2").formula).toMatch(/ISNUMBER\(C2\)/);
    const again = await pira(["fill", file]);
    expect(again.stdout).toMatch(/già compilato/);
    expect(await achievement()).toEqual(first);
  });

  it("pira validate reads their table and points at their cells", async () => {
    const file = at("analista.xlsx");
    writeFileSync(file, await xlsxOf([FLAT_SHEET]));
    const r = await pira(["validate", file, "--format", "json"]);
    expect(r.code).toBeLessThan(2);
    const out = JSON.parse(r.stdout) as {
      diagnostics: { code: string; field: string | null; sheet: string; cell: string }[];
    };
    const missingActual = out.diagnostics.filter((d) => d.field === "actuals.2021-12-31");
    expect(missingActual.length).toBeGreaterThan(0);
    // the indicator's row in their sheet (rows 4–7), never a PIRA sheet
    for (const d of out.diagnostics.filter((x) => x.sheet !== null))
      expect(d.sheet).toBe("PIRA 2021");
    // a finding about one indicator points at its own cell in their rows (4–7): the name, column E
    const onRows = out.diagnostics.filter((d) => d.code === "PIRA-I922");
    expect(onRows.length).toBeGreaterThan(0);
    for (const d of onRows) expect(d.cell).toMatch(/^E[4-7]$/);
  });
});

// ── LibreOffice recalculates the native formulas to the core's achievement ──────────────────

(hasSoffice || inCI ? describe : describe.skip)("LibreOffice recalculation", () => {
  jest.setTimeout(180_000);

  it.each([NUMBERS_SHEET, TWO_ROW_SHEET].map((s) => [s.name, s] as const))(
    "%s: the achievement LibreOffice computes from their cells is the core's",
    async (_name, sheet) => {
      const file = at("analista.xlsx");
      const original = await xlsxOf([sheet]);
      writeFileSync(file, original);
      const r = await pira(["fill", file]);
      expect(r.code).toBe(0);
      const letters = reportedColumns(r.stdout, sheet.name);
      // the core's achievement of each indicator, from the grid as the reader sees it
      const grids = await readGrids(original);
      if (!grids.ok) throw new Error(grids.reason.en);
      const read = importGrids([{ kind: "grid", grid: grids.grids[0].grid }]);
      if (!read.ok) throw new Error(read.reason.en);
      const recalculated = await loadWorkbook(recalculate(readFileSync(file)));
      if (!recalculated.ok) throw new Error(recalculated.reason.en);
      const ws = recalculated.workbook.getWorksheet(sheet.name)!;
      let formulas = 0;
      for (const ind of read.plan.indicators) {
        const row = /(\d+)$/.exec(read.report.sources[ind.id].cell!)![1];
        const cell = ws.getCell(`${letters[2]}${row}`);
        const a = indicatorAchievement(ind, read.plan.firstYear);
        const want = a.ok ? a.value.toNumber() : a.code === "missing" ? "n.d." : "n.c.";
        const got = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (typeof want === "number")
          expect([ind.name, got]).toEqual([ind.name, expect.closeTo(want, 9)]);
        else expect([ind.name, got]).toEqual([ind.name, want]);
      }
      if (sheet === NUMBERS_SHEET) expect(formulas).toBe(5);
    }
  );
});
