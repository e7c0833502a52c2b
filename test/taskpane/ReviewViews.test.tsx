/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { writePlanJson } from "../../src/core/plan";
import { referenceDocumentPlan, referenceWorkbook } from "./fixtures";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Root } from "../../src/taskpane/Root";
import type { ViewId } from "../../src/taskpane/strings";
import type { FakeBackend } from "./fake-backend";
import { panel } from "./render";

/** The pane on a fake workbook, waiting for it to be ready as long as a busy machine needs. */
async function renderPane(options: { backend: FakeBackend; view: ViewId }): Promise<void> {
  let ready = false;
  render(
    <Root lang="it" dark={false}>
      <App
        connection={{ kind: "workbench" }}
        backend={options.backend}
        initialView={options.view}
        onReady={() => (ready = true)}
      />
    </Root>
  );
  await waitFor(() => expect(ready).toBe(true), { timeout: 30_000 });
}

Object.assign(globalThis, { TextEncoder, TextDecoder });
// jsdom resolves uuid (which ExcelJS requires) to its ES-module browser build: the CommonJS one
jest.mock("uuid", () =>
  jest.requireActual(require("path").resolve(__dirname, "../../node_modules/uuid/dist/index.js"))
);
jest.setTimeout(60_000);
const SLOW = { timeout: 30_000 };

function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(blob);
  });
}

// the engine and review chunks loaded once, before the pane waits for them (a busy machine)
beforeAll(async () => {
  await (await import("../../src/taskpane/load-engine")).loadEngine();
  await (await import("../../src/taskpane/load-review")).loadReview();
});

let made: Blob[];
beforeEach(() => {
  made = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    made.push(b);
    return `blob:pira/${made.length}`;
  });
  URL.revokeObjectURL = jest.fn();
});

describe("Nuovo anno", () => {
  it("offers the next triennium's plan for download, with the points to look at", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "rollover" });
    fireEvent.click(within(panel()).getByRole("radio", { name: "Piano JSON (.json)" }));
    fireEvent.click(within(panel()).getByRole("button", { name: "Prepara il nuovo anno" }));
    await screen.findByText(/^Pronto il piano del triennio 2021-2023/, {}, SLOW);
    const link = within(panel()).getByRole("link", { name: "Scarica piano-2021-2023.json" });
    const plan = JSON.parse(
      await textOf(made[Number(link.getAttribute("href")!.split("/")[1]) - 1])
    );
    expect(plan.firstYear).toBe(2021);
    expect(plan.indicators).toHaveLength(87);
    expect(plan.indicators[0].baseline).toMatchObject({ date: "2020-12-31" });
    expect(within(panel()).getByTestId("rollover-notes").textContent).toContain("2023");
    // nothing written to the open workbook
    expect(backend.applied).toEqual([]);
  });
});

describe("Confronta", () => {
  it("lists the changes against a chosen older version, selects a cell, writes the sheet", async () => {
    const backend = referenceWorkbook();
    await renderPane({ backend, view: "compare" });
    // the older version: the same plan with a higher 2021 target for one indicator
    const old = referenceDocumentPlan();
    const ind = old.indicators.find((i) => i.name === "Attrattività eventi realizzati")!;
    ind.targets["2021"] = { raw: "20.000", kind: "number", value: 20000 };
    old.indicators.reverse();
    const file = new File([writePlanJson(old)], "piano-precedente.json", {
      type: "application/json",
    });
    fireEvent.change(within(panel()).getByTestId("compare-file"), { target: { files: [file] } });
    await within(panel()).findByText("File scelto: piano-precedente.json");
    fireEvent.click(within(panel()).getByRole("button", { name: "Confronta" }));
    await screen.findByText("1 modifica, 1 segnalata.", {}, SLOW);
    const list = within(panel()).getByTestId("compare-changes");
    expect(list.textContent).toContain("Attrattività eventi realizzati");
    expect(list.textContent).toContain("target meno ambizioso");
    fireEvent.click(within(list).getByRole("button", { name: /Attrattività eventi realizzati/ }));
    await waitFor(() => expect(backend.selections).toHaveLength(1));
    expect(backend.selections[0].sheet).toBe("Indicatori");
    fireEvent.click(within(panel()).getByRole("button", { name: "Scrivi il confronto" }));
    await screen.findByText(/^Scritto il foglio «Confronto»/, {}, SLOW);
    expect(backend.applied.at(-1)?.sheets).toEqual(["Confronto", "Elenchi confronto"]);
  });
});
