/**
 * Italian words that carry no meaning of their own in a title or a name: articles, prepositions
 * with their articulated forms, "e"/"ed", "o"/"od". Lower case, accents folded, an apostrophe's
 * word without it ("dell'impresa" → "dell", "impresa").
 */

/** il, lo, la, i, gli, le, l' */
export const ARTICLES: readonly string[] = ["il", "lo", "la", "i", "gli", "le", "l"];

/** Each simple preposition with its elided and articulated forms. */
export const PREPOSITION_FORMS: Readonly<Record<string, readonly string[]>> = {
  di: ["di", "d", "del", "dello", "della", "dei", "degli", "delle", "dell"],
  a: ["a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all"],
  da: ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall"],
  in: ["in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell"],
  con: ["con", "col", "coi"],
  su: ["su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull"],
  per: ["per"],
  tra: ["tra"],
  fra: ["fra"],
};

/** Every stop word: what a catalogue title is compared without (core/catalogue/similarity.ts). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...["un", "uno", "una"],
  ...Object.values(PREPOSITION_FORMS).flat(),
  ...["e", "ed", "o", "od"],
]);

/**
 * The fewer words an entity's id leaves out (core/plan/ids.ts): narrower than STOP_WORDS, and kept
 * so, since the ids a name gives must not change ("Camera di Commercio di Prato" → "camera-commercio-prato").
 */
export const SLUG_STOP_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...PREPOSITION_FORMS.di,
  ...["a", "al", "alla", "ai", "da", "in", "per", "e", "ed"],
]);
