/**
 * Structure. A PIRA workbook: rebuild Riepilogo and the mission sheets from the tables. An
 * analyst's own table: find it under the selection (or on the active sheet), show the proposed
 * mapping — each column with its field, confidence and a sample value, a dropdown to change the
 * field — then Calcola qui (the computed columns beside their table) or Crea il piano (the PIRA
 * tables, mission sheets and summary built from it; their sheet left as it is).
 */
import * as React from "react";
import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import {
  ArrowSyncRegular,
  CalculatorRegular,
  TableAddRegular,
  TableSearchRegular,
} from "@fluentui/react-icons";
import type { ProposedTable } from "../../app/analyst-structure";
import type { WorkbookBackend } from "../../workbook/backend";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useLang, useStrings } from "../i18n";
import { loadAnalyst } from "../load-analyst";
import { loadEngine } from "../load-engine";
import type { Strings } from "../strings";

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

const useMappingStyles = makeStyles({
  column: { width: "40%", wordBreak: "break-word" },
  confidence: { width: "52px", textAlign: "right" },
  stack: { display: "flex", flexDirection: "column", paddingBlock: "2px" },
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
      <Table size="extra-small" aria-label={t.analyst.heading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={local.column}>{t.analyst.column}</TableHeaderCell>
            <TableHeaderCell>{t.analyst.field}</TableHeaderCell>
            <TableHeaderCell className={local.confidence}>{t.analyst.confidence}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.table.columns.map((c, i) => (
            <TableRow key={c.at} data-column={c.at}>
              <TableCell className={local.column}>
                <div className={local.stack}>
                  <span>
                    <strong>{c.at}</strong> {c.header}
                  </span>
                  {c.sample ? (
                    <Caption1 className={styles.muted} title={t.analyst.sample}>
                      {c.sample}
                    </Caption1>
                  ) : null}
                </div>
              </TableCell>
              <TableCell>
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
              </TableCell>
              <TableCell
                className={local.confidence}
              >{`${Math.round(c.confidence * 100)}%`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

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
      const engine = await loadAnalyst();
      const prepared = await engine.preparePlanFromTables(props.backend, {
        sheet: tables[0].sheet,
        mapping: engine.mappingOverride(tables),
      });
      if (!prepared.ok) return actions.fail(prepared);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      actions.done(t.analyst.created(r.programmes, r.indicators, r.sheets));
    });

  const busy = actions.busy !== null;
  return (
    <View id="structure" intro={t.structure.intro}>
      <ActionButton icon={<ArrowSyncRegular />} onClick={rebuild}>
        {t.structure.run}
      </ActionButton>
      <div className={styles.card} data-part="analyst">
        <Body1Strong>{t.analyst.heading}</Body1Strong>
        <Caption1 className={styles.muted}>{t.analyst.intro}</Caption1>
        <div className={styles.row}>
          <Button icon={<TableSearchRegular />} disabled={busy} onClick={find}>
            {t.analyst.find}
          </Button>
        </div>
        {tables?.[0] ? (
          <>
            <MappingTable table={tables[0]} onChange={change} />
            <div className={styles.row}>
              <Button
                appearance="primary"
                icon={<CalculatorRegular />}
                disabled={busy}
                onClick={fillHere}
              >
                {t.analyst.fillHere}
              </Button>
              <Button icon={<TableAddRegular />} disabled={busy} onClick={createPlan}>
                {t.analyst.createPlan}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </View>
  );
}
