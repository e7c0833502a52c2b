/**
 * What the Struttura view shows of an analyst's table and does with it: the proposed mapping
 * (each column with its field, confidence and a sample value), the fields a column can be given,
 * the mapping the user settled as the override the table reader takes, and Crea il piano (the
 * PIRA tables, mission sheets and summary built from the table — the analyst's sheets left as
 * they are: a PIRA sheet that would replace one of theirs is refused).
 */
import type { GridCell, MappingOverride } from "../core/grid";
import { message } from "../core/message";
import { columnNumber } from "../core/a1";
import type { WorkbookBackend } from "../workbook";
import { GENERATED_SHEET, layout } from "../workbook";
import { MAPPING_SHEET } from "../workbook/analyst";
import { readInPlace, type AnalystTables, type InPlaceChoice } from "./analyst-fill";
import { prepareCreate, type Created } from "./create";
import { failure, type Failure } from "./failure";
import { replacedSheets, type PreparedWrite } from "./sheets";

export interface ProposedColumn {
  /** the column's letter */
  at: string;
  header: string;
  /** plan field path ("name", "targets.2021", "extra" …) */
  field: string;
  /** 0..1 */
  confidence: number;
  /** the first value under the header, as text ("" when the column is empty) */
  sample: string;
}

export interface ProposedTable {
  sheet: string;
  headerRows: number[];
  /** indicators found in it */
  indicators: number;
  columns: ProposedColumn[];
  /** the fields a column can be given here (the dropdown's options), in order */
  fields: string[];
}

function sampleText(v: GridCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "VERO" : "FALSO";
  return String(v);
}

const BASE_FIELDS = [
  "name",
  "formula",
  "unit",
  "typology",
  "source",
  "polarity",
  "group",
  "notes",
  "reportedPerformance",
];
const PROGRAMME_FIELDS = [
  "programme.mission",
  "programme.code",
  "programme.title",
  "programme.missionTitle",
  "programme.objective",
  "programme.responsible",
  "programme.stakeholders",
  "programme.strategicArea",
  "programme.strategicProgramme",
  "programme.budget",
  "programme.description",
];

/** The fields offered for a table whose triennium starts in `firstYear`, with those it uses. */
function fieldChoices(firstYear: number, used: readonly string[]): string[] {
  const years = [firstYear, firstYear + 1, firstYear + 2];
  const fields = [
    ...BASE_FIELDS,
    ...years.map((y) => `targets.${y}`),
    "targets.triennium",
    ...years.flatMap((y) => [`actuals.${y}-06-30`, `actuals.${y}-09-30`, `actuals.${y}-12-31`]),
    ...PROGRAMME_FIELDS,
    "extra",
  ];
  for (const f of used) if (!fields.includes(f)) fields.splice(fields.length - 1, 0, f);
  return fields;
}

/** The mapping proposed for each table read. */
export function proposedTables(read: AnalystTables): ProposedTable[] {
  return read.sheets.flatMap((s) => {
    const g = read.grids.get(s.sheet);
    const origin = g?.grid.origin;
    return s.report.mapping.tables
      .filter((t) => t.source === s.sheet)
      .map((t) => {
        const first = Math.max(...t.headerRows) + 1;
        const columns = t.columns.map((c) => {
          let sample = "";
          if (g && origin?.kind === "sheet") {
            const col = columnNumber(c.at) - origin.col;
            for (let r = first - origin.row; r < g.grid.rows.length && sample === ""; r++)
              sample = sampleText(g.grid.rows[r]?.[col]);
          }
          return {
            at: c.at,
            header: c.header,
            field: c.field,
            confidence: c.confidence,
            sample,
          };
        });
        return {
          sheet: s.sheet,
          headerRows: t.headerRows,
          indicators: s.plan.indicators.length,
          columns,
          fields: fieldChoices(
            s.plan.firstYear,
            columns.map((c) => c.field)
          ),
        };
      });
  });
}

/** The mapping the user settled (header → field), as the override of the next read. */
export function mappingOverride(tables: readonly ProposedTable[]): MappingOverride {
  return {
    tables: tables.map((t) => ({
      source: t.sheet,
      columns: t.columns.map((c) => ({ header: c.header, field: c.field })),
    })),
  };
}

/**
 * Crea il piano: the PIRA workbook's sheets built from the analyst's tables, beside them. Refused
 * when a sheet it writes (or a mission sheet it replaces) is one of the analyst's.
 */
export async function preparePlanFromTables(
  backend: WorkbookBackend,
  choice: InPlaceChoice & {
    /** the entity's name as the user confirmed it (else the one read from the table) */
    entity?: string;
  } = {}
): Promise<(PreparedWrite<Created> & { ok: true }) | Failure> {
  const read = await readInPlace(backend, choice);
  if (!read.ok) return read;
  const first = read.sheets[0];
  const entity = choice.entity?.trim();
  const plan = {
    ...first.plan,
    entities: entity
      ? first.plan.entities.map((e, i) => (i === 0 ? { ...e, name: entity } : e))
      : first.plan.entities,
    programmes: read.sheets.flatMap((s) => s.plan.programmes),
    indicators: read.sheets.flatMap((s) => s.plan.indicators),
  };
  const settings = { ...read.settings, ...(choice.style ? { formulaStyle: choice.style } : {}) };
  const spec = layout(plan, {
    formulas: settings.formulaStyle,
    thresholds: settings.thresholds,
    disabledRules: settings.disabledRules,
  });
  const theirs = [...(await backend.sheetNames())].filter(
    (n) => n.toLowerCase() !== MAPPING_SHEET.toLowerCase()
  );
  const analystSheets = new Set(read.sheets.map((s) => s.sheet.toLowerCase()));
  const clash = replacedSheets(theirs, spec.sheets, GENERATED_SHEET).filter((n) =>
    analystSheets.has(n.toLowerCase())
  );
  if (clash.length)
    return failure(
      message(
        `Il foglio «${clash[0]}» è dell'analista e il piano ne scriverebbe uno con lo stesso nome: rinominarlo (per esempio «${clash[0]} (originale)») e riprovare.`,
        `Sheet «${clash[0]}» is the analyst's and the plan would write one of the same name: rename it (for example «${clash[0]} (originale)») and try again.`
      ),
      "checkInput"
    );
  const prepared = await prepareCreate(backend, plan, settings);
  return { ok: true, ...prepared };
}
