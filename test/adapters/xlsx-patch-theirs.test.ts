/**
 * A patch onto someone else's sheet (Patch.theirs): written only into cells that hold nothing,
 * except in the fill's own columns; anything else held — a value, a formula showing blank, one
 * with no cached result, a style only — refuses the whole patch.
 */
import { patchSheetXml, type CellsByRow } from "../../src/adapters/xlsx/package/sheet";
import type { CellSpec } from "../../src/workbook/write/spec";

const SHEET = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3">${cells}</row></sheetData></worksheet>`;

function onto(cellsXml: string, own: number[]) {
  const cells: CellsByRow = new Map([[3, new Map<number, CellSpec>([[4, { value: 1 }]])]]);
  return patchSheetXml(SHEET(cellsXml), cells, (b) => b, true, new Set(own));
}

describe("a patch onto the analyst's sheet", () => {
  it.each([
    ["a value", '<c r="D3"><v>5</v></c>'],
    ["a formula showing blank", '<c r="D3" t="str"><f>IF(C3&gt;=B3,"","x")</f><v></v></c>'],
    ["a formula with no cached value", '<c r="D3"><f>C3/B3</f></c>'],
    ["a member of a shared formula", '<c r="D3" t="str"><f t="shared" si="0"/><v></v></c>'],
    ["a style only", '<c r="D3" s="2"/>'],
  ])("refuses a cell holding %s", (_, cell) => {
    const r = onto(cell, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain("D3");
  });

  it("writes an empty cell, a cell that is not there, and any cell of its own columns", () => {
    expect(onto('<c r="D3"/>', []).ok).toBe(true);
    expect(onto('<c r="D3" s="0"/>', []).ok).toBe(true);
    expect(onto('<c r="C3"><v>1</v></c>', []).ok).toBe(true);
    const own = onto('<c r="D3"><f>C3/B3</f><v>2</v></c>', [4]);
    expect(own.ok).toBe(true);
    if (own.ok) expect(own.pieces.join("")).toContain('<c r="D3"><v>1</v></c>');
  });

  it("without theirs (a PIRA sheet) it replaces what is there", () => {
    const cells: CellsByRow = new Map([[3, new Map<number, CellSpec>([[4, { value: 1 }]])]]);
    expect(patchSheetXml(SHEET('<c r="D3"><v>5</v></c>'), cells, (b) => b).ok).toBe(true);
  });
});
