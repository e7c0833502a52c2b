/**
 * The workbench on a 10 000-indicator plan (1 000 programmes), in Debian's Chromium: every action
 * completes and reports, and the time each takes is printed (the README's performance table).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writePlanJson } from "../../src/core/plan";
import { bigPlan } from "../fixtures/plans";
import { openBrowser, type Browser } from "./browser";
import { openView, pane, runAction } from "./pane";
import { serveStatic, type StaticServer } from "./static-server";

const DIST = path.resolve(__dirname, "../../dist");
const INDICATORS = 10_000;

jest.setTimeout(900_000);

let server: StaticServer;
let browser: Browser;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pira-10k-"));
const timings: Record<string, number> = {};

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "workbench.html")))
    throw new Error("dist/workbench.html is missing: run `npm run build` first (npm test does)");
  server = await serveStatic(DIST);
  browser = await openBrowser(work);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `workbench timings (ms), ${INDICATORS} indicators:\n${JSON.stringify(timings, null, 2)}`
  );
});

it(`runs every action on a ${INDICATORS}-indicator plan`, async () => {
  const { page } = browser;
  const plan = bigPlan(INDICATORS);
  const file = path.join(work, "plan-10k.json");
  fs.writeFileSync(file, writePlanJson(plan));
  await page.goto(`${server.url}workbench.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });

  const view = await openView(page, "Importa");
  await view.getByTestId("import-file").setInputFiles(file);
  await pane(page).getByTestId("notice-info").waitFor();
  let start = Date.now();
  await view.getByRole("button", { name: "Anteprima" }).click();
  await view.getByTestId("import-preview").waitFor({ timeout: 120_000 });
  timings.preview = Date.now() - start;
  await expect(view.locator('[data-count="indicators"] span').first().textContent()).resolves.toBe(
    INDICATORS.toLocaleString("it-IT")
  );

  const steps: [string, string, string][] = [
    ["createSheets", "Importa", "Crea i fogli"],
    ["structure", "Struttura", "Ricostruisci i fogli"],
    ["fill", "Calcola", "Calcola"],
    ["validate", "Controlla", "Controlla"],
    ["summary", "Riepilogo", "Aggiorna il riepilogo"],
  ];
  for (const [key, tab, button] of steps) {
    const v = await openView(page, tab);
    const r = await runAction(page, v.getByRole("button", { name: button, exact: true }), {
      timeout: 600_000,
    });
    expect({ key, kind: r.kind, text: r.text }).toMatchObject({ key, kind: "success" });
    timings[key] = r.ms;
  }

  start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 600_000 }),
    page.getByRole("button", { name: "Scarica .xlsx" }).click(),
  ]);
  await download.saveAs(path.join(work, "plan-10k.xlsx"));
  timings.download = Date.now() - start;
  expect(fs.statSync(path.join(work, "plan-10k.xlsx")).size).toBeGreaterThan(100_000);
  expect(browser.blocked).toEqual([]);
  expect(browser.errors).toEqual([]);
});
