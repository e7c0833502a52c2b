/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { validatePlan } from "../../src/core/validation";
import { columnNumber } from "../../src/core/a1";
import { read } from "../../src/workbook/read/read";
import { referenceWorkbook } from "./fixtures";
import { openView, panel, renderPane } from "./render";

describe("Validate view", () => {
  it("shows the core's counts in the header and groups findings by severity and programme", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "validate" });
    const tables = await backend.readTables();
    if (!tables.ok) throw new Error("no tables");
    const core = validatePlan(read(tables.tables).plan, { thresholds: { low: 0.7, high: 0.9 } });
    fireEvent.click(within(panel()).getByRole("button", { name: "Controlla" }));
    await screen.findByText(/^Controllo completato:/);
    const counts = screen.getByTestId("counts");
    for (const s of ["error", "warning", "info"] as const)
      expect(counts.querySelector(`[data-severity="${s}"]`)?.textContent).toBe(
        String(core.counts[s])
      );
    // each count is a button named by its words (getByRole is slow on this page in jsdom)
    const errors = counts.querySelector('[data-severity="error"]')?.closest("button");
    expect(errors?.textContent).toBe(`${core.counts.error} errori`);
    const view = within(panel());
    expect(view.getByText(`Errori (${core.counts.error})`).closest("button")).toBeTruthy();
    // programme headings: code and title
    expect(panel().querySelector("h3")?.textContent).toMatch(/^\d{3}\.\d{3} /);
    expect(view.getByText("Controlla di nuovo")).toBeTruthy();
  });

  it("selects a finding's cell in the workbook when it is clicked", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "validate" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Controlla" }));
    await screen.findByText(/^Controllo completato:/);
    const finding = panel().querySelector("button[data-cell]") as HTMLButtonElement;
    const [sheet, cell] = (finding.getAttribute("data-cell") as string).split("!");
    fireEvent.click(finding);
    await waitFor(() => expect(backend.selections).toEqual([{ sheet, cell }]));
    expect(finding.getAttribute("aria-current")).toBe("true");
  });

  it("points a finding about a reported figure at that figure's cell", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "validate" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Controlla" }));
    await screen.findByText(/^Controllo completato:/);
    const tables = await backend.readTables();
    if (!tables.ok || !tables.tables.indicators) throw new Error("no tables");
    const t = tables.tables.indicators;
    const buttons = [...panel().querySelectorAll("button[data-cell]")];
    const reported = buttons.find((b) => b.getAttribute("data-code") === "PIRA-E050");
    expect(reported).toBeTruthy();
    const cell = (reported?.getAttribute("data-cell") as string).split("!")[1];
    const col = columnNumber(cell.replace(/\d+$/, ""));
    expect(t.header[col - t.col]).toBe("Performance riportata");
  });

  it("marks its results stale once the workbook changes", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "validate" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Controlla" }));
    await screen.findByText(/^Controllo completato:/);
    expect(screen.queryByText(/La cartella è cambiata/)).toBeNull();
    await openView("Calcola");
    fireEvent.click(within(panel()).getByRole("button", { name: "Calcola" }));
    await screen.findByText(/^Calcolate/);
    await openView("Controlla");
    expect(within(panel()).getByText(/La cartella è cambiata dopo questo risultato/)).toBeTruthy();
  });
});
