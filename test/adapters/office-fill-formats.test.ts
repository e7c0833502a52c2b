/**
 * Inside Excel (the strict fake), a fill patch writes each computed cell's number format with its
 * formula in the same batch (issue 21 point 8): € amounts as their own column, achievement 0.0%,
 * percentages as the percent cell. The analyst's sheet filled in place: one sync for the whole
 * patch, as before the formats (Range.numberFormat and Range.formulas per block, one batch).
 */
import { applyPatch } from "../../src/adapters/office/patch";
import type { Grid, GridCell } from "../../src/core/grid/types";
import { analystFill } from "../../src/workbook/analyst/analyst-fill";
import { FakeExcel } from "./office-fake";

const EURO = '#,##0.00 "€"';

type Cell = GridCell | [number, string];

const ROWS: Cell[][] = [
  [
    "Missione",
    "Programma",
    "Indicatore",
    "Unità di misura",
    "Target 2021",
    "Consuntivo 31/12/2021",
  ],
  ["011", "005", "Ricavi da servizi", "euro", [1050000, EURO], [1000000, EURO]],
  ["011", "005", "Imprese assistite", "numero", 1500, 1200],
  ["012", "004", "Quota di pratiche telematiche", "%", [0.9, "0%"], [0.725, "0.0%"]],
];

test("the fill in place's patch: formats with the formulas, one sync", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Monitoraggio");
  ROWS.forEach((row, r) =>
    row.forEach((x, c) => {
      if (Array.isArray(x)) excel.set("Monitoraggio", r, c, x[0], x[1]);
      // codes typed after an apostrophe, as an analyst keeps "011" text
      else if (x !== null) excel.set("Monitoraggio", r, c, /^\d/.test(String(x)) ? `'${x}` : x);
    })
  );
  const grid: Grid = {
    rows: ROWS.map((r) => r.map((x) => (Array.isArray(x) ? x[0] : x))),
    formats: ROWS.map((r) => r.map((x) => (Array.isArray(x) ? x[1] : null))),
    merges: [],
    origin: { kind: "sheet", sheet: "Monitoraggio", row: 1, col: 1 },
  };
  const filled = analystFill({ grid });
  if (!filled.ok) throw new Error(filled.reason.en);
  const before = excel.syncs;
  const { syncs } = await excel.run((ctx) =>
    applyPatch(ctx as unknown as Excel.RequestContext, filled.patch)
  );
  expect(syncs).toBe(1);
  expect(excel.syncs - before).toBe(1);
  // G: Consuntivo, H: Target, I: Raggiungimento, J: Scostamento, K: Esito, L: Metodo
  const fmt = (row: number, col: number) => excel.get("Monitoraggio", row, col)?.format;
  expect([6, 7, 8, 9].map((c) => fmt(1, c))).toEqual([EURO, EURO, "0.0%", EURO]);
  expect([6, 7, 8, 9].map((c) => fmt(2, c))).toEqual(["#,##0", "#,##0", "0.0%", "#,##0"]);
  expect([6, 7, 8, 9].map((c) => fmt(3, c))).toEqual(["0.0%", "0.0%", "0.0%", "0.0%"]);
  expect([10, 11].map((c) => fmt(1, c))).toEqual(["General", "General"]);
  expect(excel.get("Monitoraggio", 1, 6)?.formula).toMatch(/^=IF\(ISNUMBER\(F2\)/);
  // the analyst's own cells keep theirs
  expect([fmt(1, 4), fmt(3, 5), fmt(2, 4)]).toEqual([EURO, "0.0%", "General"]);
});
