/**
 * Confronta: the open plan against another version chosen as a file (anything import reads). The
 * changes are listed flagged first, grouped by programme; each one of the open plan selects its
 * cell. «Scrivi il confronto» writes the Confronto sheet (asking before replacing one).
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSwapRegular, DocumentArrowUpRegular, TableAddRegular } from "@fluentui/react-icons";
import type { LoadedPlan } from "../../app/loaded";
import type { Plan } from "../../core/plan";
// the words and the grouping only: the diff itself (and decimal.js) comes with the review chunk
import { groupChanges, FLAG_WORDS, KIND_WORDS, fieldWords, valueText } from "../../core/review";
import type { PlanChange, PlanDiff } from "../../core/review";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { readFileBytes } from "../components/read-file";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang } from "../i18n";
import { loadReview } from "../load-review";
import { useReviewStrings } from "../review-strings";

type Role = "older" | "newer";

const useStyles = makeStyles({
  file: { display: "none" },
  change: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    height: "auto",
    width: "100%",
    justifyContent: "flex-start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  flags: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

interface Compared {
  diff: PlanDiff;
  old: Plan;
  next: Plan;
  /** the open workbook's plan when it is the newer version (its changes select their cells) */
  open: LoadedPlan | null;
  openIsOld: LoadedPlan | null;
}

export function CompareView(props: { backend: WorkbookBackend }): React.JSX.Element {
  const t = useReviewStrings().compare;
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const input = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [role, setRole] = React.useState<Role>("older");
  const [compared, setCompared] = React.useState<Compared | null>(null);

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile({ name: f.name, bytes: await readFileBytes(f) });
    setCompared(null);
  };

  const run = () =>
    actions.run(t.action, async () => {
      if (!file) return actions.info(t.noFile);
      const engine = await loadReview();
      const opened = await engine.openWorkbook(props.backend);
      if (!opened.ok) return actions.fail(opened);
      const other = await engine.loadVersion(file.name, file.bytes);
      if (!other.ok) return actions.fail(other);
      const [older, newer] = role === "older" ? [other, opened.loaded] : [opened.loaded, other];
      const diff = engine.diffLoaded(older, newer);
      setCompared({
        diff,
        old: older.plan,
        next: newer.plan,
        open: role === "older" ? opened.loaded : null,
        openIsOld: role === "newer" ? opened.loaded : null,
      });
      actions.done(
        diff.changes.length ? t.counts(diff.changes.length, diff.counts.flagged) : t.none
      );
    });

  const write = () =>
    actions.run(t.writeAction, async () => {
      if (!compared) return;
      const engine = await loadReview();
      const prepared = await engine.prepareDiffSheet(props.backend, compared.diff, {
        old: compared.old,
        next: compared.next,
        ...(compared.open ? { open: compared.open } : {}),
      });
      if (!(await actions.confirmReplace(prepared.replaced))) return;
      const sheet = await prepared.commit();
      actions.written();
      actions.done(t.written(sheet));
    });

  /** The cell of a change in the open workbook, when the change is of its plan. */
  const select = (c: PlanChange) =>
    actions.run(t.action, async () => {
      if (!compared) return;
      const engine = await loadReview();
      const mine =
        compared.open && c.kind !== "removed"
          ? compared.open
          : compared.openIsOld && c.kind === "removed"
            ? compared.openIsOld
            : null;
      if (!mine) return;
      const at = engine.changeCell(mine, c.indicator, c.field);
      if (at) await props.backend.selectCell(at.sheet, at.cell);
    });

  const label = (plan: Plan[], id: string) => {
    for (const p of plan) {
      const q = p.programmes.find((x) => x.id === id);
      if (q) return `${q.mission}.${q.programme} ${(q.strategicProgramme ?? "").trim() || q.title}`;
    }
    return id;
  };

  return (
    <View id="compare" intro={t.intro}>
      <Field label={t.file}>
        <div className={view.row}>
          <input
            ref={input}
            className={styles.file}
            type="file"
            accept=".xlsx,.xlsm,.json,.txt,.csv,.tsv,.docx"
            data-testid="compare-file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
            {t.file}
          </Button>
          {file ? <Caption1>{t.chosen(file.name)}</Caption1> : null}
        </div>
      </Field>
      <Field label={t.role}>
        <RadioGroup value={role} onChange={(_, d) => setRole(d.value as Role)} layout="horizontal">
          {(["older", "newer"] as const).map((r) => (
            <Radio key={r} value={r} label={t.roles[r]} />
          ))}
        </RadioGroup>
      </Field>
      <ActionButton icon={<ArrowSwapRegular />} onClick={run} disabled={!file}>
        {t.run}
      </ActionButton>
      {compared && compared.diff.changes.length ? (
        <>
          <ActionButton icon={<TableAddRegular />} onClick={write}>
            {t.write}
          </ActionButton>
          <Subtitle2 as="h2">{t.list}</Subtitle2>
          <div className={view.scroll} data-testid="compare-changes">
            {/* flagged first overall, then by programme, each programme's flagged first */}
            {[true, false].map((flagged) =>
              groupChanges(compared.diff.changes.filter((c) => c.flags.length > 0 === flagged)).map(
                ([programme, list]) => (
                  <div key={`${flagged}-${programme}`} className={view.group}>
                    <Caption1 className={view.muted}>
                      {t.programme} {label([compared.next, compared.old], programme)}
                    </Caption1>
                    <ul className={styles.list}>
                      {list.map((c, i) => (
                        <li key={i}>
                          <Button
                            appearance="subtle"
                            className={styles.change}
                            onClick={() => void select(c)}
                            data-kind={c.kind}
                          >
                            <span>
                              <strong>{KIND_WORDS[c.kind][lang]}</strong>: {c.name}
                            </span>
                            {c.field !== null ? (
                              <Caption1>
                                {fieldWords(c.field)[lang]}: {valueText(c.before)} →{" "}
                                {valueText(c.after)}
                              </Caption1>
                            ) : null}
                            {c.flags.length ? (
                              <span className={styles.flags}>
                                {c.flags.map((f) => (
                                  <Badge key={f} color="danger" appearance="tint" size="small">
                                    {FLAG_WORDS[f][lang]}
                                  </Badge>
                                ))}
                              </span>
                            ) : null}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </div>
                )
              )
            )}
          </div>
        </>
      ) : null}
    </View>
  );
}
