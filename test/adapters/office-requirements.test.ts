/**
 * The requirement sets the code uses are the ones manifest.xml declares (analysis:
 * office-requirements/analyse.ts, over the @types declarations' "[Api set: …]" notes):
 * - no Office.js member above the declared minimum is used without an isSetSupported guard;
 * - the declared minimum is what the code needs, not more (the highest unguarded set);
 * - docs/office-requirement-sets.md lists exactly the members found, with their sets
 *   (UPDATE_REQUIREMENT_SETS=1 rewrites its table).
 *
 * Scanned: the Office adapter and backend (src/adapters/office), the task pane (src/taskpane),
 * the ribbon commands (src/commands) and the custom functions (src/functions) — each of their
 * files that names Excel, Office, OfficeExtension or CustomFunctions, the only ways to reach
 * Office.js; the workbench and the CLI never load office.js.
 */
import fs from "fs";
import path from "path";
import { EXCEL_API_MINIMUM } from "../../src/adapters/office/requirements";
import { elementsNamed, parseXml } from "../manifest/xml";
import {
  analyse,
  sourcesUnder,
  versionAtLeast,
  type ApiSet,
  type Use,
} from "./office-requirements/analyse";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "office-requirements/fixture.ts");
const DOC = path.join(ROOT, "docs/office-requirement-sets.md");
const SCANNED = ["src/adapters/office", "src/taskpane", "src/commands", "src/functions"];
const OFFICE = /\b(Excel|Office|OfficeExtension|CustomFunctions)\b/;

