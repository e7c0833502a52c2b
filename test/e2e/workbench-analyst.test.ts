/**
 * End to end, in Chromium: the workbench opens an analyst's own workbook (a fixture of
 * test/fixtures/analyst), Struttura finds their table and shows the proposed mapping, one
 * dropdown is changed, Calcola qui adds the computed columns beside their table (their cells
 * unchanged), Crea il piano builds the PIRA sheets beside their sheet. Screenshots go to
 * docs/images/ (workbench-analyst-mapping.png, workbench-analyst-filled.png).
 */
import * as fs from "fs";
import { csvWindows1252, xlsxOf } from "../fixtures/analyst/build";
import type { SheetSpec } from "../fixtures/analyst/layouts";
import { seriousViolations } from "./browser";
import { openView, runAction, settled, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("analyst");

/** An analyst's monitoring sheet; "Valore 2021" is not a header the reader is sure of. */
const SHEET: SheetSpec = {
  name: "Monitoraggio",
  merges: ["A1:G1"],
  rows: [
    ["Camera di Commercio di Valdelsa – monitoraggio degli indicatori 2021"],
    [
      "Missione",
      "Programma",
      "Indicatore",
      "Unità di misura",
      "Target 2021",
      "Valore 2021",
      "Note",
    ],
    ["011", "005", "Imprese assistite dal PID", "numero", 150, 120, "dato provvisorio"],
    ["011", "005", "Voucher digitali liquidati", "euro", "€ 1,2 milioni", 1000000, null],
    ["012", "004", "Tempo medio di cancellazione dei protesti", "giorni", 5, 4, null],
    [
      "032",
      "003",
      "Quota di pratiche telematiche",
      "%",
      { v: 0.9, fmt: "0%" },
      { v: 0.81, fmt: "0%" },
      null,
    ],
  ],
};

describe("workbench, on an analyst's own workbook", () => {
  it("Struttura: mapping, a changed field, Calcola qui, Crea il piano", async () => {
    const { page } = session;
    await session.open();
    const file = session.file("monitoraggio.xlsx");
    fs.writeFileSync(file, await xlsxOf([SHEET]));
    await page.getByTestId("open-xlsx").setInputFiles(file);
    await sheets(page).getByRole("tab", { name: "Monitoraggio" }).waitFor();
    // the pane goes to Struttura and looks for the table at once
    await expect(settled(page)).resolves.toMatch(/Foglio «Monitoraggio»: 4 indicatori/);

    const view = await openView(page, "Struttura");
    const found = await runAction(page, view.getByRole("button", { name: "Trova la tabella" }));
    expect(found.kind).toBe("info");
    expect(found.text).toMatch(/Foglio «Monitoraggio»: 4 indicatori, 7 colonne/);
    const field = (header: string) =>
      view.getByRole("combobox", { name: `Campo della colonna «${header}»` });
    await expect(field("Indicatore").inputValue()).resolves.toBe("name");
    await expect(field("Target 2021").inputValue()).resolves.toBe("targets.2021");
    // the analyst says what "Valore 2021" is: the year's actual
    await field("Valore 2021").selectOption("actuals.2021-12-31");
    await expect(field("Valore 2021").inputValue()).resolves.toBe("actuals.2021-12-31");
    await session.screenshot("workbench-analyst-mapping");
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);

    const filled = await runAction(
      page,
      view.getByRole("button", { name: "Calcola accanto alla tabella" })
    );
    expect(filled.kind).toBe("success");
    expect(filled.text).toMatch(/Foglio «Monitoraggio»: colonne calcolate H:M/);
    // the sheet view shows the computed columns beside their table, their cells as they were
    const grid = sheets(page);
    await expect(grid.getByText("Calcolato: Raggiungimento").first().isVisible()).resolves.toBe(
      true
    );
    await expect(grid.getByText("Imprese assistite dal PID").first().isVisible()).resolves.toBe(
      true
    );
    await expect(grid.getByText("dato provvisorio").first().isVisible()).resolves.toBe(true);
    // the mappings' sheet is hidden, as in Excel
    await expect(sheets(page).getByRole("tab", { name: "PIRA Mappature" }).count()).resolves.toBe(
      0
    );
    await session.screenshot("workbench-analyst-filled");

    // a second Calcola qui changes nothing
    const again = await runAction(
      page,
      view.getByRole("button", { name: "Calcola accanto alla tabella" })
    );
    expect(again.text).toMatch(/già calcolate, nessuna cella cambiata/);

    const created = await runAction(
      page,
      view.getByRole("button", { name: "Crea il piano dalla tabella" })
    );
    expect(created.kind).toBe("success");
    expect(created.text).toMatch(/Piano creato dalla tabella: .*4 indicatori/);
    const tabs = await sheets(page)
      .getByRole("tab")
      .evaluateAll((all) => all.map((tab) => tab.getAttribute("data-sheet")));
    expect(tabs).toEqual(expect.arrayContaining(["Monitoraggio", "Programmi", "Indicatori"]));
  });

  it("a CSV saved by Italian Excel (Windows-1252, «;») opens as a sheet, mapped and filled", async () => {
    const { page } = session;
    const file = session.file("indicatori.csv");
    fs.writeFileSync(file, csvWindows1252());
    await page.getByTestId("open-xlsx").setInputFiles(file);
    // the open workbook is replaced, after confirmation
    await page.getByRole("alertdialog").getByRole("button", { name: "Sostituisci" }).click();
    await sheets(page).getByRole("tab", { name: "indicatori" }).waitFor();
    await settled(page);
    const view = await openView(page, "Struttura");
    const found = await runAction(page, view.getByRole("button", { name: "Trova la tabella" }));
    expect(found.text).toMatch(/Foglio «indicatori»: 4 indicatori/);
    await expect(
      view.getByRole("combobox", { name: "Campo della colonna «Valore atteso 2023»" }).inputValue()
    ).resolves.toBe("targets.2023");
    const filled = await runAction(
      page,
      view.getByRole("button", { name: "Calcola accanto alla tabella" })
    );
    expect(filled.kind).toBe("success");
    await expect(sheets(page).getByText("Calcolato: Metodo").first().isVisible()).resolves.toBe(
      true
    );
    // the text Windows-1252 encoded reads back as written
    await expect(
      sheets(page).getByText("Tempo medio di risposta – reclami").first().isVisible()
    ).resolves.toBe(true);
  });
});
