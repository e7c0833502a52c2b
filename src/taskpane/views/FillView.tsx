/**
 * Fill: the computed columns of Indicatori, or beside the analyst's own tables on a workbook without
 * the PIRA tables, in a formula style (default from the settings).
 */
import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { CalculatorRegular } from "@fluentui/react-icons";
import type { FormulaStyle, WorkbookBackend } from "../../workbook";
import { FORMULA_STYLES, type Settings } from "../../app/settings";
import { useActions } from "../components/actions-context";
import { ActionButton, View } from "../components/layout";
import { useStrings } from "../i18n";
import { loadEngine } from "../load-engine";

export function FormulaStylePicker(props: {
  label: string;
  value: FormulaStyle;
  onChange(style: FormulaStyle): void;
}): React.JSX.Element {
  const t = useStrings();
  return (
    <Field label={props.label}>
      <RadioGroup value={props.value} onChange={(_, d) => props.onChange(d.value as FormulaStyle)}>
        {FORMULA_STYLES.map((s) => (
          <Radio key={s} value={s} label={t.fill.styles[s]} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function FillView(props: {
  backend: WorkbookBackend;
  settings: Settings;
}): React.JSX.Element {
  const t = useStrings();
  const actions = useActions();
  const [style, setStyle] = React.useState<FormulaStyle>(props.settings.formulaStyle);
  // a new default in the settings becomes this view's choice
  React.useEffect(() => setStyle(props.settings.formulaStyle), [props.settings.formulaStyle]);

  const run = () =>
    actions.run(t.actionNames.fill, async () => {
      const r = await (await loadEngine()).fillWorkbook(props.backend, { style });
      if (!r.ok) return actions.fail(r);
      actions.written();
      if (r.form === "analyst") {
        // the analyst's own tables: the computed columns beside each, as Struttura's «Calcola qui»
        const [first, ...more] = r.sheets.map((s) =>
          t.analyst.filled(s.sheet, s.columns[0].at, s.columns[s.columns.length - 1].at, s.changed)
        );
        return actions.done(first, [
          ...more,
          ...(r.fallbacks ? [t.analyst.fallbacks(r.fallbacks)] : []),
        ]);
      }
      const notes = r.diagnostics.filter((d) => d.severity !== "info").length;
      if (r.rows === 0) return actions.warn(t.fill.nothing);
      actions.done(t.fill.done(r.rows, r.cells, r.changed, t.fill.styleNames[r.style]), [
        ...(r.fallbacks ? [t.fill.fallbacks(r.fallbacks)] : []),
        ...(notes ? [t.fill.problems(notes)] : []),
      ]);
    });

  return (
    <View id="fill" intro={t.fill.intro}>
      <FormulaStylePicker label={t.fill.style} value={style} onChange={setStyle} />
      <ActionButton icon={<CalculatorRegular />} onClick={run}>
        {t.fill.run}
      </ActionButton>
    </View>
  );
}
