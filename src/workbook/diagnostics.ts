/**
 * Diagnostics of reading and filling a workbook, in the shape of the diagnostics contract
 * (architecture.md): code, severity, message (it/en), plan ids, field, sheet and cell.
 *
 * Codes of this module (PIRA-X…, workbook):
 *   X001 not a PIRA workbook            X002 required column missing
 *   X003 duplicate id (a new id given)  X004 row without id (a new id given)
 *   X005 unknown programme reference    X006 unreadable cell (kept as text)
 *   X007 text cell set aside            X008 plan settings missing (first year / title)
 *   X009 computed columns missing       X011 column ignored
 *   X012 unknown entity (added)
 */
import type { Message } from "../core/message";

export type Severity = "error" | "warning" | "info";

export interface WorkbookDiagnostic {
  code: string;
  severity: Severity;
  message: Message;
  entity: string | null;
  programme: string | null;
  indicator: string | null;
  field: string | null;
  sheet: string | null;
  cell: string | null;
  line: number | null;
}

export function diagnostic(
  code: string,
  severity: Severity,
  message: Message,
  where: Partial<Omit<WorkbookDiagnostic, "code" | "severity" | "message">> = {}
): WorkbookDiagnostic {
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
