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
export { cellParts, isCellSpec } from "./write/spec";
export type { TableData, WorkbookTables, TablesResult } from "./read/tables";
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
export { findHeaderRow, REQUIRED } from "./columns/headers";
export * as names from "./columns/names";
export { SHEETS, TABLES, COMPUTED_COLUMNS, COMPUTED_PREFIX, SETTING_KEYS } from "./columns/names";
export { tablesOfSpec } from "./read/spec-tables";
