/**
 * The pane's engine: everything an action runs (importer, layout, fill, validation, summary).
 * Loaded on the first action (load-engine.ts) so the pane itself opens quickly in Excel.
 */
export { prepareCreate } from "./actions/create";
export { previewImport } from "./actions/import";
export { newPlan } from "./actions/new-plan";
export { prepareStructure } from "./actions/structure";
export { fillWorkbook } from "./actions/fill";
export { validateWorkbook } from "./actions/validate";
export { prepareSummary } from "./actions/summary";
export { prepareStoreSettings, readStoredSettings } from "./actions/settings-store";
export { RULES } from "../core/validation";
/** the Office.js adapter, for OfficeBackend (the workbench never calls it) */
export * as office from "../adapters/office";
