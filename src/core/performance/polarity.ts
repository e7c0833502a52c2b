/**
 * Polarity is not written in PIRA documents: it is inferred from the indicator's values, unit,
 * name and formula, and marked as inferred so the user can override it.
 */
import { message, type Message } from "../message";
import type { Polarity } from "../plan";
import { foldWord, type PiraValue } from "../values";

export interface PolarityInference {
  polarity: Polarity;
  /** false when a target states it: a comparison sign ("≥ 90%") or a deadline ("entro il …") */
  inferred: boolean;
  reason: Message;
}

/** Words that make a smaller figure better, where they name what is measured. */
const LOWER_WORDS = [
  "costo",
  "costi",
  "oneri",
  "onere",
  "spesa",
  "spese",
  "incidenza",
  "tempo",
  "tempi",
  "durata",
  "ritardo",
  "ritardi",
  "debito",
  "debiti",
  "indebitamento",
  "immobilizzazioni",
  "contenzioso",
  "contenziosi",
  "reclami",
  "errori",
  "arretrato",
  "giacenza",
  "assenze",
  "assenza",
  "indice di struttura",
];
/** Words that make a larger figure better, where they name what is measured. */
const HIGHER_WORDS = [
  "grado di",
  "livello di",
  "utilizzo",
  "utilizzazione",
  "realizzazione",
  "soddisfazione",
  "percentuale di",
  "numero di",
  "tasso di copertura",
];
/** Units that measure a duration: lower is better. */
const LOWER_UNITS = /^(giorni|gg|ore|mesi|minuti|tempo)\b/;

function findWord(text: string, words: readonly string[]): string | undefined {
  const padded = ` ${text.replace(/[^a-z0-9]+/g, " ")} `;
  return words.find((w) => padded.includes(` ${w} `));
}

const inferred = (polarity: Polarity, it: string, en: string): PolarityInference => ({
  polarity,
  inferred: true,
  reason: message(it, en),
});

/**
 * The polarity a target states: its comparison sign ("≥ 90%" higher, "<= 5 gg" lower) or a
 * deadline (a date: the earlier the better). The first such target rules; null when none.
 */
function statedPolarity(values: readonly PiraValue[]): PolarityInference | null {
  for (const v of values) {
    if (v.comparison && v.kind !== "date") {
      const higher = v.comparison === ">=" || v.comparison === ">";
      return {
        polarity: higher ? "higher" : "lower",
        inferred: false,
        reason: message(
          `dal segno del target («${v.raw}»): ${higher ? "più alto" : "più basso"} è meglio, non dedotta`,
          `from the target's sign («${v.raw}»): ${higher ? "higher" : "lower"} is better, not inferred`
        ),
      };
    }
  }
  for (const v of values) {
    if (v.kind === "date") {
      return {
        polarity: "lower",
        inferred: false,
        reason: message(
          `dal termine («${v.raw}»): raggiunto se fatto entro la data, non dedotta`,
          `from the deadline («${v.raw}»): met when done by the date, not inferred`
        ),
      };
    }
  }
  return null;
}

export function inferPolarity(i: {
  name: string;
  formula?: string | null;
  unit?: string | null;
  values?: PiraValue[];
}): PolarityInference {
  const values = i.values ?? [];
  if (values.some((v) => v.kind === "qualitative"))
    return inferred(
      "qualitative",
      "dedotta dai valori: giudizi qualitativi",
      "inferred from the values: qualitative ratings"
    );
  const yesNo = values.some((v) => v.kind === "yesno");
  const numeric = values.some(
    (v) =>
      v.kind === "number" || v.kind === "percent" || v.kind === "currency" || v.kind === "ratio"
  );
  // a sign on a target is its polarity; a deadline too, unless the row is yes/no ("realizzato"
  // against "entro il 30/06/2021": the yes/no logic, the deadline counting as "to be done")
  const stated = yesNo && !numeric ? null : statedPolarity(values);
  if (stated) return stated;
  const unit = foldWord(i.unit ?? "");
  if (yesNo && !numeric)
    return inferred("yesno", "dedotta dai valori: sì/no", "inferred from the values: yes/no");
  if (!numeric && /^(si\s*\/\s*no|s\/n|si-no)$/.test(unit))
    return inferred("yesno", "dedotta dall'unità di misura sì/no", "inferred from the yes/no unit");

  const name = foldWord(i.name);
  const lowerInName = findWord(name, LOWER_WORDS);
  if (lowerInName)
    return inferred(
      "lower",
      `dedotta dal nome («${lowerInName}»): più basso è meglio`,
      `inferred from the name («${lowerInName}»): lower is better`
    );
  if (LOWER_UNITS.test(unit))
    return inferred(
      "lower",
      `dedotta dall'unità di misura («${i.unit}»): più basso è meglio`,
      `inferred from the unit («${i.unit}»): lower is better`
    );
  const higherInName = findWord(name, HIGHER_WORDS);
  if (higherInName)
    return inferred(
      "higher",
      `dedotta dal nome («${higherInName}»): più alto è meglio`,
      `inferred from the name («${higherInName}»): higher is better`
    );
  // In a formula only the numerator names what is measured ("Oneri correnti / proventi correnti").
  const numerator = foldWord((i.formula ?? "").split("/")[0]);
  const lowerInFormula = findWord(numerator, LOWER_WORDS);
  if (lowerInFormula)
    return inferred(
      "lower",
      `dedotta dalla formula («${lowerInFormula}»): più basso è meglio`,
      `inferred from the formula («${lowerInFormula}»): lower is better`
    );
  return inferred(
    "higher",
    "nessun indizio di segno contrario: più alto è meglio",
    "no sign of the contrary: higher is better"
  );
}

const WORDS: Record<string, Polarity> = {
  higher: "higher",
  crescente: "higher",
  "piu alto": "higher",
  alto: "higher",
  maggiore: "higher",
  max: "higher",
  "+": "higher",
  positiva: "higher",
  lower: "lower",
  decrescente: "lower",
  "piu basso": "lower",
  basso: "lower",
  minore: "lower",
  min: "lower",
  "-": "lower",
  negativa: "lower",
  yesno: "yesno",
  "yes/no": "yesno",
  "yes-no": "yesno",
  "si-no": "yesno",
  "si/no": "yesno",
  sino: "yesno",
  binaria: "yesno",
  booleana: "yesno",
  qualitative: "qualitative",
  qualitativo: "qualitative",
  qualitativa: "qualitative",
  giudizio: "qualitative",
};

/** Reads a polarity word in Italian or English ("crescente", "lower", "sì/no", "qualitativo"). */
export function readPolarity(word: string): Polarity | null {
  // spaces are folded to one: " ?" (not "\s*", quadratic on a run of spaces)
  return WORDS[foldWord(word).replace(/ ?([/-]) ?/g, "$1")] ?? null;
}

/** The Italian word shown in workbooks for a polarity. */
export const POLARITY_LABEL: Record<Polarity, string> = {
  higher: "crescente",
  lower: "decrescente",
  yesno: "sì/no",
  qualitative: "qualitativo",
};
