/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GENERATED_SHEET } from "../../src/workbook/write/layout";
import { SHEETS } from "../../src/workbook/columns/names";
import type { GridCell } from "../../src/core/grid/types";
import { NO_OUTLINE } from "../../src/adapters/office/requirements";
import { FakeBackend } from "./fake-backend";
import { referenceWorkbook } from "./fixtures";
import { proposedEntity } from "../../src/taskpane/views/StructureView";
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

describe("Structure view, in an Excel without outlines", () => {
  it("says what the workbook could not take, the rest written", async () => {
    const backend = referenceWorkbook();
    backend.applyNotes = [NO_OUTLINE];
    await renderPane({ backend, view: "structure" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Ricostruisci i fogli" }));
    (await confirmation()).answer("Sostituisci");
    const done = await screen.findByText(/^Ricostruiti \d+ fogli/);
    expect(done.closest("[data-testid]")?.textContent).toContain(NO_OUTLINE.it);
    expect(backend.applied).toHaveLength(1);
  });
});

// ── an analyst's own table ───────────────────────────────────────────────────────────────────

function analystBackend(): FakeBackend {
  const backend = new FakeBackend();
  const rows: GridCell[][] = [
    ["Monitoraggio 2021", null, null, null],
    ["Indicatore", "Unità di misura", "Target 2021", "Valore osservato"],
    ["Imprese assistite", "numero", 150, 120],
    ["Pratiche evase", "numero", 100, 90],
  ];
  backend.grids = [
    {
      grid: { rows, merges: [], origin: { kind: "sheet", sheet: "Monitoraggio", row: 1, col: 1 } },
      formulas: rows.map((r) => r.map(() => null)),
    },
  ];
  backend.others = ["Monitoraggio"];
  return backend;
}

/** By its label, without role queries (slow in jsdom over the mapping's many options). */
function fieldSelect(header: string): HTMLSelectElement {
  const select = panel().querySelector<HTMLSelectElement>(
    `select[aria-label="Campo della colonna «${header}»"]`
  );
  if (!select) throw new Error(`no field select for ${header}`);
  return select;
}

function button(name: string): HTMLElement {
  const b = [...panel().querySelectorAll("button")].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
}

describe("Structure view on an analyst's table", () => {
  it("shows the proposed mapping: field, what to check, sample; a dropdown changes a field", async () => {
    const backend = analystBackend();
    await renderPane({ backend, view: "structure" });
    fireEvent.click(button("Trova la tabella"));
    await screen.findByText(/Foglio «Monitoraggio»: 2 indicatori, 4 colonne/);
    expect(fieldSelect("Indicatore").value).toBe("name");
    expect(fieldSelect("Target 2021").value).toBe("targets.2021");
    const row = panel().querySelector('li[data-column="A"]') as HTMLElement;
    expect(row.textContent).toMatch(/Colonna A.*Indicatore.*Esempio: Imprese assistite/);
    // a header the reader is not sure of is marked, in words (not a percentage)
    const unsure = panel().querySelector('li[data-column="D"]') as HTMLElement;
    expect(unsure.textContent).toMatch(/da verificare/);
    expect(panel().textContent).not.toMatch(/Affidabilità|\d+%/);
    // the options say the field in words
    const options = [...fieldSelect("Valore osservato").options].map((o) => o.textContent);
    expect(options).toContain("Consuntivo 31/12/2021");
    expect(options).toContain("Nome dell'indicatore");
  });

  it("Calcola qui with a changed field: formulas over their cells, mapping stored, theirs unchanged", async () => {
    const backend = analystBackend();
    const before = JSON.stringify(backend.grids[0].grid.rows);
    await renderPane({ backend, view: "structure" });
    fireEvent.click(button("Trova la tabella"));
    await screen.findByText(/Foglio «Monitoraggio»/);
    fireEvent.change(fieldSelect("Valore osservato"), { target: { value: "actuals.2021-12-31" } });
    expect(fieldSelect("Valore osservato").value).toBe("actuals.2021-12-31");
    fireEvent.click(button("Calcola accanto alla tabella"));
    await screen.findByText(/Foglio «Monitoraggio»: colonne calcolate E:J/);
    const patch = backend.patches.find((p) => p.sheet === "Monitoraggio");
    expect(patch).toBeDefined();
    const grid = backend.grids[0];
    // "Calcolato: Consuntivo" (E3) reads their D3; achievement G3 = 120/150
    expect(grid.formulas[2][4]).toMatch(/D3/);
    expect(grid.grid.rows[2][6]).toBeCloseTo(0.8, 12);
    expect(JSON.stringify(grid.grid.rows.map((r) => r.slice(0, 4)))).toBe(before);
    expect(backend.hidden).toEqual(["PIRA Mappature"]);
    const stored = backend.grids.find(
      (g) => g.grid.origin.kind === "sheet" && g.grid.origin.sheet === "PIRA Mappature"
    )!;
    expect(String(stored.grid.rows[1][1])).toContain('"field":"actuals.2021-12-31"');
  });

  it("Crea il piano: the PIRA sheets built from their table, their sheet left as it is", async () => {
    const backend = analystBackend();
    const before = JSON.stringify(backend.grids[0]);
    await renderPane({ backend, view: "structure" });
    fireEvent.click(button("Trova la tabella"));
    await screen.findByText(/Foglio «Monitoraggio»/);
    fireEvent.change(fieldSelect("Valore osservato"), { target: { value: "actuals.2021-12-31" } });
    // no name found in the table: none proposed, and none invented
    const entity = within(panel()).getByLabelText("Nome dell'ente") as HTMLInputElement;
    expect(entity.value).toBe("");
    fireEvent.click(button("Crea il piano dalla tabella"));
    await screen.findByText(/Manca il nome dell'ente/);
    expect(backend.applied).toHaveLength(0);
    fireEvent.change(entity, { target: { value: "Camera di Commercio di Valdelsa" } });
    fireEvent.click(button("Crea il piano dalla tabella"));
    await screen.findByText(/Piano creato dalla tabella: .*2 indicatori/);
    expect(backend.applied).toHaveLength(1);
    expect(backend.applied[0].sheets).toEqual(
      expect.arrayContaining([SHEETS.programmes, SHEETS.indicators])
    );
    expect(JSON.stringify(backend.grids[0])).toBe(before);
  });

  it("two columns on one field, or no name column, stop Calcola with the reason", async () => {
    const backend = analystBackend();
    await renderPane({ backend, view: "structure" });
    fireEvent.click(button("Trova la tabella"));
    await screen.findByText(/Foglio «Monitoraggio»/);
    fireEvent.change(fieldSelect("Valore osservato"), { target: { value: "targets.2021" } });
    fireEvent.click(button("Calcola accanto alla tabella"));
    await screen.findByText(/Azione non eseguita/);
    expect(panel().textContent).toMatch(
      /Due colonne sullo stesso campo «Target 2021»: C «Target 2021» e D «Valore osservato»/
    );
    fireEvent.change(fieldSelect("Valore osservato"), {
      target: { value: "actuals.2021-12-31" },
    });
    fireEvent.change(fieldSelect("Indicatore"), { target: { value: "extra" } });
    fireEvent.click(button("Calcola accanto alla tabella"));
    await waitFor(() =>
      expect(screen.getByTestId("notice-error").textContent).toMatch(
        /Nessuna colonna ha il campo «Nome dell'indicatore»/
      )
    );
    expect(backend.patches).toHaveLength(0);
  });
});

describe("the entity's name proposed", () => {
  it.each([
    ["Ente", ""],
    ["", ""],
    [
      "Camera di Commercio di Valdelsa – monitoraggio degli indicatori 2021",
      "Camera di Commercio di Valdelsa",
    ],
    ["CCIAA di Prato", "CCIAA di Prato"],
  ])("%s → %s", (found, proposed) => {
    expect(proposedEntity(found)).toBe(proposed);
  });
});
