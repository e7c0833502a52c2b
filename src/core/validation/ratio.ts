/**
 * A value annotated with its own calculation ("76,07% (194/255)", "=91/28008 0,32%", "0,024 (n. 1
 * contenzioso su n. 41 dipendenti)") must agree with it within the precision it is written to:
 * 194/255 = 76,078…% is "76,07%" truncated or "76,08%" rounded, both fine.
 */
import Decimal from "decimal.js";
import { message } from "../message";
import type { Indicator } from "../plan";
import { readNumberAtStart } from "../values";
import type { ValidationContext } from "./context";
import { fieldLabel, indicatorLabel, quoted } from "./labels";
import { CODES as C } from "./rules";
import { valueSlots } from "./slots";

/** a number ends on a digit: "1." does not end one ("[\d.]*" then "\D*?" shared the dots) */
const NUMBER = String.raw`\d(?:[\d.]*\d)?(?:,\d+)?`;
/**
 * A number begins where no number runs on from before it (not after a digit, "/", or a digit and
 * "." / ","): each run of digits is tried once, so the search is linear ("1.1.1.1…" was quadratic).
 */
const START = String.raw`(?<![\d/]|\d[.,])`;
/** "194/255", not a date "30/09/2020" */
const SLASH = new RegExp(`${START}(${NUMBER})\\s*\\/\\s*(${NUMBER})(?![\\d/])`);
const OUT_OF = new RegExp(`${START}(${NUMBER})\\D*?\\bsu\\s+(?:n\\.?\\s*|n°\\s*)?(${NUMBER})`, "i");

function read(text: string): Decimal | null {
  const n = readNumberAtStart(text);
  return n && n.length === text.length ? n.value : null;
}

/** The x / y an annotation states, or null. */
export function annotatedRatio(
  annotation: string
): { x: Decimal; y: Decimal; text: string } | null {
  const m = SLASH.exec(annotation) ?? OUT_OF.exec(annotation);
  if (!m) return null;
  const x = read(m[1]);
  const y = read(m[2]);
  if (!x || !y || y.isZero()) return null;
  return { x, y, text: m[0] };
}

/** One unit of the last decimal place written: 76,07 → 0,01; 3 → 1. */
function lastPlace(n: Decimal): Decimal {
  return new Decimal(10).pow(-n.decimalPlaces());
}

function hasAnnotation(ind: Indicator): boolean {
  for (const k in ind.actuals) if (ind.actuals[k].annotation) return true;
  for (const k in ind.targets) if (ind.targets[k].annotation) return true;
  return false;
}

export function ratioChecks(ctx: ValidationContext): void {
  for (const ind of ctx.plan.indicators) {
    if (!hasAnnotation(ind)) continue;
    for (const slot of valueSlots(ind)) {
      const annotation = slot.value.annotation;
      if (!annotation) continue;
      const t = ctx.typed(slot.value);
      if (!t.number || (t.kind !== "percent" && t.kind !== "number")) continue;
      const r = annotatedRatio(annotation);
      if (!r) continue;
      const exact = r.x.div(r.y);
      // compare in the unit the value is written in: percentage points, or the bare number
      // (a bare number may stand for the fraction or for percentage points)
      const written = t.kind === "percent" ? t.number.times(100) : t.number;
      const candidates = t.kind === "percent" ? [exact.times(100)] : [exact, exact.times(100)];
      const tolerance = lastPlace(written);
      if (candidates.some((c) => c.minus(written).abs().lt(tolerance))) continue;
      const shown = `${exact.times(100).toDecimalPlaces(2).toFixed()}%`.replace(".", ",");
      const where = fieldLabel(slot.field);
      ctx.emit(
        C.ratioDisagrees,
        message(
          `Indicatore ${indicatorLabel(ind)}, ${where.it}: ${quoted(slot.value.raw)} non corrisponde al calcolo annotato ${r.text} = ${shown}. Correggere il valore o il calcolo.`,
          `Indicator ${indicatorLabel(ind)}, ${where.en}: ${quoted(slot.value.raw)} does not match the annotated calculation ${r.text} = ${shown}. Correct the value or the calculation.`
        ),
        ctx.atIndicator(ind, slot.field)
      );
    }
  }
}
