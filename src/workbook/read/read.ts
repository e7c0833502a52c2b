/**
 * Workbook tables → plan. The tables are the source of truth; generated sheets are not read.
 * Tolerant to an analyst's edits: new rows (ids given), reordered rows, changed values, extra
 * columns; what cannot be read becomes a diagnostic with its sheet and cell.
 */
import { message } from "../../core/message";
import type { Plan } from "../../core/plan";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { SHEETS, TABLES } from "../columns/names";
import { readEntities, readSettings } from "./read-plan";
import { readIndicators } from "./read-indicators";
import { readProgrammes } from "./read-programmes";
import { readWorkbookSettings, type WorkbookSettings } from "../columns/settings";
import { slotOfHeader } from "../columns/slots";
import type { TableData, WorkbookTables } from "./tables";

export interface IndicatorLocation {
  sheet: string;
  /** sheet row, 1-based */
  row: number;
}

export interface ReadResult {
  plan: Plan;
  diagnostics: WorkbookDiagnostic[];
  locations: Record<string, IndicatorLocation>;
  /** indicator id of each data row of Indicatori (null: a blank row) — what fill needs */
  rowIds: (string | null)[];
  /** the workbook's own settings (rules switched off, thresholds, formula style) */
  settings: WorkbookSettings;
}

/** The first year of the triennium from the Indicatori headers ("Target 2020" is the smallest year). */
function firstYearFromHeaders(table: TableData | undefined): number | null {
  if (!table) return null;
  const years = table.header
    .map((h) => (typeof h === "string" ? slotOfHeader(h) : null))
    .filter(
      (s): s is { section: "targets"; key: string } =>
        s?.section === "targets" && /^\d{4}$/.test(s.key)
    )
    .map((s) => Number(s.key));
  return years.length ? Math.min(...years) : null;
}

export function read(tables: WorkbookTables): ReadResult {
  const diagnostics: WorkbookDiagnostic[] = [];
  if (!tables.programmes && !tables.indicators) {
    diagnostics.push(
      diagnostic(
        "PIRA-X001",
        "error",
        message(
          `Non è una cartella PIRA: mancano le tabelle «${TABLES.programmes}» e «${TABLES.indicators}».`,
          `Not a PIRA workbook: the «${TABLES.programmes}» and «${TABLES.indicators}» tables are missing.`
        )
      )
    );
  }
  const settings = readSettings(tables.plan);
  const workbookSettings = readWorkbookSettings(tables.plan, diagnostics);
  let firstYear = settings.firstYear ?? firstYearFromHeaders(tables.indicators);
  if (firstYear === null) {
    firstYear = new Date().getFullYear();
    diagnostics.push(
      diagnostic(
        "PIRA-X008",
        "warning",
        message(
          `Primo anno del triennio non trovato (foglio «${SHEETS.plan}» o colonne «Target AAAA»): uso ${firstYear}.`,
          `First year of the triennium not found (sheet «${SHEETS.plan}» or «Target YYYY» columns): using ${firstYear}.`
        ),
        { sheet: SHEETS.plan, field: "firstYear" }
      )
    );
  }
  const entities = readEntities(tables.entities, diagnostics);
  const progs = tables.programmes
    ? readProgrammes(tables.programmes, entities, diagnostics)
    : { programmes: [], addedEntities: [] };
  const inds = tables.indicators
    ? readIndicators(tables.indicators, new Set(progs.programmes.map((p) => p.id)), diagnostics)
    : { indicators: [], locations: {}, rowIds: [] };

  // a baseline without its day: the 31 December before the triennium
  for (const ind of inds.indicators)
    if (ind.baseline && ind.baseline.date === "") ind.baseline.date = `${firstYear - 1}-12-31`;
  const plan: Plan = {
    format: "pira-plan",
    version: 1,
    title: settings.title ?? "",
    firstYear,
    entities: [...entities, ...progs.addedEntities],
    programmes: progs.programmes,
    indicators: inds.indicators,
  };
  return {
    plan,
    diagnostics,
    locations: inds.locations,
    rowIds: inds.rowIds,
    settings: workbookSettings,
  };
}
