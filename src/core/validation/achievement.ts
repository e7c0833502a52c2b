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
  type Achievement,
  roundPercent,
  basisActual,
  basisTarget,
  POLARITY_LABEL,
} from "../performance";
import type { Indicator, Polarity } from "../plan";
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

/**
 * The rule's answers, each given once per distinct question within a run: a plan repeats its
 * pairs of values ("100%" against "100%", "n.d." against a target) from one indicator to the
 * next, and ctx.typed gives one reading per distinct text, so a pair is known by its readings.
 * The answers are the rule's own (src/core/performance), only not worked out again.
 */
class Answers {
  /** polarity and cap → actual → target → achievement */
  private readonly achievements = new Map<string, Map<PiraValue, Map<PiraValue, Achievement>>>();
  private readonly fractions = new Map<PiraValue, Decimal | null>();
  private readonly percents = new Map<Decimal, string>();

  achievement(actual: PiraValue, target: PiraValue, polarity: Polarity, cap: boolean): Achievement {
    const rule = cap ? polarity : `${polarity}|uncapped`;
    let byActual = this.achievements.get(rule);
    if (!byActual) this.achievements.set(rule, (byActual = new Map()));
    let byTarget = byActual.get(actual);
    if (!byTarget) byActual.set(actual, (byTarget = new Map()));
    let a = byTarget.get(target);
    if (!a) byTarget.set(target, (a = achievement(actual, target, polarity, cap)));
    return a;
  }

  /** reportedFraction, once per reading */
  fraction(t: PiraValue): Decimal | null {
    let f = this.fractions.get(t);
    if (f === undefined) this.fractions.set(t, (f = reportedFraction(t)));
    return f;
  }

  /** computed figure → reported reading → the figure as shown when they differ, else null */
  private readonly differences = new Map<Decimal, Map<PiraValue, string | null>>();

  /**
   * Whether the computed figure differs from the reported one (`rp`, its fraction), compared at
   * the precision written, one unit of its last place: "21%" → 1 point (0,01), "93,33%" → 0,01
   * point (56 against ≥ 60 is 93,333…%: rounded or truncated, both fine): the figure at that
   * precision when it does, else null.
   */
  differs(value: Decimal, reported: PiraValue, rp: Decimal): string | null {
    let byReported = this.differences.get(value);
    if (!byReported) this.differences.set(value, (byReported = new Map()));
    let shown = byReported.get(reported);
    if (shown === undefined) {
      const places = reportedPlaces(reported, rp);
      const tolerance = TOLERANCE[Math.min(places, TOLERANCE.length - 1)];
      shown = value.minus(rp).abs().gte(tolerance) ? percentAt(value, places) : null;
      byReported.set(reported, shown);
    }
    return shown;
  }

  /** percentText, once per figure */
  percent(fraction: Decimal): string {
    let p = this.percents.get(fraction);
    if (p === undefined) this.percents.set(fraction, (p = percentText(fraction)));
    return p;
  }
}

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
  const answers = new Answers();
  for (const ind of ctx.plan.indicators) {
    if (ind.kind !== "indicator") continue;
    const aSlot = basisActual(ind, fy);
    const tSlot = basisTarget(ind, fy);
    const actual = ctx.typed(aSlot.value);
    const target = ctx.typed(tSlot.value);
    const a = answers.achievement(actual, target, ind.polarity, true);

    const reported = ind.reportedPerformance ? ctx.typed(ind.reportedPerformance) : null;
    const rp = reported ? answers.fraction(reported) : null;
    if (reported && rp) {
      if (a.ok) {
        const computed = rp.gt(1) ? answers.achievement(actual, target, ind.polarity, false) : a;
        const value = computed.ok ? computed.value : a.value;
        const shown = answers.differs(value, reported, rp);
        if (shown !== null) {
          const pair = pairText(ind, actual, target);
          ctx.emit(
            C.reportedDiffers,
            message(
              `Indicatore ${indicatorLabel(ind)}: performance riportata ${quoted(reported.raw)}, ma dai valori (${pair.it}) risulta ${shown}. Correggere la performance riportata, o i valori se è la performance a essere giusta.`,
              `Indicator ${indicatorLabel(ind)}: reported performance ${quoted(reported.raw)}, but the values (${pair.en}) give ${shown}. Correct the reported performance, or the values if the performance is right.`
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
      const pair = pairText(ind, actual, target);
      ctx.emit(
        C.notComputable,
        message(
          `Indicatore ${indicatorLabel(ind)}: raggiungimento non calcolabile (${pair.it}): ${a.reason.it}. Correggere i valori o la polarità.`,
          `Indicator ${indicatorLabel(ind)}: the achievement cannot be computed (${pair.en}): ${a.reason.en}. Correct the values or the polarity.`
        ),
        ctx.atIndicator(ind, `actuals.${aSlot.key}`)
      );
    }

    if (!ctx.closed || !noNotes(ind)) continue;
    if (a.ok && a.value.lt(high)) {
      const pair = pairText(ind, actual, target);
      const value = answers.percent(a.value);
      const band = answers.percent(high);
      ctx.emit(
        C.deviationWithoutNote,
        message(
          `Indicatore ${indicatorLabel(ind)}: ${pair.it}, raggiungimento ${value}, sotto la soglia di «raggiunto» (${band}), e nessuna nota spiega lo scostamento. Aggiungere una nota con le motivazioni (D.Lgs. 33/2013 art. 29).`,
          `Indicator ${indicatorLabel(ind)}: ${pair.en}, achievement ${value}, below the «raggiunto» band (${band}), and no note explains the deviation. Add a note giving the reasons (D.Lgs. 33/2013 art. 29).`
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
