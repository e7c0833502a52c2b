/** Settings: outcome thresholds, default formula style, rules switched off — saved in the workbook. */
import * as React from "react";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  useId,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Rule } from "../../core/validation";
import type { FormulaStyle, WorkbookBackend } from "../../workbook";
import { thresholdProblem, type Settings } from "../../app/settings";
import { SHEETS } from "../../workbook";
import { loadEngine } from "../load-engine";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { FormulaStylePicker } from "./FillView";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
});

type SwitchedOff = (entries: readonly string[]) => Set<string>;

/**
 * The list to store: the rules shown that are unticked, and the stored entries that name none of
 * them (the importer's or the workbook reader's codes), which the view does not show but keeps.
 */
function storedList(
  stored: readonly string[],
  rules: readonly Rule[],
  unticked: Set<string>,
  switchedOff: SwitchedOff
): string[] {
  const shown = new Set(rules.map((r) => r.code));
  const others = stored.filter((e) => ![...switchedOff([e])].some((c) => shown.has(c)));
  return [...others, ...rules.map((r) => r.code).filter((c) => unticked.has(c))];
}

/** A fraction as the percent the user types, the Italian way (0.725 → "72,5"). */
const percentText = (x: number) => String(Math.round(x * 10000) / 100).replace(".", ",");

/**
 * What the user typed ("70", "72,5", "72,5%", "72.5") as a fraction; NaN when it is not a number
 * that can be read exactly ("7,2,5", "abc", or "72.500", where the dot could group thousands).
 */
export function percentValue(text: string): number {
  const m = /^\s*(\d{1,6})(?:([.,])(\d{1,6}))?\s*%?\s*$/.exec(text);
  if (!m) return NaN;
  if (m[2] === "." && m[3].length === 3) return NaN;
  return Number(`${m[1]}.${m[3] ?? "0"}`) / 100;
}

export type ThresholdFieldProblem = "notNumber" | "range" | "order" | null;

/** What is wrong with each threshold, under its own field (the order: under «raggiunto»). */
export function thresholdFieldProblems(t: { low: number; high: number }): {
  low: ThresholdFieldProblem;
  high: ThresholdFieldProblem;
} {
  const one = (x: number): ThresholdFieldProblem =>
    Number.isNaN(x) ? "notNumber" : x < 0 || x > 1 ? "range" : null;
  const low = one(t.low);
  const high = one(t.high) ?? (low === null && thresholdProblem(t) === "order" ? "order" : null);
  return { low, high };
}

