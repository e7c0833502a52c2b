/**
 * The workbench page: the task pane (the same App as in Excel) over an in-browser workbook, the
 * workbook's sheets as tables beside it, and the file actions a browser needs: open the bundled
 * example or an .xlsx, download the result.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle1,
  Toolbar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  BookOpenRegular,
  DismissRegular,
  FolderOpenRegular,
} from "@fluentui/react-icons";
import { prepareCreate } from "../app/create";
import { previewImport } from "../app/import";
import { defaultSettings } from "../app/settings";
import { readPiraTables } from "../app/workbook";
import { exampleDocument } from "../examples";
import { App } from "../taskpane/App";
import { AskDialog } from "../taskpane/components/ConfirmDialog";
import { readFileBytes } from "../taskpane/components/read-file";
import { useLang, useStrings } from "../taskpane/i18n";
import { SheetView } from "./SheetView";
import type { XlsxBackend } from "../adapters/xlsx/memory-backend";
import { decodeText } from "../core/text";
import type { ViewId } from "../taskpane/strings";
import { damaged, fileKind } from "./file-kind";

/** Where the pane starts after a file is opened, and whether it runs that view's action. */
interface PaneStart {
  view: ViewId;
  run: boolean;
}

const useStyles = makeStyles({
  frame: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  body: {
    flex: 1,
    minHeight: 0,
    display: "flex",
    "@media (max-width: 900px)": { flexDirection: "column", overflowY: "auto" },
  },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 900px)": { width: "auto", overflowY: "visible" },
  },
  sheets: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 900px)": { minHeight: "70vh" },
  },
  notice: { margin: tokens.spacingHorizontalS },
});

type BarNotice = { intent: "success" | "error" | "info" | "warning"; text: string };

