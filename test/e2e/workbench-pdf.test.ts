/**
 * End to end, in Chromium: the pane's Import (in the workbench) takes a published PDF — the
 * «schede» layout of test/fixtures/pdf/documents.ts printed by LibreOffice Writer — and shows the
 * preview (pdf.js and the table reader fetched as chunks only now); Crea i fogli writes the plan.
 * A screenshot goes to docs/images/workbench-import-pdf.png.
 */
import * as fs from "fs";
import { wordToPdf } from "../../src/cli/pdf";
import { LAYOUTS, layoutDocx } from "../fixtures/pdf/documents";
import { hasSoffice } from "../helpers/libreoffice";
import { seriousViolations } from "./browser";
import { openView, runAction, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("pdf-e2e");

(hasSoffice ? it : it.skip)(
  "Importa takes a published PDF: preview, then Crea i fogli",
  async () => {
    const layout = LAYOUTS.find((l) => l.name === "schede");
    if (!layout) throw new Error("no layout");
    const pdf = await wordToPdf("soffice", await layoutDocx(layout));
    if (!pdf.ok) throw new Error(pdf.reason.en);
    const file = session.file("piano-2024.pdf");
    fs.writeFileSync(file, pdf.pdf);

    const { page } = session;
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await session.open();
    expect(fetched.some((u) => /pdfjs/.test(u))).toBe(false);

    const view = await openView(page, "Importa");
    await view.getByTestId("import-file").setInputFiles(file);
    const card = view.getByTestId("import-preview");
    await card.waitFor({ timeout: 120_000 });
    expect(fetched.some((u) => /pdfjs/.test(u))).toBe(true);
    const count = async (key: string) =>
      (await card.locator(`[data-count="${key}"] span`).first().textContent()) ?? "";
    await expect(count("programmes")).resolves.toBe("2");
    await expect(count("indicators")).resolves.toBe("8");
    await page.mouse.move(0, 0);
    await session.screenshot("workbench-import-pdf");
    await expect(seriousViolations(page)).resolves.toEqual([]);

    const created = await runAction(page, view.getByRole("button", { name: "Crea i fogli" }));
    expect(created.kind).toBe("success");
    expect(created.text).toContain("8 indicatori");
    const tabs = await sheets(page)
      .getByRole("tab")
      .evaluateAll((all) => all.map((tab) => tab.getAttribute("data-sheet")));
    expect(tabs).toEqual(expect.arrayContaining(["Programmi", "Indicatori"]));
  }
);
