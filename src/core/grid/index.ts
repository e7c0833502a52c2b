/**
 * The table reader (pure): an analyst's own tables — a worksheet range, a CSV file, a Word
 * document's tables and headings — into a plan, the import report and the mapping used. Never
 * throws on any input; an input with no indicator in it is a failure with a reason, not an empty plan.
 */
import { chamberName } from "../import";
import { message } from "../message";
import type { Plan } from "../plan";
import { build } from "./build";
import { misreadIndicators } from "./misread";
import { GridReader } from "./reader";
import { GRID_CODES, GridReport } from "./report";
import type {
  GridBlock,
  GridImportOptions,
  GridImportReport,
  GridImportResult,
  GridMapping,
} from "./types";

export type * from "./types";
export { GRID_CODES, GRID_REASONS } from "./report";
export { readMapping, mappingJson } from "./mapping-file";
export { readCsv, type CsvRead } from "./csv";
export { placeLabel } from "./place";

function firstYearOf(reader: GridReader, options: GridImportOptions): number {
  if (options.firstYear !== undefined && Number.isInteger(options.firstYear))
    return options.firstYear;
  const fromHeaders = reader.tableYears.filter((t) => t.from === "header").map((t) => t.year);
  // a loop, not Math.min(...list): a list as long as a header is wide would overflow the stack
  const least = (list: readonly number[]) => list.reduce((a, b) => (b < a ? b : a));
  if (fromHeaders.length) return least(fromHeaders);
  if (reader.titleYears.length) return least(reader.titleYears);
  if (reader.tableYears.length) return least(reader.tableYears.map((t) => t.year));
  return new Date().getFullYear();
}

/** Reads the blocks (grids and paragraphs, in document order) into a plan. */
export function importGrids(
  blocks: readonly GridBlock[],
  options: GridImportOptions = {}
): GridImportResult {
  const report = new GridReport();
  const reader = new GridReader(report, options);
  reader.read(Array.isArray(blocks) ? blocks : []);
  const title = options.title?.trim() || reader.title || "PIRA";
  const entityName = options.entity?.trim() || reader.entityName || chamberName(title) || "Ente";
  const built = build(reader.drafts, entityName, report);
  const plan: Plan = {
    format: "pira-plan",
    version: 1,
    title,
    firstYear: firstYearOf(reader, options),
    entities: [built.entity],
    programmes: built.programmes,
    indicators: built.indicators,
  };
  const mapping: GridMapping = { format: "pira-mapping", version: 1, tables: report.tables };
  const out: GridImportReport = {
    mapping,
    counts: {
      tables: report.tables.length,
      programmes: plan.programmes.length,
      indicators: plan.indicators.length,
      placed: report.placed,
      notUnderstood: report.notUnderstood.length,
    },
    notUnderstood: report.notUnderstood,
    extraColumns: report.extraColumns,
    diagnostics: [],
    sources: built.sources,
  };
  if (plan.indicators.length === 0) {
    const reason =
      report.tables.length === 0
        ? message(
            "Nessuna tabella di indicatori trovata: serve una riga d'intestazione con il nome dell'indicatore (Indicatore, KPI, Descrizione indicatore) e almeno un'altra colonna (Algoritmo, Unità di misura, Target …).",
            "No indicator table found: a header row is needed with the indicator's name (Indicatore, KPI, Descrizione indicatore) and at least one more column (Algoritmo, Unità di misura, Target …)."
          )
        : message(
            `Trovate ${report.tables.length} tabelle di indicatori, ma nessuna riga con il nome di un indicatore.`,
            `Found ${report.tables.length} indicator tables, but no row with an indicator's name.`
          );
    report.diagnose({ code: GRID_CODES.noIndicator, severity: "error", message: reason });
    out.diagnostics = report.finish(built.entity.id);
    return { ok: false, reason, report: out };
  }
  const misread = misreadIndicators(plan.indicators);
  if (misread.length > 0) {
    const WHY = {
      value: message("è un valore", "is a value"),
      unit: message("è un'unità di misura", "is a unit"),
      field: message("è il nome di un campo", "is a field's name"),
    };
    for (const { indicator, why } of misread)
      report.diagnose({
        code: GRID_CODES.misreadLayout,
        severity: "error",
        message: message(
          `«${indicator.name}» letto come nome di un indicatore, ma ${WHY[why].it}: la disposizione della tabella non è stata capita.`,
          `«${indicator.name}» read as an indicator's name, but it ${WHY[why].en}: the table's layout was not understood.`
        ),
        place: built.sources[indicator.id],
      });
    const shown = misread
      .slice(0, 3)
      .map((m) => `«${m.indicator.name}»`)
      .join(", ");
    const reason = message(
      `Disposizione non riconosciuta: ${misread.length} «indicatori» su ${plan.indicators.length} hanno per nome un valore, un'unità o il nome di un campo (${shown}${misread.length > 3 ? ", …" : ""}). Non importato: indicare le colonne con --mapping, o mettere la tabella in righe (un indicatore per riga, i campi nelle intestazioni).`,
      `Layout not recognised: ${misread.length} «indicators» of ${plan.indicators.length} are named by a value, a unit or a field's name (${shown}${misread.length > 3 ? ", …" : ""}). Not imported: name the columns with --mapping, or lay the table out in rows (one indicator per row, the fields in the headers).`
    );
    out.diagnostics = report.finish(built.entity.id);
    return { ok: false, reason, report: out };
  }
  out.diagnostics = report.finish(built.entity.id);
  return { ok: true, plan, report: out };
}
