/**
 * End to end, in Chromium: on a workbook holding only the analyst's own table, the pane's
 * *Controlla* lists the findings at the analyst's cells (a click selects the cell in the sheet
 * view) and *Calcola* writes the computed columns beside their table — the actions the command
 * line runs on the same file (app/open.ts decides what the workbook is, for every front end).
 * A CSV named «Indicatori.csv» is their table too, not the PIRA Indicatori table. Screenshots go
 * to docs/images/ (workbench-analyst-validate.png, workbench-analyst-fill.png).
 */
import * as fs from "fs";
import { xlsxOf } from "../fixtures/analyst/build";
import type { SheetSpec } from "../fixtures/analyst/layouts";
import { seriousViolations } from "./browser";
import { openView, pane, runAction, settled, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("analyst-actions");

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
      "Consuntivo 31/12/2021",
      "Note",
    ],
    ["011", "005", "Imprese assistite dal PID", "numero", 150, 120, null],
    ["011", "005", "Voucher digitali liquidati", "euro", "€ 1,2 milioni", 1000000, null],
    ["012", "004", "Tempo medio di cancellazione dei protesti", "giorni", 5, null, null],
    ["032", "003", "Quota di pratiche telematiche", "%", { v: 0.9, fmt: "0%" }, "n.d.", null],
  ],
};

/** The analyst's table as a CSV named as most analysts would name it. */
const CSV = [
  "Programma;Indicatore;Unità di misura;Target 2021;Consuntivo 31/12/2021",
  "5;Imprese assistite dal PID;numero;150;120",
  "5;Voucher digitali liquidati;euro;1200000;1000000",
  "4;Tempo medio di cancellazione dei protesti;giorni;5;",
  "3;Quota di pratiche telematiche;%;90%;n.d.",
].join("\r\n");

describe("workbench: Controlla and Calcola on an analyst's own table", () => {
  it("Controlla lists findings at their cells; Calcola fills beside their table", async () => {
    const { page } = session;
    await session.open();
    const file = session.file("monitoraggio.xlsx");
    fs.writeFileSync(file, await xlsxOf([SHEET]));
    await page.getByTestId("open-xlsx").setInputFiles(file);
    await sheets(page).getByRole("tab", { name: "Monitoraggio" }).waitFor();
    // the pane finds the table on its own (Struttura) before anything else is pressed
    await settled(page);

    const check = await openView(page, "Controlla");
    const checked = await runAction(page, check.getByRole("button", { name: "Controlla" }));
    expect(checked.kind).not.toBe("error");
    expect(checked.text).toMatch(/Controllo completato/);
    expect(checked.text).not.toMatch(/Creare prima/);
    // every finding with a cell points at the analyst's sheet
    const cells = await check
      .locator("[data-cell]")
      .evaluateAll((all) => all.map((b) => b.getAttribute("data-cell")));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/^Monitoraggio!/);
    // the missing year-end actual of «Tempo medio…» (row 5) in its own column, F
    expect(cells).toContain("Monitoraggio!F5");
    await check.locator('[data-cell="Monitoraggio!F5"]').first().click();
    await session.screenshot("workbench-analyst-validate");
    expect(await seriousViolations(page)).toEqual([]);

    const fill = await openView(page, "Calcola");
    const filled = await runAction(page, fill.getByRole("button", { name: "Calcola" }));
    expect(filled.kind).toBe("success");
    expect(filled.text).toMatch(/Foglio «Monitoraggio»: colonne calcolate H:/);
    await expect(
      sheets(page).getByText("Calcolato: Raggiungimento").first().isVisible()
    ).resolves.toBe(true);
    await session.screenshot("workbench-analyst-fill");
    const again = await runAction(page, fill.getByRole("button", { name: "Calcola" }));
    expect(again.text).toMatch(/già calcolate, nessuna cella cambiata/);
  });

  it("a CSV named Indicatori.csv is the analyst's table, not the PIRA Indicatori table", async () => {
    const { page } = session;
    const file = session.file("Indicatori.csv");
    fs.writeFileSync(file, CSV);
    await page.getByTestId("open-xlsx").setInputFiles(file);
    await page.getByRole("alertdialog").getByRole("button", { name: "Sostituisci" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).waitFor();
    // an analyst's table: the pane goes to Struttura and finds it there
    await expect(settled(page)).resolves.toMatch(/Foglio «Indicatori»/);

    const check = await openView(page, "Controlla");
    const checked = await runAction(page, check.getByRole("button", { name: /^Controlla/ }));
    expect(checked.text).toMatch(/Controllo completato/);
    // none of the artefacts of reading it as the PIRA table (programmes «5» not in Programmi)
    await expect(
      pane(page)
        .getByText(/non presente in Programmi/)
        .count()
    ).resolves.toBe(0);
    const fill = await openView(page, "Calcola");
    const filled = await runAction(page, fill.getByRole("button", { name: "Calcola" }));
    expect(filled.kind).toBe("success");
    expect(filled.text).toMatch(/Foglio «Indicatori»: colonne calcolate/);
  });
});
