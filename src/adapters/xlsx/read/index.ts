/**
 * The reading side of an .xlsx package: one reader for every command, the file backend and the
 * workbench (README.md in the folder above says how to use it).
 */
export {
  WorkbookReader,
  readWorkbookContents,
  readCounts,
  type WorkbookContents,
  type ReadFailure,
  type NoSuchSheet,
} from "./workbook";
export { scanSheet, type SheetCells, type SheetContext } from "./sheet-cells";
export { sheetTableParts, tableName, type TablePart } from "./table-parts";
export { notPira, notReadable, unreadable, UnreadableWorkbook } from "./refusal";
