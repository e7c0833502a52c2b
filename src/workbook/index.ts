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
} from "./spec";
export { cellParts, isCellSpec } from "./spec";
export type { TableData, WorkbookTables, TablesResult } from "./tables";
export type { WorkbookDiagnostic, Severity } from "./diagnostics";
export type { Thresholds, RowPath } from "./computed";
export { computeValues, rowBasis } from "./computed";
export type { FormulaStyle } from "./row-cells";
export {
  layout,
  generatedSheets,
  layoutLocations,
  GENERATED_SHEET,
  type LayoutOptions,
} from "./layout";
export { read, type ReadResult, type IndicatorLocation } from "./read";
export {
  fill,
  isComputedHeader,
  patchCells,
  type FillOptions,
  type FillResult,
  type FillTarget,
  type Patch,
} from "./fill";
export { summary, type SummaryRow, type SummaryLevel } from "./summary";
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
} from "./settings";
export { withComputed } from "./export";
export { toFileForm, fromFileForm } from "./formulas";
export { findHeaderRow, REQUIRED } from "./headers";
export * as names from "./names";
export { SHEETS, TABLES, COMPUTED_COLUMNS, COMPUTED_PREFIX, SETTING_KEYS } from "./names";
export { tablesOfSpec } from "./spec-tables";
