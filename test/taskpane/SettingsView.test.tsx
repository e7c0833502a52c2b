/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_THRESHOLDS } from "../../src/core/performance";
import { DEFAULT_THRESHOLDS as PANE_THRESHOLDS } from "../../src/app/settings";
import { readStoredSettings } from "../../src/app/settings-store";
import { SHEETS } from "../../src/workbook/columns/names";
import { referenceWorkbook } from "./fixtures";
import { openView, panel, renderPane } from "./render";

const field = (label: string) => within(panel()).getByLabelText(label) as HTMLInputElement;
const LOW = "Soglia di «parzialmente raggiunto» (%)";
const HIGH = "Soglia di «raggiunto» (%)";

describe("Settings view", () => {
  it("starts from the core's thresholds", () => {
    expect(PANE_THRESHOLDS).toEqual(DEFAULT_THRESHOLDS);
  });

  it("reads the settings stored in the workbook", async () => {
    const backend = referenceWorkbook("workbench", {
      thresholds: { low: 0.5, high: 0.8 },
      formulas: "values",
      disabledRules: ["W008", "duplicates"],
    });
    await renderPane({ backend, view: "settings" });
    expect(field(LOW).value).toBe("50");
    expect(field(HIGH).value).toBe("80");
    expect(
      (within(panel()).getByRole("radio", { name: /Solo valori/ }) as HTMLInputElement).checked
    ).toBe(true);
    const rule = async (code: string) =>
      (await within(panel()).findByRole("checkbox", {
        name: new RegExp(`^${code} `),
      })) as HTMLInputElement;
    expect((await rule("PIRA-W008")).checked).toBe(false);
    expect((await rule("PIRA-E001")).checked).toBe(true);
    // a family switches off all of its rules
    const duplicates = within(panel())
      .getAllByRole("checkbox")
      .filter((c) => /PIRA-[EWI]07\d/.test(c.parentElement?.textContent ?? ""));
    expect(duplicates.length).toBeGreaterThan(0);
    expect(duplicates.every((c) => !(c as HTMLInputElement).checked)).toBe(true);
  });

  it("refuses thresholds out of order and says why", async () => {
    await renderPane({ backend: referenceWorkbook(), view: "settings" });
    fireEvent.change(field(HIGH), { target: { value: "60" } });
    expect(within(panel()).getByText(/deve essere maggiore/)).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Salva" }).hasAttribute("disabled")).toBe(
      true
    );
  });

  it("saves into the Piano table's cells, where a new read finds them", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "settings" });
    fireEvent.change(field(LOW), { target: { value: "75" } });
    fireEvent.change(field(HIGH), { target: { value: "95" } });
    fireEvent.click(within(panel()).getByRole("radio", { name: /Funzioni PIRA/ }));
    fireEvent.click(await within(panel()).findByRole("checkbox", { name: /^PIRA-W008 / }));
    fireEvent.click(within(panel()).getByRole("button", { name: "Salva" }));
    await screen.findByText(/salvate nella tabella Piano/);
    expect(backend.applied).toEqual([]); // no sheet replaced: four cells written
    expect(backend.patches[0].sheet).toBe(SHEETS.plan);
    expect(await readStoredSettings(backend)).toEqual({
      thresholds: { low: 0.75, high: 0.95 },
      formulas: "pira",
      disabledRules: ["PIRA-W008"],
    });
  });

  it("keeps settings in the pane until the sheets exist, then writes them with the plan", async () => {
    const { backend } = await renderPane({ view: "settings" });
    fireEvent.change(field(LOW), { target: { value: "60" } });
    fireEvent.click(within(panel()).getByRole("button", { name: "Salva" }));
    await screen.findByText(/in uso nel pannello/);
    await openView("Nuovo");
    fireEvent.click(within(panel()).getByRole("button", { name: "Crea il piano" }));
    await screen.findByText(/Creato il piano/);
    await waitFor(async () =>
      expect((await readStoredSettings(backend))?.thresholds).toEqual({ low: 0.6, high: 0.9 })
    );
  });
});
