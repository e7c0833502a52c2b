/**
 * End to end, in Debian's Chromium: the workbench (dist/workbench.html, built by `npm test`
 * before jest) served on 127.0.0.1. Imports the reference document, creates the sheets, rebuilds
 * them, fills, validates (a click on a finding selects its cell in the sheet view), summarises
 * and downloads the workbook; the numbers shown are the core's; no request leaves 127.0.0.1;
 * axe-core finds no serious or critical violation in any view; screenshots go to docs/images/.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Decimal from "decimal.js";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { importDocument } from "../../src/core/import";
import { exampleDocument } from "../../src/examples";
import { DEFAULT_THRESHOLDS, roundPercent } from "../../src/core/performance";
import { validatePlan } from "../../src/core/validation";
import { layout } from "../../src/workbook/write/layout";
import { read } from "../../src/workbook/read/read";
import { tablesOfSpec } from "../../src/workbook/read/spec-tables";
import { summary } from "../../src/workbook/write/summary";
import { seedText } from "../helpers/seed";
import { openBrowser, seriousViolations, type Browser } from "./browser";
import { openView, pane, runAction, sheets } from "./pane";
import { serveStatic, type StaticServer } from "./static-server";
import { workbookTables } from "../helpers/exceljs-reading";

const DIST = path.resolve(__dirname, "../../dist");
const IMAGES = path.resolve(__dirname, "../../docs/images");

jest.setTimeout(300_000);

const thresholds = { low: DEFAULT_THRESHOLDS.low, high: DEFAULT_THRESHOLDS.high };
const it_ = (n: number) => n.toLocaleString("it-IT");
const mean = (m: number | null) => (m === null ? "—" : `${roundPercent(new Decimal(m))}%`);

let server: StaticServer;
let browser: Browser;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "pira-downloads-"));
const timings: Record<string, number> = {};

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "workbench.html")))
    throw new Error("dist/workbench.html is missing: run `npm run build` first (npm test does)");
  fs.mkdirSync(IMAGES, { recursive: true });
  server = await serveStatic(DIST);
  browser = await openBrowser(downloads);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(downloads, { recursive: true, force: true });
  // the figures the README reports
  console.log(`workbench timings (ms), reference document:\n${JSON.stringify(timings, null, 2)}`);
});

async function screenshot(name: string): Promise<void> {
  await browser.page.mouse.move(0, 0); // no hover effects in the pictures
  await browser.page.screenshot({ path: path.join(IMAGES, `${name}.png`) });
}

async function expectAccessible(view: string): Promise<void> {
  const violations = await seriousViolations(browser.page);
  expect({ view, violations }).toEqual({ view, violations: [] });
}

describe("workbench, on the reference document", () => {
  const { plan, report } = importDocument(seedText());
  // the plan as the pane reads it back from the sheets it made
  const readBack = read(tablesOfSpec(layout(plan, { formulas: "native", thresholds }))).plan;

  it("loads without Excel, offline, and becomes interactive", async () => {
    const { page } = browser;
    await page.goto(`${server.url}workbench.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    timings.loadToInteractive = Math.round(
      await page.evaluate(() => performance.getEntriesByName("pira-interactive")[0].startTime)
    );
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("it");
    await expect(sheets(page).textContent()).resolves.toMatch(/La cartella è vuota/);
    await openView(page, "Nuovo");
    await screenshot("workbench-new-plan");
    await expectAccessible("newPlan");
  });

  it("imports the reference document: the preview counts are the importer's", async () => {
    const { page } = browser;
    const view = await openView(page, "Importa");
    await view.getByLabel("Testo del documento o piano JSON").fill(seedText());
    const preview = await runPreview(view);
    timings.preview = preview;
    const card = view.getByTestId("import-preview");
    const count = async (key: string) =>
      (await card.locator(`[data-count="${key}"] span`).first().textContent()) ?? "";
    await expect(count("entities")).resolves.toBe(it_(report.counts.entities));
    await expect(count("programmes")).resolves.toBe(it_(report.counts.programmes));
    await expect(count("indicators")).resolves.toBe(it_(report.counts.indicators));
    await expect(count("notUnderstood")).resolves.toBe(it_(report.counts.notUnderstood));
    await card.getByRole("button", { name: /^Righe non comprese/ }).click();
    await screenshot("workbench-import");
    await expectAccessible("import");

    const created = await runAction(page, view.getByRole("button", { name: "Crea i fogli" }));
    expect(created.kind).toBe("success");
    expect(created.confirmed).toBeNull(); // an empty workbook: nothing to replace
    expect(created.text).toContain(`${report.counts.indicators} indicatori`);
    timings.createSheets = created.ms;
    const tabs = await sheets(page)
      .getByRole("tab")
      .evaluateAll((all) => all.map((tab) => tab.getAttribute("data-sheet")));
    expect(tabs.slice(0, 3)).toEqual(["Piano", "Programmi", "Indicatori"]);
  });

  async function runPreview(view: ReturnType<typeof pane>): Promise<number> {
    const start = Date.now();
    await view.getByRole("button", { name: "Anteprima" }).click();
    await view.getByTestId("import-preview").waitFor();
    return Date.now() - start;
  }

  it("rebuilds the generated sheets after confirming their replacement", async () => {
    const { page } = browser;
    const view = await openView(page, "Struttura");
    await view.getByRole("button", { name: "Ricostruisci i fogli" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.locator("li").allTextContents()).resolves.toContain("Riepilogo");
    await screenshot("workbench-confirm");
    await expectAccessible("confirm");
    await dialog.getByRole("button", { name: "Annulla" }).click();
    await expect(pane(page).getByTestId("notice-info").textContent()).resolves.toMatch(/Annullato/);

    const rebuilt = await runAction(
      page,
      view.getByRole("button", { name: "Ricostruisci i fogli" })
    );
    expect(rebuilt.kind).toBe("success");
    expect(rebuilt.confirmed).toContain("Riepilogo");
    timings.structure = rebuilt.ms;
    await screenshot("workbench-structure");
    await expectAccessible("structure");
  });

  it("fills the computed columns", async () => {
    const { page } = browser;
    const view = await openView(page, "Calcola");
    await expect(view.getByRole("radio", { name: /Formule di Excel/ }).isChecked()).resolves.toBe(
      true
    );
    const filled = await runAction(page, view.getByRole("button", { name: "Calcola" }));
    expect(filled.kind).toBe("success");
    expect(filled.text).toContain(`${plan.indicators.length} righe di Indicatori`);
    timings.fill = filled.ms;
    await sheets(page).getByRole("tab", { name: "Indicatori", exact: true }).click();
    const grid = sheets(page).getByTestId("sheet-grid");
    // the computed columns, at the right of the table
    await grid.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect(
      grid.locator("td", { hasText: "Calcolato: Raggiungimento" }).count()
    ).resolves.toBe(1);
    await screenshot("workbench-fill");
    await expectAccessible("fill");
  });

  it("validates: the counts are the core's, a click selects the finding's cell", async () => {
    const { page } = browser;
    const view = await openView(page, "Controlla");
    const checked = await runAction(page, view.getByRole("button", { name: "Controlla" }));
    expect(checked.kind).toBe("success");
    timings.validate = checked.ms;
    const core = validatePlan(readBack, { thresholds });
    const counts = pane(page).getByTestId("counts");
    for (const severity of ["error", "warning", "info"] as const)
      await expect(counts.locator(`[data-severity="${severity}"]`).textContent()).resolves.toBe(
        String(core.counts[severity])
      );

    const finding = view.locator("button[data-cell]").first();
    const where = (await finding.getAttribute("data-cell")) as string;
    const [sheet, cell] = where.split("!");
    await finding.click();
    const grid = sheets(page).getByTestId("sheet-grid");
    await expect(grid.getAttribute("data-sheet")).resolves.toBe(sheet);
    const selected = grid.locator('td[data-selected="true"]');
    await expect(selected.getAttribute("data-cell")).resolves.toBe(cell);
    // brought into view
    const box = await selected.boundingBox();
    const area = await grid.boundingBox();
    expect(box && area).toBeTruthy();
    if (box && area) {
      expect(box.y).toBeGreaterThanOrEqual(area.y);
      expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.x).toBeLessThanOrEqual(area.x + area.width);
    }
    await expect(finding.getAttribute("aria-current")).resolves.toBe("true");
    await screenshot("workbench-validate");
    // the pane alone, as it looks beside a workbook in Excel
    await pane(page).screenshot({ path: path.join(IMAGES, "taskpane-validate.png") });
    await expectAccessible("validate");
  });

  it("summarises: every row shown is the core's summary, written to Riepilogo", async () => {
    const { page } = browser;
    const view = await openView(page, "Riepilogo");
    const done = await runAction(page, view.getByRole("button", { name: "Aggiorna il riepilogo" }));
    expect(done.kind).toBe("success");
    expect(done.confirmed).toEqual(["Riepilogo"]);
    timings.summary = done.ms;
    const expected = summary(readBack, thresholds);
    // the core's summary of the imported plan itself is the same
    expect(summary(plan, thresholds)).toEqual(expected);
    const rows = view.locator("tr[data-level]");
    await expect(rows.count()).resolves.toBe(expected.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        level: tr.getAttribute("data-level"),
        code: tr.getAttribute("data-code"),
        cells: Object.fromEntries(
          [...tr.querySelectorAll("td[data-col]")].map((td) => [
            td.getAttribute("data-col"),
            td.textContent,
          ])
        ),
      }))
    );
    expect(shown).toEqual(
      expected.map((r) => ({
        level: r.level,
        code: r.code,
        cells: {
          indicators: it_(r.indicators),
          achieved: it_(r.achieved),
          partly: it_(r.partly),
          notAchieved: it_(r.notAchieved),
          mean: mean(r.meanAchievement),
        },
      }))
    );
    await sheets(page).getByRole("tab", { name: "Riepilogo", exact: true }).click();
    await screenshot("workbench-summary");
    await expectAccessible("summary");
  });

  it("shows the settings", async () => {
    const { page } = browser;
    const view = await openView(page, "Impostazioni");
    await expect(view.getByLabel("Soglia di «raggiunto» (%)").inputValue()).resolves.toBe("90");
    await view.getByRole("checkbox").first().waitFor();
    await screenshot("workbench-settings");
    await expectAccessible("settings");
  });

  it("follows the system's dark theme", async () => {
    const { page } = browser;
    await openView(page, "Controlla");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(
      () => getComputedStyle(document.body).backgroundColor !== "rgb(255, 255, 255)"
    );
    await pane(page).screenshot({ path: path.join(IMAGES, "taskpane-dark.png") });
    await expectAccessible("dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("downloads a workbook that reads back as the same plan", async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Scarica .xlsx" }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const loaded = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
    if (!loaded.ok) throw new Error(loaded.reason.en);
    const back = read(workbookTables(loaded.workbook));
    expect(back.plan.indicators.map((i) => i.id)).toEqual(plan.indicators.map((i) => i.id));
    expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("opens the bundled example in place of the workbook, after confirmation", async () => {
    const { page } = browser;
    const example = importDocument(exampleDocument).plan;
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Sostituisci" }).click();
    const notice = sheets(page).getByText(/^Aperto l'esempio/);
    await expect(notice.textContent()).resolves.toBe(
      `Aperto l'esempio: ${example.programmes.length} programmi, ${example.indicators.length} indicatori.`
    );
    // a fresh pane over the new workbook: no counts from the previous check
    await expect(pane(page).getByTestId("counts").count()).resolves.toBe(0);
    await page.waitForSelector("#root:not([aria-hidden])");
    await expectAccessible("example");
  });

  it("sent no request outside 127.0.0.1 and met no error or CSP violation", () => {
    expect(browser.blocked).toEqual([]);
    expect(browser.requests.every((u) => new URL(u).hostname === "127.0.0.1")).toBe(true);
    expect(browser.errors).toEqual([]);
  });
});

describe("task pane page outside Excel", () => {
  it("says it is outside Excel instead of waiting for it, and points to the workbench", async () => {
    const b = await openBrowser();
    try {
      await b.page.setViewportSize({ width: 360, height: 640 });
      await b.page.goto(`${server.url}taskpane.html`);
      // office.js comes from the Office CDN, which this test blocks: the pane must still answer
      await b.page.getByText("Fuori da Excel", { exact: true }).waitFor({ timeout: 15_000 });
      await expect(b.page.getByRole("link", { name: "workbench.html" }).count()).resolves.toBe(1);
      await b.page.screenshot({ path: path.join(IMAGES, "taskpane-outside-excel.png") });
      expect(await seriousViolations(b.page)).toEqual([]);
      expect(b.blocked).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      expect(b.errors.filter((e) => /CSP|pageerror/.test(e))).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
