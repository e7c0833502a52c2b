/* The task pane's entry: waits for Office (or finds it absent), then renders the app over Excel. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App, type Connection } from "./App";
import { detectLang, officeLanguage } from "./i18n";
import { OfficeBackend } from "./office-backend";
import { Root } from "./Root";
import { officeThemeIsDark } from "./theme";

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
  const lang = detectLang(officeLanguage(), navigator.language);
  document.documentElement.lang = lang;
  const backend = connection.kind === "excel" ? new OfficeBackend() : null;
  root.render(
    <React.StrictMode>
      <Root lang={lang} dark={officeThemeIsDark() ?? false}>
        <App connection={connection} backend={backend} />
      </Root>
    </React.StrictMode>
  );
});
