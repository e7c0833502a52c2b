/**
 * Achievement ("Performance") of an actual value against its target, as domain.md sets the rule:
 * higher is better min(1, actual / target); lower is better 1 when actual ≤ target, else
 * target / actual; yes/no and qualitative by equality (or order on a scale); n.d. propagates.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../message";
import type { Polarity } from "../plan/types";
import type { PiraValue } from "../values/types";
import { qualitativeRank } from "../values/words";

export type Achievement =
  | { ok: true; value: Decimal }
  | { ok: false; code: "missing" | "invalid" | "div0"; reason: Message };

const ONE = new Decimal(1);
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

/** Achievement as a fraction (0..1, above 1 only when `cap` is false). */
export function achievement(
  actual: PiraValue,
  target: PiraValue,
  polarity: Polarity,
  cap = true
): Achievement {
  if (actual.kind === "missing") return missing("Valore consuntivo", "Actual value");
  if (target.kind === "missing") return missing("Target", "Target");
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
  if (polarity === "yesno") return yesNo(actual, target);
  if (polarity === "qualitative" || actual.kind === "qualitative" || target.kind === "qualitative")
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
  return polarity === "lower"
    ? lowerIsBetter(pair.a, pair.t, cap)
    : higherIsBetter(pair.a, pair.t, cap);
}

/** Whole percent, half-up: 0.2857 → 29, 0.375 → 38. */
export function roundPercent(fraction: Decimal | number): number {
  return new Decimal(fraction).times(HUNDRED).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
