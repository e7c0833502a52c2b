/**
 * The one diagnostic shape of the product (docs/diagnostics.md): validation, the
 * document importer and the workbook reader all speak it. Codes are stable:
 *   PIRA-E0xx / W0xx / I0xx  validation rules (src/core/validation/rules.ts)
 *   PIRA-I9xx / W9xx         the document importer (src/core/import/report.ts)
 *   PIRA-X0xx                reading and filling a workbook (src/workbook/diagnostics.ts)
 */
import type { Message } from "./message";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** what is wrong and how to fix it, in both languages; an indicator's name is in the text */
  message: Message;
  /** plan ids (absent → null) */
  entity: string | null;
  programme: string | null;
  indicator: string | null;
  /** the plan JSON field to fix: "targets.2021", "reportedPerformance", "notes", "title", "unit" … */
  field: string | null;
  /** where the plan came from a workbook */
  sheet: string | null;
  cell: string | null;
  /** where the plan came from a document */
  line: number | null;
}

/** Where a diagnostic points; anything left out is null. */
export type Where = Partial<Omit<Diagnostic, "code" | "severity" | "message">>;

export function diagnostic(
  code: string,
  severity: Severity,
  message: Message,
  where: Where = {}
): Diagnostic {
  return {
    code,
    severity,
    message,
    entity: where.entity ?? null,
    programme: where.programme ?? null,
    indicator: where.indicator ?? null,
    field: where.field ?? null,
    sheet: where.sheet ?? null,
    cell: where.cell ?? null,
    line: where.line ?? null,
  };
}

/** How many diagnostics of each severity. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
