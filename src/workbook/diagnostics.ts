/**
 * Diagnostics of reading and filling a workbook, in the shape of the diagnostics contract
 * (docs/diagnostics.md): code, severity, message (it/en), plan ids, field, sheet and cell. The
 * codes (PIRA-X0xx) are WORKBOOK_CODES, a table as the validation rules' (core/validation/rules.ts).
 */
import type { Diagnostic, Severity } from "../core/diagnostics";
import { message, type Message } from "../core/message";

export type { Severity } from "../core/diagnostics";
export { diagnostic } from "../core/diagnostics";

/** The contract's diagnostic (src/core/diagnostics.ts), as the workbook engine produces it. */
export type WorkbookDiagnostic = Diagnostic;

export interface WorkbookCode {
  code: string;
  /** the severities it is given: some are an error or a warning by what they stop */
  severities: readonly Severity[];
  title: Message;
}

const code = (
  c: string,
  severities: readonly Severity[],
  it: string,
  en: string
): WorkbookCode => ({
  code: c,
  severities,
  title: message(it, en),
});

/** Every code of reading and filling a workbook. */
export const WORKBOOK_CODES: readonly WorkbookCode[] = [
  code("PIRA-X001", ["error"], "non è una cartella PIRA", "not a PIRA workbook"),
  code("PIRA-X002", ["error"], "colonna obbligatoria mancante", "required column missing"),
  code("PIRA-X003", ["warning"], "id ripetuto (dato un nuovo id)", "duplicate id (a new id given)"),
  code(
    "PIRA-X004",
    ["info"],
    "riga senza id (dato un nuovo id)",
    "row without id (a new id given)"
  ),
  code("PIRA-X005", ["error"], "programma sconosciuto", "unknown programme reference"),
  code(
    "PIRA-X006",
    ["error", "warning"],
    "cella illeggibile (tenuta come testo)",
    "unreadable cell (kept as text)"
  ),
  code("PIRA-X007", ["info"], "testo della cella messo da parte", "text cell set aside"),
  code(
    "PIRA-X008",
    ["warning"],
    "impostazioni del piano mancanti (primo anno, titolo)",
    "plan settings missing (first year, title)"
  ),
  code("PIRA-X009", ["error", "warning"], "colonne calcolate mancanti", "computed columns missing"),
  code("PIRA-X011", ["info"], "colonna ignorata", "column ignored"),
  code("PIRA-X012", ["warning"], "ente sconosciuto (aggiunto)", "unknown entity (added)"),
  code(
    "PIRA-X013",
    ["warning"],
    "impostazione illeggibile (vale quella predefinita)",
    "setting unreadable (default used)"
  ),
  code(
    "PIRA-X014",
    ["error"],
    "colonna calcolata ripetuta (il calcolo non scrive nulla)",
    "computed column repeated (fill writes nothing)"
  ),
  code(
    "PIRA-X015",
    ["warning"],
    "data del valore di partenza illeggibile (vale il 31/12)",
    "baseline date unreadable (31/12 used)"
  ),
];
