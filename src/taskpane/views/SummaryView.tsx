/** Summary: achievement by entity / mission / programme, in the pane and on the Riepilogo sheet. */
import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DataBarVerticalRegular } from "@fluentui/react-icons";
import type { SummaryLine } from "../../app/summary";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { loadEngine } from "../load-engine";

/** Mean achievement as the plan documents print it: a whole percent (rounded half up by the engine). */
export function meanText(percent: number | null): string {
  return percent === null ? "—" : `${percent}%`;
}

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "right", width: "1%", whiteSpace: "nowrap" },
  entity: { fontWeight: tokens.fontWeightSemibold },
  mission: { fontWeight: tokens.fontWeightSemibold, paddingLeft: tokens.spacingHorizontalM },
  programme: { paddingLeft: tokens.spacingHorizontalXXL },
  total: {
    fontWeight: tokens.fontWeightBold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  label: { overflowWrap: "anywhere" },
  code: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
});

const NUMBERS = ["indicators", "achieved", "partly", "notAchieved"] as const;

export interface SummaryState {
  rows: SummaryLine[];
  version: number;
}

export function SummaryView(props: { backend: WorkbookBackend }): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const [state, setState] = React.useState<SummaryState | null>(null);
  const fmt = (n: number) => n.toLocaleString(lang === "it" ? "it-IT" : "en-GB");

  const run = () =>
    actions.run(t.actionNames.summary, async () => {
      const prepared = await (await loadEngine()).prepareSummary(props.backend);
      if (!prepared.ok) return actions.fail(prepared);
      setState({ rows: prepared.rows, version: actions.version });
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      setState({ rows: r.rows, version: actions.version + 1 });
      const total = r.rows.find((x) => x.level === "total");
      if (!total?.indicators) actions.warn(t.summary.done(r.sheet, 0), [t.summary.empty]);
      else actions.done(t.summary.done(r.sheet, total.indicators));
    });

  return (
    <View id="summary" intro={t.summary.intro}>
      <ActionButton icon={<DataBarVerticalRegular />} onClick={run}>
        {t.summary.run}
      </ActionButton>
      {state && state.version !== actions.version ? (
        <Caption1 className={view.stale}>{t.stale}</Caption1>
      ) : null}
      {state ? (
        <>
          <Table size="extra-small" className={styles.table} aria-label={t.summary.caption}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.summary.columns.label}</TableHeaderCell>
                {NUMBERS.map((k) => (
                  <TableHeaderCell key={k} className={styles.number}>
                    <abbr title={t.summary.columns[k]}>{t.summary.short[k]}</abbr>
                  </TableHeaderCell>
                ))}
                <TableHeaderCell className={styles.number}>
                  <abbr title={t.summary.columns.mean}>{t.summary.short.mean}</abbr>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.rows.map((r, i) => {
                const rowClass = r.level === "total" ? styles.total : undefined;
                return (
                  <TableRow
                    key={`${r.level}-${r.entity}-${r.code}-${i}`}
                    className={rowClass}
                    data-level={r.level}
                    data-code={r.code}
                    data-entity={r.entity ?? ""}
                  >
                    <TableCell
                      className={mergeClasses(
                        styles.label,
                        styles[r.level === "total" ? "entity" : r.level]
                      )}
                    >
                      {r.level === "total" ? (
                        t.summary.total
                      ) : (
                        <>
                          {r.level !== "entity" ? (
                            <span className={styles.code}>{r.code}</span>
                          ) : null}
                          {r.label}
                        </>
                      )}
                    </TableCell>
                    {NUMBERS.map((k) => (
                      <TableCell key={k} className={styles.number} data-col={k}>
                        {fmt(r[k])}
                      </TableCell>
                    ))}
                    <TableCell className={styles.number} data-col="mean">
                      {meanText(r.meanPercent)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Caption1 className={view.muted}>{t.summary.legend}</Caption1>
        </>
      ) : null}
    </View>
  );
}
