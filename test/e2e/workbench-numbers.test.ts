/**
 * End to end, in Debian's Chromium: what the analyst reads in the workbench's grid (issue 21
 * points 6 and 8). Calcola on their own sheet writes the computed figures in Italian number
 * formats (1.000.000,00 € beside their 1.050.000,00 €, 72,5% — not 1000000 and 0.725); the PIRA
 * workbook's column says «Polarità stimata»; a finding's cell far to the right is shown with its
 * indicator's name still in view (the frozen name column), at 1440 and 350 px, axe clean.
 * Screenshots: docs/images/workbench-computed-formats.png, workbench-frozen-name(-350).png.
 */
import * as fs from "fs";
import { xlsxOf } from "../fixtures/analyst/build";
import { MONITORING_AMOUNTS as AMOUNTS } from "../fixtures/analyst/monitoring";
import { seriousViolations } from "./browser";
import { openView, runAction, settled, sheets } from "./pane";
import { workbenchSession } from "./workbench-session";

const session = workbenchSession("numbers");

/** The text the grid shows in a cell of the sheet shown. */
function shown(address: string): Promise<string | null> {
  return sheets(session.page).locator(`td[data-cell="${address}"]`).textContent();
}

describe("computed figures in Italian number formats (issue 21 point 8)", () => {
  it("Calcola on the analyst's sheet: 1.000.000,00 €, 1.200, 72,5%, 95,2% in the grid", async () => {
    const { page } = session;
    await session.open();
    const file = session.file("monitoraggio.xlsx");
    fs.writeFileSync(file, await xlsxOf([AMOUNTS]));
    await page.getByTestId("open-xlsx").setInputFiles(file);
    await sheets(page).getByRole("tab", { name: "Monitoraggio" }).waitFor();
    await settled(page);
    const fill = await openView(page, "Calcola");
    const filled = await runAction(page, fill.getByRole("button", { name: "Calcola" }));
    expect(filled.kind).toBe("success");
    expect(filled.text).toMatch(/colonne calcolate G:L/);
    // G: Consuntivo, H: Target, I: Raggiungimento, J: Scostamento
    expect(await Promise.all(["E2", "F2", "G2", "H2", "I2", "J2"].map(shown))).toEqual([
      "1.050.000,00 €",
      "1.000.000,00 €",
      "1.000.000,00 €",
      "1.050.000,00 €",
      "95,2%",
      "-50.000,00 €",
    ]);
    expect(await Promise.all(["G3", "H3", "I3", "J3"].map(shown))).toEqual([
      "1.200",
      "1.500",
      "80,0%",
      "-300",
    ]);
    expect(await Promise.all(["G4", "H4", "I4", "J4"].map(shown))).toEqual([
      "72,5%",
      "90,0%",
      "80,6%",
      "-17,5%",
    ]);
    await sheets(page).locator('td[data-cell="J2"]').click();
    await session.screenshot("workbench-computed-formats");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the PIRA workbook says «Polarità stimata», not «Polarità dedotta»", async () => {
    const { page } = session;
    await session.open();
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).click();
    const grid = sheets(page).getByTestId("sheet-grid");
    await expect(grid.getByText("Polarità stimata", { exact: true }).count()).resolves.toBe(1);
    await expect(grid.getByText("Polarità dedotta").count()).resolves.toBe(0);
  });
});

describe("the indicator's name stays in view beside a finding far to the right (issue 21 point 6)", () => {
  it.each([1440, 350])("at %i px", async (width) => {
    const { page } = session;
    await session.open(width);
    await page.getByRole("button", { name: "Apri l'esempio" }).click();
    await sheets(page).getByRole("tab", { name: "Indicatori" }).waitFor();
    const check = await openView(page, "Controlla");
    await runAction(page, check.getByRole("button", { name: /^Controlla/ }));
    // the finding farthest to the right in Indicatori
    const targets = await check
      .locator('[data-cell^="Indicatori!"]')
      .evaluateAll((all) => all.map((b) => b.getAttribute("data-cell") as string));
    const column = (ref: string) => /!([A-Z]+)/.exec(ref)![1];
    const far = [...targets].sort(
      (a, b) => column(b).length - column(a).length || column(b).localeCompare(column(a))
    )[0];
    await check.locator(`[data-cell="${far}"]`).first().click();
    const cell = far.split("!")[1];
    const row = /\d+$/.exec(cell)![0];
    const grid = sheets(page).getByTestId("sheet-grid");
    const td = grid.locator(`td[data-cell="${cell}"]`);
    await td.waitFor();
    // the grid scrolled right: the finding's cell and the name cell of its row both in view
    const frame = (await grid.boundingBox())!;
    const name = grid.locator(`tr:has(td[data-cell="${cell}"]) td[data-frozen="true"]`);
    await expect(name.count()).resolves.toBe(1);
    expect(await name.getAttribute("data-cell")).toBe(`E${row}`);
    await expect(grid.evaluate((el) => el.scrollLeft)).resolves.toBeGreaterThan(0);
    const inView = async (l: typeof td) => {
      const box = (await l.boundingBox())!;
      return box.x >= frame.x - 1 && box.x + 20 <= frame.x + frame.width;
    };
    await expect(inView(td)).resolves.toBe(true);
    await expect(inView(name)).resolves.toBe(true);
    // the name is not covered by the cells scrolled under it: it is what is drawn at its place
    const nameBox = (await name.boundingBox())!;
    const drawn = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.getAttribute("data-cell") ?? null,
      [nameBox.x + 8, nameBox.y + nameBox.height / 2]
    );
    expect(drawn).toBe(`E${row}`);
    // and the finding's cell is not under the name column
    const tdBox = (await td.boundingBox())!;
    expect(tdBox.x).toBeGreaterThanOrEqual(nameBox.x + nameBox.width - 1);
    await session.screenshot(
      width === 1440 ? "workbench-frozen-name" : "workbench-frozen-name-350"
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});
