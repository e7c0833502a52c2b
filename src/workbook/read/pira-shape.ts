/**
 * Which tables a workbook's reader found are the PIRA tables: by their shape, never by a sheet's
 * name alone. A file named «Indicatori.csv» opened in the workbench is a sheet «Indicatori»; an
 * analyst's own sheet may be called «Programmi»: neither is a PIRA table unless its header is.
 *
 * - Programmi: the layout's Id column, in an Excel table named Programmi, or on a plain sheet
 *   with Missione and Programma.
 * - Indicatori: an Excel table named Indicatori with the layout's Id column, or Programma and
 *   Indicatore beside PIRA programmes (its Programma column names their ids).
 * - Piano and Enti count only with PIRA programmes or indicators.
 * A workbook with neither is not a PIRA workbook: its sheets are the analyst's tables.
 */
import { canonicalHeader, foldHeader, REQUIRED } from "../columns/headers";
import { message } from "../../core/message";
import { INDICATOR_COLUMNS, PROGRAMME_COLUMNS, TABLES } from "../columns/names";
import type { TableData, TablesResult, WorkbookTables } from "./tables";

function holds(table: TableData, columns: readonly string[]): boolean {
  const header = new Set(table.header.map(canonicalHeader));
  return columns.every((c) => header.has(foldHeader(c)));
}

/** The PIRA tables among those found (empty: not a PIRA workbook). */
function piraShaped(found: WorkbookTables): WorkbookTables {
  const p = found.programmes;
  // an Excel table of the layout keeps its Id: a renamed column of it is the reader's to report
  const programmes =
    p && holds(p, [PROGRAMME_COLUMNS.id]) && (p.source === "table" || holds(p, REQUIRED.programmes))
      ? p
      : undefined;
  const ind = found.indicators;
  // beside PIRA programmes, an Excel table named Indicatori is the plan's whatever its header
  // says: a header row damaged or moved is the reader's to report, not a reason to drop the table
  const indicators =
    ind &&
    ((ind.source === "table" && (programmes || holds(ind, [INDICATOR_COLUMNS.id]))) ||
      (programmes && holds(ind, REQUIRED.indicators)))
      ? ind
      : undefined;
  if (!programmes && !indicators) return {};
  return {
    ...(found.plan ? { plan: found.plan } : {}),
    ...(found.entities ? { entities: found.entities } : {}),
    ...(programmes ? { programmes } : {}),
    ...(indicators ? { indicators } : {}),
  };
}

/** The reader's result with only the PIRA tables: none is "not a PIRA workbook". */
export function piraTablesOf(r: TablesResult): TablesResult {
  if (!r.ok) return r;
  const tables = piraShaped(r.tables);
  if (tables.programmes || tables.indicators) return { ok: true, tables };
  return {
    ok: false,
    code: "not-pira",
    reason: message(
      `Non è una cartella PIRA: non ci sono le tabelle «${TABLES.programmes}» e «${TABLES.indicators}» del piano.`,
      `Not a PIRA workbook: there are no «${TABLES.programmes}» and «${TABLES.indicators}» tables of a plan.`
    ),
  };
}
