/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { detectLang } from "../../src/taskpane/i18n";
import { Root } from "../../src/taskpane/Root";
import { luminance } from "../../src/taskpane/theme";
import { FakeBackend } from "./fake-backend";
import { panel, renderPane } from "./render";

describe("the pane", () => {
  it("says it is outside Excel (naming the host) and points to the workbench", () => {
    render(
      <Root lang="it" dark={false}>
        <App connection={{ kind: "outside", host: "Word" }} backend={null} />
      </Root>
    );
    expect(screen.getByText("Fuori da Excel")).toBeTruthy();
    expect(screen.getByText(/aperto in Word, non in Excel/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "workbench.html" }).getAttribute("href")).toBe(
      "workbench.html"
    );
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    await renderPane({ lang: "en", view: "import" });
    expect(screen.getByRole("tab", { name: "Import" })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Preview" })).toBeTruthy();
    expect(screen.getByText("Workbench")).toBeTruthy();
  });

  it("picks Italian first, English for any other language", () => {
    expect(detectLang("it-IT")).toBe("it");
    expect(detectLang(null, "en-US")).toBe("en");
    expect(detectLang("fr-FR")).toBe("en");
    expect(detectLang(null, undefined)).toBe("it");
    expect(detectLang("", "it")).toBe("it");
  });

  it("tells a dark Office theme from a light one", () => {
    expect(luminance("#1f1f1f")).toBeLessThan(0.25);
    expect(luminance("#ffffff")).toBeGreaterThan(0.9);
    expect(luminance("not a colour")).toBeNull();
  });

  it("turns an Office error into a message that says what to do", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const backend = new FakeBackend("excel");
    backend.readTables = () =>
      Promise.reject(
        Object.assign(new Error("Cell edit mode"), { code: "InvalidOperationInCellEditMode" })
      );
    await renderPane({ backend, view: "fill" });
    fireEvent.click(within(panel()).getByRole("button", { name: "Calcola" }));
    const bar = await screen.findByTestId("notice-error");
    expect(bar.textContent).toMatch(/Errore imprevisto: Cell edit mode/);
    expect(bar.textContent).toMatch(/Uscire dalla modifica della cella/);
    fireEvent.click(within(bar).getByRole("button", { name: "Chiudi il messaggio" }));
    expect(screen.queryByTestId("notice-error")).toBeNull();
    quiet.mockRestore();
  });
});
