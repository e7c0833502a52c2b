/**
 * The number formats of a row's computed cells, so they read as the analyst's own figures do
 * (1.050.000,00 € beside 1.050.000,00 €, 72,5% rather than 0.725). Codes are Excel's invariant
 * ones: Excel and LibreOffice show them with the user's separators.
 *
 * - achievement: a fraction, always a percentage with one decimal (FORMATS.achievement);
 * - the two figures and the deviation, when a percent is compared: the percent cell's own format
 *   (a percent-points side is divided by 100 and shown as its percent partner), else the percent
 *   as written (formatFor), else FORMATS.achievement;
 * - the two figures and the deviation of quantities: the side's own cell format (its number
 *   format, not General, Text or a date), else the other side's, else the figures as written — €
 *   when a value or the unit says euro, thousands grouped, the decimals written (at most two);
 * - yes/no flags, ratings, the outcome and the method: no format (General shows them as they are).
 */
import { isDateFormat } from "../../core/number-format";
import type { Indicator, PlanValue } from "../../core/plan";
import type { RowBasis, RowPath } from "./computed";
import {
  euroFormat,
  formatFor,
  FORMATS,
  isEuroFormat,
  isPercentFormat,
  numberFormat,
} from "../columns/formats";
import type { ComputedKey } from "../columns/names";

/** The number formats of the two compared cells of the row (null: General or unknown). */
export interface SourceFormats {
  actual: string | null;
  target: string | null;
}

const MAX_AMOUNT_DECIMALS = 2;
const EURO_UNIT = /€|\beur(?:o|i)?\b/i;

/** A number format a quantity can take from its cell: not General, not Text, not a date. */
function quantityFormat(code: string | null): string | null {
  if (!code) return null;
  const c = code.trim();
  if (c === "" || /^general$/i.test(c) || c === "@") return null;
  if (isDateFormat(c) || isPercentFormat(c)) return null;
  return c;
}

function decimalsOf(v: PlanValue | undefined): number {
  if (!v || typeof v.value !== "number" || !Number.isFinite(v.value)) return 0;
  const s = String(Math.abs(v.value));
  if (s.includes("e")) return MAX_AMOUNT_DECIMALS;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, MAX_AMOUNT_DECIMALS);
}

function percentOf(sources: SourceFormats, values: (PlanValue | undefined)[]): string {
  for (const code of [sources.actual, sources.target])
    if (code && isPercentFormat(code) && !isDateFormat(code)) return code.trim();
  for (const v of values) if (v?.kind === "percent" && formatFor(v)) return formatFor(v) as string;
  return FORMATS.achievement;
}

function amountOf(
  own: string | null,
  other: string | null,
  values: (PlanValue | undefined)[],
  unit: string | null
): string {
  const found = quantityFormat(own) ?? quantityFormat(other);
  if (found) return found;
  const decimals = Math.max(...values.map(decimalsOf));
  const euro =
    values.some((v) => v?.kind === "currency" || (v && isEuroFormat(formatFor(v)))) ||
    (unit !== null && EURO_UNIT.test(unit));
  return euro ? euroFormat(decimals) : numberFormat(decimals);
}

/**
 * The format of each computed cell of an indicator's row. `percentFigures`: the figures are
 * fractions shown as percentages (a percent compared on the numeric path, or the pira functions).
 */
export function computedFormats(
  ind: Indicator,
  basis: RowBasis,
  values: { actual: PlanValue | undefined; target: PlanValue | undefined },
  sources: SourceFormats,
  percentFigures: boolean
): Record<ComputedKey, string | undefined> {
  const none = { outcome: undefined, method: undefined };
  const achievement = FORMATS.achievement;
  const path: RowPath = basis.path;
  const pct = basis.actual.kind === "percent" || basis.target.kind === "percent";
  if (path === "yesno" || path === "qualitative")
    return { actual: undefined, target: undefined, achievement, deviation: undefined, ...none };
  const both = [values.actual, values.target];
  if (pct) {
    // a percent beside a bare number that is not scaled (values path): its figures as General
    const figure = percentFigures ? percentOf(sources, both) : undefined;
    return { actual: figure, target: figure, achievement, deviation: figure, ...none };
  }
  const actual = amountOf(sources.actual, sources.target, both, ind.unit);
  const target = amountOf(sources.target, sources.actual, both, ind.unit);
  return { actual, target, achievement, deviation: actual, ...none };
}
