/** The plan with its computed fields: pure, in src/core/results (published documents use it too). */
export { withComputed } from "../../core/results";
