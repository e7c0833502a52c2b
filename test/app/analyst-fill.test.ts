/** The app's fill in place over a backend: which sheets are the analyst's, refusal, storage. */
import { fillInPlace, readInPlace } from "../../src/app/analyst-fill";
import type { GridCell } from "../../src/core/grid/types";
import type { WorksheetGrid } from "../../src/workbook/backend";
import { FakeBackend } from "../taskpane/fake-backend";
import { referenceWorkbook } from "../taskpane/fixtures";

function sheetGrid(sheet: string, rows: GridCell[][]): WorksheetGrid {
  return {
    grid: { rows, merges: [], origin: { kind: "sheet", sheet, row: 1, col: 1 } },
    formulas: rows.map((r) => r.map(() => null)),
  };
}

const ANALYST = sheetGrid("Monitoraggio", [
  ["Indicatore", "Target 2021", "Consuntivo 31/12/2021"],
  ["Pratiche evase", 100, 80],
]);

describe("fill in place over a backend", () => {
  it("a workbook that also has PIRA tables: their sheets are not read as the analyst's", async () => {
    const backend = referenceWorkbook();
    // the PIRA Indicatori sheet, with its computed columns, as a grid too
    backend.grids = [
      sheetGrid("Indicatori", [
        ["Id", "Indicatore", "Calcolato: Esito"],
        ["i1", "x", "raggiunto"],
      ]),
      ANALYST,
    ];
    const r = await readInPlace(backend);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Monitoraggio"]);
  });

  it("without PIRA tables every sheet is the analyst's: a computed header of theirs stops the fill", async () => {
    const backend = new FakeBackend();
    backend.grids = [
      sheetGrid("Indicatori", [
        ["Indicatore", "Target 2021", "Calcolato: Esito"],
        ["x", 1, "raggiunto"],
      ]),
      ANALYST,
    ];
    const r = await fillInPlace(backend);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.it).toContain("«Calcolato: Esito»");
    expect(backend.patches).toHaveLength(0);
  });

  it("stores the mapping once; a second fill writes nothing at all", async () => {
    const backend = new FakeBackend();
    backend.grids = [JSON.parse(JSON.stringify(ANALYST)) as WorksheetGrid];
    const first = await fillInPlace(backend);
    if (!first.ok) throw new Error(first.reason.en);
    expect(backend.hidden).toEqual(["PIRA Mappature"]);
    expect(backend.patches.map((p) => p.sheet)).toEqual(["Monitoraggio", "PIRA Mappature"]);
    const again = await fillInPlace(backend);
    if (!again.ok) throw new Error(again.reason.en);
    expect(again.changed).toBe(0);
    expect(backend.patches).toHaveLength(2);
  });
});