export function Workbench(props: { backend: XlsxBackend; onReady?(): void }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { backend, onReady } = props;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [paneKey, setPaneKey] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<BarNotice | null>(null);
  const [pending, setPending] = React.useState<(() => Promise<void>) | null>(null);
  // the pane's actions change the workbook: the toolbar follows (download needs sheets)
  React.useSyncExternalStore(backend.subscribe, backend.getVersion);
  const empty = backend.workbook.worksheets.length === 0;

  /** Runs a file action, after confirming when it would replace a workbook that has sheets. */
  const replacing = (work: () => Promise<void>) => {
    const go = async () => {
      setBusy(true);
      setNotice(null);
      try {
        await work();
      } catch (e) {
        setNotice({
          intent: "error",
          text: t.unexpected(e instanceof Error ? e.message : String(e)),
        });
      } finally {
        setBusy(false);
      }
    };
    if (!empty) setPending(() => go);
    else void go();
  };

  /** The pane, started over on the opened workbook, in the view that file leads to. */
  const [start, setStart] = React.useState<PaneStart>({ view: "import", run: false });
  const restart = (next: PaneStart) => {
    setStart(next);
    setPaneKey((k) => k + 1);
  };

  const openExample = () =>
    replacing(async () => {
      // the example imported and written as the pane's Import does it
      const preview = previewImport({ name: null, text: exampleDocument });
      if (!preview.ok) throw new Error(preview.reason.en);
      const { plan } = preview;
      backend.reset("pira-esempio.xlsx");
      await (await prepareCreate(backend, plan, defaultSettings(backend.kind))).commit();
      restart({ view: "validate", run: false });
      setNotice({
        intent: "success",
        text: t.workbench.exampleOpened(plan.programmes.length, plan.indicators.length),
      });
    });

  /** After opening: a PIRA workbook goes to Controlla, an analyst's table to Struttura. */
  const lead = async (name: string, headerOnly: boolean, problems: string[]) => {
    const sheets = backend.workbook.worksheets.length;
    // a PIRA workbook by its tables' shape, whatever its sheets are called (app/workbook.ts)
    const pira = (await readPiraTables(backend)).ok;
    if (headerOnly) {
      restart({ view: "structure", run: false });
      return setNotice({
        intent: "warning",
        text: [t.workbench.headerOnly(name), ...problems].join(" "),
      });
    }
    restart({ view: pira ? "validate" : "structure", run: true });
    setNotice({
      intent: problems.length ? "warning" : "success",
      text: [
        t.workbench.fileOpened(name, sheets),
        pira ? t.workbench.ledToValidate : t.workbench.ledToStructure,
        ...problems,
      ].join(" "),
    });
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch (e) {
      return setNotice({
        intent: "error",
        text: t.unexpected(e instanceof Error ? e.message : String(e)),
      });
    }
    // what the file is, before anything is replaced
    const kind = fileKind(file.name, bytes);
    if (kind.kind === "refused") return setNotice({ intent: "error", text: kind.reason[lang] });
    if (kind.kind === "csv") {
      const decoded = decodeText(bytes);
      const csv = backend.prepareCsv(decoded.text, file.name);
      // a file refused as a table (a record past 16,384 fields) says why, not that it is empty
      if (csv.filledRows === 0)
        return setNotice({
          intent: "error",
          text: csv.problems[0]?.[lang] ?? t.workbench.emptyCsv(file.name),
        });
      return replacing(async () => {
        csv.commit();
        await lead(
          file.name,
          csv.filledRows === 1,
          // lines in another encoding after a UTF-8 mark, then what reading the records found
          [...(decoded.problem ? [decoded.problem.message] : []), ...csv.problems].map(
            (p) => p[lang]
          )
        );
      });
    }
    setBusy(true);
    const prepared = await backend.prepareOpen(bytes, file.name).finally(() => setBusy(false));
    // the details of a broken package mean nothing to an analyst: what it is and what to do
    if (!prepared.ok) return setNotice({ intent: "error", text: damaged(file.name)[lang] });
    replacing(async () => {
      prepared.commit();
      await lead(file.name, false, []);
    });
  };

  const download = async () => {
    setBusy(true);
    try {
      const bytes = await backend.bytes();
      const blob = new Blob([new Uint8Array(bytes)], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = backend.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setNotice({
        intent: "error",
        text: t.unexpected(e instanceof Error ? e.message : String(e)),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.frame}>
      <header className={styles.bar}>
        <div className={styles.heading}>
          <Subtitle1 as="h1">{t.workbench.title}</Subtitle1>
          <Caption1 className={styles.subtitle}>{t.workbench.subtitle}</Caption1>
        </div>
        <Toolbar aria-label={t.workbench.title}>
          <Button
            appearance="subtle"
            icon={<BookOpenRegular />}
            disabledFocusable={busy}
            onClick={openExample}
          >
            {t.workbench.openExample}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            hidden
            data-testid="open-xlsx"
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <Button
            appearance="subtle"
            icon={<FolderOpenRegular />}
            disabledFocusable={busy}
            onClick={() => fileInput.current?.click()}
          >
            {t.workbench.openFile}
          </Button>
          <Button
            appearance="subtle"
            icon={<ArrowDownloadRegular />}
            disabled={empty}
            disabledFocusable={busy}
            onClick={() => void download()}
          >
            {t.workbench.download}
          </Button>
        </Toolbar>
      </header>
      <div className={styles.body}>
        <aside className={styles.pane} aria-label={t.workbench.pane}>
          <App
            key={paneKey}
            connection={{ kind: "workbench" }}
            backend={backend}
            onReady={onReady}
            initialView={start.view}
            startAction={start.run}
          />
        </aside>
        <section className={styles.sheets} aria-label={t.workbench.sheets}>
          {notice ? (
            <MessageBar intent={notice.intent} className={styles.notice}>
              <MessageBarBody>{notice.text}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={t.dismiss}
                    icon={<DismissRegular />}
                    onClick={() => setNotice(null)}
                  />
                }
              />
            </MessageBar>
          ) : null}
          <SheetView backend={backend} />
        </section>
      </div>
      <AskDialog
        open={pending !== null}
        onAnswer={(ok) => {
          const go = pending;
          setPending(null);
          if (ok) void go?.();
        }}
      >
        {t.workbench.replaceWorkbook}
      </AskDialog>
    </div>
  );
}