const declared = new Map<string, string>(
  elementsNamed(parseXml(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")), "Set").map(
    (s) => [s.attributes.Name, s.attributes.MinVersion]
  )
);

const sources = SCANNED.flatMap((d) => sourcesUnder(path.join(ROOT, d))).filter((f) =>
  OFFICE.test(fs.readFileSync(f, "utf8"))
);
let uses: Use[] = [];

beforeAll(() => {
  process.chdir(ROOT);
  uses = analyse([...sources, FIXTURE], path.join(ROOT, "tsconfig.json"));
});

const inFixture = (u: Use) => path.resolve(ROOT, u.file) === FIXTURE;
const label = (s: ApiSet | null) => (s ? `${s.name} ${s.version}` : "common");

/** A use above the manifest's minimum for its set that no guard of that set and version covers. */
function unguarded(u: Use): boolean {
  if (!u.set) return false;
  const min = declared.get(u.set.name);
  if (min === undefined || versionAtLeast(min, u.set.version)) return false;
  return !(
    u.guard &&
    u.guard.name === u.set.name &&
    versionAtLeast(u.guard.version, u.set.version)
  );
}

describe("requirement sets", () => {
  it("finds the members in the scanned sources, with their sets", () => {
    const app = uses.filter((u) => !inFixture(u));
    const members = new Map(app.map((u) => [u.member, label(u.set)]));
    expect(members.get("Excel.Range.group")).toBe("ExcelApi 1.10");
    expect(members.get("Excel.Range.dataValidation")).toBe("ExcelApi 1.8");
    expect(members.get("Excel.Worksheet.getRangeByIndexes")).toBe("ExcelApi 1.7");
    expect(members.get("Excel.DataValidationErrorAlert.style")).toBe("ExcelApi 1.8"); // an object literal's property
    expect(members.get("Excel.Worksheet.getUsedRange")).toBe("ExcelApi 1.2"); // its valuesOnly parameter's note
    expect(members.get("Office.RequirementSetSupport.isSetSupported")).toBe("common");
    expect(members.get("CustomFunctions.Error")).toBe("CustomFunctionsRuntime 1.2");
    expect(app.length).toBeGreaterThan(100);
  });

  it("every set the code uses is declared in manifest.xml (or is Office's common API)", () => {
    const names = new Set(uses.filter((u) => u.set).map((u) => u.set!.name));
    expect([...names].filter((n) => !declared.has(n))).toEqual([]);
  });

  it("no member above the manifest's minimum is used without an isSetSupported guard", () => {
    const bad = uses.filter((u) => !inFixture(u) && unguarded(u));
    expect(bad.map((u) => `${u.file}:${u.line} ${u.member} (${label(u.set)})`)).toEqual([]);
    // the one optional member today, guarded in the adapter
    const group = uses.filter((u) => !inFixture(u) && u.member === "Excel.Range.group");
    expect(group.length).toBeGreaterThan(0);
    expect(group.every((u) => label(u.guard) === "ExcelApi 1.10")).toBe(true);
  });

  it("the manifest declares what the code needs unguarded, no more; the adapter says the same", () => {
    for (const [name, min] of declared) {
      const needed = uses
        .filter((u) => !inFixture(u) && u.set?.name === name && !u.guard)
        .map((u) => u.set!.version)
        .reduce((a, b) => (versionAtLeast(a, b) ? a : b), "1.1");
      expect(`${name} ${min}`).toBe(`${name} ${needed}`);
    }
    expect(declared.get("ExcelApi")).toBe(EXCEL_API_MINIMUM);
  });

  it("can fail: reports the fixture's unguarded and weakly guarded uses, and only those", () => {
    const lines = fs.readFileSync(FIXTURE, "utf8").split("\n");
    const marked = lines.flatMap((l, i) => (l.includes("// reported") ? [i + 1] : []));
    const reported = uses.filter((u) => inFixture(u) && unguarded(u)).map((u) => u.line);
    expect(marked.length).toBeGreaterThanOrEqual(6);
    expect([...new Set(reported)].sort((a, b) => a - b)).toEqual(marked);
  });

  it("docs/office-requirement-sets.md lists every member found, with its set", () => {
    const table = tableOf(uses.filter((u) => !inFixture(u)));
    const doc = fs.readFileSync(DOC, "utf8");
    const [before, rest] = doc.split(START);
    const after = rest?.split(END)[1];
    if (after === undefined) throw new Error(`${DOC} has no ${START} … ${END} block`);
    const current = rest.split(END)[0];
    if (process.env.UPDATE_REQUIREMENT_SETS && current !== table)
      fs.writeFileSync(DOC, `${before}${START}${table}${END}${after}`);
    else expect(current).toBe(table);
  });
});

const START = "<!-- members: start (office-requirements.test.ts) -->\n";
const END = "<!-- members: end -->";

/** One row per member: its set, whether it is guarded, where it is used. */
function tableOf(list: Use[]): string {
  const rows = new Map<string, { set: ApiSet | null; guard: ApiSet | null; files: Set<string> }>();
  for (const u of list) {
    const r = rows.get(u.member) ?? { set: u.set, guard: u.guard, files: new Set<string>() };
    r.files.add(path.relative("src", u.file).replace(/\\/g, "/"));
    rows.set(u.member, r);
  }
  const group = (s: ApiSet | null) => (!s ? 2 : s.name === "ExcelApi" ? 0 : 1);
  const sorted = [...rows].sort(
    ([a, x], [b, y]) =>
      group(x.set) - group(y.set) ||
      (x.set && y.set && x.set.version !== y.set.version
        ? versionAtLeast(x.set.version, y.set.version)
          ? -1
          : 1
        : 0) ||
      a.localeCompare(b)
  );
  const lines = [
    "| Member | Requirement set | Guard | Used in (src/) |",
    "|---|---|---|---|",
    ...sorted.map(
      ([m, r]) =>
        `| \`${m}\` | ${r.set ? `${r.set.name} ${r.set.version}` : "common API"} | ${r.guard ? `isSetSupported("${r.guard.name}", "${r.guard.version}")` : ""} | ${[...r.files].sort().join(", ")} |`
    ),
  ];
  return `${lines.join("\n")}\n`;
}
