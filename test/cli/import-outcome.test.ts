/**
 * pira import writes two files (the plan and, for a document, its report): when one cannot be
 * written the messages say which was written and which not, exit 2.
 */
import * as fs from "fs";
import * as path from "path";
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
  "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 30.9.2021\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\tTipologia indicatore\tunità di misura\tFonte",
  "Pratiche evase\tevase / ricevute\t10\t20\t30\t30\t30\tIndicatore di volume\tn.\tInterna",
].join("\n");

describe("pira import: each output's outcome", () => {
  it("the workbook written, the report not: says both, exit 2, never 'nessun file è stato modificato'", async () => {
    fs.writeFileSync(at("doc.txt"), DOCUMENT);
    fs.mkdirSync(at("plan.import.json")); // the report's place is taken by a folder
    const r = await pira(["import", at("doc.txt"), "-o", at("plan.xlsx")]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(at("plan.xlsx"))).toBe(true);
    expect(r.stderr).not.toContain("nessun file è stato modificato");
    expect(r.stderr).toContain(`${at("plan.xlsx")} è stato scritto`);
    expect(r.stderr).toContain(`rapporto d'importazione ${at("plan.import.json")} no`);
    const en = await pira([
      "import",
      at("doc.txt"),
      "-o",
      at("plan.xlsx"),
      "--force",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${at("plan.xlsx")} was written`);
    expect(en.stderr).toContain(`import report ${at("plan.import.json")} was not`);
  });

  it("the workbook not written: the report is not written either, and the message says nothing was", async () => {
    fs.writeFileSync(at("doc.txt"), DOCUMENT);
    fs.mkdirSync(at("plan.xlsx"));
    const r = await pira(["import", at("doc.txt"), "-o", at("plan.xlsx"), "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Nessun file scritto");
    expect(fs.readdirSync(dir).sort()).toEqual(["doc.txt", "plan.xlsx"]);
  });

  it("a failed write names its own file only: it does not claim that no file was changed", async () => {
    fs.writeFileSync(at("plan.json"), "{}");
    fs.mkdirSync(at("out.json"));
    const r = await pira(["export", at("doc.txt"), "-o", at("out.json")]);
    expect(r.code).toBe(2);
    fs.writeFileSync(at("doc.txt"), DOCUMENT);
    const e = await pira(["export", at("doc.txt"), "-o", at("out.json")]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(`Impossibile scrivere «${at("out.json")}»`);
    expect(e.stderr).not.toContain("nessun file è stato modificato");
  });
});
