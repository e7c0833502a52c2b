/*
 * Reading the custom functions' arguments that are not values: polarity, cap, thresholds, codes.
 * Each returns the argument or a Failure whose message says what was expected.
 */
import { message, type Message } from "../core/message";
import { readPolarity } from "../core/performance";
import type { Polarity } from "../core/plan";
import type { PiraValue } from "../core/values";
import { scalarCell } from "./cells";
import { about, failure, isFailure, type Failure } from "./errors";

const POLARITY_WORDS = message(
  "«crescente», «decrescente», «sì-no» o «qualitativo» (oppure higher, lower, yesno, qualitative)",
  "«higher», «lower», «yesno» or «qualitative» (or crescente, decrescente, sì-no, qualitativo)"
);

export const LABELS = {
  actual: message("consuntivo", "actual"),
  target: message("target", "target"),
  polarity: message("polarità", "polarity"),
  cap: message("limite", "cap"),
  relative: message("relativo", "relative"),
  achievement: message("raggiungimento", "achievement"),
  achievements: message("raggiungimenti", "achievements"),
  weights: message("pesi", "weights"),
  weight: message("peso", "weight"),
  low: message("soglia bassa", "low threshold"),
  high: message("soglia alta", "high threshold"),
  text: message("testo", "text"),
  mission: message("missione", "mission"),
  programme: message("programma", "programme"),
} as const;

/**
 * The polarity written in a cell, or null when blank: a word in Italian or English. Unknown words
 * and non-text fail with the list of accepted words.
 */
export function polarityWord(x: unknown): Polarity | null | Failure {
  const cell = scalarCell(x);
  if (isFailure(cell)) return about(LABELS.polarity, cell);
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return null;
  const polarity = typeof cell === "string" ? readPolarity(cell) : null;
  if (polarity) return polarity;
  return failure(
    "invalid",
    `polarità «${String(cell)}» sconosciuta: attesa ${POLARITY_WORDS.it}`,
    `unknown polarity «${String(cell)}»: expected ${POLARITY_WORDS.en}`
  );
}

/**
 * The polarity when none is given: yes/no if either value is yes/no, qualitative if either is a
 * rating, else higher is better.
 */
export function defaultPolarity(actual: PiraValue, target: PiraValue): Polarity {
  if (actual.kind === "yesno" || target.kind === "yesno") return "yesno";
  if (actual.kind === "qualitative" || target.kind === "qualitative") return "qualitative";
  return "higher";
}

/**
 * A TRUE/FALSE option (cap, relative): omitted → `fallback`; booleans as they are; numbers
 * non-zero → TRUE; the words VERO/FALSO, sì/no, TRUE/FALSE.
 */
export function flagArgument(x: unknown, fallback: boolean, label: Message): boolean | Failure {
  const cell = scalarCell(x);
  if (isFailure(cell)) return about(label, cell);
  if (cell === null) return fallback;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  if (typeof cell === "string") {
    const w = cell.trim().toLowerCase();
    if (w === "") return fallback;
    if (["vero", "true", "sì", "si", "yes", "1"].includes(w)) return true;
    if (["falso", "false", "no", "0"].includes(w)) return false;
  }
  return failure(
    "invalid",
    `${label.it}: atteso VERO o FALSO, non «${String(cell)}»`,
    `${label.en}: expected TRUE or FALSE, not «${String(cell)}»`
  );
}

/** A code argument (mission, programme): a number or a text, null when blank. */
export function codeArgument(x: unknown, label: Message): string | number | null | Failure {
  const cell = scalarCell(x);
  if (isFailure(cell)) return about(label, cell);
  if (cell === null) return null;
  if (typeof cell === "string") return cell.trim() === "" ? null : cell.trim();
  if (typeof cell === "number") return cell;
  return failure(
    "invalid",
    `${label.it}: atteso un codice di tre cifre, come "011", non ${cell ? "VERO" : "FALSO"}`,
    `${label.en}: expected a three-digit code such as "011", not ${cell ? "TRUE" : "FALSE"}`
  );
}
