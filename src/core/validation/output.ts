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
  const parts: string[] = [];
  if (d.sheet && d.cell) parts.push(`${d.sheet}!${d.cell}`);
  else if (d.sheet) parts.push(d.sheet);
  if (d.line !== null && d.line !== undefined)
    parts.push(`${lang === "it" ? "riga" : "line"} ${d.line}`);
  if (d.indicator) parts.push(d.indicator);
  if (d.field) parts.push(d.field);
  return parts.join(" · ");
}

function groupOf(d: Diagnostic, lang: Lang): string {
  if (d.programme) return d.programme;
  if (d.entity) return d.entity;
  return lang === "it" ? "(piano)" : "(plan)";
}

export function diagnosticsText(result: DiagnosticsLike, lang: Lang): string {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const own = result.diagnostics.filter((d) => d.severity === severity);
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
