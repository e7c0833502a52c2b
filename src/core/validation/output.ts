/**
 * The two faces of a validation result: the contract's JSON document (docs/diagnostics.md,
 * "Diagnostics") with the message in one language, and a text for people, grouped by severity
 * then by programme, one line per diagnostic with its place.
 */
import type { Diagnostic, Severity } from "../diagnostics";
import type { Lang } from "../message";
import type { ValidationCounts } from "./types";
import { countDiagnostics } from "./validate";

/** A diagnostic of the contract's JSON document: the message in one language. */
export type DiagnosticJson = Omit<Diagnostic, "message"> & { message: string };

export interface DiagnosticsDocument {
  diagnostics: DiagnosticJson[];
  counts: ValidationCounts;
}

/** A ValidationResult, or any list of diagnostics (the CLI adds the readers' own): counts are recomputed. */
export interface DiagnosticsLike {
  diagnostics: readonly Diagnostic[];
  counts?: ValidationCounts;
}

export function diagnosticsJson(result: DiagnosticsLike, lang: Lang): DiagnosticsDocument {
  return {
    diagnostics: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message[lang],
      entity: d.entity ?? null,
      programme: d.programme ?? null,
      indicator: d.indicator ?? null,
      field: d.field ?? null,
      sheet: d.sheet ?? null,
      cell: d.cell ?? null,
      line: d.line ?? null,
    })),
    counts: countDiagnostics(result.diagnostics),
  };
}

const HEADINGS: Record<Lang, Record<Severity, string>> = {
  it: { error: "Errori", warning: "Avvisi", info: "Informazioni" },
  en: { error: "Errors", warning: "Warnings", info: "Information" },
};

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** "Indicatori!F12", "riga 179", plus the field: "riga 179 · reportedPerformance". */
export function placeText(d: Diagnostic, lang: Lang): string {
  // the parts joined by " · " as they come (no list made: one call per line of a long report)
  let text = "";
  const add = (part: string) => {
    text = text === "" ? part : `${text} · ${part}`;
  };
  if (d.sheet && d.cell) add(`${d.sheet}!${d.cell}`);
  else if (d.sheet) add(d.sheet);
  if (d.line !== null && d.line !== undefined) add(`${lang === "it" ? "riga" : "line"} ${d.line}`);
  if (d.indicator) add(d.indicator);
  if (d.field) add(d.field);
  return text;
}

function groupOf(d: Diagnostic, lang: Lang): string {
  if (d.programme) return d.programme;
  if (d.entity) return d.entity;
  return lang === "it" ? "(piano)" : "(plan)";
}

export function diagnosticsText(result: DiagnosticsLike, lang: Lang): string {
  // each severity's diagnostics in one pass, in their order
  const bySeverity: Record<Severity, Diagnostic[]> = { error: [], warning: [], info: [] };
  for (const d of result.diagnostics)
    if (d.severity === "error" || d.severity === "warning" || d.severity === "info")
      bySeverity[d.severity].push(d);
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const own = bySeverity[severity];
    if (own.length === 0) continue;
    const groups = new Map<string, Diagnostic[]>();
    for (const d of own) {
      const g = groupOf(d, lang);
      const l = groups.get(g);
      if (l) l.push(d);
      else groups.set(g, [d]);
    }
    lines.push(`${HEADINGS[lang][severity]} (${own.length})`);
    for (const [group, list] of groups) {
      lines.push(`  ${group}`);
      for (const d of list) {
        const place = placeText(d, lang);
        lines.push(`    ${d.code}${place ? ` [${place}]` : ""} ${d.message[lang]}`);
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}
