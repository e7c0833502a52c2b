/** The workbook's diagnostic codes are one table (WORKBOOK_CODES): every code given is in it. */
import * as fs from "fs";
import * as path from "path";
import { WORKBOOK_CODES } from "../../src/workbook/diagnostics";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files(full, out);
    else if (/\.tsx?$/.test(e.name)) out.push(full);
  }
  return out;
}

test("each code once, numbered in order", () => {
  const codes = WORKBOOK_CODES.map((c) => c.code);
  expect(new Set(codes).size).toBe(codes.length);
  expect([...codes].sort()).toEqual(codes);
  for (const c of WORKBOOK_CODES) {
    expect(c.title.it.length).toBeGreaterThan(5);
    expect(c.title.en.length).toBeGreaterThan(5);
  }
});

test("every PIRA-X code the source gives is in the table, with its severity", () => {
  const given: string[] = [];
  // diagnostic("PIRA-X006", "error", …): the code and, when written beside it, the severity
  const call = /"(PIRA-X\d{3})",\s*(?:"(error|warning|info)")?/g;
  for (const f of files(SRC))
    for (const m of fs.readFileSync(f, "utf8").matchAll(call)) {
      const row = WORKBOOK_CODES.find((c) => c.code === m[1]);
      if (!row) given.push(`${path.relative(SRC, f)}: ${m[1]} not in WORKBOOK_CODES`);
      else if (m[2] && !row.severities.includes(m[2] as "error"))
        given.push(`${path.relative(SRC, f)}: ${m[1]} as ${m[2]}`);
    }
  expect(given).toEqual([]);
});
