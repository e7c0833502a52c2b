/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { importDocument } from "../../src/core/import";
import { writePlanJson } from "../../src/core/plan";
import { SHEETS } from "../../src/workbook/columns/names";
import { seedText } from "../helpers/seed";
import { referenceDocumentPlan } from "./fixtures";
import { panel, renderPane } from "./render";

const count = (key: string) =>
  screen.getByTestId("import-preview").querySelector(`[data-count="${key}"] span`)?.textContent;

describe("Import view", () => {
  it("previews the reference document with the importer's counts, then creates the sheets", async () => {
    const { backend } = await renderPane({ view: "import" });
    const view = within(panel());
    const { report } = importDocument(seedText());
    fireEvent.change(view.getByLabelText("Testo del documento o piano JSON"), {
      target: { value: seedText() },
    });
    fireEvent.click(view.getByRole("button", { name: "Anteprima" }));
    await screen.findByTestId("import-preview");
    expect(count("entities")).toBe(String(report.counts.entities));
    expect(count("programmes")).toBe(String(report.counts.programmes));
    expect(count("indicators")).toBe(String(report.counts.indicators));
    expect(count("notUnderstood")).toBe(String(report.counts.notUnderstood));
    // what was not understood is listed with its line
    fireEvent.click(view.getByRole("button", { name: /^Righe non comprese/ }));
    const first = report.notUnderstood[0];
    expect(view.getAllByText(`riga ${first.line}`).length).toBeGreaterThan(0);

    fireEvent.click(view.getByRole("button", { name: "Crea i fogli" }));
    await screen.findByText(
      new RegExp(
        `Importati 2 enti, ${report.counts.programmes} programmi, ${report.counts.indicators} indicatori`
      )
    );
    expect(backend.applied[0].sheets.slice(0, 3)).toEqual([
      SHEETS.plan,
      SHEETS.programmes,
      SHEETS.indicators,
    ]);
    const tables = await backend.readTables();
    expect(tables.ok && tables.tables.indicators?.rows.length).toBe(report.counts.indicators);
  });

  it("reads a plan JSON loaded from a file", async () => {
    await renderPane({ view: "import" });
    const plan = referenceDocumentPlan();
    const file = new File([writePlanJson(plan)], "piano.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
    await screen.findByText(/Caricato piano\.json/);
    fireEvent.click(within(panel()).getByRole("button", { name: "Anteprima" }));
    await screen.findByTestId("import-preview");
    expect(screen.getByText(/^Piano JSON · Primo anno 2020/)).toBeTruthy();
    expect(count("indicators")).toBe(String(plan.indicators.length));
  });

  it("says why a broken plan JSON cannot be read, and what to do", async () => {
    const { backend } = await renderPane({ view: "import" });
    const view = within(panel());
    fireEvent.change(view.getByLabelText("Testo del documento o piano JSON"), {
      target: { value: '{ "format": "pira-plan", ' },
    });
    fireEvent.click(view.getByRole("button", { name: "Anteprima" }));
    const bar = await screen.findByTestId("notice-error");
    expect(bar.textContent).toMatch(/Controllare il testo o il file/);
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(backend.applied).toHaveLength(0);
  });

  it("has nothing to preview until there is text, and text without a plan is not one", async () => {
    await renderPane({ view: "import" });
    const view = within(panel());
    const preview = view.getByRole("button", { name: "Anteprima" });
    expect(preview.hasAttribute("disabled")).toBe(true);
    fireEvent.change(view.getByLabelText("Testo del documento o piano JSON"), {
      target: { value: "Relazione sulla gestione\nNessuna tabella qui." },
    });
    fireEvent.click(preview);
    await waitFor(() =>
      expect(screen.getByTestId("notice-error").textContent).toMatch(
        /Nessun programma né indicatore PIRA trovato nel testo/
      )
    );
  });
});
