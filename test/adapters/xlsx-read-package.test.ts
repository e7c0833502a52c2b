/**
 * The tables read straight from the package's XML (read/) are the tables ExcelJS
 * reads (load.ts, workbookTables): on files written by the package writer and by ExcelJS, filled
 * in place, edited as an analyst edits (rows added and swapped, dates, rich text, errors,
 * booleans, merged cells, a total row), with shared formulas, as a plain range, and re-saved by
 * LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applySpec, loadWorkbook, planToXlsx, toBuffer } from "../../src/adapters/xlsx";
import { fillXlsxFile } from "../helpers/xlsx-actions";
import { WorkbookReader } from "../../src/adapters/xlsx/read";
import { checkZip } from "../../src/adapters/zip/safe-zip";
import { layout } from "../../src/workbook";
import { referencePlan } from "../fixtures/plans";
import { growTable, headerIndex, swapRows } from "./xlsx-edit";
import { workbookTables } from "../helpers/exceljs-reading";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(bytes);
  if (!l.ok) throw new Error(l.reason.en);
  return l.workbook;
}

async function same(bytes: Uint8Array): Promise<void> {
  const checked = await checkZip(bytes);
  if (!checked.ok) throw new Error(checked.reason.en);
  const opened = await WorkbookReader.open(checked.bytes);
  if (!opened.ok) throw new Error(opened.reason.en);
  const read = await opened.reader.tables();
  if (!read.ok) throw new Error(read.reason.en);
  const direct = read.tables;
  const viaExcelJS = workbookTables(await load(bytes));
  expect(Object.keys(viaExcelJS).length).toBeGreaterThan(0);
  // a format coded "General" (LibreOffice writes one) is no format, as for the Office reader
  for (const t of Object.values(viaExcelJS))
    if (t?.formats) t.formats = t.formats.map((r) => r.map((f) => (f === "General" ? null : f)));
  expect(direct).toEqual(viaExcelJS);
}

/** An analyst's edits: rows added and swapped, typed values of every kind, merged cells. */
async function edited(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await load(bytes);
  const ws = wb.getWorksheet("Indicatori")!;
  const width = ws.columnCount;
  const last = referencePlan().indicators.length + 2;
  growTable(ws, "Indicatori", 2, ["Commento dell'analista"]);
  ws.getCell(1, width + 1).value = "Commento dell'analista";
  ws.getCell(last, headerIndex(ws, "Programma")).value = "prato-011-005";
  ws.getCell(last, headerIndex(ws, "Indicatore")).value = {
    richText: [{ text: "Visitatori " }, { font: { bold: true }, text: "della mostra" }],
  };
  ws.getCell(last, headerIndex(ws, "Consuntivo 31/12/2020")).value = 1200;
  ws.getCell(last, headerIndex(ws, "Target 2020")).value = {
    error: "#N/A",
  } as ExcelJS.CellErrorValue;
  ws.getCell(last, width + 1).value = new Date(Date.UTC(2021, 2, 15));
  ws.getCell(last, width + 1).numFmt = "dd/mm/yyyy";
  ws.getCell(last + 1, headerIndex(ws, "Indicatore")).value = true;
  ws.getCell(2, headerIndex(ws, "Target 2020")).value = 0.85;
  swapRows(ws, 3, 4, width);
  ws.mergeCells(5, width + 1, 6, width + 1);
  ws.getCell(5, width + 1).value = "nota su due righe";
  return toBuffer(wb);
}

/** The computed column «Calcolato: Raggiungimento» as one shared formula, as Excel saves a fill-down. */
async function withSharedFormula(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = Object.keys(zip.files).find(
    (p) => /worksheets\/sheet\d+\.xml$/.test(p) && p.endsWith("3.xml")
  )!;
  let xml = await zip.file(path)!.async("string");
  const cells = [
    ...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)<\/f>(<v>[^<]*<\/v>)?<\/c>/g),
  ];
  const column = cells[0][1];
  const own = cells.filter((m) => m[1] === column);
  const lastRow = own[own.length - 1][2];
  own.forEach((m, i) => {
    const f =
      i === 0
        ? `<f t="shared" ref="${column}${m[2]}:${column}${lastRow}" si="0">${m[4]}</f>`
        : '<f t="shared" si="0"/>';
    xml = xml.replace(m[0], `<c r="${m[1]}${m[2]}"${m[3]}>${f}${m[5] ?? ""}</c>`);
  });
  zip.file(path, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("tables read from the package are those ExcelJS reads", () => {
  it.each([["native"], ["pira"], ["values"], ["none"]] as const)(
    "%s: written by the package writer and by ExcelJS",
    async (formulas) => {
      await same(await planToXlsx(referencePlan(), { formulas }));
      await same(await toBuffer(applySpec(layout(referencePlan(), { formulas }))));
    }
  );

  it("filled in place (inline strings, new cell formats)", async () => {
    const filled = await fillXlsxFile(await planToXlsx(referencePlan(), { formulas: "none" }), {
      style: "native",
    });
    if (!filled.ok) throw new Error(filled.reason.en);
    await same(filled.bytes);
  });

  it("edited by an analyst: rows, rich text, errors, booleans, dates, merged cells", async () => {
    await same(await edited(await planToXlsx(referencePlan())));
  });

  it("with a shared formula (A1 references slid to each row)", async () => {
    const bytes = await withSharedFormula(
      await toBuffer(applySpec(layout(referencePlan(), { formulas: "pira" })))
    );
    expect(new TextDecoder().decode(bytes).length).toBeGreaterThan(0);
    await same(bytes);
  });

  it("as a plain range found by its header (the table removed)", async () => {
    const wb = await load(await planToXlsx(referencePlan()));
    for (const name of ["Indicatori", "Programmi"]) {
      const ws = wb.getWorksheet(name)!;
      (ws as unknown as { removeTable(n: string): void }).removeTable(name);
    }
    await same(await toBuffer(wb));
  });

  const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
  (hasSoffice ? it : it.skip)(
    "re-saved by LibreOffice",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pira-lo-read-"));
      try {
        writeFileSync(join(dir, "in.xlsx"), await edited(await planToXlsx(referencePlan())));
        const r = spawnSync(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            join(dir, "out"),
            join(dir, "in.xlsx"),
          ],
          { encoding: "utf8", timeout: 120_000 }
        );
        expect(r.status).toBe(0);
        await same(new Uint8Array(readFileSync(join(dir, "out", "in.xlsx"))));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000
  );
});
