/**
 * Never invent: an "indicator" whose name reads as a value ("≥ 150", "40%", "–"), a unit
 * ("numero", "percentuale") or a field word ("Tipologia", "Target primo anno") is a sign that a
 * layout was misread (a vertical sheet read as a table, columns shifted): the import is refused
 * with the names and their places, never written.
 */
import { readValue } from "../values";
import type { Indicator } from "../plan";
import { foldHeaderText } from "./header-text";
import { verticalField } from "./vertical";

const UNIT_WORDS = new Set([
  "numero",
  "n",
  "nr",
  "percentuale",
  "%",
  "euro",
  "giorni",
  "gg",
  "ore",
  "mesi",
  "valore assoluto",
  "valore percentuale",
  "importo",
  "si no",
]);

const FIELD_WORDS = new Set([
  "indicatore",
  "indicatori",
  "kpi",
  "descrizione indicatore",
  "target",
  "consuntivo",
  "algoritmo",
  "formula",
  "udm",
  "u m",
  "fonte",
  "valore atteso",
  "risultato atteso",
  "valore rilevato",
  "% raggiungimento",
  "grado di raggiungimento",
  "performance",
  "obiettivo",
]);

/** First words of the comparisons and units readValue reads before a number. */
const COMPARISON_HEADS = new Set([
  "maggiore",
  "minore",
  "superiore",
  "inferiore",
  "pari",
  "uguale",
  "non",
  "almeno",
  "minimo",
  "min",
  "massimo",
  "max",
  "fino",
  "entro",
  "oltre",
  "piu",
  "meno",
  "n",
  "nr",
  "eur",
  "euro",
]);

export type MisreadWhy = "value" | "unit" | "field";

/** Why a name is no indicator's name, or null when it may be one. */
export function misreadName(name: string): MisreadWhy | null {
  const t = name.trim();
  if (t === "" || t.length > 60) return null;
  const folded = foldHeaderText(t);
  if (UNIT_WORDS.has(folded) || t === "€") return "unit";
  if (FIELD_WORDS.has(folded) || verticalField(t) !== null) return "field";
  if (/^(target|consuntivo) \d{4}$/.test(folded)) return "field";
  // a value begins with a digit, a sign or a unit, or is short ("sì", "buono", "almeno 10"):
  // long names of words are not read as values at all (the common case, kept cheap)
  const first = t.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (letter) {
    if (t.length > 40) return null;
    // words before a number only as a comparison ("almeno 10", "maggiore o uguale a 90%")
    const space = folded.indexOf(" ");
    const head = space < 0 ? folded : folded.slice(0, space);
    if (/\d/.test(t) && !COMPARISON_HEADS.has(head)) return null;
    if (!/\d/.test(t) && t.length > 20) return null;
  }
  return readValue(t).ok ? "value" : null;
}

export function misreadIndicators(
  indicators: readonly Indicator[]
): { indicator: Indicator; why: MisreadWhy }[] {
  const out: { indicator: Indicator; why: MisreadWhy }[] = [];
  for (const indicator of indicators) {
    const why = misreadName(indicator.name);
    if (why) out.push({ indicator, why });
  }
  return out;
}
