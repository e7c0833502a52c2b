/**
 * Budget rules: amounts that cannot be read, a budget whose amount disagrees with its text,
 * programmes measured by financial realisation (DPCM art. 6: "realizzazione finanziaria") with
 * no budget to measure against, and the total per entity (info).
 */
import Decimal from "decimal.js";
import { message } from "../message";
import type { Programme } from "../plan";
import { formatItalianNumber, readValue } from "../values";
import { fold, memo } from "./text";
import type { ValidationContext } from "./context";
import { plural, programmeLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

/** Text that looks like an amount: a € sign, "euro", or a number with thousands or cents. */
const LOOKS_LIKE_AMOUNT = /€|\beur(o)?\b|\d{1,3}(\.\d{3})+|\d,\d{2}\b/i;

const FINANCIAL = /realizzazione finanziaria|finanziari[ao]/;

function budgetText(
  ctx: ValidationContext,
  p: Programme,
  readBudget: (raw: string) => ReturnType<typeof readValue>
): void {
  const b = p.budget;
  if (!b || b.raw.trim() === "") return;
  const label = programmeLabel(p);
  if (b.amount === null) {
    if (!LOOKS_LIKE_AMOUNT.test(b.raw)) return; // a sentence ("risorse interne"): no amount meant
    ctx.emit(
      C.budgetUnreadable,
      message(
        `Programma ${label}: il budget ${quoted(b.raw)} sembra un importo ma non si legge. Scriverlo come «€ 1.234.567,00».`,
        `Programme ${label}: the budget ${quoted(b.raw)} looks like an amount but cannot be read. Write it as «€ 1.234.567,00».`
      ),
      ctx.atProgramme(p, "budget")
    );
    return;
  }
  const r = readBudget(b.raw);
  if (!r.ok || !r.value.number || (r.value.kind !== "currency" && r.value.kind !== "number"))
    return;
  if (r.value.number.minus(b.amount).abs().lte(0.005)) return;
  ctx.emit(
    C.budgetAmountDiffers,
    message(
      `Programma ${label}: il budget è scritto ${quoted(b.raw)} ma l'importo è € ${formatItalianNumber(b.amount, 2)}. Allineare testo e importo.`,
      `Programme ${label}: the budget is written ${quoted(b.raw)} but the amount is € ${formatItalianNumber(b.amount, 2)}. Make text and amount agree.`
    ),
    ctx.atProgramme(p, "budget")
  );
}

function financialWithoutBudget(ctx: ValidationContext, p: Programme): void {
  if (p.budget && p.budget.amount !== null) return;
  const financial = (ctx.indicatorsOf.get(p.id) ?? []).filter((i) =>
    FINANCIAL.test(fold(i.typology ?? ""))
  );
  if (financial.length === 0) return;
  const names = financial.map((i) => `«${i.name}»`).join(", ");
  ctx.emit(
    C.financialWithoutBudget,
    message(
      `Programma ${programmeLabel(p)}: ha indicatori di realizzazione finanziaria (${names}) ma nessun importo di budget da confrontare. Indicare il budget del programma.`,
      `Programme ${programmeLabel(p)}: it has financial realisation indicators (${names}) but no budget amount to measure them against. State the programme's budget.`
    ),
    ctx.atProgramme(p, "budget")
  );
}

function entityTotals(ctx: ValidationContext): void {
  const totals = new Map<string, { sum: Decimal; with: number; without: number }>();
  for (const p of ctx.plan.programmes) {
    let t = totals.get(p.entity);
    if (!t) {
      t = { sum: new Decimal(0), with: 0, without: 0 };
      totals.set(p.entity, t);
    }
    if (p.budget && p.budget.amount !== null) {
      t.sum = t.sum.plus(p.budget.amount);
      t.with++;
    } else t.without++;
  }
  for (const [entityId, t] of totals) {
    const name = ctx.entities.get(entityId)?.name ?? entityId;
    const amount = formatItalianNumber(t.sum, 2);
    const without = t.without
      ? message(
          `; ${plural(t.without, "programma", "programmi")} senza importo`,
          `; ${plural(t.without, "programme", "programmes")} without an amount`
        )
      : message("", "");
    ctx.emit(
      C.budgetTotal,
      message(
        `Budget dell'ente «${name}»: € ${amount} su ${plural(t.with, "programma", "programmi")}${without.it}.`,
        `Budget of entity «${name}»: € ${amount} over ${plural(t.with, "programme", "programmes")}${without.en}.`
      ),
      { entity: entityId, field: "budget" }
    );
  }
}

export function budgetChecks(ctx: ValidationContext): void {
  const readBudget = memo(readValue);
  for (const p of ctx.plan.programmes) {
    budgetText(ctx, p, readBudget);
    financialWithoutBudget(ctx, p);
  }
  entityTotals(ctx);
}
