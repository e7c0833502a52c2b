import * as fs from "fs";
import * as path from "path";
import { emptyPlan, newIndicator, writePlanJson } from "../../src/core/plan";
import { toPlanValue } from "../../src/core/values";
import { SEED_PATH } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

const KEYS = [
  "code",
  "severity",
  "message",
  "entity",
  "programme",
  "indicator",
  "field",
  "sheet",
  "cell",
  "line",
];

/** A small plan with nothing wrong in it. */
function cleanPlanFile(): string {
  const plan = emptyPlan({
    title: "Piano 2021",
    firstYear: 2021,
    entities: ["Camera di Commercio di Borgoleone"],
    programmes: ["011.005"],
  });
  const p = plan.programmes[0];
  p.responsible = "Segretario generale";
  p.benefits = ["Più imprese accompagnate nella transizione digitale"];
  plan.indicators.push(
    newIndicator({
      id: `${p.id}-i1`,
      programme: p.id,
      name: "Imprese assistite dallo sportello digitale",
      formula: "N. imprese assistite nell'anno",
      typology: "Indicatore di volume",
      unit: "numero",
      source: "CRM camerale",
      polarity: "higher",
      actuals: { "2021-09-30": toPlanValue("150"), "2021-12-31": toPlanValue("236") },
      targets: {
        "2021": toPlanValue("200"),
        "2022": toPlanValue("220"),
        "2023": toPlanValue("240"),
      },
    })
  );
  fs.writeFileSync(at("clean.json"), writePlanJson(plan));
  return at("clean.json");
}

