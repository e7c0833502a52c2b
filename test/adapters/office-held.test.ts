/**
 * Inside Excel (the strict fake), a cell of the analyst's with a style only — a number format, a
 * fill — right of their table's values counts as theirs when the fill in place places its
 * computed columns (issue 18): readGrids gives, by row, how far right the sheet holds anything
 * (WorksheetGrid.held), read with the cells in the same syncs — never one sync per cell.
 */
import { OfficeBackend } from "../../src/adapters/office/backend";
import { readGrids } from "../../src/adapters/office/grids";
import { readInPlace } from "../../src/app/analyst-fill";
import type { GridCell } from "../../src/core/grid/types";
import { analystFill } from "../../src/workbook/analyst/analyst-fill";
import { FakeExcel } from "./office-fake";

const SHEET = "Monitoraggio";

/** A–F: the analyst's table (header in row 1, three indicators in rows 2–4). */
const ROWS: GridCell[][] = [
  [
    "Missione",
    "Programma",
    "Indicatore",
    "Unità di misura",
    "Target 2021",
    "Consuntivo 31/12/2021",
  ],
  ["011", "005", "Ricavi da servizi", "euro", 1050000, 1000000],
  ["011", "005", "Imprese assistite", "numero", 1500, 1200],
  ["012", "004", "Quota di pratiche telematiche", "%", 0.9, 0.725],
];

function analystSheet(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(SHEET);
  ROWS.forEach((row, r) =>
    row.forEach((x, c) => {
      // codes typed after an apostrophe, as an analyst keeps "011" text
      if (x !== null) excel.set(SHEET, r, c, /^\d/.test(String(x)) ? `'${x}` : (x as string));
    })
  );
  return excel;
}

async function grid(excel: FakeExcel) {
  const before = excel.syncs;
  const grids = await excel.run((ctx) =>
    readGrids(ctx as unknown as Excel.RequestContext, { sheet: SHEET }, excel.requirements)
  );
  return { g: grids[0], syncs: excel.syncs - before };
}

/** Where the fill in place puts its first computed column. */
async function firstColumn(excel: FakeExcel): Promise<string> {
  const { g } = await grid(excel);
  const f = analystFill(g);
  if (!f.ok) throw new Error(f.reason.en);
  return f.columns[0].at;
}

describe("readGrids in Excel: what the sheet holds right of the values", () => {
  test("the plain table: the computed columns right of it (G), in the syncs of the cells", async () => {
    const excel = analystSheet();
    expect(await firstColumn(excel)).toBe("G");
    const { g } = await grid(excel);
    expect([...(g.held ?? new Map())]).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
    ]);
  });

  test("a cell with a number format only (I3): theirs, the columns go right of it (J)", async () => {
    const excel = analystSheet();
    excel.set(SHEET, 2, 8, "", "0.00");
    expect(await firstColumn(excel)).toBe("J");
  });

  test("a cell with a fill only (K2): theirs too, as Excel's used range counts it (L)", async () => {
    const excel = analystSheet();
    excel.sheet(SHEET)!.formats.push({
      area: { r0: 1, c0: 10, h: 1, w: 1 },
      property: "fill.color",
      value: "#FFFF00",
    });
    expect(await firstColumn(excel)).toBe("L");
    const { g } = await grid(excel);
    expect(g.held?.get(2)).toBe(11);
    expect(g.held?.get(3)).toBe(6);
  });

  test("inside the block read (a value further right, M10): a number format there counts (H2 → I)", async () => {
    const excel = analystSheet();
    excel.set(SHEET, 9, 12, "nota");
    expect(await firstColumn(excel)).toBe("G");
    excel.set(SHEET, 1, 7, "", "0.00");
    expect(await firstColumn(excel)).toBe("I");
  });

  test("a style far below the table is not in its rows: the columns stay at G", async () => {
    const excel = analystSheet();
    excel.set(SHEET, 40, 20, "", "0.00");
    expect(await firstColumn(excel)).toBe("G");
  });

  test("the same syncs with style-only cells as without: read with the cells, not one a cell", async () => {
    const plain = await grid(analystSheet());
    const styled = analystSheet();
    for (let r = 0; r < 4; r++) styled.set(SHEET, r, 7 + r, "", "0.00");
    const { syncs, g } = await grid(styled);
    expect(syncs).toBe(plain.syncs);
    expect(g.held?.get(4)).toBe(11);
  });

  test("the pane's reading (readInPlace over OfficeBackend) places the columns right of the style", async () => {
    const excel = analystSheet();
    excel.set(SHEET, 3, 9, "", "0%");
    const uninstall = excel.install();
    try {
      const read = await readInPlace(new OfficeBackend(), { sheet: SHEET });
      if (!read.ok) throw new Error(read.reason.en);
      expect(read.sheets[0].columns.map((c) => c.at)).toEqual(["K", "L", "M", "N", "O", "P"]);
    } finally {
      uninstall();
    }
  });
});
