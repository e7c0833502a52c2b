/**
 * What the report says of a table the reader placed: its header rows and the column mapping it
 * used (each column's field, confidence and reason), and the diagnostics of the mapping: a column
 * kept as extra, a header read with low confidence, two columns for one field, a first year not
 * found or taken from the context.
 */
import { message } from "../message";
import type { PlannedTable } from "./columns";
import { fieldPath } from "./fields";
import { columnAt, placeOf, rowNumber, sourceName } from "./place";
import { GRID_CODES, type GridReport } from "./report";
import type { GridView } from "./view";

export function recordMapping(
  report: GridReport,
  view: GridView,
  headerRows: number[],
  planned: PlannedTable
): void {
  const source = sourceName(view.grid);
  const headerRow = headerRows[headerRows.length - 1];
  report.tables.push({
    source,
    headerRows: headerRows.map((r) => rowNumber(view.grid, r)),
    columns: planned.columns.map((c) => ({
      column: c.column,
      at: columnAt(view.grid, c.column),
      header: c.header,
      field: fieldPath(c.kind),
      confidence: c.confidence,
      reason: c.reason,
    })),
  });
  for (const c of planned.columns) {
    const place = placeOf(view.grid, headerRow, c.column);
    if (c.kind.f === "extra") {
      report.extraColumns.push({
        source,
        header: c.extraKey,
        at: columnAt(view.grid, c.column),
      });
      report.diagnose({
        code: GRID_CODES.extraColumn,
        severity: "info",
        message: message(
          `Colonna «${c.extraKey}»: nessun campo del piano, tenuta com'è scritta (campo extra di ogni indicatore). ${c.reason.it}`,
          `Column «${c.extraKey}»: no plan field, kept as written (each indicator's extra field). ${c.reason.en}`
        ),
        field: "extra",
        place,
      });
    } else if (c.confidence < 0.7) {
      report.diagnose({
        code: GRID_CODES.lowConfidence,
        severity: "warning",
        message: message(
          `Colonna «${c.header || c.extraKey}» letta come ${fieldPath(c.kind)} con poca certezza (${Math.round(c.confidence * 100)}%): verificare. ${c.reason.it}`,
          `Column «${c.header || c.extraKey}» read as ${fieldPath(c.kind)} with little certainty (${Math.round(c.confidence * 100)}%): please check. ${c.reason.en}`
        ),
        field: fieldPath(c.kind),
        place,
      });
    }
  }
  for (const x of planned.conflicts) {
    report.diagnose({
      code: GRID_CODES.columnConflict,
      severity: "warning",
      message: message(
        `Le colonne «${x.winner}» e «${x.header}» danno entrambe ${x.field}: vale «${x.winner}», l'altra è tenuta come colonna in più.`,
        `Columns «${x.winner}» and «${x.header}» both give ${x.field}: «${x.winner}» counts, the other is kept as an extra column.`
      ),
      field: x.field,
      place: placeOf(view.grid, headerRow, 0),
    });
  }
  if (planned.yearless.length > 0) {
    const from =
      planned.baseFrom === "option"
        ? message("indicato", "given")
        : planned.baseFrom === "title"
          ? message("letto nel titolo", "read in the title")
          : planned.baseFrom === "header"
            ? message("dalle altre colonne", "from the other columns")
            : planned.baseFrom === "actuals"
              ? message("dai consuntivi", "from the actuals")
              : message("l'anno in corso: nessun anno trovato", "the current year: no year found");
    report.diagnose({
      code: planned.baseFrom === "none" ? GRID_CODES.firstYearNotFound : GRID_CODES.yearFromContext,
      severity: planned.baseFrom === "none" ? "warning" : "info",
      message: message(
        `Colonne senza anno (${planned.yearless.map((h) => `«${h}»`).join(", ")}): anno ${planned.baseYear} (${from.it}).`,
        `Columns without a year (${planned.yearless.map((h) => `«${h}»`).join(", ")}): year ${planned.baseYear} (${from.en}).`
      ),
      field: "firstYear",
      place: placeOf(view.grid, headerRow, 0),
    });
  }
}
