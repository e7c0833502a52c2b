/**
 * The published HTML page (pira publish -o OUT.html) in Debian's Chromium: no serious or critical
 * axe-core violation, no request to any host (the page is served from 127.0.0.1 and asks for
 * nothing else), no error; for the reference document and the bundled example, both documents.
 * A screenshot of the reference document's Rapporto goes to docs/images/publish-rapporto.png.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importDocument } from "../../src/core/import";
import { buildDocument, renderHtml } from "../../src/core/publish";
import { exampleDocument } from "../../src/examples";
import { seedText } from "../helpers/seed";
import { openBrowser, seriousViolations, type Browser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

jest.setTimeout(180_000);

const IMAGES = path.resolve(__dirname, "../../docs/images");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-published-"));
let server: StaticServer;
let browser: Browser;

const plans = {
  riferimento: importDocument(seedText()).plan,
  esempio: importDocument(exampleDocument).plan,
};

beforeAll(async () => {
  for (const [name, plan] of Object.entries(plans))
    for (const kind of ["piano", "rapporto"] as const)
      fs.writeFileSync(
        path.join(dir, `${name}-${kind}.html`),
        renderHtml(buildDocument(plan, { kind, date: "2021-04-30" }))
      );
  server = await serveStatic(dir);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(plans))("%s", (name) => {
  it.each(["piano", "rapporto"])(
    "%s: axe finds no serious or critical violation; nothing is asked of another host",
    async (kind) => {
      const { page } = browser;
      const before = browser.requests.length;
      await page.goto(`${server.url}${name}-${kind}.html`);
      await page.waitForLoadState("load");
      const violations = await seriousViolations(page);
      expect({ page: `${name}-${kind}`, violations }).toEqual({
        page: `${name}-${kind}`,
        violations: [],
      });
      const asked = browser.requests.slice(before);
      expect(asked).toEqual([`${server.url}${name}-${kind}.html`]);
      expect(browser.blocked).toEqual([]);
      expect(browser.errors).toEqual([]);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("it");
      // the charts are images with a name, their data in a table
      const charts = await page.locator('svg[role="img"]').count();
      expect(charts).toBe(
        kind === "rapporto"
          ? await page.locator("caption", { hasText: "Dati del grafico" }).count()
          : 0
      );
      if (kind === "rapporto") expect(charts).toBeGreaterThan(0);
    }
  );
});

it("in print, the indicator tables' header rows repeat on every page", async () => {
  const { page } = browser;
  await page.goto(`${server.url}riferimento-rapporto.html`);
  await page.emulateMedia({ media: "print" });
  const display = await page
    .locator("table.indicators thead")
    .first()
    .evaluate((el) => getComputedStyle(el).display);
  expect(display).toBe("table-header-group");
  await page.emulateMedia({ media: "screen" });
});

it("screenshot of a page of the reference document's Rapporto (docs/images/publish-rapporto.png)", async () => {
  const { page } = browser;
  fs.mkdirSync(IMAGES, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}riferimento-rapporto.html`);
  // the Prato chamber's part: its summary line and its chart of achievement by programme
  await page.evaluate(() => {
    const h = document.getElementById("ente-cciaa-prato");
    if (h) window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 16);
  });
  await page.screenshot({ path: path.join(IMAGES, "publish-rapporto.png") });
  expect(fs.statSync(path.join(IMAGES, "publish-rapporto.png")).size).toBeGreaterThan(10_000);
});
