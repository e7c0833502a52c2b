import * as fs from "fs";
import * as path from "path";
import { readXlsxPlan } from "../helpers/xlsx-actions";
import { pira, removeDir, tempDir } from "./run";

describe("pira demo", () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it("imports the bundled example, writes a filled workbook, checks it and prints the summary", async () => {
    const r = await pira(["demo"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Camera di Commercio del Valdarno Etrusco");
    expect(r.stdout).toContain("2 enti, 6 programmi, 26 indicatori, 0 celle non comprese");
    expect(r.stdout).toMatch(
      /^2\. Scritta e compilata pira-demo\.xlsx: \d+ celle calcolate con formule Excel/m
    );
    expect(r.stdout).toMatch(/^3\. Verifica: 1 errore, \d+ avvisi, \d+ informazioni\./m);
    expect(r.stdout).toMatch(/PIRA-E050 \[Indicatori![A-Z]+\d+/);
    expect(r.stdout).toMatch(/^C\.C\.I\.A\.A\. DI FONTESCURA\s+16\s/m);
    expect(r.stdout).toMatch(/^Totale\s+26\s/m);
    const back = await readXlsxPlan(fs.readFileSync(path.join(dir, "pira-demo.xlsx")));
    expect(back.ok && back.result.plan.indicators.length).toBe(26);
  });

  it("-o chooses the file; English on request", async () => {
    const r = await pira(["demo", "-o", path.join(dir, "esempio.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 cells not understood");
    expect(r.stdout).toMatch(/^Total\s+26\s/m);
    expect(fs.existsSync(path.join(dir, "esempio.xlsx"))).toBe(true);
    expect((await pira(["demo", "-o", path.join(dir, "x.json")])).code).toBe(2);
  });
});
