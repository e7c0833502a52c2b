/**
 * A plan JSON number beyond Excel's range (1e400 reads as Infinity; 1.5e308 is a finite double
 * but no cell can hold it) is refused with its place, never written as <v>Infinity</v>; through
 * `pira import` the command stops (exit 2) and writes nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { readPlanJson, writePlanJson } from "../../src/core/plan";
import { referencePlan } from "../fixtures/plans";
import { pira, removeDir, tempDir } from "../cli/run";

/** The reference plan's JSON with `replace` applied to its text. */
function planText(edit: (json: string) => string): string {
  const text = edit(writePlanJson(referencePlan()));
  expect(text).not.toBe(writePlanJson(referencePlan()));
  return text;
}

const firstTarget = (json: string, number: string) =>
  json.replace(
    /("2020": \{\s*"raw": "[^"]*",\s*"kind": "percent",\s*"value": )[-0-9.e]+/,
    `$1${number}`
  );

describe("plan JSON numbers beyond Excel's range", () => {
  it.each([["1e400"], ["-1e400"], ["1.5e308"]])("a value of %s is refused with its place", (n) => {
    const r = readPlanJson(planText((j) => firstTarget(j, n)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.it).toMatch(
        /^indicators\[\d+\]\.targets\.2020\.value: numero oltre i limiti di Excel/
      );
      expect(r.reason.en).toContain("beyond Excel's range (±9.99999999999999E+307)");
    }
  });

  it("Excel's largest number itself is accepted", () => {
    const r = readPlanJson(planText((j) => firstTarget(j, "9.99999999999999e307")));
    expect(r.ok).toBe(true);
  });

  it("a budget amount of 1e400 too", () => {
    const r = readPlanJson(planText((j) => j.replace(/("amount": )\d+/, "$11e400")));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason.en).toMatch(
        /^programmes\[\d+\]\.budget\.amount: a number beyond Excel's range/
      );
  });

  it("pira import: exit 2, the place named, no workbook written", async () => {
    const dir = tempDir();
    try {
      const input = path.join(dir, "piano.json");
      fs.writeFileSync(
        input,
        planText((j) => firstTarget(j, "1e400"))
      );
      const out = path.join(dir, "piano.xlsx");
      const r = await pira(["import", input, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("targets.2020.value: numero oltre i limiti di Excel");
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      removeDir(dir);
    }
  });
});
