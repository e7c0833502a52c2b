/**
 * Achievement ("Performance") of an actual value against its target, as docs/achievement.md sets the rule:
 * higher is better min(1, actual / target); lower is better 1 when actual ≤ target, else
 * target / actual; yes/no and qualitative by equality (or order on a scale); n.d. propagates.
 *
 * A target written with a comparison carries its own polarity, whatever the indicator's polarity
 * (the sign wins): "≥ t" / "> t" as higher is better, "≤ t" / "< t" as lower is better.
 * Strict signs at equality (decided here, tested in test/core/values-notations.test.ts):
 * - a zero target: "> 0" with an actual of 0 (nothing done) is not met: 0%; "< 0" with 0 likewise;
 * - any other target: the ratio, 100% ("> 90%" with 90%). The ratio has no value "just short of
 *   100%", and one would round to 100% and fall in the "raggiunto" band anyway; giving 0% there
 *   would rank 90% below 89% (98,9%), which no analyst expects.
 * A date target is a deadline: an actual date (or an Excel serial date from a cell) on or before
 * it is 100%, later 0% ("<" strictly before; ">=" / ">" on or after, should a target say so). An
 * actual "sì"/"realizzato" against a deadline is read with the yes/no logic only when the
 * indicator's polarity is yes/no (the row says so: the deadline counts as "to be done"); otherwise
 * it is refused: the tool cannot tell whether it was done in time.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../message";
import type { Polarity } from "../plan";
import { type Comparison, type PiraValue, qualitativeRank } from "../values";

export type Achievement =
  | { ok: true; value: Decimal }
  | { ok: false; code: "missing" | "invalid" | "div0"; reason: Message };

const ONE = new Decimal(1);
/** Excel serial dates of 1 January 1950 and 1 January 2200: the dates a date cell may hold here. */
const FIRST_SERIAL = new Decimal(18264);
const LAST_SERIAL = new Decimal(109575);
const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function missing(which: string, whichEn: string): Achievement {
  return {
    ok: false,
    code: "missing",
    reason: message(
      `${which} non disponibile (n.d.): raggiungimento non calcolabile`,
      `${whichEn} not available (n.d.): achievement cannot be computed`
    ),
  };
}

/** Built once: a column of n.d. asks for them on every row. */
const MISSING_ACTUAL = missing("Valore consuntivo", "Actual value");
const MISSING_TARGET = missing("Target", "Target");

function invalid(it: string, en: string): Achievement {
  return { ok: false, code: "invalid", reason: message(it, en) };
}

function done(value: Decimal, cap: boolean): Achievement {
  return { ok: true, value: cap ? Decimal.min(ONE, value) : value };
}

/**
 * The two numbers to compare. A percent written on one side only makes the bare number of the
 * other side percentage points, whatever its size ("98,60" against "100%" is 98,6%); a
 * spreadsheet number (native) is already a fraction. "x su y" counts x.
 */
export function comparablePair(
  actual: PiraValue,
  target: PiraValue
): { a: Decimal; t: Decimal } | null {
  if (!actual.number || !target.number) return null;
  let a = actual.number;
  let t = target.number;
  const bare = (v: PiraValue) => v.kind !== "percent" && !v.native && v.kind !== "yesno";
  if (actual.kind === "percent" && bare(target)) t = t.div(HUNDRED);
  if (target.kind === "percent" && bare(actual)) a = a.div(HUNDRED);
  return { a, t };
}

function higherIsBetter(a: Decimal, t: Decimal, cap: boolean): Achievement {
  if (t.isZero()) {
    if (a.gte(0) && (cap || a.isZero())) return done(ONE, cap);
    if (a.lt(0)) return done(ZERO, cap);
    return {
      ok: false,
      code: "div0",
      reason: message(
        "target pari a zero: rapporto non definito",
        "zero target: the ratio is undefined"
      ),
    };
  }
  if (t.gt(0) && a.gte(0)) return done(a.div(t), cap);
  // Negative figures: distance from the target relative to its size.
  return done(Decimal.max(ZERO, ONE.plus(a.minus(t).div(t.abs()))), cap);
}

function lowerIsBetter(a: Decimal, t: Decimal, cap: boolean): Achievement {
  if (a.lte(t)) {
    if (cap) return done(ONE, cap);
    if (t.gt(0) && a.gt(0)) return done(t.div(a), cap);
    if (t.isZero() || a.isZero()) {
      return a.eq(t)
        ? done(ONE, cap)
        : {
            ok: false,
            code: "div0",
            reason: message(
              "valore pari a zero: rapporto non definito",
              "zero value: the ratio is undefined"
            ),
          };
    }
    return done(ONE.plus(t.minus(a).div(t.abs())), cap);
  }
  if (t.gt(0)) return done(t.div(a), cap);
  if (t.isZero()) return done(ZERO, cap);
  return done(Decimal.max(ZERO, ONE.minus(a.minus(t).div(t.abs()))), cap);
}

function yesNo(actual: PiraValue, target: PiraValue): Achievement {
  const flag = (v: PiraValue) =>
    v.kind === "yesno" ? v.yes : v.number ? !v.number.isZero() : undefined;
  const a = flag(actual);
  const t = flag(target);
  if (a === undefined || t === undefined) {
    return invalid(
      "per la polarità sì/no servono valori sì/no (si, no, realizzato, realizzazione)",
      "yes/no polarity needs yes/no values (si, no, realizzato, realizzazione)"
    );
  }
  return { ok: true, value: a === t ? ONE : ZERO };
}

