/**
 * Plan JSON as the analyst or another program writes it (issue 18): a key given twice and a lone
 * surrogate are refused with their place; an `extra` key is kept whatever it is called
 * («__proto__» too); text that reads as one of Excel's escapes («_x0041_») is written escaped, so
 * Excel shows it as written; deep nesting ends with a message, not an abort.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { readPlanJson, writePlanJson } from "../../src/core/plan";
import { referencePlan } from "../fixtures/plans";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);

test("a key given twice is refused with its line and column (was: the last one taken)", () => {
  const text = writePlanJson(referencePlan()).replace(
    '"indicators": [',
    '"indicators": [],\n  "indicators": ['
  );
  const r = readPlanJson(text);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.reason.en).toMatch(/line \d+, column 3 .*the key «indicators» appears twice/);
  expect(r.reason.it).toMatch(/il campo «indicators» compare due volte/);
  // the same key spelt with an escape is the same key
  expect(readPlanJson('{"a": 1, "\\u0061": 2}').ok).toBe(false);
  // the same key in two objects is fine (the plan's own checks then speak)
  const two = readPlanJson('[{"a": 1}, {"a": 2}]');
  expect(two.ok ? "" : two.reason.en).not.toMatch(/twice/);
});

test.each([
  ["an escaped high surrogate alone", '"\\ud800"'],
  ["an escaped low surrogate alone", '"x\\udc00"'],
  ["a high surrogate before a plain character", '"\\ud800a"'],
  ["a raw lone surrogate", `"${String.fromCharCode(0xd800)}"`],
])("%s is refused with its place", (_what, value) => {
  const text = writePlanJson(referencePlan()).replace(/"title": "[^"]*"/, `"title": ${value}`);
  const r = readPlanJson(text);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.en).toMatch(/line \d+, column \d+ .*lone surrogate/);
  // a pair, escaped or not, is a character
  const pair = writePlanJson(referencePlan()).replace(
    /"title": "[^"]*"/,
    '"title": "\\ud83d\\ude00 😀"'
  );
  expect(readPlanJson(pair).ok).toBe(true);
});

test("50 MB of nesting: refused at once, with a message", () => {
  const n = 25_000_000;
  const before = process.memoryUsage().rss;
  const r = readPlanJson("[".repeat(n) + "]".repeat(n));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.en).toMatch(/nested more than 256 deep/);
  expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
});

test("an extra column headed «__proto__» and text reading «_x0041_» survive the workbook", async () => {
  const plan = referencePlan();
  plan.indicators[0].name = "Codice _x0041_ e _x005F_";
  plan.indicators[0].extra = JSON.parse('{"__proto__": "tenuta", "Fonte interna": "SUAP"}');
  fs.writeFileSync(at("p.json"), writePlanJson(plan));
  const read = readPlanJson(fs.readFileSync(at("p.json"), "utf8"));
  expect(read.ok && Object.entries(read.plan.indicators[0].extra ?? {})).toEqual([
    ["__proto__", "tenuta"],
    ["Fonte interna", "SUAP"],
  ]);
  expect((await pira(["import", "p.json", "-o", "p.xlsx"], { cwd: dir })).code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(at("p.xlsx")));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  expect(strings).toContain("Codice _x005F_x0041_ e _x005F_x005F_");
  expect((await pira(["import", "p.xlsx", "-o", "back.json"], { cwd: dir })).code).toBe(0);
  const back = JSON.parse(fs.readFileSync(at("back.json"), "utf8"));
  expect(back.indicators[0].name).toBe("Codice _x0041_ e _x005F_");
  expect(Object.entries(back.indicators[0].extra).sort()).toEqual([
    ["Fonte interna", "SUAP"],
    ["__proto__", "tenuta"],
  ]);
});
