/**
 * A plan JSON read by pira validate or pira diff needs no package (.xlsx/.docx) reader: JSZip,
 * the workbook readers and writers are loaded only for a workbook, a Word document or a sheet
 * asked for (-o DIFF.xlsx). Any module that loads JSZip here fails the test.
 */
import * as fs from "fs";
import * as path from "path";
import { writePlanJson } from "../../src/core/plan";
import { referencePlan } from "../fixtures/plans";
import { pira, removeDir, tempDir } from "./run";

jest.mock("jszip", () => {
  throw new Error("JSZip loaded to read a plan JSON");
});
jest.mock("exceljs", () => {
  throw new Error("ExcelJS loaded to read a plan JSON");
});

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));

test("pira validate and pira diff of plan JSON files load neither JSZip nor ExcelJS", async () => {
  const plan = referencePlan();
  fs.writeFileSync(path.join(dir, "a.json"), writePlanJson(plan));
  plan.indicators[0].name = `${plan.indicators[0].name} (rivisto)`;
  fs.writeFileSync(path.join(dir, "b.json"), writePlanJson(plan));
  const validate = await pira(["validate", "a.json", "--format", "json"], { cwd: dir });
  expect(validate.stderr).not.toMatch(/loaded to read/);
  expect([0, 1]).toContain(validate.code);
  const diff = await pira(["diff", "a.json", "b.json", "--format", "json"], { cwd: dir });
  expect(diff.stderr).not.toMatch(/loaded to read/);
  expect(diff.code).toBe(0);
});