function qualitative(actual: PiraValue, target: PiraValue): Achievement {
  const a = actual.word ?? actual.raw.trim().toLowerCase();
  const t = target.word ?? target.raw.trim().toLowerCase();
  if (a === t && a !== "") return { ok: true, value: ONE };
  const ra = qualitativeRank(a);
  const rt = qualitativeRank(t);
  if (ra && rt && ra.scale === rt.scale)
    return { ok: true, value: ra.rank >= rt.rank ? ONE : ZERO };
  return invalid(
    `giudizi non confrontabili: «${actual.raw}» e «${target.raw}» (usare la stessa scala, es. sufficiente / buono / ottimo)`,
    `ratings that cannot be compared: «${actual.raw}» and «${target.raw}» (use one scale, e.g. sufficiente / buono / ottimo)`
  );
}

/** A deadline (a date target) against the actual: 1 when met, else 0. */
function deadline(actual: PiraValue, target: PiraValue, polarity: Polarity): Achievement {
  if (actual.kind === "yesno") {
    if (polarity === "yesno") return { ok: true, value: actual.yes ? ONE : ZERO };
    return invalid(
      `il target è un termine («${target.raw}»): serve la data in cui è stato fatto, non «${actual.raw}» (oppure polarità sì/no)`,
      `the target is a deadline («${target.raw}»): the date it was done is needed, not «${actual.raw}» (or a yes/no polarity)`
    );
  }
  // a date, or a spreadsheet number that can be a date cell's: an Excel serial from 1950 to 2199
  // (a count such as 5 is no date)
  const serial =
    actual.kind === "date" ||
    (actual.native === true &&
      actual.number !== null &&
      actual.number.gte(FIRST_SERIAL) &&
      actual.number.lt(LAST_SERIAL));
  if (!serial || !actual.number) {
    return invalid(
      `il target è un termine («${target.raw}»): il consuntivo deve essere una data, non «${actual.raw}»`,
      `the target is a deadline («${target.raw}»): the actual must be a date, not «${actual.raw}»`
    );
  }
  const a = actual.number;
  const t = target.number!;
  const c: Comparison = target.comparison ?? "<=";
  const met = c === "<=" ? a.lte(t) : c === "<" ? a.lt(t) : c === ">=" ? a.gte(t) : a.gt(t);
  return { ok: true, value: met ? ONE : ZERO };
}

/** A target with a comparison: its sign is the polarity (see the header for strict signs). */
function compared(a: Decimal, t: Decimal, c: Comparison, cap: boolean): Achievement {
  const strict = c === ">" || c === "<";
  if (strict && t.isZero() && a.isZero()) return done(ZERO, cap);
  return c === ">=" || c === ">" ? higherIsBetter(a, t, cap) : lowerIsBetter(a, t, cap);
}

/** Achievement as a fraction (0..1, above 1 only when `cap` is false). */
export function achievement(
  actual: PiraValue,
  target: PiraValue,
  polarity: Polarity,
  cap = true
): Achievement {
  if (actual.kind === "missing") return MISSING_ACTUAL;
  if (target.kind === "missing") return MISSING_TARGET;
  for (const [v, it, en] of [
    [actual, "consuntivo", "actual"],
    [target, "target", "target"],
  ] as const) {
    if (v.kind === "text")
      return invalid(
        `${it} «${v.raw}» non è un valore leggibile`,
        `${en} «${v.raw}» is not a readable value`
      );
  }
  if (actual.comparison) {
    return invalid(
      `il consuntivo «${actual.raw}» è una soglia, non un valore rilevato: scrivere il valore (senza ≥, ≤, almeno …)`,
      `the actual «${actual.raw}» is a threshold, not a measured value: write the value (without ≥, ≤, almeno …)`
    );
  }
  if (target.kind === "date") return deadline(actual, target, polarity);
  if (actual.kind === "date") {
    return invalid(
      `il consuntivo «${actual.raw}» è una data: si confronta con un termine (entro il 31/12/2021), non con «${target.raw}»`,
      `the actual «${actual.raw}» is a date: it compares with a deadline (entro il 31/12/2021), not with «${target.raw}»`
    );
  }
  const sign = target.comparison;
  if (polarity === "yesno" && !sign) return yesNo(actual, target);
  if (
    (polarity === "qualitative" && !sign) ||
    actual.kind === "qualitative" ||
    target.kind === "qualitative"
  )
    return qualitative(actual, target);
  if (
    (actual.kind === "yesno") !== (target.kind === "yesno") &&
    (actual.kind === "yesno" ? target : actual).kind !== "number"
  ) {
    return invalid(
      "un valore sì/no non si confronta con una quantità",
      "a yes/no value cannot be compared with a quantity"
    );
  }
  const pair = comparablePair(actual, target);
  if (!pair) return invalid("valori non numerici", "values are not numeric");
  if (sign) return compared(pair.a, pair.t, sign, cap);
  return polarity === "lower"
    ? lowerIsBetter(pair.a, pair.t, cap)
    : higherIsBetter(pair.a, pair.t, cap);
}

/** Whole percent, half-up: 0.2857 → 29, 0.375 → 38. */
export function roundPercent(fraction: Decimal | number): number {
  return new Decimal(fraction).times(HUNDRED).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