describe("pira validate", () => {
  it("a document with errors: exit 1; --format json puts only the contract's JSON document on stdout", async () => {
    const r = await pira(["validate", SEED_PATH, "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["diagnostics", "counts"]);
    expect(doc.counts.error).toBe(2);
    expect(doc.diagnostics.length).toBe(doc.counts.error + doc.counts.warning + doc.counts.info);
    for (const d of doc.diagnostics) {
      expect(Object.keys(d)).toEqual(KEYS);
      expect(typeof d.message).toBe("string");
      expect(d.sheet).toBeNull();
    }
    const reported = doc.diagnostics.filter((d: { code: string }) => d.code === "PIRA-E050");
    expect(reported.map((d: { line: number }) => d.line)).toEqual([179, 272]);
    // the importer's own diagnostics come along, with their lines
    expect(
      doc.diagnostics.some(
        (d: { code: string; line: number }) => d.code === "PIRA-I902" && d.line === 172
      )
    ).toBe(true);
  });

  it("text output: grouped diagnostics on stdout, the counts on stderr, in either language", async () => {
    const it = await pira(["validate", SEED_PATH]);
    expect(it.code).toBe(1);
    expect(it.stdout).toContain("Errori (2)");
    expect(it.stdout).toContain("PIRA-E050 [riga 179");
    expect(it.stderr).toContain("7 celle del documento non comprese");
    expect(it.stderr).toMatch(/: 2 errori, \d+ avvisi, \d+ informazioni\.\n$/);
    const en = await pira(["validate", SEED_PATH, "--lang", "en"]);
    expect(en.stdout).toContain("Errors (2)");
    expect(en.stdout).toContain("PIRA-E050 [line 179");
    expect(en.stderr).toMatch(/: 2 errors, \d+ warnings, \d+ info\.\n$/);
  });

  it("a workbook: places are sheet and cell, the cell of the field to fix", async () => {
    expect((await pira(["import", SEED_PATH, "-o", at("plan.xlsx")])).code).toBe(0);
    const r = await pira(["validate", at("plan.xlsx"), "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("plan.xlsx"));
    /** the header above a cell (the tables' headers are on row 1) */
    const header = (sheet: string, cell: string) =>
      wb.getWorksheet(sheet)!.getCell(`${/^[A-Z]+/.exec(cell)![0]}1`).value;
    const reported = doc.diagnostics.filter((d: { code: string }) => d.code === "PIRA-E050");
    expect(reported).toHaveLength(2);
    for (const d of reported) {
      expect(d.sheet).toBe("Indicatori");
      expect(d.field).toBe("reportedPerformance");
      expect(d.cell).toMatch(/^[A-Z]+\d+$/);
      expect(header(d.sheet, d.cell)).toBe("Performance riportata");
      expect(d.line).toBeNull();
    }
    const title = doc.diagnostics.find(
      (d: { code: string; programme: string }) => d.code === "PIRA-W025"
    );
    expect(title).toMatchObject({ sheet: "Programmi", field: "title" });
    expect(header(title.sheet, title.cell)).toBe("Titolo");
  });

  it("a clean plan: exit 0; --disable switches rules off (exit 0 for the reference without E050)", async () => {
    const clean = await pira([
      "validate",
      cleanPlanFile(),
      "--as-of",
      "2022-03-31",
      "--format",
      "json",
    ]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).counts.error).toBe(0);
    const off = await pira([
      "validate",
      SEED_PATH,
      "--disable",
      "PIRA-E050",
      "--disable",
      "I902",
      "--format",
      "json",
    ]);
    expect(off.code).toBe(0);
    const doc = JSON.parse(off.stdout);
    expect(
      doc.diagnostics.some(
        (d: { code: string }) => d.code === "PIRA-E050" || d.code === "PIRA-I902"
      )
    ).toBe(false);
  });

  it("a workbook's own settings switch rules off (Piano: Regole disattivate)", async () => {
    const { importDocument } = await import("../../src/core/import");
    const { planToXlsx } = await import("../../src/adapters/xlsx");
    const { plan } = importDocument(fs.readFileSync(SEED_PATH, "utf8"));
    fs.writeFileSync(at("on.xlsx"), await planToXlsx(plan));
    fs.writeFileSync(at("off.xlsx"), await planToXlsx(plan, { disabledRules: ["PIRA-E050"] }));
    const on = await pira(["validate", at("on.xlsx"), "--format", "json"]);
    const off = await pira(["validate", at("off.xlsx"), "--format", "json"]);
    const codes = (r: { stdout: string }) =>
      JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(on.code).toBe(1);
    expect(codes(on)).toContain("PIRA-E050");
    expect(off.code).toBe(0);
    expect(codes(off)).not.toContain("PIRA-E050");
  });

  it("--sheet writes the Verifica sheet with links to the cells", async () => {
    expect((await pira(["import", SEED_PATH, "-o", at("plan.xlsx")])).code).toBe(0);
    const r = await pira(["validate", at("plan.xlsx"), "--sheet", "-o", at("checked.xlsx")]);
    expect(r.code).toBe(1);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(at("checked.xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Verifica");
    expect(sheet).toBeDefined();
    const formulas: string[] = [];
    sheet!.eachRow((row) =>
      row.eachCell((c) => {
        const f = (c.value as { formula?: string } | null)?.formula;
        if (f) formulas.push(f);
      })
    );
    expect(formulas.some((f) => /HYPERLINK\("#'?Indicatori'?!/.test(f))).toBe(true);
    const doc = await pira(["validate", SEED_PATH, "--sheet"]);
    expect(doc.code).toBe(2);
  });

  it("unreadable input or bad usage: exit 2, and nothing on stdout even with --format json", async () => {
    const missing = await pira(["validate", at("none.txt"), "--format", "json"]);
    expect([missing.code, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toContain("non esiste");
    fs.writeFileSync(at("broken.xlsx"), "PK\u0003\u0004 broken");
    const corrupt = await pira(["validate", at("broken.xlsx"), "--format", "json", "--lang", "en"]);
    expect([corrupt.code, corrupt.stdout]).toEqual([2, ""]);
    expect(corrupt.stderr).toContain("not a readable .xlsx workbook");
    const date = await pira(["validate", SEED_PATH, "--as-of", "31/12/2021"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("--as-of vuole una data AAAA-MM-GG");
    fs.mkdirSync(at("folder"));
    const folder = await pira(["validate", at("folder")]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("è una cartella, non un file");
  });
});
