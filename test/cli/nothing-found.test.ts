/**
 * A text with no PIRA in it (no programme, no indicator) is refused by every command that loads a
 * plan: exit 2 and a message saying what was expected, never "0 errori" and exit 0.
 */
import * as fs from "fs";
import * as path from "path";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

const NOT_PIRA = "Lista della spesa\npane 2\nlatte 1,5\n\nChiamare Mario alle 10.\n";

describe("a text with no plan in it", () => {
  it.each([
    ["validate", []],
    ["validate", ["--format", "json"]],
    ["export", []],
    ["summary", []],
    ["import", ["-o", "out.xlsx"]],
  ])("pira %s %j: exit 2, nothing PIRA found, what is expected", async (command, extra) => {
    fs.writeFileSync(at("spesa.txt"), NOT_PIRA);
    const args = extra.map((a) => (a.endsWith(".xlsx") ? at(a) : a));
    const r = await pira([command, at("spesa.txt"), ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Nessun programma né indicatore PIRA");
    expect(r.stderr).toContain("Programma");
    expect(fs.readdirSync(dir)).toEqual(["spesa.txt"]);
  });

  it("an empty file too, in English", async () => {
    fs.writeFileSync(at("empty.txt"), "");
    const r = await pira(["validate", at("empty.txt"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No PIRA programme or indicator");
  });

  it("a document with a programme but no indicator is still read (validate reports on it)", async () => {
    fs.writeFileSync(
      at("prog.txt"),
      "<b>Missione 011</b>\nCompetitività e sviluppo delle imprese\n<b>Programma 005</b>\nPromozione\n"
    );
    const r = await pira(["validate", at("prog.txt")]);
    expect(r.code).not.toBe(2);
    expect(r.stderr).not.toContain("Nessun programma né indicatore");
  });

  it("an empty plan made by pira init (JSON or workbook) is a plan, not refused", async () => {
    for (const out of ["empty.json", "empty.xlsx"]) {
      expect((await pira(["init", "--year", "2021", "-o", at(out)])).code).toBe(0);
      const r = await pira(["validate", at(out)]);
      expect(r.code).not.toBe(2);
    }
  });
});
