/**
 * End to end, in Debian's Chromium: the workbench's Pubblica view. The reference document is
 * imported (Importa → Crea i fogli), then Pubblica prepares the Rapporto as Word (downloaded:
 * a Word package) and the Piano as an HTML page (its preview shown in the sandboxed frame);
 * nothing leaves 127.0.0.1; axe-core finds no serious or critical violation in the view; the
 * screenshot goes to docs/images/workbench-publish.png.
 */
import * as fs from "fs";
import JSZip from "jszip";
import { seedText } from "../helpers/seed";
import { seriousViolations } from "./browser";
import { openView, pane, runAction } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("publish");

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

it("Pubblica: the Rapporto as Word, downloaded", async () => {
  const { page } = session;
  const view = await openView(page, "Pubblica");
  const made = await runAction(page, view.getByRole("button", { name: "Prepara il documento" }));
  expect(made.kind).toBe("success");
  expect(made.text).toContain("rapporto-risultati-2020.docx");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    view.getByTestId("publish-download").click(),
  ]);
  expect(download.suggestedFilename()).toBe("rapporto-risultati-2020.docx");
  const file = session.file(download.suggestedFilename());
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain("Rapporto sui risultati 2020");
  expect(xml).toContain("<w:tblHeader/>");
});

it("Pubblica: the Piano as an HTML page, previewed; accessible; nothing leaves the computer", async () => {
  const { page } = session;
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
  await session.page.mouse.move(0, 0);
  await session.screenshot("workbench-publish");
  const violations = await seriousViolations(page, 'aside[aria-label="Pannello PIRA"]');
  expect(violations).toEqual([]);
  expect(session.browser.blocked).toEqual([]);
  expect(session.browser.errors).toEqual([]);
  await expect(pane(page).getByTestId("publish-download").getAttribute("download")).resolves.toBe(
    "piano-indicatori-2020-2022.html"
  );
});
