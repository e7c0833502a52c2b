/**
 * pira fill on an analyst's workbook with blank-looking formulas (a shared formula filled down, a
 * formula with no cached value), style-only cells in their table, a chart and a pivot table: every
 * one of their cells and parts comes out byte for byte as it was, except the parts fill must touch
 * (the sheet's part — their cells in it unchanged —, the styles, and the hidden mapping sheet with
 * its entries); LibreOffice opens the result. Where the package cannot be patched exactly, fill
 * refuses (exit 2) and writes nothing.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import {
  analystPackageParts,
  analystWorkbook,
  cellElements,
  FIRST,
  LAST,
  packageParts,
} from "../helpers/analyst-workbook";
import { hasSoffice, inCI, recalculate } from "../helpers/libreoffice";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

/** The parts fill writes into an analyst's workbook: the sheet, styles, and the mapping sheet's. */
const TOUCHED = new Set([
  "xl/worksheets/sheet1.xml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
]);

async function filled(): Promise<{ before: Map<string, Buffer>; after: Map<string, Buffer> }> {
  const bytes = await analystWorkbook();
  fs.writeFileSync(at("monitoraggio.xlsx"), bytes);
  const r = await pira(["fill", at("monitoraggio.xlsx")]);
  expect(r.stderr).not.toContain("ExcelJS");
  expect(r.code).toBe(0);
  return {
    before: await packageParts(bytes),
    after: await packageParts(fs.readFileSync(at("monitoraggio.xlsx"))),
  };
}

describe("pira fill on an analyst's workbook with formulas, a chart and a pivot table", () => {
  it("keeps every part it need not touch byte for byte: chart, drawing, pivot table and cache", async () => {
    const { before, after } = await filled();
    for (const [name, data] of before) {
      expect(after.has(name)).toBe(true);
      if (!TOUCHED.has(name)) expect([name, after.get(name)?.equals(data)]).toEqual([name, true]);
    }
    // the only new part is the mapping sheet's
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  it("keeps every one of their cells as written: blank-looking, shared and uncached formulas, style-only cells", async () => {
    const { before, after } = await filled();
    const was = cellElements(before.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
    const now = cellElements(after.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
    for (const [ref, xml] of was) expect([ref, now.get(ref)]).toEqual([ref, xml]);
    // the computed columns start right of the last column that holds anything (I: style only)
    const added = [...now.keys()].filter((ref) => !was.has(ref));
    expect(added.length).toBeGreaterThan(0);
    for (const ref of added) expect(ref).toMatch(/^(J|K|L|M|N|O|P|Q|R|S)\d+$/);
    expect(now.get("J2")).toBeDefined();
    // only the header row and the indicator rows
    for (const ref of added) {
      const row = Number(/\d+$/.exec(ref)![0]);
      expect(row === 2 || (row >= FIRST && row <= LAST)).toBe(true);
    }
    // the other parts it touched keep what they had: the pivot cache, the sheets, their relationships
    const workbook = after.get("xl/workbook.xml")!.toString("utf8");
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId5"/></pivotCaches>');
    expect(workbook).toContain('<sheet name="Monitoraggio" sheetId="1" r:id="rId1"/>');
    const types = after.get("[Content_Types].xml")!.toString("utf8");
    for (const part of ["pivotTable1", "pivotCacheDefinition1", "chart1", "drawing1"])
      expect(types).toContain(part);
  });

  it("a second fill writes nothing", async () => {
    await filled();
    const once = fs.readFileSync(at("monitoraggio.xlsx"));
    const r = await pira(["fill", at("monitoraggio.xlsx")]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(at("monitoraggio.xlsx")).equals(once)).toBe(true);
  });

  it("a package it cannot patch exactly is refused: exit 2, the reason, the file untouched", async () => {
    // no styles part (valid: some generators write none), so the patch has no cell formats to extend
    const parts = analystPackageParts();
    delete parts["xl/styles.xml"];
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
      /<Relationship Id="rId3"[^>]*\/>/,
      ""
    );
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
      /<Override PartName="\/xl\/styles.xml"[^>]*\/>/,
      ""
    );
    const bytes = await analystWorkbook(parts);
    fs.writeFileSync(at("odd.xlsx"), bytes);
    const r = await pira(["fill", at("odd.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è stato scritto nulla");
    expect(fs.readFileSync(at("odd.xlsx")).equals(Buffer.from(bytes))).toBe(true);
  });

  (hasSoffice || inCI ? it : it.skip)(
    "LibreOffice opens the result: their formulas and ours computed",
    async () => {
      await filled();
      const recalculated = recalculate(fs.readFileSync(at("monitoraggio.xlsx")));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(recalculated) as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet("Monitoraggio")!;
      expect(wb.worksheets.map((w) => w.name)).toEqual(
        expect.arrayContaining(["Monitoraggio", "Pivot"])
      );
      // their filled-down formula still there in every row, computed (blank: every target met)
      for (let r = FIRST; r <= LAST; r++) {
        expect(String(ws.getCell(`G${r}`).formula ?? "")).toContain(`F${r}`);
        expect(String(ws.getCell(`H${r}`).formula ?? "")).toContain(`E${r}`);
      }
      expect(String(ws.getCell("J2").value)).toMatch(/^Calcolato: /);
    },
    180_000
  );
});
