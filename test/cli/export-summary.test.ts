import * as fs from "fs";
import * as path from "path";
import { readPlanJson } from "../../src/core/plan";
import { SEED_PATH } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  expect((await pira(["import", SEED_PATH, "-o", path.join(dir, "plan.xlsx")])).code).toBe(0);
});
afterAll(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

describe("pira export", () => {
  it("prints the plan JSON with the computed fields on stdout", async () => {
    const r = await pira(["export", at("plan.xlsx")]);
    expect(r.code).toBe(0);
    const read = readPlanJson(r.stdout);
    if (!read.ok) throw new Error(read.reason.en);
    const i = read.plan.indicators.find((x) => x.name === "Attrattività eventi realizzati")!;
    expect(i.performance).toBeCloseTo(4428 / 15500, 10);
    expect(i.outcome).toBe("non raggiunto");
    expect(r.stderr).toBe("");
  });

  it("writes a file with -o, from a document too; refuses a non-.json output", async () => {
    const r = await pira(["export", SEED_PATH, "-o", at("plan.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("14 programmi, 87 indicatori");
    expect(JSON.parse(fs.readFileSync(at("plan.json"), "utf8")).indicators).toHaveLength(87);
    const bad = await pira(["export", at("plan.xlsx"), "-o", at("plan2.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("deve finire in .json");
  });
});

describe("pira summary", () => {
  it("prints a table by entity, mission and programme", async () => {
    const r = await pira(["summary", at("plan.xlsx")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/ — 2020-2022$/);
    expect(r.stdout).toMatch(/^C\.C\.I\.A\.A\. DI PISTOIA\s+19\s/m);
    expect(r.stdout).toMatch(/^ {2}011 Competitività e sviluppo delle imprese/m);
    expect(r.stdout).toMatch(/^ {4}011\.005 /m);
    expect(r.stdout).toMatch(/^Totale\s+87\s/m);
    const en = await pira(["summary", at("plan.xlsx"), "--lang", "en"]);
    expect(en.stdout).toMatch(/^Total\s+87\s/m);
  });

  it("--format json: the rows only, as JSON", async () => {
    const r = await pira(["summary", at("plan.xlsx"), "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.firstYear).toBe(2020);
    const total = doc.rows[doc.rows.length - 1];
    expect(total).toMatchObject({ level: "total", indicators: 87 });
    expect(doc.rows.filter((x: { level: string }) => x.level === "entity")).toHaveLength(2);
  });

  it("a non-PIRA workbook: exit 2", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio1");
    await wb.xlsx.writeFile(at("empty.xlsx"));
    const r = await pira(["summary", at("empty.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Non è una cartella PIRA");
  });
});
