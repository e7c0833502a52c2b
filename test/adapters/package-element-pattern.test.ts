/**
 * The package readers' element patterns (package/xml.ts elementPattern) run in time linear in the
 * part, also on a hostile one: rows or cells left open, starts with no end. The lazy
 * `>[\s\S]*?</row>` form they replace took seconds on a few hundred KB.
 */
import { elementPattern } from "../../src/adapters/xlsx/package/xml";
import { expectLinearGrowth } from "../helpers/linear-time";

function allMatches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

test("reads the elements of a well-formed part, attributes and body apart", () => {
  const xml =
    '<sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>' +
    '<row r="2"/><row r="3"><c r="A3"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData>';
  const rows = [...xml.matchAll(elementPattern("row"))];
  expect(rows.map((m) => m[1].trim())).toEqual(['r="1" spans="1:2"', 'r="2"', 'r="3"']);
  expect(rows[1][2]).toBeUndefined();
  expect(allMatches(elementPattern("c"), rows[0][2])).toEqual([
    '<c r="A1" t="s"><v>0</v></c>',
    '<c r="B1"/>',
  ]);
  // <cols> is not <c>, <rowBreaks> is not <row>
  expect(allMatches(elementPattern("c"), '<cols><col min="1"/></cols>')).toEqual([]);
  expect(allMatches(elementPattern("row"), '<rowBreaks count="0"/>')).toEqual([]);
});

test.each([
  ["rows left open", (n: number) => '<row r="1"><c/>'.repeat(n)],
  ["cells left open", (n: number) => '<c r="A1"><v>1</v>'.repeat(n)],
  ["starts without a closing bracket", (n: number) => "<row".repeat(n)],
  ["a body that never closes", (n: number) => "<row>" + "x".repeat(n * 10)],
])("%s: linear, not quadratic", (what, make) => {
  const row = elementPattern("row");
  const cell = elementPattern("c");
  const run = (s: string) => {
    allMatches(row, s);
    allMatches(cell, s);
  };
  // 4× the input: about 4× the time (quadratic would be 16×), timed as test/helpers/linear-time.ts says
  expectLinearGrowth(what, run, make(10_000), make(40_000));
});
