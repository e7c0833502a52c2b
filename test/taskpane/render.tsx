/** Rendering the pane for component tests: theme, language and a fake backend. */
import * as React from "react";
import { render, screen, waitFor, type RenderResult } from "@testing-library/react";
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
  await waitFor(() => expect(ready).toBe(true));
  return { ...result, backend };
}

/** The visible panel of the pane. */
export function panel(): HTMLElement {
  const p = screen.getAllByRole("tabpanel").find((x) => !x.hidden);
  if (!p) throw new Error("no visible panel");
  return p;
}
