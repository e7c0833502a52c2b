import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { importDocument } from "../../src/core/import";
import { readPlanJson, writePlanJson, type Indicator } from "../../src/core/plan";
import { rollover } from "../../src/core/review";
import { SEED_PATH, seedText } from "../helpers/seed";
import { hasSoffice, recalculate } from "../helpers/libreoffice";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  expect((await pira(["import", SEED_PATH, "-o", path.join(dir, "plan.xlsx")])).code).toBe(0);
});
afterAll(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

describe("pira rollover", () => {
  it("writes the next triennium as a workbook, the report beside it, the same as the core's", async () => {
    const r = await pira(["rollover", at("plan.xlsx"), "-o", at("next.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("triennio 2021-2023");
    const report = JSON.parse(fs.readFileSync(at("next.rollover.json"), "utf8"));
    expect(report).toMatchObject({ format: "pira-rollover-report", to: { firstYear: 2021 } });
    const expected = rollover(importDocument(seedText()).plan);
    expect(report.notes).toHaveLength(expected.notes.length);
    // the new workbook reads back as the rolled-over plan, baselines included
    const e = await pira(["export", at("next.xlsx")]);
    const back = readPlanJson(e.stdout);
    if (!back.ok) throw new Error(back.reason.en);
    const strip = (ind: Indicator) => {
      const { performance, outcome, ...rest } = ind;
      void performance;
      void outcome;
      return rest;
    };
    expect(back.plan.indicators.map(strip)).toEqual(expected.plan.indicators.map(strip));
    expect(back.plan.firstYear).toBe(2021);
    // the new plan's validation asks for each new-year target
    const v = await pira(["validate", at("next.xlsx"), "--format", "json"]);
    const codes = JSON.parse(v.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes.filter((c: string) => c === "PIRA-W040")).toHaveLength(
      expected.plan.indicators.filter((i) => i.kind !== "progress").length
    );
  });

  it("writes JSON, takes --year, refuses a year not after the plan's and an existing output", async () => {
    const r = await pira(["rollover", SEED_PATH, "-o", at("later.json"), "--year", "2022"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(fs.readFileSync(at("later.json"), "utf8"));
    expect(plan.firstYear).toBe(2022);
    const bad = await pira(["rollover", SEED_PATH, "-o", at("other.json"), "--year", "2020"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("successivo al primo anno");
    const again = await pira(["rollover", SEED_PATH, "-o", at("later.json")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("esiste già");
  });
});

describe("pira publish --compare", () => {
  it("adds the section on the main changes to the Rapporto, in Word (a real heading) and HTML", async () => {
    const plan = importDocument(seedText()).plan;
    const previous = JSON.parse(writePlanJson(plan));
    const ind = previous.indicators.find(
      (i: { name: string }) => i.name === "Attrattività eventi realizzati"
    );
    ind.targets["2021"] = { raw: "20.000", kind: "number", value: 20000 };
    fs.writeFileSync(at("previous.json"), JSON.stringify(previous));
    // the note the analyst wrote on the indicator in the newer plan
    const current = JSON.parse(writePlanJson(plan));
    current.indicators.find(
      (i: { name: string }) => i.name === "Attrattività eventi realizzati"
    ).notes = ["Sala chiusa per lavori fino a giugno."];
    fs.writeFileSync(at("current.json"), JSON.stringify(current));
    const html = await pira([
      "publish",
      at("current.json"),
      "--document",
      "rapporto",
      "--compare",
      at("previous.json"),
      "-o",
      at("rapporto.html"),
    ]);
    expect(html.code).toBe(0);
    const page = fs.readFileSync(at("rapporto.html"), "utf8");
    expect(page).toMatch(/<h2[^>]*>Principali variazioni rispetto al piano precedente<\/h2>/);
    expect(page).toContain("target meno ambizioso");
    expect(page).toContain("Sala chiusa per lavori fino a giugno.");
    const word = await pira([
      "publish",
      at("current.json"),
      "--document",
      "rapporto",
      "--compare",
      at("previous.json"),
      "-o",
      at("rapporto.docx"),
    ]);
    expect(word.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("rapporto.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Principali variazioni rispetto al piano precedente/
    );
    // without --compare, no such section
    await pira(["publish", at("current.json"), "--document", "rapporto", "-o", at("plain.html")]);
    expect(fs.readFileSync(at("plain.html"), "utf8")).not.toContain("Principali variazioni");
  });
});

describe("pira diff", () => {
  it("a plan against its own workbook and its export: no change", async () => {
    await pira(["export", at("plan.xlsx"), "-o", at("plan-export.json")]);
    for (const other of [at("plan.xlsx"), at("plan-export.json")]) {
      const r = await pira(["diff", SEED_PATH, other, "--format", "json"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).changes).toEqual([]);
    }
  });

  it("the document against an edited version: JSON as the contract, text flagged first, the sheet", async () => {
    const plan = importDocument(seedText()).plan;
    const next = JSON.parse(writePlanJson(plan));
    next.indicators.reverse();
    next.indicators.forEach((i: { id: string }, n: number) => (i.id = `v2-${n}`));
    const lowered = next.indicators.find(
      (i: { name: string }) => i.name === "Attrattività eventi realizzati"
    );
    lowered.targets["2021"] = { raw: "1.000", kind: "number", value: 1000 };
    fs.writeFileSync(at("v2.json"), JSON.stringify(next));
    const j = await pira(["diff", SEED_PATH, at("v2.json"), "--format", "json"]);
    expect(j.code).toBe(0);
    const doc = JSON.parse(j.stdout);
    expect(doc).toMatchObject({
      format: "pira-diff",
      version: 1,
      from: { firstYear: 2020 },
      to: { firstYear: 2020 },
      counts: { added: 0, removed: 0, renamed: 0, moved: 0, changed: 1, flagged: 1 },
    });
    expect(doc.changes).toEqual([
      {
        kind: "changed",
        indicator: lowered.id,
        name: "Attrattività eventi realizzati",
        programme: lowered.programme,
        field: "targets.2021",
        before: plan.indicators.find((i) => i.name === "Attrattività eventi realizzati")!.targets[
          "2021"
        ],
        after: { raw: "1.000", kind: "number", value: 1000 },
        flags: ["target-lowered", "target-below-actual"],
      },
    ]);
    const t = await pira(["diff", SEED_PATH, at("v2.json"), "-o", at("diff.xlsx")]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("! modificato: «Attrattività eventi realizzati» — target 2021");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(at("diff.xlsx")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Confronto")!;
    expect(ws.getCell("B5").value).toBe("Attrattività eventi realizzati");
    expect(ws.getCell("G5").value).toBe("target sotto il valore già raggiunto");
    expect(ws.getCell("H5").value).toBe("target meno ambizioso");
    expect(wb.getWorksheet("Elenchi confronto")).toBeDefined();
    if (!hasSoffice) return;
    // LibreOffice opens it and keeps the table's values, the lists and the conditional formats
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.load(recalculate(fs.readFileSync(at("diff.xlsx"))) as unknown as ArrayBuffer);
    const back = lo.getWorksheet("Confronto")!;
    expect(back.getCell("B5").value).toBe("Attrattività eventi realizzati");
    expect(back.getCell("C5").value).toBe("modificato");
    const model = back as unknown as {
      dataValidations: { model: Record<string, { type: string }> };
      conditionalFormattings: unknown[];
    };
    expect(Object.values(model.dataValidations.model).some((d) => d.type === "list")).toBe(true);
    expect(model.conditionalFormattings.length).toBeGreaterThan(0);
  });

  it("refuses an output that is not .xlsx and a missing file", async () => {
    expect((await pira(["diff", SEED_PATH, SEED_PATH, "-o", at("d.json")])).code).toBe(2);
    const r = await pira(["diff", SEED_PATH, at("nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.xlsx");
  });
});
