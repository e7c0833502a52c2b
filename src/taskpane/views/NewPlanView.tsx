/** New plan: title, entities, first year, programmes from the catalogue → the workbook's sheets. */
import * as React from "react";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Link,
  useId,
  Textarea,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { catalogue, defaultProgrammes, entityNames } from "../../app/plan-choices";
import type { Settings } from "../../app/settings";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { loadEngine } from "../load-engine";

export function NewPlanView(props: {
  backend: WorkbookBackend;
  settings: Settings;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const styles = useViewStyles();
  const actions = useActions();
  const missions = React.useMemo(catalogue, []);
  const allCodes = missions.flatMap((m) => m.programmes.map((p) => p.code));
  const [title, setTitle] = React.useState("");
  const [entities, setEntities] = React.useState(t.newPlan.entitiesDefault);
  const [year, setYear] = React.useState(String(new Date().getFullYear()));
  const [chosen, setChosen] = React.useState<Set<string>>(() => new Set(defaultProgrammes()));
  const yearNumber = Number(year);
  const ids = useId("programmes");

  const toggle = (codes: string[], on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      for (const c of codes)
        if (on) next.add(c);
        else next.delete(c);
      return next;
    });

  const create = () =>
    actions.run(t.actionNames.newPlan, async () => {
      const engine = await loadEngine();
      const made = engine.newPlan({
        title,
        firstYear: year.trim() === "" ? NaN : yearNumber,
        entities: entityNames(entities),
        programmes: allCodes.filter((c) => chosen.has(c)),
      });
      if (!made.ok) return actions.fail(made);
      const prepared = await engine.prepareCreate(props.backend, made.plan, props.settings);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      actions.done(
        t.newPlan.done(made.plan.title, r.entities, r.programmes, r.sheets),
        [...made.warnings, ...r.notes].map((w) => w[lang])
      );
    });

  return (
    <View id="newPlan" intro={t.newPlan.intro}>
      <Field label={t.newPlan.title}>
        <Input
          value={title}
          placeholder={t.newPlan.titlePlaceholder(
            Number.isInteger(yearNumber) ? yearNumber : new Date().getFullYear()
          )}
          onChange={(_, d) => setTitle(d.value)}
        />
      </Field>
      <Field label={t.newPlan.entities}>
        <Textarea
          value={entities}
          rows={2}
          resize="vertical"
          onChange={(_, d) => setEntities(d.value)}
        />
      </Field>
      <Field label={t.newPlan.firstYear}>
        <Input
          type="number"
          min={1900}
          max={2100}
          value={year}
          onChange={(_, d) => setYear(d.value)}
        />
      </Field>
      {/* not a Field: a Field gives its one control id to every checkbox inside it */}
      <div className={styles.group} role="group" aria-labelledby={`${ids}-label`}>
        <Label id={`${ids}-label`}>{t.newPlan.programmes}</Label>
        <div className={styles.scroll}>
          {missions.map((m) => {
            const codes = m.programmes.map((p) => p.code);
            const on = codes.filter((c) => chosen.has(c)).length;
            return (
              <div key={m.mission.code}>
                <Checkbox
                  label={<strong>{`${m.mission.code} ${m.mission.title}`}</strong>}
                  checked={on === codes.length ? true : on === 0 ? false : "mixed"}
                  onChange={(_, d) => toggle(codes, d.checked === true)}
                />
                {m.programmes.map((p) => (
                  <div key={p.code} style={{ paddingLeft: 24 }}>
                    <Checkbox
                      label={
                        <>
                          {`${p.code} ${p.title}`}
                          {p.source === "practice" ? (
                            <Caption1
                              className={styles.muted}
                            >{` (${t.newPlan.practice})`}</Caption1>
                          ) : null}
                        </>
                      }
                      checked={chosen.has(p.code)}
                      onChange={(_, d) => toggle([p.code], d.checked === true)}
                    />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        <Caption1 className={styles.muted}>
          {t.newPlan.selected(chosen.size, allCodes.length)}
        </Caption1>
      </div>
      <div className={styles.row}>
        <Link as="button" onClick={() => toggle(allCodes, true)}>
          {t.newPlan.all}
        </Link>
        <Link as="button" onClick={() => toggle(allCodes, false)}>
          {t.newPlan.none}
        </Link>
        <Link as="button" onClick={() => setChosen(new Set(defaultProgrammes()))}>
          {t.newPlan.reference}
        </Link>
      </div>
      <ActionButton icon={<AddRegular />} onClick={create}>
        {t.newPlan.create}
      </ActionButton>
    </View>
  );
}
