/**
 * Duplicates, found through maps (one pass): the same indicator twice in a programme, and one
 * name used with different formulas within an entity (two different measures that the name does
 * not tell apart). The same name with the same formula across programmes is not a defect (Prato
 * measures "Grado di utilizzazione risorse a budget" in every scheda).
 */
import { message } from "../message";
import type { Indicator } from "../plan";
import { fold, memo } from "./text";
import type { ValidationContext } from "./context";
import { indicatorLabel, programmeLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

function words(folded: string): string {
  return folded
    .replace(/\(indicatore pareto\)/g, " ")
    .replace(/[^a-z0-9%/+*=<>-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Numero di domande…" = "n. domande…" = "Domande…": the counting word says nothing. */
const COUNTING = /^(numero|n\.?\s?ro|nr|n|n°|num)\b\.?\s*(di|dei|delle|degli|del|della)?\s*/;

export function formulaKey(formula: string): string {
  return formula
    .split("/")
    .map((side) => words(fold(side).replace(COUNTING, "")))
    .join("/");
}

export function nameKey(name: string): string {
  return words(fold(name));
}

/** Small integer ids for distinct texts, so keys stay short. */
function interner(): (text: string) => number {
  const ids = new Map<string, number>();
  return (text) => {
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    return id;
  };
}

export function duplicateChecks(ctx: ValidationContext): void {
  const nameOf = memo(nameKey);
  const formulaOf = memo(formulaKey);
  const id = interner();
  /** entity → name id → the first indicator with that name and its formula id */
  const byName = new Map<string, Map<number, { formula: number; first: Indicator }>>();
  for (const p of ctx.plan.programmes) {
    let names = byName.get(p.entity);
    if (!names) {
      names = new Map();
      byName.set(p.entity, names);
    }
    const inProgramme = new Map<string, Indicator>();
    for (const ind of ctx.indicatorsOf.get(p.id) ?? []) {
      const name = nameOf(ind.name);
      if (name === "") continue;
      const formulaText = formulaOf(ind.formula ?? "");
      const nameId = id(name);
      const formula = id(formulaText);
      const own = `${ind.kind}|${id(ind.group ?? "")}|${nameId}|${formula}`;
      const twin = inProgramme.get(own);
      if (twin) {
        ctx.emit(
          C.duplicateInProgramme,
          message(
            `Indicatore ${indicatorLabel(ind)}: compare due volte nello stesso programma, con la stessa formula (anche ${twin.id}). Togliere il doppione o distinguerli.`,
            `Indicator ${indicatorLabel(ind)}: it appears twice in the same programme, with the same formula (also ${twin.id}). Remove the copy or tell them apart.`
          ),
          ctx.atIndicator(ind, "name")
        );
        continue;
      }
      inProgramme.set(own, ind);
      if (ind.formula === null || formulaText.replace(/\//g, "") === "") continue;
      const seen = names.get(nameId);
      if (!seen) {
        names.set(nameId, { formula, first: ind });
        continue;
      }
      if (seen.formula === formula) continue;
      const other = ctx.programmes.get(seen.first.programme);
      const where = other ? programmeLabel(other) : seen.first.programme;
      ctx.emit(
        C.sameNameOtherFormula,
        message(
          `Indicatore ${indicatorLabel(ind)}: lo stesso nome è usato nel programma ${where} con un'altra formula (${quoted(seen.first.formula ?? "")} invece di ${quoted(ind.formula)}): due misure diverse con lo stesso nome. Rinominare uno dei due, o allineare le formule.`,
          `Indicator ${indicatorLabel(ind)}: the same name is used in programme ${where} with another formula (${quoted(seen.first.formula ?? "")} instead of ${quoted(ind.formula)}): two different measures with one name. Rename one of them, or align the formulas.`
        ),
        ctx.atIndicator(ind, "name")
      );
    }
  }
}
