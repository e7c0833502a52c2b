/**
 * Validate: diagnostics grouped by severity and programme; clicking one selects its cell in the
 * workbook; re-run after a fix.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  ErrorCircleRegular,
  InfoRegular,
  ShieldCheckmarkRegular,
  WarningRegular,
} from "@fluentui/react-icons";
import type { Severity, WorkbookBackend } from "../../workbook";
import type { Validated } from "../../app/validate";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { loadEngine } from "../load-engine";
import { groupDiagnostics, type PaneDiagnostic } from "../diagnostic-groups";
import { STRINGS } from "../strings";

/** How many findings of a severity are listed before "show more". */
const PAGE = 200;

export interface ValidationState {
  result: Validated;
  /** the workbook's version when it was checked */
  version: number;
}

const useStyles = makeStyles({
  programme: {
    display: "block",
    marginTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalXXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minHeight: "unset",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  itemBody: { display: "flex", flexDirection: "column", rowGap: "2px", width: "100%" },
  itemHead: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  clean: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

function SeverityIcon(props: { severity: Severity; className?: string }): React.JSX.Element {
  const { severity, className } = props;
  if (severity === "error") return <ErrorCircleRegular className={className} aria-hidden />;
  if (severity === "warning") return <WarningRegular className={className} aria-hidden />;
  return <InfoRegular className={className} aria-hidden />;
}

export function ValidateView(props: {
  backend: WorkbookBackend;
  state: ValidationState | null;
  onResult(state: ValidationState): void;
  /** check at once (the workbench, after opening a PIRA workbook) */
  autoRun?: boolean;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const [current, setCurrent] = React.useState<PaneDiagnostic | null>(null);
  const [limits, setLimits] = React.useState<Record<Severity, number>>({
    error: PAGE,
    warning: PAGE,
    info: PAGE,
  });
  const { state, onResult } = props;

  const run = () =>
    actions.run(t.actionNames.validate, async () => {
      const r = await (await loadEngine()).validateWorkbook(props.backend);
      if (!r.ok) return actions.fail(r);
      setCurrent(null);
      setLimits({ error: PAGE, warning: PAGE, info: PAGE });
      onResult({ result: r, version: actions.version });
      actions.done(t.validate.done(r.counts.error, r.counts.warning, r.counts.info));
    });

  React.useEffect(() => {
    if (props.autoRun) void run();
    // once, when the view is first shown
  }, []);

  const select = async (d: PaneDiagnostic) => {
    setCurrent(d);
    if (!d.sheet || !d.cell) return;
    try {
      await props.backend.selectCell(d.sheet, d.cell);
    } catch (e) {
      actions.error(e);
    }
  };

  const groups = React.useMemo(
    () =>
      state
        ? groupDiagnostics(
            state.result.diagnostics,
            state.result.plan,
            { it: STRINGS.it.validate.general, en: STRINGS.en.validate.general },
            lang
          )
        : [],
    [state, lang]
  );

  return (
    <View id="validate" intro={t.validate.intro}>
      <ActionButton icon={<ShieldCheckmarkRegular />} onClick={run}>
        {state ? t.validate.rerun : t.validate.run}
      </ActionButton>
      {state && state.version !== actions.version ? (
        <Caption1 className={view.stale}>{t.stale}</Caption1>
      ) : null}
      {state && groups.length === 0 ? (
        <div className={styles.clean}>
          <CheckmarkCircleRegular aria-hidden />
          <Body1>{t.validate.clean}</Body1>
        </div>
      ) : null}
      {groups.length ? (
        <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
          {groups.map((g) => {
            let left = limits[g.severity];
            return (
              <AccordionItem key={g.severity} value={g.severity}>
                <AccordionHeader
                  icon={<SeverityIcon severity={g.severity} className={styles[g.severity]} />}
                >
                  {`${t.validate.severities[g.severity]} (${g.count})`}
                </AccordionHeader>
                <AccordionPanel data-severity={g.severity}>
                  {g.programmes.map((p) => {
                    if (left <= 0) return null;
                    const shown = p.diagnostics.slice(0, left);
                    left -= shown.length;
                    return (
                      <section key={p.programme ?? "-"} aria-label={p.label}>
                        <Caption1Strong as="h3" className={styles.programme}>
                          {p.label}
                        </Caption1Strong>
                        <ul className={styles.list}>
                          {shown.map((d, i) => {
                            const where = d.sheet && d.cell ? `${d.sheet}!${d.cell}` : null;
                            const isCurrent = current === d;
                            return (
                              <li key={i}>
                                <Button
                                  appearance="subtle"
                                  className={mergeClasses(styles.item, isCurrent && styles.current)}
                                  aria-current={isCurrent ? "true" : undefined}
                                  data-cell={where ?? undefined}
                                  data-code={d.code}
                                  title={where ? t.validate.goTo(where) : t.validate.noCell}
                                  onClick={() => void select(d)}
                                >
                                  <span className={styles.itemBody}>
                                    <span className={styles.itemHead}>
                                      <Caption1 className={styles.code}>{d.code}</Caption1>
                                      <Caption1 className={styles.code}>
                                        {where ?? t.validate.noCell}
                                      </Caption1>
                                    </span>
                                    <span>{d.message[lang]}</span>
                                  </span>
                                </Button>
                              </li>
                            );
                          })}
                        </ul>
                      </section>
                    );
                  })}
                  {g.count > limits[g.severity] ? (
                    <Button
                      appearance="transparent"
                      onClick={() =>
                        setLimits((l) => ({ ...l, [g.severity]: l[g.severity] + PAGE }))
                      }
                    >
                      {t.validate.showMore(Math.min(PAGE, g.count - limits[g.severity]))}
                    </Button>
                  ) : null}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      ) : null}
    </View>
  );
}
