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
import type { FormulaStyle } from "../../workbook/row-cells";
import type { WorkbookBackend } from "../backend";
import { loadEngine } from "../load-engine";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { thresholdProblem, type Settings } from "../settings";
import { FormulaStylePicker } from "./FillView";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
});

/**
 * The rule codes switched off by a stored list, which may name codes in short ("W008") or whole
 * families ("duplicates"), as the workbook and the command line accept them.
 */
export function disabledCodes(stored: readonly string[], rules: readonly Rule[]): Set<string> {
  const wanted = new Set(stored.map((s) => s.trim().toUpperCase()));
  const out = new Set<string>();
  for (const r of rules) {
    const short = r.code.replace(/^PIRA-/, "");
    if (wanted.has(r.code) || wanted.has(short) || wanted.has(r.family.toUpperCase()))
      out.add(r.code);
  }
  return out;
}

/** A fraction as the percent the user types (0.7 → "70"). */
const percentText = (x: number) => String(Math.round(x * 10000) / 100);

/** What the user typed ("70", "70,5", "70%") as a fraction, NaN when not a number. */
export function percentValue(text: string): number {
  const s = text.replace("%", "").replace(",", ".").trim();
  return s === "" ? NaN : Number(s) / 100;
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
  React.useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => live && setRules(engine.RULES))
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
    setDisabled(disabledCodes(settings.disabledRules, rules ?? []));
  }, [settings, rules]);

  const thresholds = { low: percentValue(low), high: percentValue(high) };
  const problem = thresholdProblem(thresholds);

  const save = () =>
    actions.run(t.actionNames.settings, async () => {
      if (problem) return;
      const next: Settings = {
        thresholds,
        formulaStyle: style,
        // rules not listed (the engine did not load) stay as they were
        disabledRules: rules
          ? rules.map((r) => r.code).filter((c) => disabled.has(c))
          : settings.disabledRules,
      };
      const prepared = await (await loadEngine()).prepareStoreSettings(props.backend, next);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const where = await prepared.commit();
      if (where !== "pane") actions.written();
      props.onSaved(next);
      actions.done(t.settings.saved[where]);
    });

  return (
    <View id="settings" intro={t.settings.intro}>
      <div className={styles.pair}>
        <Field
          label={t.settings.low}
          validationState={problem ? "error" : "none"}
          validationMessage={problem ? t.settings[problem] : undefined}
        >
          <Input type="number" min={0} max={100} value={low} onChange={(_, d) => setLow(d.value)} />
        </Field>
        <Field label={t.settings.high} hint={t.settings.thresholdsHint}>
          <Input
            type="number"
            min={0}
            max={100}
            value={high}
            onChange={(_, d) => setHigh(d.value)}
          />
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
