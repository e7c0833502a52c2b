/** validatePlan: every rule family over a plan, in one pass per family (linear in the plan's size). */
import { countDiagnostics, type Diagnostic } from "../diagnostics";
import { message } from "../message";
import type { Plan } from "../plan";
import { achievementChecks } from "./achievement";
import { baselineChecks } from "./baseline";
import { budgetChecks } from "./budget";
import { catalogue } from "./catalogue";
import { completeness } from "./completeness";
import { unitConsistency } from "./consistency-units";
import { ValidationContext } from "./context";
import { duplicateChecks } from "./duplicates";
import { polarityChecks } from "./polarity";
import { rangeChecks } from "./range";
import { ratioChecks } from "./ratio";
import { CODES, RULES } from "./rules";
import { targetTrend } from "./targets";
import type { Family, ValidationOptions, ValidationResult } from "./types";

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export { countDiagnostics };

const byCode = (x: Diagnostic, y: Diagnostic) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);

/** Errors first, then the plan's order (entity, programme, indicator), then the code. */
function sortDiagnostics(plan: Plan, diagnostics: Diagnostic[]): Diagnostic[] {
  const entityAt = new Map(plan.entities.map((e, i) => [e.id, i]));
  const programmeAt = new Map(plan.programmes.map((p, i) => [p.id, i]));
  const indicatorAt = new Map(plan.indicators.map((ind, i) => [ind.id, i]));
  // positions shifted by 1 (none = 0, unknown id = last): one number per diagnostic
  const E = plan.entities.length + 2;
  const P = plan.programmes.length + 2;
  const I = plan.indicators.length + 2;
  const at = (m: Map<string, number>, id: string | null, size: number) =>
    id === null ? 0 : (m.get(id) ?? size - 2) + 1;
  const keyOf = (d: Diagnostic) =>
    ((SEVERITY_RANK[d.severity] * E + at(entityAt, d.entity, E)) * P +
      at(programmeAt, d.programme, P)) *
      I +
    at(indicatorAt, d.indicator, I);
  if (3 * E * P * I < Number.MAX_SAFE_INTEGER) {
    // one key per diagnostic, by position: the comparisons read two numbers of an array
    const keys = new Float64Array(diagnostics.length);
    const order: number[] = [];
    for (let i = 0; i < diagnostics.length; i++) {
      keys[i] = keyOf(diagnostics[i]);
      order.push(i);
    }
    // Array.prototype.sort is stable: equal keys and codes keep the emission order
    order.sort((x, y) => keys[x] - keys[y] || byCode(diagnostics[x], diagnostics[y]));
    return order.map((i) => diagnostics[i]);
  }
  const keyed = diagnostics.map((d) => ({
    d,
    k: [
      SEVERITY_RANK[d.severity],
      at(entityAt, d.entity, E),
      at(programmeAt, d.programme, P),
      at(indicatorAt, d.indicator, I),
    ],
  }));
  keyed.sort((x, y) => {
    for (let j = 0; j < x.k.length; j++) if (x.k[j] !== y.k[j]) return x.k[j] - y.k[j];
    return byCode(x.d, y.d);
  });
  return keyed.map((x) => x.d);
}

/**
 * Checks a plan against every rule (see RULES), except those switched off in
 * `options.disabledRules`. Never throws on any plan; throws RangeError only for an `asOf` that is
 * not an ISO date (a programming error: check user input first).
 */
export function validatePlan(plan: Plan, options: ValidationOptions = {}): ValidationResult {
  const ctx = new ValidationContext(plan, options);
  if (ctx.unknownDisabled.length > 0) {
    const list = ctx.unknownDisabled.map((x) => `«${x}»`).join(", ");
    ctx.emit(
      CODES.unknownDisabledRule,
      message(
        `Regole da disattivare non riconosciute: ${list}. Usare un codice (es. «PIRA-W051») o una famiglia (completezza, catalogo, coerenza, raggiungimento, budget, duplicati).`,
        `Rules to switch off not recognised: ${list}. Use a code (e.g. «PIRA-W051») or a family (completeness, catalogue, consistency, achievement, budget, duplicates).`
      ),
      { field: "disabledRules" }
    );
  }
  const on = (family: Family | null, ...codes: string[]) =>
    ctx.anyEnabled(
      ...codes,
      ...(family ? RULES.filter((r) => r.family === family).map((r) => r.code) : [])
    );
  if (on("completeness")) completeness(ctx);
  if (on("catalogue")) catalogue(ctx);
  const C = CODES;
  if (
    on(
      null,
      C.percentBareNumber,
      C.yesNoUnitQuantity,
      C.wordUnderNumericUnit,
      C.otherUnitValue,
      C.unreadableValue
    )
  )
    unitConsistency(ctx);
  if (on(null, C.targetGap)) targetTrend(ctx);
  if (on(null, C.polarityDeclared, C.polarityValues)) polarityChecks(ctx);
  if (on(null, C.outOfRange)) rangeChecks(ctx);
  if (on(null, C.ratioDisagrees)) ratioChecks(ctx);
  if (on("achievement")) achievementChecks(ctx);
  if (on("budget")) budgetChecks(ctx);
  if (on("duplicates")) duplicateChecks(ctx);
  if (on("baseline")) baselineChecks(ctx);
  const diagnostics = sortDiagnostics(plan, ctx.diagnostics);
  return { diagnostics, counts: countDiagnostics(diagnostics) };
}
