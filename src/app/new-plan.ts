/**
 * New plan: a title, the triennium's first year, entities and programme codes → an empty plan,
 * each programme under each entity with its catalogue title. A code outside the catalogue is
 * taken with a warning (created without a title); a code that is not a code is refused.
 */
import { findProgramme, parseProgrammeCode, retiredProgrammes } from "../core/catalogue";
import { message, type Message } from "../core/message";
import { emptyPlan } from "../core/plan";
import type { Plan } from "../core/plan";
import { failure, type Failure } from "./failure";

export interface NewPlanChoice {
  /** blank: "PIRA 2024–2026" */
  title: string;
  firstYear: number;
  /** entity names */
  entities: string[];
  /** programme codes, "011.005" (also "11.5") */
  programmes: string[];
}

export interface NewPlan {
  ok: true;
  plan: Plan;
  /** programmes outside the catalogue, created without a title */
  warnings: Message[];
}

export function newPlan(choice: NewPlanChoice): NewPlan | Failure {
  const year = choice.firstYear;
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    return failure(
      message(
        "Il primo anno del triennio deve essere un anno tra 1900 e 2100.",
        "The first year of the triennium must be a year between 1900 and 2100."
      ),
      "checkInput"
    );
  if (!choice.entities.length)
    return failure(
      message(
        "Indicare almeno un ente (uno per riga).",
        "Give at least one entity (one per line)."
      ),
      "checkInput"
    );
  const codes: string[] = [];
  const warnings: Message[] = [];
  for (const given of choice.programmes) {
    const code = parseProgrammeCode(given);
    if (code === null)
      return failure(
        message(
          `«${given}» non è un codice di programma come 011.005.`,
          `«${given}» is not a programme code such as 011.005.`
        ),
        "checkInput"
      );
    const text = `${code.mission}.${code.programme}`;
    if (codes.includes(text)) continue;
    codes.push(text);
    const known =
      findProgramme(code.mission, code.programme) ??
      retiredProgrammes().find((r) => r.code === text);
    if (!known)
      warnings.push(
        message(
          `Attenzione: il programma ${text} non è nel catalogo: creato senza titolo.`,
          `Warning: programme ${text} is not in the catalogue: created without a title.`
        )
      );
  }
  const title = choice.title.trim() || `PIRA ${year}–${year + 2}`;
  return {
    ok: true,
    plan: emptyPlan({ title, firstYear: year, entities: choice.entities, programmes: codes }),
    warnings,
  };
}
