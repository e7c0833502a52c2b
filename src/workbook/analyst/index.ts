/**
 * An analyst's own tables, filled in place, and the mappings stored in the workbook: a part of
 * its own, so a front end loads it (the task pane: a chunk of its own) only when it is used.
 */
export * from "./analyst-fill";
export * from "./mapping-store";
