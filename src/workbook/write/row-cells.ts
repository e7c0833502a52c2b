/** The computed cells of one Indicatori row, in each formula style. */
import type { Indicator, PlanValue } from "../../core/plan";
import { basisActual, basisTarget } from "../../core/performance";
import type { PiraValue } from "../../core/values";
import { computeValues, rowBasis, type RowBasis, type Thresholds } from "./computed";
import { computedFormats } from "./computed-formats";
import {
  deviationFormula,
  higherFormula,
  lowerFormula,
  numericFigure,
  outcomeFormula,
  piraDeviation,
  piraOutcome,
  piraFigure,
  piraPerformance,
  ratingFigure,
  ratingFormula,
  yesNoFigure,
  yesNoFormula,
  type RowRef,
} from "./formulas";
import { COMPUTED_COLUMNS, WORDS, type ComputedKey } from "../columns/names";
import { slotHeader } from "../columns/slots";
import { cellParts, type CellSpec, type Scalar } from "./spec";
import { valueCells } from "../columns/value-cells";

export type FormulaStyle = "native" | "pira" | "values";

export const DEFAULT_STYLE: FormulaStyle = "native";

function withFormat(cell: CellSpec, format: string | undefined): CellSpec {
  return format ? { ...cell, format } : cell;
}

/** The number format of a cell of the same row, by its column header (null: General or unknown). */
export type RowFormat = (column: string) => string | null;

const NO_FORMAT: RowFormat = () => null;

/** Percent points against a percent: the factor a side's figure is divided by (the core's comparablePair). */
function divisor(side: PiraValue, other: PiraValue): number {
  const bare = side.kind !== "percent" && !side.native && side.kind !== "yesno";
  return other.kind === "percent" && bare ? 100 : 1;
}

/** What the pira figure formula gives for a typed cell: the scaled number, "n.d." for blank, else the text. */
function piraCached(v: PlanValue | undefined, d: number): Scalar {
  const typed = cellParts(valueCells(v)[0]).value ?? null;
  if (typed === null) return WORDS.notAvailable;
  return typeof typed === "number" ? typed / d : typed;
}

/**
 * The computed cells of an indicator by column key. `ref` addresses a cell of the same row by
 * its column header, `formatOf` gives its number format: the computed figures are shown as the
 * row's basis actual and target cells are (computed-formats.ts). `b` is the row's basis, when
 * the caller has made it already (each row's values are typed once, not once per use).
 */
export function computedRow(
  ind: Indicator,
  firstYear: number,
  style: FormulaStyle,
  thresholds: Thresholds,
  ref: RowRef,
  formatOf: RowFormat = NO_FORMAT,
  b: RowBasis = rowBasis(ind, firstYear)
): Record<ComputedKey, CellSpec> {
  const values = computeValues(ind, firstYear, thresholds, b);
  const pct = b.actual.kind === "percent" || b.target.kind === "percent";
  const actualHeader = slotHeader({ section: "actuals", key: b.actualKey });
  const targetHeader = slotHeader({ section: "targets", key: b.targetKey });
  const fmt = computedFormats(
    ind,
    b,
    { actual: basisActual(ind, firstYear).value, target: basisTarget(ind, firstYear).value },
    { actual: formatOf(actualHeader), target: formatOf(targetHeader) },
    pct && (b.path === "numeric" || style === "pira")
  );
  const x = ref(actualHeader);
  const y = ref(targetHeader);
  const a = ref(COMPUTED_COLUMNS.actual);
  const t = ref(COMPUTED_COLUMNS.target);
  const r = ref(COMPUTED_COLUMNS.achievement);

  if (style === "pira") {
    // The functions read Italian text and words themselves: only percent points need scaling here.
    const da = divisor(b.actual, b.target);
    const dt = divisor(b.target, b.actual);
    return {
      actual: withFormat(
        { formula: piraFigure(x, da), value: piraCached(basisActual(ind, firstYear).value, da) },
        fmt.actual
      ),
      target: withFormat(
        { formula: piraFigure(y, dt), value: piraCached(basisTarget(ind, firstYear).value, dt) },
        fmt.target
      ),
      achievement: withFormat(
        { formula: piraPerformance(a, t, ind.polarity), value: values.achievement },
        fmt.achievement
      ),
      deviation: withFormat(
        { formula: piraDeviation(a, t), value: values.deviation },
        fmt.deviation
      ),
      outcome: { formula: piraOutcome(r, thresholds), value: values.outcome },
      method: { value: WORDS.method.pira },
    };
  }
  if (style === "values" || b.path === "values") {
    const method = style === "values" ? WORDS.method.values : `${WORDS.method.fallback} (${b.why})`;
    return {
      actual: withFormat({ value: values.actual }, fmt.actual),
      target: withFormat({ value: values.target }, fmt.target),
      achievement: withFormat({ value: values.achievement }, fmt.achievement),
      deviation: withFormat({ value: values.deviation }, fmt.deviation),
      outcome: { value: values.outcome },
      method: { value: method },
    };
  }
  const figure =
    b.path === "numeric"
      ? [numericFigure(x, y), numericFigure(y, x)]
      : b.path === "yesno"
        ? [yesNoFigure(x), yesNoFigure(y)]
        : [ratingFigure(x), ratingFigure(y)];
  let achievementFormula: string;
  if (b.path === "yesno") achievementFormula = yesNoFormula(a, t);
  else if (b.path === "qualitative") achievementFormula = ratingFormula(a, t);
  else achievementFormula = ind.polarity === "lower" ? lowerFormula(a, t) : higherFormula(a, t);
  return {
    actual: withFormat({ formula: figure[0], value: values.actual }, fmt.actual),
    target: withFormat({ formula: figure[1], value: values.target }, fmt.target),
    achievement: withFormat(
      { formula: achievementFormula, value: values.achievement },
      fmt.achievement
    ),
    deviation: withFormat(
      { formula: deviationFormula(a, t), value: values.deviation },
      fmt.deviation
    ),
    outcome: { formula: outcomeFormula(r, thresholds), value: values.outcome },
    method: { value: WORDS.method.native },
  };
}
