/**
 * pira import of an analyst's workbook that pira fill has already filled in place: the computed
 * columns and the hidden mapping sheet are the fill's, not the analyst's data — the import gives
 * the same indicators as the workbook before the fill.
 */
import * as fs from "fs";
import * as path from "path";
import { xlsxOf } from "../fixtures/analyst/build";
import { FLAT_SHEET, TWO_ROW_SHEET } from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

function indicatorsOf(file: string) {
  const plan = JSON.parse(fs.readFileSync(at(file), "utf8"));
  return plan.indicators.map((i: Record<string, unknown>) => ({
    name: i.name,
    targets: i.targets,
    actuals: i.actuals,
    extra: i.extra ?? null,
  }));
}

test("a workbook filled in place imports as it did before the fill", async () => {
  const bytes = await xlsxOf([FLAT_SHEET, TWO_ROW_SHEET]);
  fs.writeFileSync(at("prima.xlsx"), bytes);
  fs.writeFileSync(at("dopo.xlsx"), bytes);
  const before = await pira(["import", "prima.xlsx", "-o", "prima.json"], { cwd: dir });
  expect(before.code).toBe(0);

  const filled = await pira(["fill", "dopo.xlsx"], { cwd: dir });
  expect([0, 1]).toContain(filled.code);
  const after = await pira(["import", "dopo.xlsx", "-o", "dopo.json"], { cwd: dir });
  expect(after.code).toBe(0);

  const expected = indicatorsOf("prima.json");
  expect(expected.length).toBeGreaterThan(0);
  const got = indicatorsOf("dopo.json");
  expect(got).toEqual(expected);
  for (const i of got)
    expect(Object.keys(i.extra ?? {}).some((h) => /^Calcolato/i.test(h))).toBe(false);
});
