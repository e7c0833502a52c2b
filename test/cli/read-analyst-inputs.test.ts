/**
 * The reading commands (validate, summary, export) take the analyst's CSV and Word tables too,
 * read as pira import reads them: the same indicators, diagnostics at their lines or cells.
 */
import * as fs from "fs";
import * as path from "path";
import { csvUtf8Bom, docxOf } from "../fixtures/analyst/build";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const at = (name: string) => path.join(dir, name);

test.each([
  ["indicatori.csv", async () => csvUtf8Bom()],
  ["piano.docx", async () => docxOf()],
])("%s: export, summary and validate read the same indicators as import", async (name, bytes) => {
  fs.writeFileSync(at(name), await bytes());
  const imported = await pira(["import", name, "-o", "importato.json"], { cwd: dir });
  expect(imported.code).toBe(0);
  const expected = JSON.parse(fs.readFileSync(at("importato.json"), "utf8")).indicators.map(
    (i: { name: string }) => i.name
  );
  expect(expected.length).toBeGreaterThan(0);

  const exported = await pira(["export", name], { cwd: dir });
  expect(exported.code).toBe(0);
  const plan = JSON.parse(exported.stdout);
  expect(plan.indicators.map((i: { name: string }) => i.name)).toEqual(expected);

  const summary = await pira(["summary", name, "--format", "json"], { cwd: dir });
  expect(summary.code).toBe(0);
  expect(JSON.parse(summary.stdout).rows.length).toBeGreaterThan(0);

  const validated = await pira(["validate", name, "--format", "json"], { cwd: dir });
  expect([0, 1]).toContain(validated.code);
  expect(JSON.parse(validated.stdout).counts).toBeDefined();
});
