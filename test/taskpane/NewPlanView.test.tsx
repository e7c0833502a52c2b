/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { programmes } from "../../src/core/catalogue";
import { SHEETS } from "../../src/workbook/columns/names";
import { FakeBackend } from "./fake-backend";
import { confirmation, panel, renderPane } from "./render";

describe("New plan view", () => {
  it("creates the plan's sheets from the entities, the year and the chosen programmes", async () => {
    const { backend } = await renderPane({ view: "newPlan" });
    const view = within(panel());
    fireEvent.change(view.getByLabelText("Titolo del piano"), { target: { value: "PIRA prova" } });
    fireEvent.change(view.getByLabelText("Enti (uno per riga)"), {
      target: { value: "Camera A\nCamera B\n\nCamera A" },
    });
    fireEvent.change(view.getByLabelText("Primo anno del triennio"), { target: { value: "2024" } });
    fireEvent.click(view.getByRole("button", { name: "Nessuno" }));
    fireEvent.click(view.getByRole("checkbox", { name: /^011\.005 / }));
    fireEvent.click(view.getByRole("button", { name: "Crea il piano" }));

    await screen.findByText(/Creato il piano «PIRA prova»: 2 enti, 2 programmi/);
    expect(backend.applied).toHaveLength(1);
    expect(backend.applied[0].sheets).toEqual(
      expect.arrayContaining([SHEETS.plan, SHEETS.programmes, SHEETS.indicators, SHEETS.summary])
    );
    const tables = await backend.readTables();
    if (!tables.ok) throw new Error("no tables");
    expect(tables.tables.programmes?.rows).toHaveLength(2);
    expect(tables.tables.indicators?.header).toContain("Target 2024");
  });

  it("checks the whole mission with its checkbox and counts the chosen programmes", async () => {
    await renderPane({ view: "newPlan" });
    const view = within(panel());
    fireEvent.click(view.getByRole("button", { name: "Nessuno" }));
    expect(view.getByText(`0 di ${programmes().length} programmi scelti`)).toBeTruthy();
    fireEvent.click(view.getByRole("checkbox", { name: /^033 / }));
    expect(view.getByText(`2 di ${programmes().length} programmi scelti`)).toBeTruthy();
    fireEvent.click(view.getByRole("button", { name: "Tutti" }));
    expect(
      view.getByText(`${programmes().length} di ${programmes().length} programmi scelti`)
    ).toBeTruthy();
  });

  it("says what to fix when the year is not a year, and writes nothing", async () => {
    const { backend } = await renderPane({ view: "newPlan" });
    const view = within(panel());
    fireEvent.change(view.getByLabelText("Primo anno del triennio"), { target: { value: "" } });
    fireEvent.click(view.getByRole("button", { name: "Crea il piano" }));
    const bar = await screen.findByTestId("notice-error");
    expect(bar.textContent).toMatch(/primo anno del triennio deve essere un anno/);
    expect(bar.textContent).toMatch(/Correggere i dati indicati/);
    expect(backend.applied).toHaveLength(0);
  });

  it("asks before replacing existing sheets; cancelling leaves the workbook alone", async () => {
    const backend = new FakeBackend();
    backend.others = [SHEETS.programmes, "Note mie"];
    await renderPane({ backend, view: "newPlan" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Crea il piano" }));
    const dialog = await confirmation();
    expect(dialog.sheets()).toEqual([SHEETS.programmes]);
    dialog.answer("Annulla");
    await screen.findByText(/Annullato: la cartella di lavoro non è cambiata/);
    expect(backend.applied).toHaveLength(0);

    fireEvent.click(within(panel()).getByRole("button", { name: "Crea il piano" }));
    (await confirmation()).answer("Sostituisci");
    await waitFor(() => expect(backend.applied).toHaveLength(1));
  });

  it("disables the actions and shows progress while one runs, the focus kept on the button", async () => {
    const backend = new FakeBackend();
    await renderPane({ backend, view: "newPlan" });
    backend.hold();
    const create = within(panel()).getByRole("button", { name: "Crea il piano" });
    create.focus();
    fireEvent.click(create);
    await screen.findByText("Creazione del piano in corso…");
    // disabled but focusable: the focus stays where the analyst acted
    expect(create.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(create);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    backend.release();
    await screen.findByText(/Creato il piano/);
    expect(create.getAttribute("aria-disabled")).not.toBe("true");
    expect(document.activeElement).toBe(create);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
