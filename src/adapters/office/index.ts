/**
 * The workbook engine inside Excel (Office.js): apply a description, read the tables, write a
 * fill patch — each a fixed, small number of context.sync() calls whatever the plan's size (more
 * only where a request or a response would pass Excel on the web's 5 MB). The actions (fill,
 * validate …) run over it through OfficeBackend (backend.ts), as over the other backends.
 */
export { applySpec, type OfficeApplyOptions, type OfficeApplyResult } from "./apply";
export { readTables, type OfficeReadResult } from "./read";
export { applyPatch } from "./patch";
export { DEFAULT_MAX_PAYLOAD } from "./batch";
export {
  EXCEL_API_MINIMUM,
  NO_OUTLINE,
  officeRequirements,
  type Requirements,
} from "./requirements";
