/**
 * Debian's Chromium driven by playwright-core (docs/development.md), with every request that is not to
 * 127.0.0.1 blocked and recorded, and what the page reports: errors, console errors, CSP
 * violations (the pages forbid eval and foreign scripts: a violation would show here).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** every URL the page asked for, and those that were not to 127.0.0.1 (blocked) */
  requests: string[];
  blocked: string[];
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(downloads?: string): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pira-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1440, height: 900 },
    locale: "it-IT",
    colorScheme: "light",
    // no transitions: screenshots and timings show the settled page
    reducedMotion: "reduce",
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  // Playwright gives up on a wait after 30 s; a machine busy with other work can take longer for a
  // 10,000-indicator import while nothing is wrong. A wait still ends as soon as its condition holds.
  context.setDefaultTimeout(120_000);
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    requests,
    blocked,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page as it is (evaluated through the DevTools protocol, which the page's CSP
 * does not apply to). Returns the serious and critical violations.
 *
 * One exception, the one Microsoft's own Accessibility Insights makes
 * (accessibility-insights-web PR #7605): Fluent UI's focus manager (tabster) puts invisible
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` elements around a TabList or Toolbar
 * that hand the focus on as soon as they receive it — by design (microsoft/tabster#288,
 * microsoft/fluentui#27517) — and axe's aria-hidden-focus rule flags them. Only those nodes of
 * only that rule are left out.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe);
  if (hasAxe === "undefined") await page.evaluate(fs.readFileSync(AXE, "utf8"));
  return page.evaluate(async (selector) => {
    type Node = { target: string[]; html: string };
    type Violation = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const r = await axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ["violations"],
    });
    const tabsterDummy = (v: Violation, n: Node) =>
      v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html);
    return r.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterDummy(v, n)) }))
      .filter((v) => v.nodes.length && (v.impact === "serious" || v.impact === "critical"))
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
  }, include ?? null);
}
