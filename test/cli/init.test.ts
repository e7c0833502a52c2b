import * as fs from "fs";
import * as path from "path";
import { readXlsxPlan } from "../helpers/xlsx-actions";
import { programmes } from "../../src/core/catalogue";
import { readPlanJson } from "../../src/core/plan";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

describe("pira init", () => {
  it("writes an empty plan workbook from the catalogue", async () => {
    const r = await pira([
      "init",
      "--year",
      "2021",
      "--entity",
      "Camera di Commercio di Borgoleone",
      "--entity",
      "Camera di Commercio di Fontescura",
      "--programme",
      "011.005",
      "--programme",
      "32.4",
      "-o",
      at("plan.xlsx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("triennio 2021-2023, 2 enti, 4 programmi");
    const back = await readXlsxPlan(fs.readFileSync(at("plan.xlsx")));
    if (!back.ok) throw new Error(back.reason.en);
    const plan = back.result.plan;
    expect(plan.firstYear).toBe(2021);
    expect(plan.entities.map((e) => e.name)).toEqual([
      "Camera di Commercio di Borgoleone",
      "Camera di Commercio di Fontescura",
    ]);
    // the retired 032.004 is created as its replacement, with the official titles
    expect(plan.programmes.map((p) => `${p.mission}.${p.programme}`)).toEqual([
      "011.005",
      "032.003",
      "011.005",
      "032.003",
    ]);
    expect(plan.programmes[0].title).toMatch(/^Promozione e attuazione di politiche di sviluppo/);
    expect(plan.indicators).toEqual([]);
  });

  it("--programme all gives every catalogue programme; .json output; one entity «Ente» by default", async () => {
    const r = await pira(["init", "--year", "2022", "--programme", "all", "-o", at("plan.json")]);
    expect(r.code).toBe(0);
    const read = readPlanJson(fs.readFileSync(at("plan.json"), "utf8"));
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.plan.entities.map((e) => e.name)).toEqual(["Ente"]);
    expect(read.plan.programmes).toHaveLength(programmes().length);
    expect(read.plan.title).toBe("Piano degli indicatori e dei risultati attesi di bilancio 2022");
  });

  it("bad usage: exit 2 with the reason, nothing written", async () => {
    const cases: [string[], string][] = [
      [["init", "-o", at("p.xlsx")], "manca --year"],
      [
        ["init", "--year", "21", "-o", at("p.xlsx")],
        "--year vuole un anno tra 1900 e 2100, non «21»",
      ],
      [["init", "--year", "2021"], "manca -o"],
      [["init", "--year", "2021", "-o", at("p.txt")], "deve finire in .xlsx"],
      [
        ["init", "--year", "2021", "--programme", "11-5-3", "-o", at("p.xlsx")],
        "«11-5-3» non è un codice di programma",
      ],
      [["init", "--year", "2021", "stray", "-o", at("p.xlsx")], "argomento in più: «stray»"],
    ];
    for (const [argv, text] of cases) {
      const r = await pira(argv);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(text)]);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a programme outside the catalogue is created with a warning; an existing file needs --force", async () => {
    const r = await pira(["init", "--year", "2021", "--programme", "099.009", "-o", at("p.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("099.009 non è nel catalogo");
    const again = await pira(["init", "--year", "2021", "-o", at("p.xlsx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("esiste già");
    expect((await pira(["init", "--year", "2021", "-o", at("p.xlsx"), "--force"])).code).toBe(0);
  });
});
