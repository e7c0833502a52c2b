/**
 * Values against their unit: a percent unit with a bare number ("98,60" under Percentuale beside
 * "99%"; a bare "0,56" that may be a fraction or points — a row written all in bare points,
 * "118 / 120 / 114", is consistent and not flagged), a
 * yes/no unit with a quantity, a word (sì/no, "buono") under a numeric unit, a value written with
 * another unit (a percentage under "n."), and text that is not a value at all.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../message";
import type { Indicator, PlanValue } from "../plan";
import { readValue, type PiraValue } from "../values";
import type { ValidationContext } from "./context";
import { indicatorLabel, quoted, valueList } from "./labels";
import { CODES as C } from "./rules";
import { isQuantityUnit, type UnitClass } from "./units";

const ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);

interface Item {
  field: string;
  raw: string;
}

const isQuantity = (t: PiraValue) =>
  t.kind === "number" || t.kind === "percent" || t.kind === "currency" || t.kind === "ratio";
const isWord = (t: PiraValue) => t.kind === "yesno" || t.kind === "qualitative";

/** Which rule a typed value breaks under a unit class, if any. */
function mismatch(t: PiraValue, unit: UnitClass | null): string | null {
  if (unit === "percent") {
    if (t.kind === "number" && !t.native && t.number !== null && !t.number.isZero())
      return C.percentBareNumber;
    if (isWord(t)) return C.wordUnderNumericUnit;
    if (t.kind === "currency") return C.otherUnitValue;
    return null;
  }
  if (unit === "yesno")
    return isQuantity(t) || t.kind === "qualitative" ? C.yesNoUnitQuantity : null;
  if (isQuantityUnit(unit)) {
    if (isWord(t)) return C.wordUnderNumericUnit;
    if (t.kind === "percent") return C.otherUnitValue;
    if (t.kind === "currency" && unit !== "currency") return C.otherUnitValue;
  }
  return null;
}

/**
 * Why the reader refused a text, when it gives a reason of its own (the general list of what is
 * expected is in the message already): the part after «…» non è un valore leggibile: ».
 */
function readerReason(raw: string): Message | null {
  const r = readValue(raw);
  if (r.ok) return null;
  const cut = (text: string, marker: string) => {
    const at = text.indexOf(marker);
    return at < 0 ? text : text.slice(at + marker.length);
  };
  const it = cut(r.reason.it, "non è un valore leggibile: ");
  const en = cut(r.reason.en, "is not a readable value: ");
  if (it.startsWith("atteso un numero")) return null;
  return message(it, en);
}

/** The number as written at the start of a value: "0,024 (n. 1 …)" → "0,024". */
function leadingNumber(raw: string): string {
  return /^[-+]?\d[\d.,]*/.exec(raw.trim())?.[0] ?? raw.trim();
}

