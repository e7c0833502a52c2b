/**
 * A plan's results (pure): each indicator's computed achievement and outcome, and the summary by
 * entity, mission and programme. The workbook, the CLI and the published documents share them.
 */
export type { Thresholds } from "./thresholds";
export { withComputed } from "./computed";
export { summary, type SummaryRow, type SummaryLevel } from "./summary";
