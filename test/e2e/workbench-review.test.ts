/**
 * End to end, in Debian's Chromium: the workbench's Nuovo anno and Confronta. The reference
 * document is imported; Nuovo anno offers the 2021–2023 workbook for download (a workbook whose
 * Indicatori carry the «Valore di partenza» column) with the points to look at; Confronta takes
 * that downloaded workbook as the newer version, lists the changes flagged first, selects a
 * change's cell, writes the Confronto sheet; axe-core finds no serious or critical violation;
 * nothing leaves 127.0.0.1. Screenshots: docs/images/workbench-rollover.png,
 * docs/images/workbench-compare.png.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { seedText } from "../helpers/seed";
import { seriousViolations } from "./browser";
import { importDocument } from "../../src/core/import";
import { writePlanJson } from "../../src/core/plan";
import { openView, runAction, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("review");

let nextYear = "";

it("imports the reference document into the workbench", async () => {
  const { page } = session;
  await session.open();
  const view = await openView(page, "Importa");
  await view.getByLabel("Testo del documento o piano JSON").fill(seedText());
  await view.getByRole("button", { name: "Anteprima" }).click();
  await view.getByTestId("import-preview").waitFor();
  const created = await runAction(page, view.getByRole("button", { name: "Crea i fogli" }));
  expect(created.kind).toBe("success");
});

it("Nuovo anno: the next triennium's workbook, downloaded, with the points to look at", async () => {
  const { page } = session;
  const view = await openView(page, "Nuovo anno");
  const made = await runAction(page, view.getByRole("button", { name: "Prepara il nuovo anno" }));
  expect(made.kind).toBe("success");
  expect(made.text).toContain("2021-2023");
  await expect(view.getByTestId("rollover-notes").textContent()).resolves.toContain(
    "manca il target 2023"
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    view.getByTestId("rollover-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("piano-2021-2023.xlsx");
  nextYear = session.file(download.suggestedFilename());
  await download.saveAs(nextYear);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(nextYear) as unknown as ArrayBuffer);
  const header = (wb.getWorksheet("Indicatori")?.getRow(1).values ?? []) as unknown[];
  expect(header).toContain("Valore di partenza");
  expect(header).toContain("Target 2023");
  await session.page.mouse.move(0, 0);
  await session.screenshot("workbench-rollover");
  const violations = await seriousViolations(page, 'aside[aria-label="Pannello PIRA"]');
  expect(violations).toEqual([]);
});

it("Confronta: the rolled-over workbook as the newer version: no change", async () => {
  const { page } = session;
  const view = await openView(page, "Confronta");
  await view.getByTestId("compare-file").setInputFiles(nextYear);
  await view.getByText("File scelto: piano-2021-2023.xlsx").waitFor();
  await view.getByRole("radio", { name: "la versione successiva" }).check();
  const compared = await runAction(page, view.getByRole("button", { name: "Confronta" }));
  expect(compared.kind).toBe("success");
  // the rollover changes no indicator: the same plan a year on
  expect(compared.text).toContain("Nessuna modifica tra le due versioni.");
});

it("Confronta: an older version with a higher target; the change flagged, its cell, the sheet", async () => {
  const { page } = session;
  const old = importDocument(seedText()).plan;
  const ind = old.indicators.find((i) => i.name === "Attrattività eventi realizzati");
  if (!ind) throw new Error("indicator not found");
  ind.targets["2021"] = { raw: "20.000", kind: "number", value: 20000 };
  const file = session.file("piano-bozza.json");
  fs.writeFileSync(file, writePlanJson(old));
  const view = await openView(page, "Confronta");
  await view.getByTestId("compare-file").setInputFiles(file);
  await view.getByText("File scelto: piano-bozza.json").waitFor();
  await view.getByRole("radio", { name: "la versione precedente" }).check();
  const compared = await runAction(page, view.getByRole("button", { name: "Confronta" }));
  expect(compared.kind).toBe("success");
  expect(compared.text).toContain("1 modifica, 1 segnalata.");
  const change = view.getByTestId("compare-changes").getByRole("button", {
    name: /Attrattività eventi realizzati/,
  });
  await expect(change.textContent()).resolves.toContain("target meno ambizioso");
  await change.click();
  const written = await runAction(page, view.getByRole("button", { name: "Scrivi il confronto" }));
  expect(written.kind).toBe("success");
  expect(written.text).toContain("Confronto");
  await expect(
    sheets(page).getByRole("tab", { name: "Confronto", exact: true }).count()
  ).resolves.toBe(1);
  expect(session.browser.blocked).toEqual([]);
  expect(session.browser.errors).toEqual([]);
  await session.page.mouse.move(0, 0);
  await session.screenshot("workbench-compare");
  const violations = await seriousViolations(page, 'aside[aria-label="Pannello PIRA"]');
  expect(violations).toEqual([]);
});
