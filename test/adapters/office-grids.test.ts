/**
 * The Office adapter's readGrids (adapters/office/grids.ts) over a minimal Excel object model:
 * the used range (or the selection's region) read as a grid — values, number formats, formulas
 * without "=", the origin at the range's first cell — and merged areas only where ExcelApi 1.13
 * is supported.
 */
import { readGrids } from "../../src/adapters/office/grids";

type Cell = string | number | boolean;

function fakeContext(
  cells: Cell[][],
  at: { row: number; col: number },
  formulas: string[][],
  formats: string[][] = cells.map((row) => row.map((v) => (v === 0.9 ? "0%" : "General")))
) {
  let syncs = 0;
  const merged = {
    isNullObject: false,
    load: () => undefined,
    areas: { items: [{ rowIndex: at.row, columnIndex: at.col, rowCount: 1, columnCount: 3 }] },
  };
  const used = {
    isNullObject: false,
    rowIndex: at.row,
    columnIndex: at.col,
    rowCount: cells.length,
    columnCount: cells[0].length,
    load: () => undefined,
    getMergedAreasOrNullObject: () => merged,
  };
  const sheet = {
    name: "Foglio1",
    load: () => undefined,
    getUsedRangeOrNullObject: () => used,
    getRangeByIndexes: (r: number, c: number, n: number, m: number) => {
      const slice = <T>(g: T[][]) =>
        g.slice(r - at.row, r - at.row + n).map((row) => row.slice(c - at.col, c - at.col + m));
      return {
        load: () => undefined,
        values: slice(cells),
        formulas: slice(formulas),
        numberFormat: slice(formats),
      };
    },
  };
  const context = {
    sync: async () => void syncs++,
    workbook: {
      worksheets: {
        load: () => undefined,
        items: [sheet],
        getActiveWorksheet: () => sheet,
      },
      getSelectedRange: () => ({ getSurroundingRegion: () => ({ ...used, rowCount: 1 }) }),
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

const CELLS: Cell[][] = [
  ["Titolo", "", ""],
  ["Indicatore", "Target 2021", "Consuntivo 31/12/2021"],
  ["Pratiche", 0.9, 0.85],
];
const FORMULAS = CELLS.map((r, i) => r.map((v, j) => (i === 2 && j === 2 ? "=0.8+0.05" : v)));

describe("Office readGrids", () => {
  it("a sheet's used range as a grid: values, formats, formulas, origin; no merges without 1.13", async () => {
    const { context, syncs } = fakeContext(CELLS, { row: 3, col: 1 }, FORMULAS as string[][]);
    const none = { isSetSupported: () => false };
    const [g] = await readGrids(context, {}, none);
    expect(g.grid.origin).toEqual({ kind: "sheet", sheet: "Foglio1", row: 4, col: 2 });
    expect(g.grid.rows).toEqual([
      ["Titolo", null, null],
      ["Indicatore", "Target 2021", "Consuntivo 31/12/2021"],
      ["Pratiche", 0.9, 0.85],
    ]);
    expect(g.grid.formats?.[2]).toEqual([null, "0%", null]);
    expect(g.formulas[2]).toEqual([null, null, "0.8+0.05"]);
    expect(g.grid.merges).toEqual([]);
    expect(syncs()).toBe(3);
  });

  it("text that starts with «=» (a Text cell, a quote prefix) is text, not a formula", async () => {
    const cells = [
      ["Indicatore", "Note"],
      ["Pratiche", '=HYPERLINK("x")'],
    ];
    const { context } = fakeContext(cells as never, { row: 0, col: 0 }, cells as string[][]);
    const [g] = await readGrids(context, {}, { isSetSupported: () => false });
    expect(g.grid.rows[1][1]).toBe('=HYPERLINK("x")');
    expect(g.formulas[1]).toEqual([null, null]);
  });

  it("merged areas where ExcelApi 1.13 is supported; a lone selected cell reads the used range", async () => {
    const { context } = fakeContext(CELLS, { row: 3, col: 1 }, FORMULAS as string[][]);
    const all = {
      isSetSupported: (name: string, v?: string | number) =>
        name === "ExcelApi" && String(v) === "1.13",
    };
    const [g] = await readGrids(context, { selection: true }, all);
    expect(g.grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(g.grid.rows).toHaveLength(3);
  });

  it("a number reads as the .xlsx reader reads it: a date under a date format, else the number", async () => {
    // Excel gives the stored number and the format; «7 mesi» (0 \m\e\s\i) is the count 7
    const cells: Cell[][] = [
      ["Indicatore", "Target 2024", "Rilevato il", "Dal"],
      ["Durata media", 7, 45657, 45474],
    ];
    const formats = [
      ["General", "General", "General", "General"],
      ["General", "0 \\m\\e\\s\\i", "dd/mm/yyyy", "[$-410]d mmmm yyyy"],
    ];
    const { context } = fakeContext(cells, { row: 0, col: 0 }, cells as string[][], formats);
    const [g] = await readGrids(context, {}, { isSetSupported: () => false });
    expect(g.grid.rows[1]).toEqual(["Durata media", 7, "31/12/2024", "01/07/2024"]);
  });
});