export function SettingsView(props: {
  backend: WorkbookBackend;
  settings: Settings;
  onSaved(settings: Settings): void;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const { settings } = props;
  const [low, setLow] = React.useState(percentText(settings.thresholds.low));
  const [high, setHigh] = React.useState(percentText(settings.thresholds.high));
  const [style, setStyle] = React.useState<FormulaStyle>(settings.formulaStyle);
  const [disabled, setDisabled] = React.useState<Set<string>>(new Set());
  const [rules, setRules] = React.useState<readonly Rule[] | null>(null);
  // the engine's one reading of a stored list (codes in any spelling, families)
  const [switchedOff, setSwitchedOff] = React.useState<SwitchedOff | null>(null);
  React.useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => {
        if (!live) return;
        setRules(engine.RULES);
        setSwitchedOff(
          () => (entries: readonly string[]) => engine.disabledRuleCodes(entries).codes
        );
      })
      .catch(() => live && setRules([]));
    return () => {
      live = false;
    };
  }, []);
  const ids = useId("rules");

  React.useEffect(() => {
    setLow(percentText(settings.thresholds.low));
    setHigh(percentText(settings.thresholds.high));
    setStyle(settings.formulaStyle);
  }, [settings]);
  // apart: the rules' list arriving (the engine chunk) does not undo what the analyst typed
  React.useEffect(() => {
    setDisabled(switchedOff ? switchedOff(settings.disabledRules) : new Set());
  }, [settings, switchedOff]);

  const thresholds = { low: percentValue(low), high: percentValue(high) };
  const problems = thresholdFieldProblems(thresholds);
  const problem = problems.low ?? problems.high;

  const save = () =>
    actions.run(t.actionNames.settings, async () => {
      if (problem) return;
      const next: Settings = {
        thresholds,
        formulaStyle: style,
        // rules not listed (the engine did not load) stay as they were
        disabledRules:
          rules && switchedOff
            ? storedList(settings.disabledRules, rules, disabled, switchedOff)
            : settings.disabledRules,
      };
      const engine = await loadEngine();
      const prepared = await engine.prepareStoreSettings(props.backend, next);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const where = await prepared.commit();
      if (where !== "pane") actions.written();
      props.onSaved(next);
      const old = settings.thresholds;
      if (where === "pane" || (old.low === thresholds.low && old.high === thresholds.high))
        return actions.done(t.settings.saved[where]);
      // new thresholds: the computed outcomes of Indicatori follow at once, as the summary does
      const filled = await engine.fillWorkbook(props.backend);
      if (!filled.ok) return actions.done(t.settings.saved[where]);
      actions.written();
      const hasSummary = (await props.backend.sheetNames()).some(
        (n) => n.toLowerCase() === SHEETS.summary.toLowerCase()
      );
      actions.done(
        t.settings.saved[where],
        [
          t.settings.recomputed(
            "sheets" in filled ? filled.sheets.reduce((n, x) => n + x.rows, 0) : filled.rows,
            filled.changed
          ),
          ...(hasSummary ? [t.settings.summaryStale] : []),
        ],
        hasSummary ? { label: t.summary.run, onClick: () => void updateSummary() } : undefined
      );
    });

  const updateSummary = () =>
    actions.run(t.actionNames.summary, async () => {
      const prepared = await (await loadEngine()).prepareSummary(props.backend);
      if (!prepared.ok) return actions.fail(prepared);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      const total = r.rows.find((x) => x.level === "total");
      actions.done(t.summary.done(r.sheet, total?.indicators ?? 0));
    });

  return (
    <View id="settings" intro={t.settings.intro}>
      <div className={styles.pair}>
        <Field
          label={t.settings.low}
          validationState={problems.low ? "error" : "none"}
          validationMessage={problems.low ? t.settings[problems.low] : undefined}
        >
          <Input inputMode="decimal" value={low} onChange={(_, d) => setLow(d.value)} />
        </Field>
        <Field
          label={t.settings.high}
          hint={problems.high ? undefined : t.settings.thresholdsHint}
          validationState={problems.high ? "error" : "none"}
          validationMessage={problems.high ? t.settings[problems.high] : undefined}
        >
          <Input inputMode="decimal" value={high} onChange={(_, d) => setHigh(d.value)} />
        </Field>
      </div>
      <FormulaStylePicker label={t.settings.style} value={style} onChange={setStyle} />
      {/* not a Field: a Field gives its one control id to every checkbox inside it */}
      <div className={view.group} role="group" aria-labelledby={`${ids}-label`}>
        <Label id={`${ids}-label`}>{t.settings.rules}</Label>
        <Caption1 className={view.muted}>
          {rules === null ? "…" : rules.length ? t.settings.rulesHint : t.settings.noRules}
        </Caption1>
        {rules?.length ? (
          <div className={view.scroll}>
            {rules.map((r) => (
              <div key={r.code}>
                <Checkbox
                  checked={!disabled.has(r.code)}
                  label={
                    <>
                      <Caption1 className={styles.code}>{r.code}</Caption1> {r.title[lang]}
                    </>
                  }
                  onChange={(_, d) =>
                    setDisabled((old) => {
                      const next = new Set(old);
                      if (d.checked) next.delete(r.code);
                      else next.add(r.code);
                      return next;
                    })
                  }
                />
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <ActionButton icon={<SaveRegular />} onClick={save} disabled={problem !== null}>
        {t.settings.save}
      </ActionButton>
    </View>
  );
}
