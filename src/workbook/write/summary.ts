/** The summary by entity, mission and programme: pure, in src/core/results (published documents use it too). */
export { summary, type SummaryRow, type SummaryLevel } from "../../core/results";
