/** Driving the pane inside the workbench page: views, actions, notices, timings. */
import type { Locator, Page } from "playwright-core";

export function pane(page: Page): Locator {
  return page.locator('aside[aria-label="Pannello PIRA"]');
}

export function sheets(page: Page): Locator {
  return page.locator('section[aria-label="Fogli"]');
}

export async function openView(page: Page, name: string): Promise<Locator> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
  return pane(page).locator('[role="tabpanel"]:not([hidden])');
}

async function noticeSeq(page: Page): Promise<number> {
  const n = pane(page).locator("[data-seq]");
  return (await n.count()) ? Number(await n.first().getAttribute("data-seq")) : 0;
}

/** The pane's latest notice as it stands: its number and its text ("" before any). */
export async function noticeNow(page: Page): Promise<{ seq: number; text: string }> {
  const n = pane(page).locator("[data-seq]");
  if (!(await n.count())) return { seq: 0, text: "" };
  return {
    seq: Number(await n.first().getAttribute("data-seq")),
    text: (await n.first().textContent()) ?? "",
  };
}

/**
 * Waits (up to `ms`) until the pane's notice is no longer `before` — a new number or a new text (a
 * pane drawn afresh numbers its notices from 1 again) — so a step does not read the notice an
 * earlier step left; a step that shows no notice of its own goes on once the time is up.
 */
export async function noticeChanged(
  page: Page,
  before: { seq: number; text: string },
  ms = 10_000
): Promise<void> {
  await page
    .waitForFunction(
      (b) => {
        const n = document.querySelector('aside[aria-label="Pannello PIRA"] [data-seq]');
        return (
          n !== null && (Number(n.getAttribute("data-seq")) !== b.seq || n.textContent !== b.text)
        );
      },
      before,
      { timeout: ms }
    )
    .catch(() => undefined);
}

export interface ActionResult {
  kind: "success" | "warning" | "error" | "info";
  text: string;
  /** from the click (or the confirmation) to the report, in ms */
  ms: number;
  confirmed: string[] | null;
}

/**
 * Clicks an action's button, confirms the replacement of sheets when asked (returning the sheets
 * listed), and waits for the action's report.
 */
export async function runAction(
  page: Page,
  button: Locator,
  options: { timeout?: number } = {}
): Promise<ActionResult> {
  const timeout = options.timeout ?? 120_000;
  const before = await noticeSeq(page);
  let start = Date.now();
  await button.click();
  const dialog = page.getByRole("alertdialog");
  let confirmed: string[] | null = null;
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await noticeSeq(page)) > before) break;
    if (await dialog.isVisible()) {
      confirmed = await dialog.locator("li").allTextContents();
      start = Date.now();
      try {
        // short: a dialog drawn again (its surface remounted while it opens, on a busy machine)
        // detaches the button under the click; the loop then looks again, and a dialog that went
        // away unanswered ends the action with its own report, which the test then reads
        await dialog.getByRole("button", { name: "Sostituisci" }).click({ timeout: 10_000 });
      } catch (e) {
        if (Date.now() > deadline) throw e;
        continue;
      }
      await dialog.waitFor({ state: "hidden" });
      // the modal dialog hides the page from assistive technology until it has gone
      await page.waitForSelector("#root:not([aria-hidden])");
      continue;
    }
    if (Date.now() > deadline) throw new Error("the action reported nothing in time");
    await page.waitForTimeout(20);
  }
  const ms = Date.now() - start;
  const notice = pane(page).locator("[data-seq]").first();
  const id = (await notice.getAttribute("data-testid")) ?? "";
  return {
    kind: id.replace("notice-", "") as ActionResult["kind"],
    text: (await notice.textContent()) ?? "",
    ms,
    confirmed,
  };
}

/**
 * Waits until the action the pane runs on its own (after a file is opened: Trova la tabella or
 * Controlla) has reported; returns its notice's text.
 */
export async function settled(page: Page): Promise<string> {
  const p = pane(page);
  await p.locator("[data-seq]").first().waitFor({ timeout: 60_000 });
  await page.waitForSelector('main[aria-busy="false"]');
  return (await p.locator("[data-seq]").first().textContent()) ?? "";
}
