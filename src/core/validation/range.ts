/**
 * Values outside their possible range: a share (a percentage of a whole: the formula divides a
 * quantity by a total of the same thing, "Risorse utilizzate / Risorse a budget", or the name is
 * a "Grado di utilizzo") cannot be above 100% or below 0%.
 */
import Decimal from "decimal.js";
import { message } from "../message";
import { ARTICLES } from "../text";
import type { Indicator } from "../plan";
import { fold } from "./text";
import type { ValidationContext } from "./context";
import { indicatorLabel, valueList } from "./labels";
import { CODES as C } from "./rules";
import { valueSlots } from "./slots";
import { unitClass } from "./units";

/** Words that do not name the thing counted ("N. medio di giornate" counts giornate). */
const NOT_NOUNS = new Set([
  "n",
  "nr",
  "nro",
  "num",
  "numero",
  "totale",
  "tot",
  "complessivo",
  "complessiva",
  "complessivi",
  "complessive",
  "medio",
  "media",
  "valore",
  "ammontare",
  ...["di", "del", "della", "dei", "delle", "degli"],
  ...ARTICLES,
]);

/** The stem of the first word naming a thing: "Risorse utilizzate" → "risors". */
function headNoun(text: string): string | null {
  for (const w of fold(text).split(/[^a-z0-9]+/)) {
    if (w === "" || NOT_NOUNS.has(w) || /^\d+$/.test(w)) continue;
    return w.length > 4 ? w.slice(0, -1) : w;
  }
  return null;
}

/** Numerator and denominator of a formula "A / B" (a spaced slash wins over "mediazioni/conciliazioni"). */
function fraction(formula: string): [string, string] | null {
  const spaced = /^(.*\S)\s+\/\s*|^(.*\S)\s*\/\s+/.exec(formula);
  if (spaced) {
    const at = spaced[0].length;
    return [spaced[1] ?? spaced[2], formula.slice(at)];
  }
  const parts = formula.split("/");
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}

/** A percentage of a whole: the share of a total of the same thing. */
export function isShare(ind: Indicator, unit = unitClass(ind.unit)): boolean {
  if (unit !== "percent") return false;
  if (/^grado di utilizz/.test(fold(ind.name))) return true;
  const f = fraction(ind.formula ?? "");
  if (!f) return false;
  const a = headNoun(f[0]);
  const b = headNoun(f[1]);
  return a !== null && a === b;
}

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

export function rangeChecks(ctx: ValidationContext): void {
  // name → formula → whether it is a share (no key text made per indicator)
  const shareByText = new Map<string, Map<string, boolean>>();
  for (const ind of ctx.plan.indicators) {
    if (ctx.unitOf(ind.unit ?? "") !== "percent") continue;
    let byFormula = shareByText.get(ind.name);
    if (!byFormula) shareByText.set(ind.name, (byFormula = new Map()));
    let share = byFormula.get(ind.formula ?? "");
    if (share === undefined) {
      share = isShare(ind, "percent");
      byFormula.set(ind.formula ?? "", share);
    }
    if (!share) continue;
    const items: { field: string; raw: string }[] = [];
    for (const slot of valueSlots(ind)) {
      const t = ctx.typed(slot.value);
      if (!t.number) continue;
      // a percentage as a fraction (≤ 1); a bare number as percentage points (≤ 100)
      const limit = t.kind === "percent" ? ONE : t.kind === "number" && !t.native ? HUNDRED : null;
      if (limit && (t.number.gt(limit) || t.number.isNegative()))
        items.push({ field: slot.field, raw: slot.value.raw });
    }
    if (items.length === 0) continue;
    const list = valueList(items);
    ctx.emit(
      C.outOfRange,
      message(
        `Indicatore ${indicatorLabel(ind)}: è una quota di un totale (formula «${ind.formula ?? ""}»), quindi tra 0% e 100%, ma vale ${list.it}. Correggere il valore o la formula.`,
        `Indicator ${indicatorLabel(ind)}: it is a share of a total (formula «${ind.formula ?? ""}»), so between 0% and 100%, but it is ${list.en}. Correct the value or the formula.`
      ),
      ctx.atIndicator(ind, items[0].field)
    );
  }
}
