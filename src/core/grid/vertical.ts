/**
 * The ministries' vertical sheets (the Nota integrativa, the performance portal): not a table with
 * a header row but one block of `field | value` rows per objective (Codice, Titolo, Missione,
 * Programma, Centri di responsabilità, Anno di riferimento, Risorse a preventivo primo anno …) and
 * per indicator (Codice, Titolo, Tipologia, Unità di misura, Fonte dei dati, Algoritmo di calcolo,
 * Peso, Target conseguito nell'esercizio precedente, Target primo / secondo / terzo anno …).
 *
 * Here: the field words, a grid's rows read as field/value pairs (a field glued to its value,
 * "Target primo anno95,00%", split), whether a grid is such a sheet at all, and its blocks. Read
 * as a horizontal table, such a sheet would turn every value into an "indicator".
 */
import { foldHeaderText } from "./header-text";
import type { GridView } from "./view";

export type VerticalField =
  | "code"
  | "title"
  | "description"
  | "mission"
  | "programme"
  | "responsible"
  | "referenceYear"
  | "resources1"
  | "resources2"
  | "resources3"
  | "priority"
  | "objective"
  | "typology"
  | "unit"
  | "source"
  | "formula"
  | "weight"
  | "measure"
  | "baseline"
  | "target1"
  | "target2"
  | "target3"
  | "notes"
  | "approval";

/** The field words, folded (lower case, no accents, spaces single), longest first where one begins another. */
const WORDS: [string, VerticalField][] = [
  ["target conseguito nell'esercizio precedente", "baseline"],
  ["target conseguito nell esercizio precedente", "baseline"],
  ["target conseguito nell\u2019esercizio precedente", "baseline"],
  ["target primo anno", "target1"],
  ["target secondo anno", "target2"],
  ["target terzo anno", "target3"],
  ["risorse a preventivo primo anno", "resources1"],
  ["risorse a preventivo secondo anno", "resources2"],
  ["risorse a preventivo terzo anno", "resources3"],
  ["centri di responsabilita", "responsible"],
  ["centro di responsabilita", "responsible"],
  ["anno di riferimento", "referenceYear"],
  ["algoritmo di calcolo", "formula"],
  ["metodo di calcolo", "formula"],
  ["fonte dei dati", "source"],
  ["fonte del dato", "source"],
  ["unita di misura", "unit"],
  ["tipologia indicatore", "typology"],
  ["tipologia", "typology"],
  ["peso indicatore", "weight"],
  ["peso", "weight"],
  ["misura", "measure"],
  ["codice obiettivo", "code"],
  ["codice indicatore", "code"],
  ["codice", "code"],
  ["titolo obiettivo", "title"],
  ["titolo indicatore", "title"],
  ["titolo", "title"],
  ["descrizione", "description"],
  ["missione", "mission"],
  ["programma", "programme"],
  ["priorita politica", "priority"],
  ["obiettivo strategico", "objective"],
  ["data di approvazione", "approval"],
  ["note", "notes"],
];

const EXACT = new Map<string, VerticalField>(WORDS);

/** Fields only an indicator block has; fields only an objective block has. */
export const INDICATOR_BLOCK_FIELDS: ReadonlySet<VerticalField> = new Set<VerticalField>([
  "typology",
  "unit",
  "source",
  "formula",
  "weight",
  "measure",
  "baseline",
  "target1",
  "target2",
  "target3",
]);
export const OBJECTIVE_FIELDS: ReadonlySet<VerticalField> = new Set<VerticalField>([
  "mission",
  "programme",
  "responsible",
  "resources1",
  "resources2",
  "resources3",
  "priority",
]);

/**
 * Fields only the ministries' objective sheets have: a sheet of objectives alone is vertical with
 * one of them (a chamber's scheda with Missione, Programma, Obiettivo is read as label rows).
 */
const MINISTRY_FIELDS: ReadonlySet<VerticalField> = new Set<VerticalField>([
  "referenceYear",
  "resources1",
  "resources2",
  "resources3",
]);

/** The field a label names exactly ("Unità di misura", "Codice:"), or null. */
export function verticalField(label: string): VerticalField | null {
  if (label.length > 60) return null;
  const t = foldHeaderText(label.replace(/[:.\s]+$/, ""));
  return EXACT.get(t) ?? null;
}

