/*
 * PIRA custom functions (namespace PIRA, set in manifest.xml): thin wrappers over src/core.
 *
 * custom-functions-metadata-plugin reads the JSDoc below into functions.json and registers each
 * function with CustomFunctions.associate: keep every function a top-level named export with an
 * `@customfunction ID` tag (the id without the namespace), optional parameters written `x?: T`,
 * argument types written out (the generator rejects type aliases and interfaces).
 * Italian names and descriptions: src/functions/translations.it.json.
 */
import { achievement } from "../core/performance";
import { valueFromCell } from "../core/values";
import { cellError, polarityArgument } from "./arguments";

/**
 * Achievement of an indicator: the actual value against its target, as a fraction (1 = 100%).
 * @customfunction PERFORMANCE
 * @param actual The actual value (consuntivo): a number or Italian text such as "98,47%", "€ 3.960", "sì", "n.d.".
 * @param target The target value, written the same way.
 * @param [polarity] "higher" (crescente), "lower" (decrescente), "yesno" (sì/no) or "qualitative" (qualitativo). Omitted: yesno or qualitative when the values are, else higher.
 * @param [cap] TRUE (default) limits the result to 1; FALSE lets it exceed 1.
 * @returns The achievement as a fraction between 0 and 1 (above 1 only when cap is FALSE).
 */
export function PERFORMANCE(
  actual: number | string | boolean,
  target: number | string | boolean,
  polarity?: string,
  cap?: boolean
): number {
  const a = valueFromCell(actual);
  if (!a.ok) throw cellError("invalid", a.reason);
  const t = valueFromCell(target);
  if (!t.ok) throw cellError("invalid", t.reason);
  const p = polarityArgument(polarity, a.value, t.value);
  if (!p.ok) throw cellError("invalid", p.reason);
  const result = achievement(a.value, t.value, p.polarity, cap ?? true);
  if (!result.ok) throw cellError(result.code === "missing" ? "missing" : "invalid", result.reason);
  return result.value.toNumber();
}
