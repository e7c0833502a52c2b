/**
 * The sheets read straight from the package are the grids ExcelJS gives (values, number formats
 * that matter, merged cells, where the grid sits), on the analyst fixtures and on odd cells.
 */
import ExcelJS from "exceljs";
import { WorkbookReader } from "../../src/adapters/xlsx/read";
import type { CheckedZipBytes } from "../../src/adapters/zip/safe-zip";
import { checkZip } from "../../src/adapters/zip/safe-zip";
import type { Grid } from "../../src/core/grid";
import { xlsxOf } from "../fixtures/analyst/build";
import { FLAT_SHEET, KPI_SHEET, SECTIONS_SHEET, TWO_ROW_SHEET } from "../fixtures/analyst/layouts";
import { readGrids } from "../helpers/exceljs-reading";

async function packageGrids(bytes: CheckedZipBytes, sheet?: string) {
  const opened = await WorkbookReader.open(bytes);
  if (!opened.ok) return opened;
  const grids = await opened.reader.grids(sheet);
  return grids.ok ? { ok: true as const, grids: grids.grids } : grids;
}

async function both(bytes: Uint8Array, sheet?: string): Promise<[Grid[], Grid[]]> {
  const viaExcelJS = await readGrids(bytes, sheet);
  const checked = await checkZip(bytes);
  if (!viaExcelJS.ok || !checked.ok) throw new Error("unreadable");
  const direct = await packageGrids(checked.bytes, sheet);
  if (!direct.ok) throw new Error(direct.reason.en);
  return [viaExcelJS.grids.map((g) => g.grid), direct.grids.map((g) => g.grid)];
}

/** Formats compared where they decide a reading: percentages and amounts. */
function meaningful(g: Grid): Grid {
  return {
    ...g,
    formats: g.formats?.map((r) => r.map((f) => (f !== null && /%|€/.test(f) ? f : null))),
    merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

test("the four analyst workbooks: the same grids", async () => {
  const bytes = await xlsxOf([FLAT_SHEET, SECTIONS_SHEET, TWO_ROW_SHEET, KPI_SHEET]);
  const [a, b] = await both(bytes);
  expect(b.map(meaningful)).toEqual(a.map(meaningful));
  const [one] = (await both(bytes, "consuntivo 2021"))[1];
  expect(one.origin).toEqual({ kind: "sheet", sheet: "Consuntivo 2021", row: 1, col: 1 });
});

test("dates, booleans, formulas' results, rich text, errors, a grid away from A1", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dati");
  ws.getCell("C4").value = "Indicatore";
  ws.getCell("D4").value = new Date(Date.UTC(2021, 5, 30));
  ws.getCell("D4").numFmt = "dd/mm/yyyy";
  ws.getCell("E4").value = true;
  ws.getCell("F4").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell("G4").value = { richText: [{ text: "≥ " }, { text: "90%", font: { bold: true } }] };
  ws.getCell("H4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("C5").value = "a & b < c _x000D_";
  ws.getCell("D5").value = 0.25;
  ws.getCell("D5").numFmt = "0.0%";
  ws.mergeCells("E5:F6");
  ws.getCell("E5").value = "unite";
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const [[a], [b]] = await both(bytes);
  expect(b.origin).toEqual({ kind: "sheet", sheet: "Dati", row: 4, col: 3 });
  expect(b.rows).toEqual([
    ["Indicatore", "30/06/2021", true, 2, "≥ 90%", "#N/A"],
    [expect.stringMatching(/^a & b < c/), 0.25, "unite", null, null, null],
  ]);
  expect(meaningful(b)).toEqual(meaningful(a));
});

test("a sheet that is not there names the sheets there are", async () => {
  const bytes = await xlsxOf([FLAT_SHEET]);
  const checked = await checkZip(bytes);
  if (!checked.ok) throw new Error("unreadable");
  const r = await packageGrids(checked.bytes, "Nessuno");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.it).toBe("Il foglio «Nessuno» non c'è (fogli: «PIRA 2021»).");
});

test("a PIRA workbook is told from an analyst's, even one with a sheet called Indicatori", async () => {
  const { planToXlsx } = await import("../../src/adapters/xlsx");
  const { referencePlan } = await import("../core/plan.fixtures");
  const check = async (bytes: Uint8Array) => {
    const c = await checkZip(bytes);
    if (!c.ok) throw new Error("unreadable");
    const opened = await WorkbookReader.open(c.bytes);
    if (!opened.ok) throw new Error("unreadable");
    return opened.reader.holdsPiraTables();
  };
  expect(await check(await planToXlsx(referencePlan()))).toBe(true);
  expect(await check(await xlsxOf([SECTIONS_SHEET]))).toBe(false);
  // a plain sheet called Indicatori with the PIRA header row (no Excel table) is a PIRA sheet
  const plain = await xlsxOf([
    {
      name: "Indicatori",
      rows: [
        ["Programma", "Indicatore"],
        ["p1", "A"],
      ],
      merges: [],
    },
  ]);
  expect(await check(plain)).toBe(true);
});
