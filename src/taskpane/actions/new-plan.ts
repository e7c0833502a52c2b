/** New plan: entities, first year and programmes from the catalogue → an empty plan. */
import { programmes as cataloguedProgrammes } from "../../core/catalogue";
import { message } from "../../core/message";
import { emptyPlan } from "../../core/plan";
import type { Plan } from "../../core/plan/types";
import { failure, type Failure } from "./failure";

export interface NewPlanChoice {
  title: string;
  firstYear: number;
  /** entity names */
  entities: string[];
  /** programme codes, "011.005" */
  programmes: string[];
}

export function newPlan(choice: NewPlanChoice): { ok: true; plan: Plan } | Failure {
  const year = choice.firstYear;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    return failure(
      message(
        "Il primo anno del triennio deve essere un anno tra 1900 e 2100.",
        "The first year of the triennium must be a year between 1900 and 2100."
      ),
      "checkInput"
    );
  }
  if (!choice.entities.length) {
    return failure(
      message(
        "Indicare almeno un ente (uno per riga).",
        "Give at least one entity (one per line)."
      ),
      "checkInput"
    );
  }
  const codes = new Set(cataloguedProgrammes().map((p) => p.code));
  const unknown = choice.programmes.filter((c) => !codes.has(c));
  if (unknown.length) {
    return failure(
      message(
        `Codici di programma non in catalogo: ${unknown.join(", ")}.`,
        `Programme codes not in the catalogue: ${unknown.join(", ")}.`
      ),
      "checkInput"
    );
  }
  const title = choice.title.trim() || `PIRA ${year}–${year + 2}`;
  return {
    ok: true,
    plan: emptyPlan({
      title,
      firstYear: year,
      entities: choice.entities,
      programmes: choice.programmes,
    }),
  };
}
