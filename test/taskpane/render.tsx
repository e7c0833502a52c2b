/** Rendering the pane for component tests: theme, language and a fake backend. */
import * as React from "react";
import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
  type RenderResult,
} from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Root } from "../../src/taskpane/Root";
import type { ViewId } from "../../src/taskpane/strings";
import { FakeBackend } from "./fake-backend";

export async function renderPane(
  options: { backend?: FakeBackend; view?: ViewId; lang?: "it" | "en" } = {}
): Promise<RenderResult & { backend: FakeBackend }> {
  const backend = options.backend ?? new FakeBackend();
  let ready = false;
  const result = render(
    <Root lang={options.lang ?? "it"} dark={false}>
      <App
        connection={
          backend.kind === "excel" ? { kind: "excel", platform: null } : { kind: "workbench" }
        }
        backend={backend}
        initialView={options.view}
        onReady={() => (ready = true)}
      />
    </Root>
  );
  // the engine chunk loads on first use: slow on a busy machine
  await waitFor(() => expect(ready).toBe(true), { timeout: 30_000 });
  return { ...result, backend };
}

/** The visible panel of the pane. */
export function panel(): HTMLElement {
  const p = screen.getAllByRole("tabpanel").find((x) => !x.hidden);
  if (!p) throw new Error("no visible panel");
  return p;
}

/**
 * Opens a view by its tab and waits until it is shown: every view but Importa is a chunk of its
 * own, fetched when its tab is first opened.
 */
export async function openView(tab: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  return waitFor(() => {
    const p = panel();
    if (p.querySelector("[data-view]") === null) throw new Error(`${tab}: view not shown yet`);
    return p;
  });
}

/**
 * The open confirmation dialog. In jsdom, Fluent's focus manager (tabster) marks even the open
 * dialog aria-hidden a moment after it opens (it cannot see layout), so its contents are found
 * with `hidden: true`; the browser test checks the real dialog's accessibility with axe.
 */
export async function confirmation(): Promise<{
  dialog: HTMLElement;
  sheets(): string[];
  answer(name: "Sostituisci" | "Annulla"): void;
}> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  return {
    dialog,
    sheets: () => [...dialog.querySelectorAll("li")].map((li) => li.textContent ?? ""),
    answer: (name) => fireEvent.click(within(dialog).getByRole("button", { name, hidden: true })),
  };
}
