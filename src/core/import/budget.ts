/** A budget cell: an amount, maybe followed by words, or a sentence instead of an amount. */
import type { Budget } from "../plan/types";
import { toPlanValue } from "../values";

const BUDGET_AMOUNT = /^(?:(?:€|eur\b|euro\b)\s*)?-?\d[\d.]*(?:,\d+)?(?:\s*(?:€|euro\b|eur\b))?/i;

/** "€ 1.107.200,00 (cui si aggiungono …)" → amount 1107200, the whole text kept as raw. */
export function readBudget(text: string): Budget {
  const m = BUDGET_AMOUNT.exec(text.trim());
  if (!m) return { raw: text, amount: null };
  const v = toPlanValue(m[0]);
  const amount =
    (v.kind === "currency" || v.kind === "number") && typeof v.value === "number" ? v.value : null;
  return { raw: text, amount };
}
