/**
 * End to end, in Debian's Chromium: the workbench's Pubblica view. The reference document is
 * imported (Importa → Crea i fogli), then Pubblica prepares the Rapporto as Word (downloaded:
 * a Word package) and the Piano as an HTML page (its preview shown in the sandboxed frame);
 * nothing leaves 127.0.0.1; axe-core finds no serious or critical violation in the view; the
 * screenshot goes to docs/images/workbench-publish.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { seedText } from "../helpers/seed";
import { openBrowser, seriousViolations, type Browser } from "./browser";
import { openView, pane, runAction } from "./pane";
import { serveStatic, type StaticServer } from "./static-server";

const DIST = path.resolve(__dirname, "../../dist");
const IMAGES = path.resolve(__dirname, "../../docs/images");

jest.setTimeout(300_000);

let server: StaticServer;
let browser: Browser;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "pira-publish-downloads-"));

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
});

it("imports the reference document into the workbench", async () => {
  const { page } = browser;
  await page.goto(`${server.url}workbench.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  const view = await openView(page, "Importa");
  await view.getByLabel("Testo del documento o piano JSON").fill(seedText());
  await view.getByRole("button", { name: "Anteprima" }).click();
  await view.getByTestId("import-preview").waitFor();
  const created = await runAction(page, view.getByRole("button", { name: "Crea i fogli" }));
  expect(created.kind).toBe("success");
});

it("Pubblica: the Rapporto as Word, downloaded", async () => {
  const { page } = browser;
  const view = await openView(page, "Pubblica");
  const made = await runAction(page, view.getByRole("button", { name: "Prepara il documento" }));
  expect(made.kind).toBe("success");
  expect(made.text).toContain("rapporto-risultati-2020.docx");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    view.getByTestId("publish-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("rapporto-risultati-2020.docx");
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain("Rapporto sui risultati 2020");
  expect(xml).toContain("<w:tblHeader/>");
});

it("Pubblica: the Piano as an HTML page, previewed; accessible; nothing leaves the computer", async () => {
  const { page } = browser;
  const view = await openView(page, "Pubblica");
  await view.getByRole("radio", { name: /^Piano degli indicatori/ }).check();
  await view.getByRole("radio", { name: "Pagina HTML (.html)" }).check();
  const made = await runAction(page, view.getByRole("button", { name: "Prepara il documento" }));
  expect(made.kind).toBe("success");
  expect(made.text).toContain("piano-indicatori-2020-2022.html");
  const frame = page.frameLocator('[data-testid="publish-preview"]');
  await expect(frame.locator("h1").textContent()).resolves.toBe(
    "Piano degli indicatori e dei risultati attesi di bilancio 2020–2022"
  );
  await expect(frame.locator("table.indicators").count()).resolves.toBeGreaterThan(10);
  await view.getByTestId("publish-preview").scrollIntoViewIfNeeded();
  await browser.page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(IMAGES, "workbench-publish.png") });
  const violations = await seriousViolations(page, 'aside[aria-label="Pannello PIRA"]');
  expect(violations).toEqual([]);
  expect(browser.blocked).toEqual([]);
  expect(browser.errors).toEqual([]);
  await expect(pane(page).getByTestId("publish-download").getAttribute("download")).resolves.toBe(
    "piano-indicatori-2020-2022.html"
  );
});
