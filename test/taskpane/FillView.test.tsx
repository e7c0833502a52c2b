/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { COMPUTED_COLUMNS, SHEETS } from "../../src/workbook/columns/names";
import { isCellSpec } from "../../src/workbook/write/spec";
import { FakeBackend } from "./fake-backend";
import { referenceDocumentPlan, referenceWorkbook } from "./fixtures";
import { panel, renderPane } from "./render";

describe("Fill view", () => {
  const checked = (name: RegExp) =>
    (within(panel()).getByRole("radio", { name }) as HTMLInputElement).checked;

  it("offers the PIRA functions first in Excel, ordinary formulas in the workbench", async () => {
    const excel = await renderPane({ backend: new FakeBackend("excel"), view: "fill" });
    expect(checked(/Funzioni PIRA/)).toBe(true);
    excel.unmount();
    await renderPane({ backend: new FakeBackend("workbench"), view: "fill" });
    expect(checked(/Formule di Excel/)).toBe(true);
  });

  it("starts from the style stored in the workbook", async () => {
    await renderPane({ backend: referenceWorkbook("excel", { formulas: "values" }), view: "fill" });
    expect(checked(/Solo valori/)).toBe(true);
  });

  it("writes only the computed columns, in the chosen style, and says how many rows", async () => {
    const backend = referenceWorkbook("workbench", { formulas: "none" });
    await renderPane({ backend, view: "fill" });
    const view = within(panel());
    fireEvent.click(view.getByRole("radio", { name: /Solo valori/ }));
    fireEvent.click(view.getByRole("button", { name: "Calcola" }));
    const rows = referenceDocumentPlan().indicators.length;
    await screen.findByText(new RegExp(`Calcolate ${rows} righe di Indicatori con valori`));
    expect(backend.patches).toHaveLength(1);
    const patch = backend.patches[0];
    expect(patch.sheet).toBe(SHEETS.indicators);
    const cells = patch.blocks.flatMap((b) => b.cells.flat());
    expect(cells.length).toBe(rows * Object.keys(COMPUTED_COLUMNS).length);
    expect(cells.some((c) => isCellSpec(c) && c.formula !== undefined)).toBe(false);
    // every block lies under a "Calcolato: …" header of Indicatori
    const tables = await backend.readTables();
    if (!tables.ok || !tables.tables.indicators) throw new Error("no Indicatori");
    const t = tables.tables.indicators;
    for (const b of patch.blocks)
      for (let j = 0; j < b.cells[0].length; j++)
        expect(t.header[b.col - t.col + j]).toMatch(/^Calcolato: /);
  });
});
