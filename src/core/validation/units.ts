/** The unit column of an indicator, read into the kind of value it calls for. */
import { fold } from "./text";

/**
 * percent: "Percentuale", "%"; yesno: "si/no"; count: "n.", "Numero assoluto"; currency: "euro",
 * "€"; time: "giorni", "ore"; other: a unit the rules do not judge; null: no unit.
 */
export type UnitClass = "percent" | "yesno" | "count" | "currency" | "time" | "other";

const PERCENT =
  /^(%|percentuale|percentuali|percento|per ?cento|valore percentuale|percent|percentage)$/;
const YES_NO = /^(si ?[/-] ?no|s ?\/ ?n|yes ?\/ ?no|booleano|binario)$/;
const COUNT =
  /^(n|n\.|n°|nr\.?|num\.?|numero|numeri|numero assoluto|numero in valore assoluto|valore assoluto|unita|quantita)$/;
const CURRENCY = /^(€|euro|eur|euro \(€\)|importo|importo in euro|migliaia di euro|€ migliaia)$/;
const TIME = /^(giorni|giorni lavorativi|gg|ore|minuti|mesi|settimane|anni)$/;

export function unitClass(unit: string | null | undefined): UnitClass | null {
  const u = fold(unit ?? "");
  if (u === "") return null;
  if (PERCENT.test(u)) return "percent";
  if (YES_NO.test(u)) return "yesno";
  if (COUNT.test(u)) return "count";
  if (CURRENCY.test(u)) return "currency";
  if (TIME.test(u)) return "time";
  return "other";
}

/** Units that measure a quantity (not a percentage). */
export function isQuantityUnit(c: UnitClass | null): boolean {
  return c === "count" || c === "currency" || c === "time";
}
