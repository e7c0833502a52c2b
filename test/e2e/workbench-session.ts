/**
 * One workbench session for an end-to-end test file: the built dist/ checked, served on
 * 127.0.0.1, Debian's Chromium open on it (browser.ts), a temporary folder for the files the test
 * writes and the browser downloads, screenshots into docs/images. Call `workbenchSession()` at the
 * top of the file: it registers the beforeAll/afterAll that start and close everything, and the
 * files' 300 s timeout. `PIRA_DIST` runs a file against another build (the old one, to see it fail).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { openBrowser, type Browser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

export const DIST = process.env.PIRA_DIST ?? path.resolve(__dirname, "../../dist");
export const IMAGES = path.resolve(__dirname, "../../docs/images");

/** The pane's viewport heights: a narrow pane (350 px) is a laptop's side panel. */
const height = (width: number): number => (width < 900 ? 800 : 900);

export interface WorkbenchSession {
  readonly browser: Browser;
  readonly page: Page;
  readonly server: StaticServer;
  /** the temporary folder: files the test writes, the browser's downloads */
  readonly dir: string;
  /** a path inside `dir` */
  file(name: string): string;
  /** loads workbench.html afresh at that width (default 1440 px) and waits until it is ready */
  open(width?: number): Promise<void>;
  /** the page as it is, the mouse out of the way, as docs/images/NAME.png */
  screenshot(name: string): Promise<void>;
}

export function workbenchSession(name: string): WorkbenchSession {
  jest.setTimeout(300_000);
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "workbench.html")))
      throw new Error("dist/workbench.html is missing: run `npm run build` first (npm test does)");
    fs.mkdirSync(IMAGES, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `pira-${name}-`));
    server = await serveStatic(DIST);
    browser = await openBrowser(dir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`workbench session: no ${what} outside the tests`);
    return x;
  };

  const session: WorkbenchSession = {
    get browser() {
      return started(browser, "browser");
    },
    get page() {
      return started(browser, "browser").page;
    },
    get server() {
      return started(server, "server");
    },
    get dir() {
      return started(dir, "folder");
    },
    file: (file) => path.join(session.dir, file),
    async open(width = 1440) {
      const { page } = session;
      await page.setViewportSize({ width, height: height(width) });
      await page.goto(`${session.server.url}workbench.html`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    },
    async screenshot(image) {
      await session.page.mouse.move(0, 0);
      await session.page.screenshot({ path: path.join(IMAGES, `${image}.png`) });
    },
  };
  return session;
}