/** Folds one character as foldHeaderText folds a text (accents off, lower case). */
function foldChar(ch: string): string {
  return ch
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * A field word at the start of a one-cell text, glued to its value ("Target primo anno95,00%",
 * "Codice149.1", "Unità di misuranumero") or after a colon ("Codice: 149.1"): the field and the
 * value as written. A one-word field must not run on into a lower-case letter ("Programmazione"
 * is no "Programma"). Linear: the text's first 60 characters folded once, each word compared once.
 */
export function splitGluedField(text: string): { field: VerticalField; value: string } | null {
  const head = text.slice(0, 60);
  // folded head and, for each folded index, the original index it came from
  let folded = "";
  const from: number[] = [];
  for (let i = 0; i < head.length; i++) {
    let f = foldChar(head[i]);
    if (/\s/.test(f)) f = folded.endsWith(" ") ? "" : " ";
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
  }
  from.push(head.length);
  for (const [word, field] of WORDS) {
    if (!folded.startsWith(word)) continue;
    const end = from[word.length];
    const next = text.charAt(end);
    // a one-word field before a lower-case letter is the start of another word ("Programmazione",
    // "Notevole"); after a field of several words ("Unità di misuranumero") it is the value
    if (/\p{Ll}/u.test(next) && !word.includes(" ")) continue;
    const value = text
      .slice(end)
      .replace(/^\s*:?\s*/, "")
      .trim();
    return { field, value };
  }
  return null;
}

export interface VerticalPair {
  field: VerticalField;
  /** the label as written (for extra fields and messages) */
  label: string;
  value: string;
  row: number;
  /** the columns of the label and the value cells (the same column when glued) */
  cells: number[];
}

/** A row as a field/value pair: the first filled cell a field word, the rest its value. */
export function pairOf(view: GridView, r: number): VerticalPair | null {
  const cells = view.filled(r);
  if (cells.length === 0) return null;
  const first = view.rawText(r, cells[0]);
  if (cells.length >= 2) {
    const field = verticalField(first);
    if (field === null) return null;
    const value = cells
      .slice(1)
      .map((c) => view.rawText(r, c))
      .join(" ")
      .trim();
    return { field, label: first.replace(/[:.\s]+$/, ""), value, row: r, cells };
  }
  const exact = verticalField(first);
  if (exact)
    return { field: exact, label: first.replace(/[:.\s]+$/, ""), value: "", row: r, cells };
  const glued = splitGluedField(first);
  if (!glued) return null;
  const label = first.slice(0, first.length - glued.value.length).replace(/[:.\s]+$/, "");
  return { field: glued.field, label, value: glued.value, row: r, cells };
}

export interface VerticalBlock {
  kind: "objective" | "indicator" | "unknown";
  pairs: VerticalPair[];
}

/** Rows that are a header of a horizontal table: three or more field words on one row. */
function headerLike(view: GridView, r: number): boolean {
  let n = 0;
  for (const c of view.filled(r))
    if (verticalField(view.rawText(r, c)) !== null && ++n >= 3) return true;
  return false;
}

/**
 * The grid's field/value pairs when it is a vertical sheet, else null: at least five pair rows,
 * four different fields, one of them an indicator's (Algoritmo di calcolo, Unità di misura,
 * Fonte dei dati, Tipologia, a target) or a ministry's (Anno di riferimento, Risorse a
 * preventivo), the pairs at least half of the filled rows, and no row that reads as a horizontal
 * header.
 */
export function verticalPairs(view: GridView): VerticalPair[] | null {
  const pairs: VerticalPair[] = [];
  const fields = new Set<VerticalField>();
  let filled = 0;
  for (let r = 0; r < view.height; r++) {
    if (view.blankRow(r)) continue;
    filled++;
    // a table of rows shows itself within its first rows: no need to look at all of them
    if (filled >= 40 && pairs.length * 2 < filled) return null;
    if (headerLike(view, r)) return null;
    const p = pairOf(view, r);
    if (!p) continue;
    pairs.push(p);
    fields.add(p.field);
  }
  if (pairs.length < 5 || fields.size < 4 || pairs.length * 2 < filled) return null;
  for (const f of fields) if (INDICATOR_BLOCK_FIELDS.has(f) || MINISTRY_FIELDS.has(f)) return pairs;
  return null;
}

/**
 * The pairs in blocks: a block ends where a field it already has comes again, or where a Codice
 * or an Anno di riferimento comes after its Titolo (the next block's first rows).
 */
export function verticalBlocks(pairs: readonly VerticalPair[]): VerticalBlock[] {
  const blocks: VerticalBlock[] = [];
  let current: VerticalPair[] = [];
  let seen = new Set<VerticalField>();
  const close = () => {
    if (current.length === 0) return;
    let kind: VerticalBlock["kind"] = "unknown";
    if (current.some((p) => INDICATOR_BLOCK_FIELDS.has(p.field))) kind = "indicator";
    else if (current.some((p) => OBJECTIVE_FIELDS.has(p.field))) kind = "objective";
    blocks.push({ kind, pairs: current });
    current = [];
    seen = new Set();
  };
  for (const p of pairs) {
    const opens = (p.field === "code" || p.field === "referenceYear") && seen.has("title");
    if (seen.has(p.field) || opens) close();
    current.push(p);
    seen.add(p.field);
  }
  close();
  return blocks;
}
