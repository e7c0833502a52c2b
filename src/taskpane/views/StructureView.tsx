/**
 * Structure. A PIRA workbook: rebuild Riepilogo and the mission sheets from the tables. An
 * analyst's own table: find it under the selection (or on the active sheet), show the proposed
 * mapping — each column with its field, confidence and a sample value, a dropdown to change the
 * field — then Calcola qui (the computed columns beside their table) or Crea il piano (the PIRA
 * tables, mission sheets and summary built from it; their sheet left as it is).
 */
import * as React from "react";
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSyncRegular,
  CalculatorRegular,
  TableAddRegular,
  TableSearchRegular,
} from "@fluentui/react-icons";
import type { ProposedTable } from "../../app/analyst-structure";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { loadAnalyst } from "../load-analyst";
import { loadEngine } from "../load-engine";
import { STRINGS, type Strings } from "../strings";

/** "actuals.2021-12-31" → "Consuntivo 31/12/2021", "targets.2022" → "Target 2022" … */
export function fieldLabel(t: Strings, field: string): string {
  const named = t.analyst.fields[field];
  if (named) return named;
  const target = /^targets\.(\d{4})$/.exec(field);
  if (target) return t.analyst.target(target[1]);
  const actual = /^actuals\.(\d{4})-(\d{2})-(\d{2})$/.exec(field);
  if (actual) return t.analyst.actual(`${actual[3]}/${actual[2]}/${actual[1]}`);
  return field;
}

/** Below this the field proposed for a column is marked «da verificare». */
const SURE = 0.8;

/**
 * Why the mapping cannot be computed or turned into a plan, or null: two columns on one field
 * (which one would count?), or no column holding the indicators' names.
 */
export function mappingProblem(t: Strings, table: ProposedTable): string | null {
  const byField = new Map<string, string[]>();
  for (const c of table.columns) {
    if (c.field === "extra") continue;
    byField.set(c.field, [...(byField.get(c.field) ?? []), `${c.at} «${c.header}»`]);
  }
  for (const [field, columns] of byField)
    if (columns.length > 1) return t.analyst.twoColumns(fieldLabel(t, field), columns);
  if (!byField.has("name")) return t.analyst.noName(fieldLabel(t, "name"));
  return null;
}

/**
 * The entity's name to propose: the one read, unless it is a placeholder («Ente») or a whole
 * title row, of which the body's name is kept («Camera di Commercio di Valdelsa – monitoraggio…»).
 */
export function proposedEntity(found: string | undefined): string {
  const name = (found ?? "").trim();
  if (!name || /^(ente|entity)$/i.test(name)) return "";
  const body = /\b(camera di commercio|unioncamere|azienda speciale)\b[^–—:;,(]*/i.exec(name);
  if (body) return body[0].replace(/\s+-\s.*$/, "").trim();
  return name.length > 80 ? "" : name;
}

const useMappingStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  select: { width: "100%" },
});

function MappingTable(props: {
  table: ProposedTable;
  onChange(column: number, field: string): void;
}): React.JSX.Element {
  const t = useStrings();
  const actions = useActions();
  const styles = useViewStyles();
  const local = useMappingStyles();
  return (
    <div className={styles.scroll}>
      <ul className={local.list} aria-label={t.analyst.heading}>
        {props.table.columns.map((c, i) => (
          <li key={c.at} className={local.item} data-column={c.at}>
            <span className={local.head}>
              <strong>{`${t.analyst.column} ${c.at}`}</strong>
              <span>{c.header}</span>
              {c.confidence < SURE ? (
                <Badge appearance="tint" color="warning" size="small">
                  {t.analyst.unsure}
                </Badge>
              ) : null}
            </span>
            {c.sample ? (
              <Caption1 className={styles.muted}>{`${t.analyst.sample}: ${c.sample}`}</Caption1>
            ) : null}
            <Select
              className={local.select}
              size="small"
              aria-label={t.analyst.fieldOf(c.header)}
              value={c.field}
              disabled={actions.busy !== null}
              onChange={(_, d) => props.onChange(i, d.value)}
            >
              {props.table.fields.map((f) => (
                <option key={f} value={f}>
                  {fieldLabel(t, f)}
                </option>
              ))}
            </Select>
          </li>
        ))}
      </ul>
    </div>
  );
}

const useProblemStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export function StructureView(props: {
  backend: WorkbookBackend;
  /** find the table at once (the workbench, after opening an analyst's file) */
  autoFind?: boolean;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const actions = useActions();
  const styles = useViewStyles();
  const [tables, setTables] = React.useState<ProposedTable[] | null>(null);
  const [entity, setEntity] = React.useState("");
  const problem = tables?.[0] ? mappingProblem(t, tables[0]) : null;
  /** stops an action for a reason said in both languages */
  const stop = (why: (s: Strings) => string | null) =>
    actions.fail({
      ok: false,
      reason: { it: why(STRINGS.it) ?? "", en: why(STRINGS.en) ?? "" },
      remedy: "checkInput",
    });
  const tableProblem = (s: Strings) => (tables?.[0] ? mappingProblem(s, tables[0]) : null);

  const rebuild = () =>
    actions.run(t.actionNames.structure, async () => {
      const prepared = await (await loadEngine()).prepareStructure(props.backend);
      if (!prepared.ok) return actions.fail(prepared);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      actions.done(t.structure.done(r.sheets, r.programmes, r.indicators), [
        ...(r.readProblems ? [t.structure.readProblems(r.readProblems)] : []),
        ...r.notes.map((n) => n[lang]),
      ]);
    });

  const find = () =>
    actions.run(t.actionNames.analystRead, async () => {
      const engine = await loadAnalyst();
      const read = await engine.readInPlace(props.backend, { selection: true });
      if (!read.ok) {
        setTables(null);
        return actions.fail(read);
      }
      const proposed = engine.proposedTables(read).slice(0, 1);
      setTables(proposed);
      setEntity(proposedEntity(read.sheets[0]?.plan.entities[0]?.name));
      const first = proposed[0];
      if (first) actions.info(t.analyst.found(first.sheet, first.indicators, first.columns.length));
    });

  React.useEffect(() => {
    if (props.autoFind) void find();
    // once, when the view is first shown
  }, []);

  const change = (column: number, field: string) =>
    setTables((ts) =>
      ts
        ? ts.map((tb, i) =>
            i === 0
              ? {
                  ...tb,
                  columns: tb.columns.map((c, j) =>
                    j === column ? { ...c, field, confidence: 1 } : c
                  ),
                }
              : tb
          )
        : ts
    );

  const fillHere = () =>
    actions.run(t.actionNames.analystFill, async () => {
      if (!tables?.length) return;
      if (problem) return stop(tableProblem);
      const engine = await loadAnalyst();
      const sheet = tables[0].sheet;
      const r = await engine.fillInPlace(props.backend, {
        sheet,
        mapping: engine.mappingOverride(tables),
      });
      if (!r.ok) return actions.fail(r);
      actions.written();
      const s = r.sheets[0];
      const cols = s.columns;
      actions.done(
        t.analyst.filled(s.sheet, cols[0].at, cols[cols.length - 1].at, s.changed),
        r.fallbacks ? [t.analyst.fallbacks(r.fallbacks)] : []
      );
    });

  const createPlan = () =>
    actions.run(t.actionNames.newPlan, async () => {
      if (!tables?.length) return;
      if (problem) return stop(tableProblem);
      if (!entity.trim()) return stop((s) => s.analyst.entityMissing);
      const engine = await loadAnalyst();
      const prepared = await engine.preparePlanFromTables(props.backend, {
        sheet: tables[0].sheet,
        mapping: engine.mappingOverride(tables),
        entity,
      });
      if (!prepared.ok) return actions.fail(prepared);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      actions.done(t.analyst.created(r.programmes, r.indicators, r.sheets));
    });

  const busy = actions.busy !== null;
  const local = useProblemStyles();
  return (
    <View id="structure" intro={t.structure.intro}>
      <ActionButton icon={<ArrowSyncRegular />} onClick={rebuild}>
        {t.structure.run}
      </ActionButton>
      <div className={styles.card} data-part="analyst">
        <Body1Strong>{t.analyst.heading}</Body1Strong>
        <Caption1 className={styles.muted}>{t.analyst.intro}</Caption1>
        <div className={styles.row}>
          <Button icon={<TableSearchRegular />} disabledFocusable={busy} onClick={find}>
            {t.analyst.find}
          </Button>
        </div>
        {tables?.[0] ? (
          <>
            <MappingTable table={tables[0]} onChange={change} />
            {problem ? (
              <Caption1 className={local.problem} data-testid="mapping-problem">
                {problem}
              </Caption1>
            ) : null}
            <Field label={t.analyst.entity} hint={t.analyst.entityHint}>
              <Input value={entity} onChange={(_, d) => setEntity(d.value)} />
            </Field>
            <div className={styles.row}>
              <Button
                appearance="primary"
                icon={<CalculatorRegular />}
                disabledFocusable={busy}
                onClick={fillHere}
              >
                {t.analyst.fillHere}
              </Button>
              <Button icon={<TableAddRegular />} disabledFocusable={busy} onClick={createPlan}>
                {t.analyst.createPlan}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </View>
  );
}
