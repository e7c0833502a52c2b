/**
 * The PIRA document importer: text copied from a Word or PDF document (tab-separated table rows,
 * HTML-like tags) → a plan, and a report of what was found and what was not understood.
 * Never throws on any text.
 */
import { message } from "../message";
import type { Plan } from "../plan";
import { readDocumentTitle, mostFrequent, yearsInText } from "./detect";
import { finalise } from "./finalise";
import { tokenise } from "./lines";
import { defaultEntityName, DocumentParser } from "./parse";
import { Collector, IMPORT_CODES, type ImportReport } from "./report";

export type { ImportDiagnostic, ImportReport, Layout, NotUnderstood, Severity } from "./report";
export { IMPORT_CODES, REASONS } from "./report";

export interface ImportOptions {
  /** the plan's title (default: the document's first heading) */
  title?: string;
  /** first year of the triennium (default: read from the tables' headers) */
  firstYear?: number;
}

export interface ImportResult {
  plan: Plan;
  report: ImportReport;
}

export function importDocument(text: string, options: ImportOptions = {}): ImportResult {
  const lines = tokenise(typeof text === "string" ? text : String(text ?? ""));
  const report = new Collector();
  const written = readDocumentTitle(lines);
  const title = options.title?.trim() || written || "PIRA";
  const parser = new DocumentParser(report, defaultEntityName(options.title?.trim() || written));
  const parsed = parser.parse(lines);
  const built = finalise(parsed, report);
  report.sweep(lines);

  let firstYear =
    options.firstYear !== undefined && Number.isInteger(options.firstYear)
      ? options.firstYear
      : null;
  if (firstYear === null)
    firstYear = mostFrequent(parsed.tableYears) ?? mostFrequent(parsed.actualYears);
  if (firstYear === null) {
    firstYear = mostFrequent(yearsInText(lines)) ?? new Date().getFullYear();
    report.diagnose({
      code: IMPORT_CODES.firstYearNotFound,
      severity: "warning",
      message: message(
        `Nessuna intestazione di tabella indica l'anno: primo anno del triennio ${firstYear}, da verificare.`,
        `No table header gives the year: first year of the triennium ${firstYear}, to be checked.`
      ),
      field: "firstYear",
    });
  }

  const plan: Plan = {
    format: "pira-plan",
    version: 1,
    title,
    firstYear,
    entities: built.entities,
    programmes: built.programmes,
    indicators: built.indicators,
  };
  const notUnderstood = report.notUnderstood;
  return {
    plan,
    report: {
      layouts: built.layouts,
      counts: {
        entities: plan.entities.length,
        programmes: plan.programmes.length,
        indicators: plan.indicators.length,
        notUnderstood: notUnderstood.length,
      },
      notUnderstood,
      diagnostics: report.finish(),
      sources: built.sources,
    },
  };
}
export { chamberName } from "./detect";
export { readLabel } from "./columns";
export type { LabelKind } from "./columns";
export { readBudget } from "./budget";
export { IS_PARETO, withoutPareto } from "./table";
