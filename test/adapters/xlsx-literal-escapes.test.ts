/**
 * Text that reads as one of Excel's escapes ("_x0041_") written through ExcelJS — the workbench's
 * saves and every whole-workbook write go through toBuffer — comes back as it was typed, in our
 * reader, in ExcelJS and in LibreOffice: its underscore is escaped ("_x005F_x0041_", ECMA-376's
 * escape of "_"), as Excel writes it. Without that Excel and LibreOffice show «A».
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, toBuffer, writeCell } from "../../src/adapters/xlsx";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { WorkbookReader } from "../../src/adapters/xlsx/read";
import { written } from "../../src/adapters/zip/safe-zip";
import { hasSoffice, recalcProfile } from "../helpers/libreoffice";

const TYPED = ["_x0041_", "Codice _x005F_ e _x0041_", "_x000d_ minuscolo", "_x00E9", "x0041_"];

/** The workbench's workbook with the typed text in A1:A5, a formula, a link and rich text. */
function workbench(): XlsxBackend {
  const backend = new XlsxBackend();
  backend.workbook.addWorksheet("Foglio1");
  TYPED.forEach((t, i) => backend.setCell("Foglio1", `A${i + 1}`, { value: t }));
  const ws = backend.workbook.getWorksheet("Foglio1")!;
  // a formula whose cached text is the same literal (LibreOffice recomputes it: the same text)
  writeCell(ws.getCell("B1"), { formula: "A1", value: "_x0041_" });
  writeCell(ws.getCell("C1"), { value: "Sito _x0041_", link: "https://example.org/" });
  ws.getCell("D1").value = {
    richText: [{ text: "Ricco " }, { text: "_x0042_", font: { bold: true } }],
  };
  return backend;
}

const EXPECTED: [string, string][] = [
  ...TYPED.map((t, i): [string, string] => [`A${i + 1}`, t]),
  ["B1", "_x0041_"],
  ["C1", "Sito _x0041_"],
  ["D1", "Ricco _x0042_"],
];

async function ourReading(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const opened = await WorkbookReader.open(written(bytes));
  if (!opened.ok) throw new Error(opened.reason.en);
  const grids = await opened.reader.grids("Foglio1");
  if (!grids.ok) throw new Error(grids.reason.en);
  const out: Record<string, unknown> = {};
  for (const g of grids.grids) {
    const o = g.grid.origin as { row: number; col: number };
    g.grid.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== "") out[`${"ABCD"[o.col - 1 + j]}${o.row + i}`] = v;
      })
    );
  }
  return out;
}

/** ExcelJS's reading of the cells that are not formulas (it keeps a formula's cached text escaped). */
async function excelJsReading(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const l = await loadWorkbook(bytes);
  if (!l.ok) throw new Error(l.reason.en);
  const ws = l.workbook.getWorksheet("Foglio1")!;
  const out: Record<string, unknown> = {};
  for (const [at] of EXPECTED) {
    const c = ws.getCell(at);
    if (c.type !== ExcelJS.ValueType.Formula) out[at] = c.text;
  }
  return out;
}

const NOT_FORMULAS = Object.fromEntries(EXPECTED.filter(([at]) => at !== "B1"));

describe("literal «_xHHHH_» text written through ExcelJS", () => {
  test("the package holds Excel's escape of the underscore, and the workbook keeps its values", async () => {
    const backend = workbench();
    const bytes = await backend.bytes();
    const zip = await JSZip.loadAsync(bytes);
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("<t>_x005F_x0041_</t>");
    expect(strings).toContain("Codice _x005F_x005F_ e _x005F_x0041_");
    // a formula's cached text too (ECMA-376's <v> is escaped text; LibreOffice writes it so)
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain("<v>_x005F_x0041_</v>");
    // the workbench's own cells are as the analyst typed them (escaped only in the file)
    expect(backend.workbook.getWorksheet("Foglio1")!.getCell("A1").value).toBe("_x0041_");
    expect(backend.workbook.getWorksheet("Foglio1")!.getCell("C1").text).toBe("Sito _x0041_");
  });

  test("read back by our reader and by ExcelJS as typed, and again after a second save", async () => {
    const first = await workbench().bytes();
    expect(await ourReading(first)).toEqual(Object.fromEntries(EXPECTED));
    expect(await excelJsReading(first)).toEqual(NOT_FORMULAS);
    // loaded and saved again (a whole-workbook write of a file): escaped once, not twice
    const l = await loadWorkbook(first);
    if (!l.ok) throw new Error(l.reason.en);
    const second = await toBuffer(l.workbook);
    expect(await ourReading(second)).toEqual(Object.fromEntries(EXPECTED));
    expect(await excelJsReading(second)).toEqual(NOT_FORMULAS);
  });

  (hasSoffice ? test : test.skip)(
    "LibreOffice reads the same text (soffice --convert-to csv)",
    async () => {
      const bytes = await workbench().bytes();
      const dir = mkdtempSync(join(tmpdir(), "pira-esc-"));
      try {
        writeFileSync(join(dir, "in.xlsx"), bytes);
        const r = spawnSync(
          "soffice",
          [
            // recalculating: LibreOffice takes a cached text as it is, without undoing escapes
            `-env:UserInstallation=${recalcProfile(dir)}`,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            dir,
            join(dir, "in.xlsx"),
          ],
          { encoding: "utf8", timeout: 120_000 }
        );
        expect(r.status).toBe(0);
        const rows = readFileSync(join(dir, "in.csv"), "utf8")
          .split(/\r?\n/)
          .map((l) => l.split(","));
        expect(rows[0]).toEqual(["_x0041_", "_x0041_", "Sito _x0041_", "Ricco _x0042_"]);
        expect(rows.slice(1, 5).map((r) => r[0])).toEqual(TYPED.slice(1));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000
  );
});
