/**
 * The pane's engine: the application layer's actions (src/app) and the Office.js adapter.
 * Loaded on the first action (load-engine.ts) so the pane itself opens quickly in Excel.
 */
export { prepareCreate } from "../app/create";
export { previewImport } from "../app/import";
export { newPlan } from "../app/new-plan";
export { prepareStructure } from "../app/structure";
export { fillWorkbook } from "../app/fill";
export { validateWorkbook } from "../app/validate";
export { prepareSummary } from "../app/summary";
export { loadSettings, prepareStoreSettings } from "../app/settings-store";
export { RULES, disabledRuleCodes } from "../core/validation";
/** the workbook inside Excel (the workbench brings its own backend) */
export { OfficeBackend } from "../adapters/office/backend";
