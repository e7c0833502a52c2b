/*
 * PIRA custom functions (namespace PIRA, set in manifest.xml): thin wrappers over src/core.
 *
 * custom-functions-metadata-plugin reads the JSDoc below into functions.json and registers each
 * function with CustomFunctions.associate: keep every function a top-level named export with an
 * `@customfunction ID` tag (the id without the namespace), optional parameters written `x?: T`,
 * argument types written out (the generator rejects type aliases and interfaces). `unknown` is
 * type "any" (a number, a text or a boolean: the functions read Italian text themselves);
 * `unknown[][]` is a range (matrix).
 * Italian names and descriptions: src/functions/translations.it.json.
 *
 * Errors: a scalar function throws a CustomFunctions.Error (#N/A missing data, #VALUE! unreadable
 * input with a message saying what was expected, #DIV/0!); a range result holds one per cell.
 * Nothing else is ever thrown, and no result is NaN or infinite. All functions are synchronous.
 */
import { achievementGrid } from "./achievement-grid";
import { flagArgument, LABELS } from "./arguments";
import { programmeOf, missionOf } from "./catalogue";
import { deviationOf } from "./deviation";
import { orThrow } from "./errors";
import { outcomeOf } from "./outcome";
import { valueOf } from "./value";
import { weightedMean } from "./weighted";

/**
 * Achievement of an indicator: the actual value against its target, as a fraction (1 = 100%). Give two ranges of the same size to compute a whole column in one call.
 * @customfunction PERFORMANCE
 * @param actual The actual value (consuntivo), or a range of them: a number or Italian text such as "98,47%", "€ 3.960", "€ 1,2 milioni", "sì", "n.d.", a date.
 * @param target The target, written the same way, or a range the size of actual (or one cell for all). A sign is its polarity: "≥ 90%", "<= 5 gg", "almeno 10", "max 15"; a date is a deadline: "entro il 30/06/2021" (met on or before).
 * @param [polarity] "higher" (crescente), "lower" (decrescente), "yesno" (sì/no) or "qualitative" (qualitativo), or a range of them. Omitted: yesno or qualitative when the values are, else higher.
 * @param [cap] TRUE (default) limits the result to 1; FALSE lets it exceed 1.
 * @returns The achievement as a fraction between 0 and 1 (above 1 only when cap is FALSE), one per row of the ranges.
 */
export function PERFORMANCE(
  actual: unknown[][],
  target: unknown[][],
  polarity?: unknown[][],
  cap?: boolean
): unknown[][] {
  const grid = orThrow(achievementGrid(actual, target, polarity, cap));
  // a single cell: its error is the formula's error (thrown, as Excel documents it)
  if (grid.length === 1 && grid[0].length === 1 && typeof grid[0][0] !== "number") throw grid[0][0];
  return grid;
}

/**
 * The number an Italian-formatted value stands for: "98,47%" is 0,9847, "€ 1,2 milioni" is 1200000, "2 947 171" is 2947171, "sì" is 1, a date its serial number.
 * @customfunction VALUE
 * @param text The value as written: "1.234,5", "98,47%", "€ 3.960", "35 mila", sì/no, "4 su 8" (gives 4), "≥ 90%" (gives 0,9), "31/12/2021" (a date). "n.d." or blank gives #N/A; ambiguous text ("12 34") #VALUE!.
 * @returns The number (a percentage as a fraction).
 */
export function VALUE(text: unknown): number {
  return orThrow(valueOf(text));
}

/**
 * Deviation of the actual value from the target: actual − target, or relative to the target.
 * @customfunction DEVIATION
 * @param actual The actual value (consuntivo): a number or Italian text such as "98,47%", "€ 3.960".
 * @param target The target value, written the same way.
 * @param [relative] FALSE (default): actual − target; TRUE: (actual − target) / |target|.
 * @returns The deviation (a difference of percentages as a fraction).
 */
export function DEVIATION(actual: unknown, target: unknown, relative?: boolean): number {
  const rel = orThrow(flagArgument(relative, false, LABELS.relative));
  return orThrow(deviationOf(actual, target, rel));
}

/**
 * Outcome of an achievement: "raggiunto" from the high threshold up, "parzialmente raggiunto" from the low one, else "non raggiunto".
 * @customfunction OUTCOME
 * @param achievement The achievement as a fraction (0,85) or a percentage ("85%"), such as PERFORMANCE returns.
 * @param [low] Low threshold (default 0,7): below it the target is not achieved.
 * @param [high] High threshold (default 0,9): from it up the target is achieved.
 * @returns "raggiunto", "parzialmente raggiunto" or "non raggiunto".
 */
export function OUTCOME(achievement: unknown, low?: unknown, high?: unknown): string {
  return orThrow(outcomeOf(achievement, low, high));
}

/**
 * Official title of a mission of the budget classification (chambers of commerce catalogue).
 * @customfunction MISSION
 * @param code The mission code: "011", "11" or 11 (a programme code such as "011.005" names its mission).
 * @returns The official mission title.
 */
export function MISSION(code: unknown): string {
  return orThrow(missionOf(code));
}

/**
 * Official title of a programme of the budget classification (chambers of commerce catalogue). A retired code (032.004) gives #VALUE! naming the programme that replaced it.
 * @customfunction PROGRAMME
 * @param code The programme code with its mission, "011.005", or the mission code alone when programme is given.
 * @param [programme] The programme code within the mission, such as "005", when code is the mission.
 * @returns The official programme title.
 */
export function PROGRAMME(code: unknown, programme?: unknown): string {
  return orThrow(programmeOf(code, programme));
}

/**
 * Weighted mean of achievements: Σ(achievement × weight) / Σ weight. Blank and "n.d." achievements are left out with their weights.
 * @customfunction WEIGHTED
 * @param achievements The achievements: a range of fractions (0,85) or percentages ("85%").
 * @param weights The weights: a range of the same size, zero or positive.
 * @returns The weighted mean of the available achievements.
 */
export function WEIGHTED(achievements: unknown[][], weights: unknown[][]): number {
  return orThrow(weightedMean(achievements, weights));
}
