/**
 * «Nuovo anno» and «Confronta»: the rollover and the diff with what they need (opening the
 * workbook, reading another version from a file, writing the Confronto sheet), a chunk of their
 * own fetched on first use (load-review.ts).
 */
export { openWorkbook } from "../app/open";
export { rolloverLoaded, rolloverReportJson } from "../app/rollover";
export { diffLoaded } from "../app/diff";
export { changeCell, prepareDiffSheet } from "../app/diff-sheet";
export { loadVersion, planWorkbookBytes } from "../app/versions";
export { writePlanJson } from "../core/plan";
export { openNewWorkbook } from "../adapters/office/create-workbook";
