/** The words a reviewer reads for kinds, flags and fields, in Italian and English. */
import { message, type Message } from "../message";
import type { ChangeKind, ChangeValue, ReviewFlag } from "./types";

export const KIND_WORDS: Record<ChangeKind, Message> = {
  added: message("aggiunto", "added"),
  removed: message("rimosso", "removed"),
  renamed: message("rinominato", "renamed"),
  moved: message("spostato", "moved"),
  changed: message("modificato", "changed"),
};

export const FLAG_WORDS: Record<ReviewFlag, Message> = {
  "target-lowered": message("target meno ambizioso", "target lowered"),
  "target-below-actual": message(
    "target sotto il valore già raggiunto",
    "target below what was already achieved"
  ),
  "series-broken": message(
    "serie interrotta (algoritmo o unità cambiati, target invariati)",
    "series broken (formula or unit changed, targets kept)"
  ),
  "dropped-not-achieved": message(
    "eliminato nell'anno in cui non è stato raggiunto",
    "dropped in the year it was not achieved"
  ),
  "no-baseline": message("nuovo, senza valore di partenza", "new, without a baseline"),
};

const FIELD_WORDS: Record<string, Message> = {
  name: message("nome", "name"),
  programme: message("programma", "programme"),
  formula: message("algoritmo di calcolo", "formula"),
  unit: message("unità di misura", "unit"),
  source: message("fonte", "source"),
  typology: message("tipologia", "typology"),
  polarity: message("polarità", "polarity"),
  "targets.triennium": message("target triennio", "triennium target"),
};

/** A field as the reviewer reads it: «target 2021», «algoritmo di calcolo». */
export function fieldWords(field: string | null): Message {
  if (field === null) return message("", "");
  const known = FIELD_WORDS[field];
  if (known) return known;
  const year = /^targets\.(\d{4})$/.exec(field);
  return year ? message(`target ${year[1]}`, `${year[1]} target`) : message(field, field);
}

/** A value of a change as text: the V's raw text, a text as it is, «—» for none. */
export function valueText(v: ChangeValue): string {
  if (v === null) return "—";
  if (typeof v === "string") return v === "" ? "—" : v;
  return v.raw.trim() === "" ? String(v.value ?? "—") : v.raw;
}
