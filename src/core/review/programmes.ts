/**
 * The programmes of the next triennium: each carries over with its scheda, its title as the
 * catalogue of the new year gives it (a renamed programme takes the new title, a retired code the
 * code that replaced it), and a note for each change the analyst should see.
 */
import { lookupProgramme, type ProgrammeLookup } from "../catalogue";
import { message } from "../message";
import type { Programme } from "../plan";
import { sameText, sameWords } from "./fold";
import type { RolloverNote } from "./types";

/** The catalogue a rollover follows (the bundled one by default). */
export interface RolloverCatalogue {
  lookup(mission: string, programme: string): ProgrammeLookup;
}

export const BUNDLED_CATALOGUE: RolloverCatalogue = {
  lookup: (mission, programme) => lookupProgramme(mission, programme),
};

const code = (p: Pick<Programme, "mission" | "programme">) => `${p.mission}.${p.programme}`;

/** A programme of the new triennium, and what changed in it. */
export function nextProgramme(
  p: Programme,
  catalogue: RolloverCatalogue
): { programme: Programme; notes: RolloverNote[] } {
  const out: Programme = structuredCloneProgramme(p);
  const notes: RolloverNote[] = [];
  const found = catalogue.lookup(p.mission, p.programme);
  const note = (kind: RolloverNote["kind"], field: string, it: string, en: string) =>
    notes.push({ kind, programme: p.id, indicator: null, field, message: message(it, en) });
  if (found.status === "replaced") {
    const next = found.replacedBy;
    out.mission = next.mission;
    out.programme = next.programme;
    out.title = next.title;
    note(
      "code-retired",
      "programme",
      `Programma ${code(p)} «${p.title}»: codice non più in uso, diventa ${next.code} «${next.title}». ${found.reason.it}`,
      `Programme ${code(p)} «${p.title}»: code no longer in use, becomes ${next.code} «${next.title}». ${found.reason.en}`
    );
  } else if (found.status === "found") {
    if (!sameText(p.title, found.entry.title) && !sameWords(p.title, found.entry.title)) {
      out.title = found.entry.title;
      note(
        "title-changed",
        "title",
        `Programma ${code(p)}: titolo «${p.title}» diventa «${found.entry.title}» (catalogo).`,
        `Programme ${code(p)}: title «${p.title}» becomes «${found.entry.title}» (catalogue).`
      );
    }
  } else {
    note(
      "programme-unknown",
      "programme",
      `Programma ${code(p)} «${p.title}»: non è nel catalogo, riportato com'è. ${found.reason.it}`,
      `Programme ${code(p)} «${p.title}»: not in the catalogue, carried as it is. ${found.reason.en}`
    );
  }
  return { programme: out, notes };
}

function structuredCloneProgramme(p: Programme): Programme {
  const out: Programme = {
    ...p,
    benefits: [...p.benefits],
    budget: p.budget ? { ...p.budget } : null,
    phases: p.phases.map((ph) => ({ name: ph.name, years: [...ph.years] })),
  };
  if (p.extra) out.extra = { ...p.extra };
  return out;
}
