/**
 * Polarity (higher / lower is better, yes/no, qualitative): a declared polarity the indicator's
 * name, unit or values speak against (info: the analyst may know better), and a polarity that
 * cannot apply to the values written (warning: the achievement would be wrong or not computable).
 */
import Decimal from "decimal.js";
import { message } from "../message";
import { inferPolarity, POLARITY_LABEL } from "../performance";
import type { Indicator, Polarity } from "../plan";
import type { PiraValue } from "../values";
import type { ValidationContext } from "./context";
import { indicatorLabel } from "./labels";
import { CODES as C } from "./rules";

const ONE = new Decimal(1);

/** inferPolarity's answer when nothing points either way ("higher" by default). */
const NO_CLUE = "no sign of the contrary";

function typedValues(ctx: ValidationContext, ind: Indicator): PiraValue[] {
  const out: PiraValue[] = [];
  for (const values of [ind.actuals, ind.targets]) {
    for (const k in values) {
      const t = ctx.typed(values[k]);
      if (t.kind !== "missing" && t.kind !== "text") out.push(t);
    }
  }
  return out;
}

/** The kinds of an indicator's values, in one pass without a list. */
interface Kinds {
  any: boolean;
  /** every value is a yes/no word */
  allYesNo: boolean;
  /** every value is a number, percentage or amount */
  allQuantity: boolean;
  qualitative: boolean;
  /** a value a yes/no polarity cannot take: a percentage, an amount, "x su y", a number other than 0/1 */
  notFlag: boolean;
}

function kindsOf(ctx: ValidationContext, ind: Indicator, k: Kinds): Kinds {
  const yesNo = ind.polarity === "yesno";
  k.any = false;
  k.allYesNo = true;
  k.allQuantity = true;
  k.qualitative = false;
  k.notFlag = false;
  for (let side = 0; side < 2; side++) {
    const values = side === 0 ? ind.actuals : ind.targets;
    for (const key in values) {
      const t = ctx.typed(values[key]);
      if (t.kind === "missing" || t.kind === "text") continue;
      k.any = true;
      if (t.kind !== "yesno") k.allYesNo = false;
      if (t.kind !== "number" && t.kind !== "percent" && t.kind !== "currency")
        k.allQuantity = false;
      if (t.kind === "qualitative") k.qualitative = true;
      if (
        yesNo &&
        (t.kind === "percent" ||
          t.kind === "currency" ||
          t.kind === "ratio" ||
          t.kind === "qualitative" ||
          (t.kind === "number" && t.number !== null && !t.number.isZero() && !t.number.eq(ONE)))
      )
        k.notFlag = true;
    }
  }
  return k;
}

/** What the values call for, when they rule the polarity out; null when it can apply. */
function unfit(polarity: Polarity, k: Kinds): Polarity | "quantity" | null {
  if (!k.any) return null;
  if (polarity === "yesno") return k.notFlag ? (k.qualitative ? "qualitative" : "quantity") : null;
  if (polarity === "qualitative") return k.allQuantity ? "quantity" : null;
  if (k.allYesNo) return "yesno";
  if (k.qualitative) return "qualitative";
  return null;
}

const WANTED = {
  yesno: message("sì/no", "yes/no"),
  qualitative: message("qualitativa", "qualitative"),
  quantity: message("crescente o decrescente", "higher or lower is better"),
} as const;

export function polarityChecks(ctx: ValidationContext): void {
  const kinds: Kinds = {
    any: false,
    allYesNo: true,
    allQuantity: true,
    qualitative: false,
    notFlag: false,
  };
  for (const ind of ctx.plan.indicators) {
    const wanted = unfit(ind.polarity, kindsOf(ctx, ind, kinds));
    if (wanted === null && ind.polarityInferred) continue;
    const name = indicatorLabel(ind);
    const declared = POLARITY_LABEL[ind.polarity] ?? ind.polarity;
    if (wanted !== null && wanted !== ind.polarity) {
      const w = wanted === "higher" || wanted === "lower" ? WANTED.quantity : WANTED[wanted];
      ctx.emit(
        C.polarityValues,
        message(
          `Indicatore ${name}: polarità «${declared}» ma i valori chiedono una polarità ${w.it}: il raggiungimento non sarebbe corretto. Correggere la polarità o i valori.`,
          `Indicator ${name}: polarity «${ind.polarity}» but the values call for a ${w.en} polarity: the achievement would be wrong. Correct the polarity or the values.`
        ),
        ctx.atIndicator(ind, "polarity")
      );
      continue;
    }
    if (ind.polarityInferred) continue;
    const inferred = inferPolarity({
      name: ind.name,
      formula: ind.formula,
      unit: ind.unit,
      values: typedValues(ctx, ind),
    });
    if (inferred.polarity === ind.polarity || inferred.reason.en.startsWith(NO_CLUE)) continue;
    ctx.emit(
      C.polarityDeclared,
      message(
        `Indicatore ${name}: polarità dichiarata «${declared}», ma sarebbe «${POLARITY_LABEL[inferred.polarity]}» (${inferred.reason.it}). Verificare quale vale.`,
        `Indicator ${name}: declared polarity «${ind.polarity}», but it looks «${inferred.polarity}» (${inferred.reason.en}). Check which holds.`
      ),
      ctx.atIndicator(ind, "polarity")
    );
  }
}
