/**
 * Achievement rules: the reported Performance against the one computed by the rule of
 * src/core/performance (the tool never bends its rule to match a figure), deviations below the
 * "raggiunto" band and "n.d." actuals that no note explains (D.Lgs. 33/2013 art. 29 asks for the
 * reasons of deviations), and pairs of values no rule can compare.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../message";
import {
  achievement,
  roundPercent,
  basisActual,
  basisTarget,
  POLARITY_LABEL,
} from "../performance";
import type { Indicator } from "../plan";
import { formatItalianNumber, type PiraValue } from "../values";
import type { ValidationContext } from "./context";
import { fieldLabel, indicatorLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

const HUNDRED = new Decimal(100);
/** One unit of the last decimal place of a percentage, as a fraction: 0,01 (whole points), 0,001 … */
const TOLERANCE = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => new Decimal(10).pow(-d));

/** The reported figure as a fraction: "21%" → 0.21; a bare "21" is in points; a cell number as is. */
function reportedFraction(t: PiraValue): Decimal | null {
  if (!t.number) return null;
  if (t.kind === "percent") return t.number;
  if (t.kind === "number") return t.native ? t.number : t.number.div(HUNDRED);
  return null;
}

const noNotes = (ind: Indicator) => ind.notes.every((n) => n.trim() === "");

/** "consuntivo «10%» contro target «50%», polarità crescente" */
function pairText(ind: Indicator, actual: PiraValue, target: PiraValue): Message {
  return message(
    `consuntivo ${quoted(actual.raw)} contro target ${quoted(target.raw)}, polarità ${POLARITY_LABEL[ind.polarity]}`,
    `actual ${quoted(actual.raw)} against target ${quoted(target.raw)}, polarity ${ind.polarity}`
  );
}

function percentText(fraction: Decimal): string {
  return `${roundPercent(fraction)}%`;
}

/** The figure at the precision of a reported one: "93,33%" for a reported "93,30%". */
function percentAt(fraction: Decimal, places: number): string {
  if (places === 0) return percentText(fraction);
  return `${formatItalianNumber(fraction.times(HUNDRED), places)}%`;
}

/**
 * Decimal places of the reported figure in percentage points, as written ("93,30%" → 2, trailing
 * zero included: the analyst wrote that precision); a cell number (a fraction) by its digits.
 */
function reportedPlaces(t: PiraValue, fraction: Decimal): number {
  if (!t.native && t.places !== undefined) return t.places;
  return Math.max(fraction.decimalPlaces() - 2, 0);
}

export function achievementChecks(ctx: ValidationContext): void {
  const fy = ctx.firstYear;
  const high = new Decimal(ctx.high);
  for (const ind of ctx.plan.indicators) {
    if (ind.kind !== "indicator") continue;
    const aSlot = basisActual(ind, fy);
    const tSlot = basisTarget(ind, fy);
    const actual = ctx.typed(aSlot.value);
    const target = ctx.typed(tSlot.value);
    const a = achievement(actual, target, ind.polarity, true);

    const reported = ind.reportedPerformance ? ctx.typed(ind.reportedPerformance) : null;
    const rp = reported ? reportedFraction(reported) : null;
    if (reported && rp) {
      if (a.ok) {
        const computed = rp.gt(1) ? achievement(actual, target, ind.polarity, false) : a;
        const value = computed.ok ? computed.value : a.value;
        // compared at the precision written, one unit of its last place: "21%" → 1 point (0,01),
        // "93,33%" → 0,01 point (56 against ≥ 60 is 93,333…%: rounded or truncated, both fine)
        const places = reportedPlaces(reported, rp);
        const tolerance = TOLERANCE[Math.min(places, TOLERANCE.length - 1)];
        if (value.minus(rp).abs().gte(tolerance)) {
          ctx.emit(
            C.reportedDiffers,
            message(
              `Indicatore ${indicatorLabel(ind)}: performance riportata ${quoted(reported.raw)}, ma dai valori (${pairText(ind, actual, target).it}) risulta ${percentAt(value, places)}. Correggere la performance riportata, o i valori se è la performance a essere giusta.`,
              `Indicator ${indicatorLabel(ind)}: reported performance ${quoted(reported.raw)}, but the values (${pairText(ind, actual, target).en}) give ${percentAt(value, places)}. Correct the reported performance, or the values if the performance is right.`
            ),
            ctx.atIndicator(ind, "reportedPerformance")
          );
        }
      } else if (a.code === "missing") {
        ctx.emit(
          C.reportedDiffers,
          message(
            `Indicatore ${indicatorLabel(ind)}: performance riportata ${quoted(reported.raw)}, ma il raggiungimento non è calcolabile (${a.reason.it}). Riportare «n.d.», o completare i valori.`,
            `Indicator ${indicatorLabel(ind)}: reported performance ${quoted(reported.raw)}, but the achievement cannot be computed (${a.reason.en}). Report «n.d.», or complete the values.`
          ),
          ctx.atIndicator(ind, "reportedPerformance")
        );
      }
    }

    if (!a.ok && a.code !== "missing") {
      ctx.emit(
        C.notComputable,
        message(
          `Indicatore ${indicatorLabel(ind)}: raggiungimento non calcolabile (${pairText(ind, actual, target).it}): ${a.reason.it}. Correggere i valori o la polarità.`,
          `Indicator ${indicatorLabel(ind)}: the achievement cannot be computed (${pairText(ind, actual, target).en}): ${a.reason.en}. Correct the values or the polarity.`
        ),
        ctx.atIndicator(ind, `actuals.${aSlot.key}`)
      );
    }

    if (!ctx.closed || !noNotes(ind)) continue;
    if (a.ok && a.value.lt(high)) {
      ctx.emit(
        C.deviationWithoutNote,
        message(
          `Indicatore ${indicatorLabel(ind)}: ${pairText(ind, actual, target).it}, raggiungimento ${percentText(a.value)}, sotto la soglia di «raggiunto» (${percentText(high)}), e nessuna nota spiega lo scostamento. Aggiungere una nota con le motivazioni (D.Lgs. 33/2013 art. 29).`,
          `Indicator ${indicatorLabel(ind)}: ${pairText(ind, actual, target).en}, achievement ${percentText(a.value)}, below the «raggiunto» band (${percentText(high)}), and no note explains the deviation. Add a note giving the reasons (D.Lgs. 33/2013 art. 29).`
        ),
        ctx.atIndicator(ind, "notes")
      );
    } else if (
      !a.ok &&
      a.code === "missing" &&
      actual.kind === "missing" &&
      aSlot.value !== undefined &&
      aSlot.value.raw.trim() !== ""
    ) {
      const what = fieldLabel(`actuals.${aSlot.key}`);
      ctx.emit(
        C.notAvailableWithoutNote,
        message(
          `Indicatore ${indicatorLabel(ind)}: ${what.it} ${quoted(aSlot.value.raw)}, e nessuna nota spiega perché il dato non è disponibile. Inserire il valore, o aggiungere una nota con il motivo.`,
          `Indicator ${indicatorLabel(ind)}: ${what.en} ${quoted(aSlot.value.raw)}, and no note explains why it is not available. Enter the value, or add a note giving the reason.`
        ),
        ctx.atIndicator(ind, "notes")
      );
    }
  }
}
