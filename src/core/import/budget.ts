/** A budget cell: an amount, maybe followed by words, or a sentence instead of an amount. */
import type { Budget } from "../plan";
import { scanMagnitude, readValue, toPlanValue } from "../values";

const BUDGET_AMOUNT = /^(?:(?:€|eur\b|euro\b)\s*)?-?\d[\d.]*(?:,\d+)?(?:\s*(?:€|euro\b|eur\b))?/i;

/**
 * "€ 1.107.200,00 (cui si aggiungono …)" → amount 1107200, the whole text kept as raw.
 * The value reader reads the whole text first, so "€ 1,2 milioni" is 1.200.000 and "2 947 171" is
 * 2947171; a text it refuses for a reason of its own (more digits after the number, an unclear
 * magnitude) has no amount — never the smaller number at its start. Only text the reader does not
 * take as a value at all ("€ 100.000/anno") falls back to the amount it begins with.
 */
export function readBudget(text: string): Budget {
  const whole = readValue(text);
  if (whole.ok) {
    const v = whole.value;
    const amount =
      (v.kind === "currency" || v.kind === "number") && !v.comparison && v.number
        ? v.number.toNumber()
        : null;
    return { raw: text, amount };
  }
  if (whole.refusal) return { raw: text, amount: null };
  const trimmed = text.trim();
  const m = BUDGET_AMOUNT.exec(trimmed);
  if (!m) return { raw: text, amount: null };
  // not when digits or a magnitude follow: "€ 1 200/anno", "€ 1,2 mln/anno" are no "€ 1"
  const after = trimmed.slice(m[0].length);
  if (/^\s?[\d.,]/.test(after) || scanMagnitude(after, 0) !== null)
    return { raw: text, amount: null };
  const v = toPlanValue(m[0]);
  const amount =
    (v.kind === "currency" || v.kind === "number") && typeof v.value === "number" ? v.value : null;
  return { raw: text, amount };
}
