/**
 * The analyst's tables in the pane (Struttura, on a workbook without PIRA tables): the table
 * reader (core/grid), the fill in place and the plan built from a table. A chunk of its own
 * (load-analyst.ts), fetched on the first «Trova la tabella», so neither the first screen nor the
 * engine every other action loads carries the table reader. A PDF's import (Importa) reads its
 * tables with the same reader, so it is here too (pdf.js itself is a chunk of its own: load-pdf.ts).
 */
export { previewPdf } from "../app/pdf";
export { fillInPlace, readInPlace } from "../app/analyst-fill";
export {
  mappingOverride,
  preparePlanFromTables,
  proposedTables,
  type ProposedTable,
} from "../app/analyst-structure";