function text(ind: Indicator, code: string, items: Item[]): Message {
  const name = indicatorLabel(ind);
  const unit = quoted(ind.unit ?? "");
  const list = valueList(items);
  const one = items.length === 1;
  switch (code) {
    case C.percentBareNumber: {
      const ex = `«${leadingNumber(items[0].raw)}%»`;
      return message(
        `Indicatore ${name}: l'unità è ${unit} ma ${list.it} ${one ? "è scritto" : "sono scritti"} senza %: non si capisce se è una percentuale o un numero. Scrivere il valore con % (es. ${ex}) o correggere l'unità di misura.`,
        `Indicator ${name}: the unit is ${unit} but ${list.en} ${one ? "is" : "are"} written without %: it is unclear whether a percentage or a number is meant. Write the value with % (e.g. ${ex}) or correct the unit.`
      );
    }
    case C.yesNoUnitQuantity:
      return message(
        `Indicatore ${name}: l'unità è ${unit} ma ${list.it} non ${one ? "è" : "sono"} sì/no. Scrivere «sì» / «no» (o «realizzato»), oppure cambiare l'unità di misura (es. «n.»).`,
        `Indicator ${name}: the unit is ${unit} but ${list.en} ${one ? "is" : "are"} not yes/no. Write «sì» / «no» (or «realizzato»), or change the unit (e.g. «n.»).`
      );
    case C.wordUnderNumericUnit:
      return message(
        `Indicatore ${name}: l'unità ${unit} è numerica ma ${list.it} ${one ? "è una parola" : "sono parole"} (giudizio o sì/no). Scrivere un numero, oppure cambiare l'unità (es. «giudizio», «si/no»).`,
        `Indicator ${name}: the unit ${unit} is numeric but ${list.en} ${one ? "is a word" : "are words"} (rating or yes/no). Write a number, or change the unit (e.g. «giudizio», «si/no»).`
      );
    case C.otherUnitValue:
      return message(
        `Indicatore ${name}: l'unità è ${unit} ma ${list.it} ${one ? "è scritto" : "sono scritti"} con un'altra unità (% o €). Scrivere il valore nell'unità di misura, o correggere l'unità.`,
        `Indicator ${name}: the unit is ${unit} but ${list.en} ${one ? "is" : "are"} written with another unit (% or €). Write the value in the indicator's unit, or correct the unit.`
      );
    default: {
      // the reader's own reason where it says more than "not a value" ("12 34": digits after the
      // number; "1,2 mil.": an unclear magnitude; "31/02/2021": no such date)
      const why = readerReason(items[0].raw);
      return message(
        `Indicatore ${name}: ${list.it} non ${one ? "è un valore leggibile" : "sono valori leggibili"}${why ? ` (${why.it})` : ""}. Scrivere un numero (1.234,5), una percentuale (98,5%), un importo (€ 1.000), sì/no, n.d., «x su y», una data (31/12/2021), un target con segno (≥ 90%) o un giudizio (buono).`,
        `Indicator ${name}: ${list.en} ${one ? "is not a readable value" : "are not readable values"}${why ? ` (${why.en})` : ""}. Write a number (1.234,5), a percentage (98,5%), an amount (€ 1.000), yes/no, n.d., «x su y», a date (31/12/2021), a target with a sign (≥ 90%) or a rating (buono).`
      );
    }
  }
}

/** The findings of one indicator, by code (allocated only when there is one). */
class Found {
  byCode: Map<string, Item[]> | null = null;
  /** a value marked % in the row */
  marked = false;
  /** bare numbers under a percent unit, waiting to know whether the row marks % anywhere */
  bare: (Item & { small: boolean })[] | null = null;

  add(code: string, field: string, raw: string): void {
    this.byCode = this.byCode ?? new Map<string, Item[]>();
    const l = this.byCode.get(code);
    if (l) l.push({ field, raw });
    else this.byCode.set(code, [{ field, raw }]);
  }
}

function checkValues(
  ctx: ValidationContext,
  unit: UnitClass | null,
  section: "actuals" | "targets",
  values: Record<string, PlanValue>,
  found: Found
): void {
  for (const key in values) {
    const v = values[key];
    const t = ctx.typed(v);
    if (t.kind === "missing") continue;
    if (t.kind === "percent" && !t.native) found.marked = true;
    const code = t.kind === "text" ? C.unreadableValue : mismatch(t, unit);
    if (code === null) continue;
    if (code === C.percentBareNumber) {
      found.bare = found.bare ?? [];
      found.bare.push({
        field: `${section}.${key}`,
        raw: v.raw,
        small: t.number !== null && t.number.lte(ONE) && t.number.gte(MINUS_ONE),
      });
    } else found.add(code, `${section}.${key}`, v.raw);
  }
}

export function unitConsistency(ctx: ValidationContext): void {
  for (const ind of ctx.plan.indicators) {
    const unit = ctx.unitOf(ind.unit ?? "");
    const found = new Found();
    checkValues(ctx, unit, "actuals", ind.actuals, found);
    checkValues(ctx, unit, "targets", ind.targets, found);
    // bare numbers under a percent unit: a defect beside values marked %, or when ≤ 1 (a fraction?)
    for (const b of found.bare ?? [])
      if (found.marked || b.small) found.add(C.percentBareNumber, b.field, b.raw);
    const reported = ind.reportedPerformance;
    if (reported && ctx.typed(reported).kind === "text")
      found.add(C.unreadableValue, "reportedPerformance", reported.raw);
    if (found.byCode === null) continue;
    for (const [code, items] of found.byCode)
      ctx.emit(code, text(ind, code, items), ctx.atIndicator(ind, items[0].field));
  }
}
