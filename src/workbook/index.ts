/**
 * The workbook engine, pure: plan ⇄ workbook description and tables, fill, summary.
 * Adapters (src/adapters/xlsx, src/adapters/office) apply descriptions and read tables.
 */
export type {
  Scalar,
  CellSpec,
  CellInput,
  CellStyle,
  Block,
  ColumnSpec,
  TableSpec,
  ListValidation,
  BandFormat,
  RowGroup,
  SheetSpec,
  SheetRole,
  WorkbookSpec,
} from "./write/spec";
export {
  cellParts,
  isCellSpec,
  EXCEL_OVERFLOW,
  needsQuotePrefix,
  writableNumber,
} from "./write/spec";
export type * from "./backend";
export { parseRange, rangeAddress } from "./write/a1";
export type { TableData, WorkbookTables, TablesResult, TablesFailure } from "./read/tables";
export { piraTablesOf } from "./read/pira-shape";
export type { WorkbookDiagnostic, Severity } from "./diagnostics";
export type { Thresholds, RowPath } from "./write/computed";
export { computeValues, rowBasis } from "./write/computed";
export type { FormulaStyle } from "./write/row-cells";
export {
  layout,
  generatedSheets,
  layoutLocations,
  GENERATED_SHEET,
  type LayoutOptions,
} from "./write/layout";
export { read, type ReadResult, type IndicatorLocation } from "./read/read";
export {
  fill,
  isComputedHeader,
  patchCells,
  type FillOptions,
  type FillResult,
  type FillTarget,
  type Patch,
} from "./write/fill";
export { summary, type SummaryRow, type SummaryLevel } from "./write/summary";
export { summarySheet } from "./sheets/summary-sheet";
export {
  validationSheet,
  VALIDATION_COLUMNS,
  VALIDATION_TABLE,
  type ValidationSheetOptions,
} from "./sheets/validation-sheet";
export {
  readWorkbookSettings,
  settingsRows,
  splitRules,
  NO_SETTINGS,
  type WorkbookSettings,
} from "./columns/settings";
export { withComputed } from "./write/export";
export { toFileForm, fromFileForm } from "./write/formulas";
export { findHeaderRow, canonicalHeader, foldHeader, REQUIRED } from "./columns/headers";
export { slotHeader } from "./columns/slots";
export * as names from "./columns/names";
export {
  SHEETS,
  TABLES,
  COMPUTED_COLUMNS,
  COMPUTED_PREFIX,
  SETTING_KEYS,
  INDICATOR_COLUMNS,
  PROGRAMME_COLUMNS,
  PLAN_COLUMNS,
  type TableKey,
} from "./columns/names";
export { planSheet } from "./sheets/plan-sheet";
export { diffSheets, DIFF_SHEET } from "./sheets/diff-sheet";
export { tablesOfSpec } from "./read/spec-tables";
