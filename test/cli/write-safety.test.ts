/**
 * No file replaced unasked: every write command refuses an existing file it was not asked to
 * replace (--force for that), never writes over its own input unless that is its job (fill and
 * validate --sheet in place), and never replaces something that is not a regular file.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { planToXlsx } from "../../src/adapters/xlsx";
import { importDocument } from "../../src/core/import";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

const DOCUMENT = [
  "<b>Missione 011</b>",
  "Competitività e sviluppo delle imprese",
  "<b>Programma 005</b>",
  "Promozione e attuazione di politiche di sviluppo",
  "",
  "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
  "Pratiche evase\tevase / ricevute\t20\t30\t30\t30\tIndicatore di volume\tn.\tInterna",
].join("\n");

async function workbook(name: string): Promise<string> {
  fs.writeFileSync(at(name), await planToXlsx(importDocument(DOCUMENT).plan, { formulas: "none" }));
  return at(name);
}

const ANALYST_TEXT = "the analyst's own file";

describe("an existing file is not replaced unless --force", () => {
  it("pira fill -o OTHER.xlsx and validate --sheet -o OTHER.xlsx leave an unrelated workbook", async () => {
    const plan = await workbook("plan.xlsx");
    fs.writeFileSync(at("other.xlsx"), ANALYST_TEXT);
    for (const argv of [
      ["fill", plan, "-o", at("other.xlsx")],
      ["validate", plan, "--sheet", "-o", at("other.xlsx")],
    ]) {
      const r = await pira(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("esiste già");
      expect(r.stderr).toContain("--force");
      expect(fs.readFileSync(at("other.xlsx"), "utf8")).toBe(ANALYST_TEXT);
    }
    expect((await pira(["fill", plan, "-o", at("other.xlsx"), "--force"])).code).toBe(0);
    expect(fs.readFileSync(at("other.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("pira publish -o an existing .docx or .html: refused, as its help says; --force replaces", async () => {
    const plan = await workbook("plan.xlsx");
    for (const name of ["x.docx", "x.html"]) {
      fs.writeFileSync(at(name), ANALYST_TEXT);
      const r = await pira(["publish", plan, "-o", at(name)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("esiste già");
      expect(fs.readFileSync(at(name), "utf8")).toBe(ANALYST_TEXT);
      expect((await pira(["publish", plan, "-o", at(name), "--force"])).code).toBe(0);
      expect(fs.readFileSync(at(name), "utf8")).not.toBe(ANALYST_TEXT);
    }
  });

  it("pira export -o an existing file: refused", async () => {
    const plan = await workbook("plan.xlsx");
    fs.writeFileSync(at("p.json"), ANALYST_TEXT);
    expect((await pira(["export", plan, "-o", at("p.json")])).code).toBe(2);
    expect(fs.readFileSync(at("p.json"), "utf8")).toBe(ANALYST_TEXT);
  });
});

describe("a command's own input is not written over unless that is its job", () => {
  it("pira publish x.docx -o x.docx keeps the analyst's Word document, even with --force", async () => {
    const plan = await workbook("plan.xlsx");
    expect((await pira(["publish", plan, "-o", at("x.docx")])).code).toBe(0);
    const before = fs.readFileSync(at("x.docx"));
    for (const force of [[], ["--force"]]) {
      const r = await pira(["publish", at("x.docx"), "-o", at("x.docx"), ...force]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("è il file letto dal comando");
      expect(fs.readFileSync(at("x.docx")).equals(before)).toBe(true);
    }
    // through a link to it, too
    fs.symlinkSync("x.docx", at("link.docx"));
    expect((await pira(["publish", at("x.docx"), "-o", at("link.docx"), "--force"])).code).toBe(2);
    expect(fs.readFileSync(at("x.docx")).equals(before)).toBe(true);
  });

  it("pira export plan.json -o plan.json: refused; fill and validate --sheet in place: written", async () => {
    const plan = await workbook("plan.xlsx");
    expect((await pira(["export", plan, "-o", at("p.json")])).code).toBe(0);
    const json = fs.readFileSync(at("p.json"), "utf8");
    const r = await pira(["export", at("p.json"), "-o", at("p.json"), "--force"]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(at("p.json"), "utf8")).toBe(json);
    expect((await pira(["fill", plan])).code).toBe(0);
    expect((await pira(["validate", plan, "--sheet"])).code).toBe(0);
  });
});

describe("something that is not a regular file is never replaced", () => {
  it("an in-place fill through a link to a FIFO leaves the FIFO", async () => {
    const plan = await workbook("plan.xlsx");
    execFileSync("mkfifo", [at("pipe.xlsx")]);
    fs.symlinkSync("pipe.xlsx", at("link.xlsx"));
    // the FIFO fed the workbook's bytes by a writer of its own
    const writer = spawn("sh", ["-c", `cat "${plan}" > "${at("pipe.xlsx")}"`]);
    const fed = new Promise((ok) => writer.on("exit", ok));
    const r = await pira(["fill", at("link.xlsx")]);
    await fed;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è un file ordinario");
    expect(fs.lstatSync(at("pipe.xlsx")).isFIFO()).toBe(true);
    expect(fs.lstatSync(at("link.xlsx")).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("-o onto a FIFO or a device: refused, even with --force", async () => {
    const plan = await workbook("plan.xlsx");
    execFileSync("mkfifo", [at("pipe.docx")]);
    const r = await pira(["publish", plan, "-o", at("pipe.docx"), "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è un file ordinario");
    expect(fs.lstatSync(at("pipe.docx")).isFIFO()).toBe(true);
    fs.symlinkSync("/dev/null", at("null.json"));
    expect((await pira(["export", plan, "-o", at("null.json"), "--force"])).code).toBe(2);
    expect(fs.lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});
