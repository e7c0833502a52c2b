/**
 * The task pane: the analyst's cockpit. The same app runs in Excel (OfficeBackend) and in the
 * browser workbench (XlsxBackend); outside Excel without a workbook it says so.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  Link,
  ProgressBar,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowSwapRegular,
  CalendarArrowRightRegular,
  ArrowImportRegular,
  CalculatorRegular,
  DataBarVerticalRegular,
  DocumentTextRegular,
  LayerRegular,
  SettingsRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import { defaultSettings, type Settings } from "../app/settings";
import type { WorkbookBackend } from "../workbook";
import { ActionsProvider, useActions, type ConfirmRequest } from "./components/actions-context";
import { NoticeBar } from "./components/NoticeBar";
import { useStrings } from "./i18n";
import { loadConfirmDialog, loadedConfirmDialog } from "./load-confirm";
import { loadEngine } from "./load-engine";
import type { ViewId } from "./strings";
import { FIRST_VIEWS, loadView, type ViewComponents } from "./load-views";
import type { ValidationState } from "./views/ValidateView";

/** Where the pane runs: inside Excel, in the workbench, in another host or a browser, or without office.js. */
export type Connection =
  | { kind: "excel"; platform: string | null }
  | { kind: "workbench" }
  | { kind: "outside"; host: string | null }
  | { kind: "no-office" };

export const VIEWS: readonly ViewId[] = [
  "newPlan",
  "import",
  "structure",
  "fill",
  "validate",
  "summary",
  "publish",
  "rollover",
  "compare",
  "settings",
];

const ICONS: Record<ViewId, React.JSX.Element> = {
  newPlan: <AddRegular />,
  import: <ArrowImportRegular />,
  structure: <LayerRegular />,
  fill: <CalculatorRegular />,
  validate: <ShieldCheckmarkRegular />,
  summary: <DataBarVerticalRegular />,
  publish: <DocumentTextRegular />,
  rollover: <CalendarArrowRightRegular />,
  compare: <ArrowSwapRegular />,
  settings: <SettingsRegular />,
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  countButton: {
    border: "none",
    background: "none",
    padding: 0,
    cursor: "pointer",
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  busy: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  outside: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

function OutsideExcel(props: { connection: Connection }): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const c = props.connection;
  const detail =
    c.kind === "outside"
      ? c.host
        ? t.connection.outsideHost(c.host)
        : t.connection.outsideBrowser
      : t.connection.noOffice;
  return (
    <main className={styles.root}>
      <div className={styles.outside}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Body1>{t.intro}</Body1>
        <div role="status" aria-live="polite">
          <Badge appearance="filled" color="warning">
            {t.connection.outside}
          </Badge>
          <Caption1 block>{detail}</Caption1>
        </div>
        <Body1>
          {t.connection.tryWorkbench}{" "}
          <Link href="workbench.html">{t.connection.workbenchLink}</Link>
        </Body1>
      </div>
    </main>
  );
}

const SEVERITY_BADGES = [
  { severity: "error", color: "danger", appearance: "filled" },
  { severity: "warning", color: "warning", appearance: "filled" },
  { severity: "info", color: "informative", appearance: "tint" },
] as const;

/** The last check's counts; each opens the Check view. */
function Counts(props: { state: ValidationState; onOpen(): void }): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const { counts } = props.state.result;
  return (
    <div role="group" aria-label={t.counts.label} className={styles.counts} data-testid="counts">
      {SEVERITY_BADGES.map((b) => {
        const words = t.counts[b.severity](counts[b.severity]);
        return (
          <button
            key={b.severity}
            type="button"
            className={styles.countButton}
            title={words}
            onClick={props.onOpen}
          >
            <Badge appearance={b.appearance} color={b.color} data-severity={b.severity}>
              {counts[b.severity]}
            </Badge>
            {/* the words for screen readers; the accessible name starts with the visible number */}
            <span className={styles.srOnly}>{words.slice(String(counts[b.severity]).length)}</span>
          </button>
        );
      })}
    </div>
  );
}

