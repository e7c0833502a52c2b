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
  it("the report's place taken: refused before anything is written, the place named", async () => {
    fs.writeFileSync(at("doc.txt"), DOCUMENT);
    fs.mkdirSync(at("plan.import.json")); // the report's place is taken by a folder
    const r = await pira(["import", at("doc.txt"), "-o", at("plan.xlsx")]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(at("plan.xlsx"))).toBe(false);
    expect(r.stderr).toContain(`«${at("plan.import.json")}» esiste già`);
    // a report of an earlier import: replaced only with --force, with the workbook
    fs.rmdirSync(at("plan.import.json"));
    fs.writeFileSync(at("plan.import.json"), "earlier");
    expect((await pira(["import", at("doc.txt"), "-o", at("plan.xlsx")])).code).toBe(2);
    expect(fs.existsSync(at("plan.xlsx"))).toBe(false);
    const forced = await pira(["import", at("doc.txt"), "-o", at("plan.xlsx"), "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(at("plan.import.json"), "utf8")).toContain("pira-import-report");
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
    expect(e.stderr).toContain(`«${at("out.json")}» non è un file ordinario`);
    expect(e.stderr).not.toContain("nessun file è stato modificato");
  });
});
