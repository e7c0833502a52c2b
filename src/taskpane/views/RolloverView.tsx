/**
 * Nuovo anno: the rollover of the open plan. In Excel the new workbook opens in a window of its
 * own (Excel.createWorkbook) where Excel can; otherwise, and in the workbench, it is offered for
 * download; the points that need the analyst are listed, and offered as JSON too.
 */
import * as React from "react";
import {
  Caption1,
  Field,
  Input,
  Link,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CalendarArrowRightRegular, DocumentArrowDownRegular } from "@fluentui/react-icons";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang } from "../i18n";
import { loadReview } from "../load-review";
import { useReviewStrings } from "../review-strings";

type Format = "xlsx" | "json";

const useStyles = makeStyles({
  download: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Result {
  name: string;
  url: string | null;
  reportUrl: string;
  notes: string[];
}

export function RolloverView(props: { backend: WorkbookBackend }): React.JSX.Element {
  const t = useReviewStrings().rollover;
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const [year, setYear] = React.useState("");
  const [format, setFormat] = React.useState<Format>("xlsx");
  const [result, setResult] = React.useState<Result | null>(null);
  const badYear = year.trim() !== "" && !/^\d{4}$/.test(year.trim());

  React.useEffect(
    () => () => {
      if (!result) return;
      if (result.url) URL.revokeObjectURL(result.url);
      URL.revokeObjectURL(result.reportUrl);
    },
    [result]
  );

  const run = () =>
    actions.run(t.action, async () => {
      const engine = await loadReview();
      const opened = await engine.openWorkbook(props.backend);
      if (!opened.ok) return actions.fail(opened);
      const r = engine.rolloverLoaded(
        opened.loaded,
        year.trim() === "" ? undefined : Number(year.trim())
      );
      if (!r.ok) return actions.fail(r);
      const plan = r.result.plan;
      const base = `piano-${plan.firstYear}-${plan.firstYear + 2}`;
      const report = engine.rolloverReportJson(opened.loaded.plan, r.result, lang);
      const reportUrl = URL.createObjectURL(new Blob([report], { type: "application/json" }));
      const notes = r.result.notes.map((n) => n.message[lang]);
      if (format === "json") {
        const blob = new Blob([engine.writePlanJson(plan)], { type: "application/json" });
        setResult({ name: `${base}.json`, url: URL.createObjectURL(blob), reportUrl, notes });
        return actions.done(t.ready(plan.firstYear));
      }
      const bytes = await engine.planWorkbookBytes(plan, r.settings);
      if (props.backend.kind === "excel" && (await engine.openNewWorkbook(bytes))) {
        setResult({ name: `${base}.xlsx`, url: null, reportUrl, notes });
        return actions.done(t.opened(plan.firstYear));
      }
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      setResult({ name: `${base}.xlsx`, url: URL.createObjectURL(blob), reportUrl, notes });
      actions.done(t.ready(plan.firstYear));
    });

  return (
    <View id="rollover" intro={t.intro}>
      <Field label={t.year} hint={t.yearHint} validationMessage={badYear ? t.badYear : undefined}>
        <Input
          inputMode="numeric"
          value={year}
          onChange={(_, d) => setYear(d.value)}
          data-testid="rollover-year"
        />
      </Field>
      <Field label={t.format}>
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as Format)}>
          {(["xlsx", "json"] as const).map((f) => (
            <Radio key={f} value={f} label={t.formats[f]} />
          ))}
        </RadioGroup>
      </Field>
      <ActionButton icon={<CalendarArrowRightRegular />} onClick={run} disabled={badYear}>
        {t.run}
      </ActionButton>
      {result ? (
        <>
          {result.url ? (
            <div className={styles.download}>
              <DocumentArrowDownRegular aria-hidden="true" />
              <Link href={result.url} download={result.name} data-testid="rollover-download">
                {t.download(result.name)}
              </Link>
            </div>
          ) : null}
          <div className={styles.download}>
            <DocumentArrowDownRegular aria-hidden="true" />
            <Link
              href={result.reportUrl}
              download={result.name.replace(/\.(xlsx|json)$/, ".rollover.json")}
            >
              {t.report}
            </Link>
          </div>
          <Caption1>{t.notes(result.notes.length)}</Caption1>
          {/* focusable, so the keyboard can scroll it (axe: scrollable-region-focusable) */}
          <div
            className={view.scroll}
            data-testid="rollover-notes"
            role="region"
            aria-label={t.notes(result.notes.length)}
            tabIndex={0}
          >
            <ul className={styles.notes}>
              {result.notes.map((n, i) => (
                <li key={i}>
                  <Caption1>{n}</Caption1>
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </View>
  );
}
