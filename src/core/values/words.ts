/** The words that stand for values: missing data, yes/no, qualitative scales. */

/**
 * "n.d.", "N.D.", "nd", "n/d", "n.a.", "non disponibile", a lone dash; the placeholders of
 * published plans that are not values: "Kpi non definito", a lone "X".
 */
export const MISSING_WORDS =
  /^(n\.?\s?d\.?|n\/d|n\.?\s?a\.?|non disponibile|non rilevat[oa]|kpi non definit[oa]|x|[-\u2013\u2014])$/;

/** Yes/no words, folded (no accents, lower case). "realizzazione" is a target meaning "to be achieved". */
export const YES_NO: Record<string, boolean> = {
  si: true,
  yes: true,
  vero: true,
  realizzato: true,
  realizzata: true,
  realizzati: true,
  realizzate: true,
  realizzazione: true,
  raggiunto: true,
  attivato: true,
  no: false,
  falso: false,
  "non realizzato": false,
  "non realizzata": false,
  "non raggiunto": false,
  "non attivato": false,
};

/**
 * Qualitative scales, each from worst to best. A word's position orders it against a target on
 * the same scale; words of different scales cannot be compared.
 */
export const QUALITATIVE_SCALES: readonly (readonly string[])[] = [
  [
    "insufficiente",
    "scarso",
    "mediocre",
    "sufficiente",
    "discreto",
    "buono",
    "ottimo",
    "eccellente",
  ],
  ["basso", "medio", "alto", "elevato"],
  ["negativo", "neutro", "positivo"],
  ["inadeguato", "adeguato"],
];

export function qualitativeRank(word: string): { scale: number; rank: number } | null {
  for (let scale = 0; scale < QUALITATIVE_SCALES.length; scale++) {
    const rank = QUALITATIVE_SCALES[scale].indexOf(word);
    if (rank >= 0) return { scale, rank };
  }
  return null;
}
