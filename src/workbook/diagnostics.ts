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
 *   X012 unknown entity (added)        X013 setting unreadable (default used)
 *   X014 computed column repeated (fill writes nothing)
 */
import type { Diagnostic } from "../core/diagnostics";

export type { Severity } from "../core/diagnostics";
export { diagnostic } from "../core/diagnostics";

/** The contract's diagnostic (src/core/diagnostics.ts), as the workbook engine produces it. */
export type WorkbookDiagnostic = Diagnostic;
