/**
 * End to end, in Chromium: the pane as an analyst uses it (issue 21) — opening what is not a
 * workbook, Italian thresholds, the sheet shown leading the actions, no empty successes, the
 * editable grid, words and numbers, keyboard focus. Each test fails on the pane before that issue.
 * Screenshots go to docs/images/ (workbench-open-refused.png, workbench-settings-comma.png,
 * workbench-active-sheet.png, workbench-empty-warning.png, workbench-grid-edit.png).
 * `PIRA_DIST` runs it against another build (the old one, to see it fail).
 */
import * as fs from "fs";
import JSZip from "jszip";
import { docxOf, xlsxOf } from "../fixtures/analyst/build";
import type { SheetSpec } from "../fixtures/analyst/layouts";
import { XlsxBackend } from "../../src/adapters/xlsx/memory-backend";
import { prepareCreate } from "../../src/app/create";
import { previewImport } from "../../src/app/import";
import { defaultSettings } from "../../src/app/settings";
import { exampleDocument } from "../../src/examples";
import { seriousViolations } from "./browser";
import { noticeChanged, noticeNow, openView, pane, runAction, settled, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("use");

/** The workbench's own message (opening files), above the sheets. */
function barText(): Promise<string> {
  return sheets(session.page).locator(".fui-MessageBar").first().textContent() as Promise<string>;
}

/** The workbench's message once it matches (the last text seen when it never does). */
async function barSays(expected: RegExp): Promise<string> {
  // Playwright's own wait (the context's default timeout, test/e2e/browser.ts): it ends as soon as
  // the message matches, with no clock of ours
  await sheets(session.page)
    .locator(".fui-MessageBar")
    .first()
    .filter({ hasText: expected })
    .waitFor()
    .catch(() => undefined);
  return barText().catch(() => "");
}

/** Chooses a file in the workbench's «Apri»; confirms the replacement when asked. */
async function open(name: string, bytes: Uint8Array | string, confirm = true): Promise<void> {
  const { page } = session;
  const file = session.file(name);
  fs.writeFileSync(file, bytes);
  const before = await noticeNow(page);
  await page.getByTestId("open-xlsx").setInputFiles(file);
  if (!confirm) return;
  const dialog = page.getByRole("alertdialog");
  await Promise.race([
    dialog
      .waitFor({ timeout: 5_000 })
      .then(() => dialog.getByRole("button", { name: "Sostituisci" }).click()),
    sheets(page).locator(".fui-MessageBar").first().waitFor({ timeout: 5_000 }),
  ]).catch(() => undefined);
  // the pane's report on this file, not the one the previous file left (a race on a loaded run)
  await noticeChanged(page, before);
}

async function sheetTabs(): Promise<string[]> {
  return sheets(session.page)
    .getByRole("tab")
    .evaluateAll((all) => all.map((tab) => tab.getAttribute("data-sheet") ?? ""));
}

async function pluginWorkbook(): Promise<Uint8Array> {
  const preview = previewImport({ name: null, text: exampleDocument });
  if (!preview.ok) throw new Error(preview.reason.en);
  const backend = new XlsxBackend();
  await (await prepareCreate(backend, preview.plan, defaultSettings("workbench"))).commit();
  return backend.bytes();
}

const MONITORING: SheetSpec = {
  name: "Monitoraggio",
  merges: ["A1:F1"],
  rows: [
    ["Camera di Commercio di Valdelsa – monitoraggio degli indicatori 2021"],
    ["Missione", "Programma", "Indicatore", "Unità di misura", "Target 2021", "Consuntivo 2021"],
    ["011", "005", "Imprese assistite dal PID", "numero", 150, 120],
    ["012", "004", "Tempo medio di cancellazione dei protesti", "giorni", 5, 4],
  ],
};

const year = (y: number, names: string[]): SheetSpec => ({
  name: `Anno ${y}`,
  merges: [],
  rows: [
    ["Missione", "Programma", "Indicatore", "Unità di misura", `Target ${y}`, `Consuntivo ${y}`],
    ...names.map((n, i) => ["011", "005", n, "numero", 100 + i, 90 + i]),
  ],
});

describe("opening a file (issue 21, point 3)", () => {
  it("refuses what is not an .xlsx or a CSV before replacing anything, saying what to do", async () => {
    const { page } = session;
    await session.open();
    await expect(
      page.getByRole("button", { name: "Apri .xlsx o .csv…" }).isVisible()
    ).resolves.toBe(true);
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).waitFor();
    const before = await sheetTabs();

    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
      compression: "STORE",
    });
    ods.file("content.xml", "<office:document-content/>");
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const whole = await xlsxOf([MONITORING]);
    const cases: [string, Uint8Array, RegExp][] = [
      ["piano.docx", await docxOf(), /documento Word.*usare «Importa»/],
      ["piano.ods", await ods.generateAsync({ type: "uint8array" }), /salvarlo come \.xlsx/],
      ["piano.xls", xls, /Excel 97-2003.*salvarlo come \.xlsx/],
      ["rotto.xlsx", whole.slice(0, Math.floor(whole.length / 2)), /danneggiato o incompleto/],
    ];
    for (const [name, bytes, expected] of cases) {
      await open(name, bytes, false);
      expect(await barSays(expected)).toMatch(expected);
      const text = await barText();
      expect(text).not.toMatch(/manca la fine della directory|Aperto/);
      // no question asked, nothing replaced
      await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);
      expect(await sheetTabs()).toEqual(before);
      if (name === "piano.docx") await session.screenshot("workbench-open-refused");
    }
  });

  it("an analyst's table leads to Struttura with its mapping; a PIRA workbook to Controlla", async () => {
    const { page } = session;
    await session.open();
    await open("monitoraggio.xlsx", await xlsxOf([MONITORING]));
    await expect(settled(page)).resolves.toMatch(/Foglio «Monitoraggio»: 2 indicatori/);
    await expect(
      pane(page).getByRole("tab", { name: "Struttura" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    await expect(
      pane(page).getByRole("combobox", { name: "Campo della colonna «Indicatore»" }).inputValue()
    ).resolves.toBe("name");

    await open("pira.xlsx", await pluginWorkbook());
    await expect(settled(page)).resolves.toMatch(/Controllo completato/);
    await expect(
      pane(page).getByRole("tab", { name: "Controlla" }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    await expect(page.getByTestId("counts").isVisible()).resolves.toBe(true);
  });

  it("the empty CSV and the header-only CSV get their own message", async () => {
    await session.open();
    await open("vuoto.csv", "", false);
    expect(await barSays(/è vuoto/)).toMatch(/è vuoto/);
    expect(await sheetTabs()).toEqual([]);
    await open("intestazione.csv", "Indicatore;Target 2021;Consuntivo 2021\r\n");
    expect(await barSays(/solo la riga d'intestazione/)).toMatch(/solo la riga d'intestazione/);
    expect(await barText()).not.toMatch(/serve una riga d'intestazione/);
  });
});

describe("settings in Italian (point 4)", () => {
  it("takes 72,5 as typed, puts each error under its field, recomputes the outcomes", async () => {
    const { page } = session;
    await session.open();
    await open("pira.xlsx", await pluginWorkbook());
    await settled(page);
    const view = await openView(page, "Impostazioni");
    const low = view.getByRole("textbox", { name: /parzialmente raggiunto/ });
    const high = view.getByRole("textbox", { name: /Soglia di «raggiunto»/ });
    await low.fill("72,5");
    await expect(low.inputValue()).resolves.toBe("72,5");
    await high.fill("abc");
    // the error is under «raggiunto», not under the other field
    const highField = view
      .locator(".fui-Field")
      .filter({ has: page.getByRole("textbox", { name: /Soglia di «raggiunto»/ }) });
    const lowField = view
      .locator(".fui-Field")
      .filter({ has: page.getByRole("textbox", { name: /parzialmente raggiunto/ }) });
    await expect(highField.textContent()).resolves.toMatch(/Scrivere un numero/);
    await expect(lowField.textContent()).resolves.not.toMatch(/Scrivere un numero|tra 0 e 100/);
    await high.fill("95%");
    await session.screenshot("workbench-settings-comma");
    const saved = await runAction(page, view.getByRole("button", { name: "Salva" }));
    expect(saved.kind).toBe("success");
    expect(saved.text).toMatch(/Esiti ricalcolati con le nuove soglie: \d+ righe di Indicatori/);
    // the next step, one click away
    const update = pane(page).getByRole("button", { name: "Aggiorna il riepilogo" });
    await expect(update.isVisible()).resolves.toBe(true);
    const summary = await runAction(page, update);
    expect(summary.kind).toBe("success");
    // the thresholds read back as typed
    await openView(page, "Riepilogo");
    const again = await openView(page, "Impostazioni");
    await expect(
      again.getByRole("textbox", { name: /parzialmente raggiunto/ }).inputValue()
    ).resolves.toBe("72,5");
  });
});

describe("the sheet shown leads (point 2)", () => {
  it("Trova la tabella and Calcola qui work on the tab chosen, and say which", async () => {
    const { page } = session;
    await session.open();
    await open(
      "anni.xlsx",
      await xlsxOf([
        year(2020, ["Pratiche evase", "Imprese visitate"]),
        year(2021, ["Pratiche evase", "Imprese visitate", "Voucher concessi"]),
      ])
    );
    await expect(settled(page)).resolves.toMatch(/Foglio «Anno 2020»: 2 indicatori/);
    await sheets(page).getByRole("tab", { name: "Anno 2021" }).click();
    const view = await openView(page, "Struttura");
    const found = await runAction(page, view.getByRole("button", { name: "Trova la tabella" }));
    expect(found.text).toMatch(/Foglio «Anno 2021»: 3 indicatori/);
    const filled = await runAction(
      page,
      view.getByRole("button", { name: /Calcola accanto alla tabella|Calcola qui/ })
    );
    expect(filled.kind).toBe("success");
    expect(filled.text).toMatch(/Foglio «Anno 2021»/);
    await expect(sheets(page).getByTestId("sheet-grid").getAttribute("data-sheet")).resolves.toBe(
      "Anno 2021"
    );
    await expect(
      sheets(page).getByText("Calcolato: Raggiungimento").first().isVisible()
    ).resolves.toBe(true);
    await session.screenshot("workbench-active-sheet");
  });
});

describe("no empty successes (point 6)", () => {
  it("Calcola and Pubblica on a plan without indicators warn, not «Fatto»", async () => {
    const { page } = session;
    await session.open();
    const create = await runAction(
      page,
      (await openView(page, "Nuovo")).getByRole("button", { name: "Crea il piano" })
    );
    expect(create.kind).toBe("success");
    const fill = await runAction(
      page,
      (await openView(page, "Calcola")).getByRole("button", { name: "Calcola", exact: true })
    );
    expect(fill.kind).toBe("warning");
    expect(fill.text).toMatch(/Nessuna riga calcolata/);
    await session.screenshot("workbench-empty-warning");
    const publish = await runAction(
      page,
      (await openView(page, "Pubblica")).getByRole("button", { name: "Prepara il documento" })
    );
    expect(publish.kind).toBe("warning");
    expect(publish.text).toMatch(/non ha indicatori/);
  });

  it("Importa › Carica un file refuses a binary file as text", async () => {
    const { page } = session;
    await session.open();
    await openView(page, "Importa");
    const file = session.file("piano-import.docx");
    fs.writeFileSync(file, await docxOf());
    await pane(page).getByTestId("import-file").setInputFiles(file);
    const notice = pane(page).locator("[data-seq]").first();
    await notice.waitFor();
    await expect(notice.getAttribute("data-testid")).resolves.toBe("notice-error");
    await expect(notice.textContent()).resolves.toMatch(/non è un file di testo/);
    await expect(
      pane(page).getByRole("textbox", { name: "Testo del documento o piano JSON" }).inputValue()
    ).resolves.toBe("");
  });
});

describe("the workbench grid (points 6, 7, 8)", () => {
  it("is edited as in Excel, so a finding is fixed and checked again without Excel", async () => {
    const { page } = session;
    await session.open();
    await open("monitoraggio.xlsx", await xlsxOf([MONITORING]));
    await settled(page);
    const grid = sheets(page).getByTestId("sheet-grid");
    // the merged title is drawn once, across its columns
    const title = grid.locator('td[data-cell="A1"]');
    await expect(title.getAttribute("colspan")).resolves.toBe("6");
    await expect(grid.locator('td[data-cell="B1"]').count()).resolves.toBe(0);
    await expect(
      grid.getByText("Camera di Commercio di Valdelsa – monitoraggio degli indicatori 2021").count()
    ).resolves.toBe(1);

    // Controlla: the year-end actual missing? none here; clear one and find it
    await grid.locator('td[data-cell="F4"]').click();
    await expect(grid.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // the focus ring is visible on the grid
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    const ring = await grid.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).not.toBe("none");
    await page.keyboard.press("Delete");
    await expect(grid.locator('td[data-cell="F4"]').textContent()).resolves.toBe("");
    const check = await openView(page, "Controlla");
    const checked = await runAction(page, check.getByRole("button", { name: /^Controlla/ }));
    expect(checked.text).toMatch(/Controllo completato/);
    const finding = check.locator('[data-cell="Monitoraggio!F4"]').first();
    await finding.click();
    // the selected cell, with its indicator's name beside it
    await expect(sheets(page).getByTestId("selection").textContent()).resolves.toBe(
      "Selezionata Monitoraggio!F4 — Tempo medio di cancellazione dei protesti"
    );
    // type a value: Enter confirms and goes down; Esc cancels; Tab goes right
    await grid.locator('td[data-cell="F4"]').click();
    await page.keyboard.type("4,5");
    await session.screenshot("workbench-grid-edit");
    await page.keyboard.press("Enter");
    await expect(grid.locator('td[data-cell="F4"]').textContent()).resolves.toBe("4,5");
    await expect(sheets(page).getByTestId("selection").textContent()).resolves.toMatch(
      /Monitoraggio!F5/
    );
    await grid.locator('td[data-cell="E4"]').click();
    await page.keyboard.type("99");
    await page.keyboard.press("Escape");
    await expect(grid.locator('td[data-cell="E4"]').textContent()).resolves.toBe("5");
    await page.keyboard.press("F2");
    await page.keyboard.press("End");
    await page.keyboard.type("0");
    await page.keyboard.press("Tab");
    await expect(grid.locator('td[data-cell="E4"]').textContent()).resolves.toBe("50");
    await expect(sheets(page).getByTestId("selection").textContent()).resolves.toMatch(
      /Monitoraggio!F4/
    );
    // checked again: the finding has gone
    const again = await runAction(page, check.getByRole("button", { name: "Controlla di nuovo" }));
    expect(again.text).toMatch(/Controllo completato/);
    await expect(check.locator('[data-cell="Monitoraggio!F4"]').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("at 350 px a finding's cell is brought into view, its indicator named", async () => {
    const { page } = session;
    await session.open(350);
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).waitFor();
    const check = await openView(page, "Controlla");
    await runAction(page, check.getByRole("button", { name: /^Controlla/ }));
    const finding = check.locator('[data-cell^="Indicatori!"]').first();
    await finding.click();
    const cell = (await finding.getAttribute("data-cell"))!.split("!")[1];
    const td = sheets(page).locator(`td[data-cell="${cell}"]`);
    await td.waitFor();
    const box = await td.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    await expect(sheets(page).getByTestId("selection").textContent()).resolves.toMatch(
      /Selezionata Indicatori!\w+\d+ — \S/
    );
  });

  it("the focus returns to the button that opened a dialog", async () => {
    const { page } = session;
    await session.open();
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).waitFor();
    const view = await openView(page, "Struttura");
    const rebuild = view.getByRole("button", { name: "Ricostruisci i fogli" });
    await rebuild.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(rebuild.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});

describe("axe on the new states", () => {
  it.each([1440, 350])("finds no serious violation at %i px", async (width) => {
    const { page } = session;
    await session.open(width);
    await open("monitoraggio.xlsx", await xlsxOf([MONITORING]));
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await openView(page, "Impostazioni");
    await pane(page)
      .getByRole("textbox", { name: /Soglia di «raggiunto»/ })
      .fill("abc");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
