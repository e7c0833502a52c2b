/**
 * The analyst's tables in the pane (Struttura, on a workbook without PIRA tables): the table
 * reader (core/grid), the fill in place and the plan built from a table. A chunk of its own
 * (load-analyst.ts), fetched on the first «Trova la tabella», so neither the first screen nor the
 * engine every other action loads carries the table reader.
 */
export { fillInPlace, readInPlace } from "../app/analyst-fill";
export {
  mappingOverride,
  preparePlanFromTables,
  proposedTables,
  type ProposedTable,
} from "../app/analyst-structure";
