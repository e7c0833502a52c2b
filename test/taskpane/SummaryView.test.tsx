/** @jest-environment jsdom */
import Decimal from "decimal.js";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { roundPercent } from "../../src/core/performance";
import { SHEETS } from "../../src/workbook/columns/names";
import { summary } from "../../src/workbook/write/summary";
import { referenceDocumentPlan, referenceWorkbook } from "./fixtures";
import { confirmation, panel, renderPane } from "./render";

describe("Summary view", () => {
  it("shows the core's summary, row by row, and writes Riepilogo after confirmation", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "summary" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Aggiorna il riepilogo" }));
    const dialog = await confirmation();
    expect(dialog.sheets()).toEqual([SHEETS.summary]);
    dialog.answer("Sostituisci");
    await screen.findByText(/^Riepilogo di 87 indicatori scritto nel foglio Riepilogo/);
    expect(backend.applied).toEqual([{ sheets: [SHEETS.summary], removeMatching: undefined }]);

    const expected = summary(referenceDocumentPlan());
    const rows = [...panel().querySelectorAll("tr[data-level]")];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((tr, i) => {
      const r = expected[i];
      const cell = (k: string) => tr.querySelector(`td[data-col="${k}"]`)?.textContent;
      expect([tr.getAttribute("data-level"), tr.getAttribute("data-code")]).toEqual([
        r.level,
        r.code,
      ]);
      expect([cell("indicators"), cell("achieved"), cell("partly"), cell("notAchieved")]).toEqual(
        [r.indicators, r.achieved, r.partly, r.notAchieved].map(String)
      );
      expect(cell("mean")).toBe(
        r.meanAchievement === null ? "—" : `${roundPercent(new Decimal(r.meanAchievement))}%`
      );
    });
  });

  it("still shows the summary when writing Riepilogo is cancelled", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "summary" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Aggiorna il riepilogo" }));
    (await confirmation()).answer("Annulla");
    await screen.findByText(/Annullato/);
    expect(backend.applied).toEqual([]);
    await waitFor(() =>
      expect(panel().querySelectorAll("tr[data-level]").length).toBeGreaterThan(0)
    );
  });
});
