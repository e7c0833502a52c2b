/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GENERATED_SHEET } from "../../src/workbook/layout";
import { SHEETS } from "../../src/workbook/names";
import { referenceWorkbook } from "./fixtures";
import { confirmation, panel, renderPane } from "./render";

describe("Structure view", () => {
  it("says to create the sheets first when the workbook has no PIRA tables", async () => {
    const { backend } = await renderPane({ view: "structure" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Ricostruisci i fogli" }));
    const bar = await screen.findByTestId("notice-error");
    expect(bar.textContent).toMatch(/Non è una cartella PIRA/);
    expect(bar.textContent).toMatch(/Creare prima i fogli del piano/);
    expect(backend.applied).toHaveLength(0);
  });

  it("rebuilds Riepilogo and the mission sheets after confirmation, leaving the tables", async () => {
    const backend = referenceWorkbook();
    const before = JSON.stringify(backend.sheets.find((s) => s.name === SHEETS.indicators));
    await renderPane({ backend, view: "structure" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Ricostruisci i fogli" }));
    const dialog = await confirmation();
    const listed = dialog.sheets();
    expect(listed[0]).toBe(SHEETS.summary);
    expect(listed.slice(1).every((n) => /^M\d{3} /.test(n ?? ""))).toBe(true);
    dialog.answer("Sostituisci");
    await screen.findByText(/^Ricostruiti \d+ fogli \(Riepilogo, M011/);
    expect(backend.applied).toHaveLength(1);
    expect(backend.applied[0].removeMatching).toBe(GENERATED_SHEET);
    expect(backend.applied[0].sheets.every((n) => GENERATED_SHEET.test(n))).toBe(true);
    await waitFor(() =>
      expect(JSON.stringify(backend.sheets.find((s) => s.name === SHEETS.indicators))).toBe(before)
    );
  });
});
