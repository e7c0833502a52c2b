export type { Comparison, PiraValue, Refusal, ValueKind, ValueResult } from "./types";
export { readValue, valueFromCell } from "./read";
export { toPlanValue, planValueFromPira, piraFromPlanValue } from "./plan-value";
export { formatItalianNumber, readNumberAtStart } from "./number";
export { cleanCellText, foldWord } from "./text";
export { qualitativeRank, QUALITATIVE_SCALES } from "./words";
export { isoOfSerial } from "./date";
export { EXCEL_MAX } from "./read";
export { splitYears, type YearPart } from "./years";
