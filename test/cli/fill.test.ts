import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, planToXlsx } from "../../src/adapters/xlsx";
import { readXlsxPlan } from "../helpers/xlsx-actions";
import { writeAtomic } from "../../src/cli/io";
import { importDocument } from "../../src/core/import";
import { COMPUTED_COLUMNS } from "../../src/workbook";
import { columnLetters } from "../../src/core/a1";
import { seedText } from "../helpers/seed";
import { pira, removeDir, tempDir } from "./run";
import { workbookTables } from "../helpers/exceljs-reading";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

/** The reference plan in a workbook whose computed columns are empty. */
async function unfilled(name = "plan.xlsx"): Promise<string> {
  const bytes = await planToXlsx(importDocument(seedText()).plan, { formulas: "none" });
  fs.writeFileSync(at(name), bytes);
  return at(name);
}

/** The computed columns of Indicatori: formulas and values, by column. */
async function computed(file: string) {
  const loaded = await loadWorkbook(fs.readFileSync(file));
  if (!loaded.ok) throw new Error(loaded.reason.en);
  const t = workbookTables(loaded.workbook).indicators!;
  const col = (h: string) => t.header.indexOf(h);
  return {
    achievementFormulas: t.formulas!.map((r) => r[col(COMPUTED_COLUMNS.achievement)]),
    outcomes: t.rows.map((r) => r[col(COMPUTED_COLUMNS.outcome)]),
  };
}

describe("pira fill", () => {
  it("fills in place: a valid workbook with native formulas; a second fill changes nothing", async () => {
    const file = await unfilled();
    const before = await computed(file);
    expect(before.achievementFormulas.every((f) => f === null)).toBe(true);
    const r = await pira(["fill", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Compilato .*plan\.xlsx: 87 indicatori, \d+ celle calcolate cambiate \(formule Excel\)\./m
    );
    expect(r.stdout).toMatch(
      /^Verifica: \d+ error[ei], \d+ avvis[oi], \d+ informazion[ei] — pira validate/m
    );
    const after = await computed(file);
    expect(after.achievementFormulas.filter((f) => f !== null).length).toBeGreaterThan(60);
    expect(after.outcomes.filter((o) => o === "raggiunto").length).toBeGreaterThan(30);
    const back = await readXlsxPlan(fs.readFileSync(file));
    if (!back.ok) throw new Error(back.reason.en);
    expect(back.result.plan).toEqual(importDocument(seedText()).plan);
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]); // no temporary file left

    const mtime = fs.statSync(file).mtimeMs;
    const again = await pira(["fill", file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("già compilato (nessuna cella cambiata, file non riscritto)");
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it("-o writes another file and leaves the input as it was; --formulas values writes numbers", async () => {
    const file = await unfilled();
    const original = fs.readFileSync(file);
    const r = await pira([
      "fill",
      file,
      "-o",
      at("out.xlsx"),
      "--formulas",
      "values",
      "--regenerate",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(valori)");
    // the generated sheets go into the package too: nothing written whole, no note
    expect(r.stderr).not.toContain("riscritta per intero");
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    const out = await computed(at("out.xlsx"));
    expect(out.achievementFormulas.every((f) => f === null)).toBe(true);
    expect(out.outcomes.filter((o) => o === "raggiunto").length).toBeGreaterThan(30);
  });

  it("a corrupt .xlsx: exit 2 with a message, the file untouched", async () => {
    const bytes = fs.readFileSync(await unfilled());
    const corrupt = bytes.subarray(0, Math.floor(bytes.length / 2));
    fs.writeFileSync(at("plan.xlsx"), corrupt);
    const r = await pira(["fill", at("plan.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è una cartella di lavoro .xlsx leggibile");
    expect(fs.readFileSync(at("plan.xlsx")).equals(corrupt)).toBe(true);
    fs.writeFileSync(at("text.xlsx"), "not a zip at all");
    const t = await pira(["fill", at("text.xlsx"), "--lang", "en"]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("is not a readable .xlsx workbook");
  });

  it("a workbook that is not a PIRA workbook: exit 2, untouched", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Voce";
    await wb.xlsx.writeFile(at("other.xlsx"));
    const before = fs.readFileSync(at("other.xlsx"));
    const r = await pira(["fill", at("other.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Non è una cartella PIRA");
    expect(fs.readFileSync(at("other.xlsx")).equals(before)).toBe(true);
  });

  it("a missing file, a document instead of a workbook, a non-.xlsx output: exit 2", async () => {
    expect((await pira(["fill", at("none.xlsx")])).stderr).toContain("non esiste");
    fs.writeFileSync(at("doc.txt"), seedText());
    const doc = await pira(["fill", at("doc.txt"), "-o", at("out.xlsx")]);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toContain("fill lavora su una cartella .xlsx");
    const out = await pira(["fill", await unfilled(), "-o", at("out.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("deve finire in .xlsx");
  });

  it("writes atomically: a failed write leaves the target and no temporary file", async () => {
    fs.mkdirSync(at("target.xlsx"));
    const w = await writeAtomic(at("target.xlsx"), new Uint8Array([1, 2, 3]));
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.reason.it).toContain("non è un file ordinario");
    expect(fs.statSync(at("target.xlsx")).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["target.xlsx"]);
    const nodir = await writeAtomic(at("missing/dir/x.xlsx"), "x");
    expect(nodir.ok).toBe(false);
    fs.writeFileSync(at("keep.xlsx"), "old");
    expect((await writeAtomic(at("keep.xlsx"), "new", { force: true })).ok).toBe(true);
    expect(fs.readFileSync(at("keep.xlsx"), "utf8")).toBe("new");
  });

  it("says so when the file had to be written again whole (a shared formula running past the computed cells)", async () => {
    const file = await unfilled();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const part = "xl/worksheets/sheet3.xml";
    const xml = await zip.file(part)!.async("string");
    const loaded = await loadWorkbook(fs.readFileSync(file));
    if (!loaded.ok) throw new Error(loaded.reason.en);
    const header = loaded.workbook.getWorksheet("Indicatori")!.getRow(1).values as unknown[];
    const ref = `${columnLetters(header.indexOf(COMPUTED_COLUMNS.achievement))}2`;
    const cell = new RegExp(`<c r="${ref}"([^>]*)/>`);
    expect(xml).toMatch(cell);
    zip.file(
      part,
      xml.replace(
        cell,
        `<c r="${ref}"$1><f t="shared" ref="${ref}:${ref.replace("2", "100000")}" si="0">1</f></c>`
      )
    );
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await pira(["fill", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `la cartella è stata riscritta per intero (cell ${ref} heads a shared or array formula)`
    );
  });
});
