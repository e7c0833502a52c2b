/* The workbench's entry: the task pane over an in-browser workbook, no Excel needed. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { detectLang } from "../taskpane/i18n";
import { Root } from "../taskpane/Root";
import { usePrefersDark } from "../taskpane/theme";
import { Workbench } from "./Workbench";
import { XlsxBackend } from "../adapters/xlsx/memory-backend";

/** Marks the moment the pane can be used (measured by the end-to-end test). */
function ready(): void {
  if (document.documentElement.dataset.ready) return;
  document.documentElement.dataset.ready = "true";
  performance.mark("pira-interactive");
}

function Page(props: { backend: XlsxBackend }): React.JSX.Element {
  const lang = detectLang(navigator.language);
  const dark = usePrefersDark();
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <Root lang={lang} dark={dark}>
      <Workbench backend={props.backend} onReady={ready} />
    </Root>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("workbench.html has no #root element");
createRoot(container).render(
  <React.StrictMode>
    <Page backend={new XlsxBackend()} />
  </React.StrictMode>
);