function Cockpit(props: {
  backend: WorkbookBackend;
  connection: Connection;
  initialView: ViewId;
  /** run the first view's action at once (the workbench, after opening a file) */
  startAction: boolean;
  onReady?(): void;
}): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const actions = useActions();
  const { backend, onReady } = props;
  const [view, setView] = React.useState<ViewId>(props.initialView);
  const [settings, setSettings] = React.useState<Settings>(() => defaultSettings(backend.kind));
  const [validation, setValidation] = React.useState<ValidationState | null>(null);

  const [loaded, setLoaded] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => engine.loadSettings(backend))
      .then((s) => live && setSettings(s))
      .catch((e) => live && actions.error(e))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
    // load once per backend; `actions` changes with every notice
  }, [backend]);

  // the views opened so far (Importa comes with the first screen; the others' chunks are fetched
  // when their tab is first opened, and each stays mounted, keeping its state, once shown)
  const [components, setComponents] = React.useState<Partial<ViewComponents>>(FIRST_VIEWS);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (components[view]) return;
    let live = true;
    loadView(view)
      .then((component) => live && setComponents((c) => ({ ...c, [view]: component })))
      .catch((e) => live && actions.error(e));
    return () => {
      live = false;
    };
    // `actions` changes with every notice
  }, [view, components, attempt]);

  // ready once the workbook's settings and the first view are in the pane
  const firstShown = components[props.initialView] !== undefined;
  React.useEffect(() => {
    if (loaded && firstShown) onReady?.();
  }, [loaded, firstShown, onReady]);

  const badge = props.connection.kind === "excel" ? t.connection.excel : t.connection.workbench;
  const panels: { [V in ViewId]: (View: ViewComponents[V]) => React.JSX.Element } = {
    newPlan: (View) => <View backend={backend} settings={settings} />,
    import: (View) => <View backend={backend} settings={settings} />,
    structure: (View) => (
      <View backend={backend} autoFind={props.startAction && props.initialView === "structure"} />
    ),
    fill: (View) => <View backend={backend} settings={settings} />,
    validate: (View) => (
      <View
        backend={backend}
        state={validation}
        onResult={setValidation}
        autoRun={props.startAction && props.initialView === "validate"}
      />
    ),
    summary: (View) => <View backend={backend} />,
    publish: (View) => <View backend={backend} />,
    rollover: (View) => <View backend={backend} />,
    compare: (View) => <View backend={backend} />,
    settings: (View) => <View backend={backend} settings={settings} onSaved={setSettings} />,
  };
  function panel<V extends ViewId>(v: V): React.ReactNode {
    const View = components[v];
    if (View) return panels[v](View);
    return v === view ? <Caption1 data-testid="view-loading">{t.loadingView}</Caption1> : null;
  }

  return (
    <main className={styles.root} aria-busy={actions.busy !== null}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <div className={styles.counts}>
          {validation ? <Counts state={validation} onOpen={() => setView("validate")} /> : null}
          <Badge
            appearance="outline"
            color={props.connection.kind === "excel" ? "success" : "brand"}
          >
            {badge}
          </Badge>
        </div>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, d) => {
          setView(d.value as ViewId);
          setAttempt((n) => n + 1); // a view whose chunk failed to come: its tab tries again
        }}
        aria-label={t.viewsLabel}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} id={`tab-${v}`} icon={ICONS[v]} aria-controls={`panel-${v}`}>
            {t.views[v]}
          </Tab>
        ))}
      </TabList>
      <div role="status" aria-live="polite" className={styles.busy}>
        {actions.busy ? (
          <>
            <ProgressBar thickness="large" aria-label={t.running(actions.busy)} />
            <Caption1>{t.running(actions.busy)}</Caption1>
          </>
        ) : null}
      </div>
      <NoticeBar />
      {VIEWS.map((v) => (
        <section
          key={v}
          id={`panel-${v}`}
          role="tabpanel"
          aria-labelledby={`tab-${v}`}
          hidden={v !== view}
        >
          {panel(v)}
        </section>
      ))}
    </main>
  );
}

export function App(props: {
  connection: Connection;
  backend: WorkbookBackend | null;
  initialView?: ViewId;
  /** run the first view's action at once */
  startAction?: boolean;
  /** called once the pane can be used (settings read from the workbook) */
  onReady?(): void;
}): React.JSX.Element {
  const [confirm, setConfirm] = React.useState<ConfirmRequest | null>(null);
  // not in the first screen: fetched once the pane is shown, and mounted closed, so that it opens
  // as Fluent's dialogs expect; an action that must ask before it has come waits for it
  // (actions-context.tsx), and one whose fetch failed retries it there
  const [ConfirmDialog, setConfirmDialog] = React.useState(loadedConfirmDialog);
  React.useEffect(() => {
    if (!props.backend || ConfirmDialog) return;
    let live = true;
    loadConfirmDialog()
      .then((dialog) => live && setConfirmDialog(() => dialog))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.backend, ConfirmDialog, confirm]);
  if (!props.backend) return <OutsideExcel connection={props.connection} />;
  return (
    <ActionsProvider onConfirm={setConfirm}>
      <Cockpit
        backend={props.backend}
        connection={props.connection}
        initialView={props.initialView ?? "import"}
        startAction={props.startAction ?? false}
        onReady={props.onReady}
      />
      {ConfirmDialog ? <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} /> : null}
    </ActionsProvider>
  );
}
