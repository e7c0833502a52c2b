/* The task pane's entry: waits for Office (or finds it absent), then renders the app. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type Connection } from "./App";

/**
 * Where the pane runs. office.js resolves Office.onReady at once with host null outside Office;
 * if office.js did not load at all (no network to the CDN), Office is undefined.
 */
async function detectConnection(): Promise<Connection> {
  if (typeof Office === "undefined") return { kind: "no-office" };
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel)
    return { kind: "excel", platform: info.platform ? String(info.platform) : null };
  return { kind: "outside", host: info.host ? String(info.host) : null };
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

void detectConnection().then((connection) => {
  root.render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App connection={connection} />
      </FluentProvider>
    </React.StrictMode>
  );
});
