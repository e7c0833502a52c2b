/*
 * Reading custom-function arguments and reporting errors the way Excel shows them.
 * Shared by the functions in functions.ts; kept apart so that file stays a plain list of functions.
 */
import { message, type Message } from "../core/message";
import type { Polarity } from "../core/plan/types";
import { readPolarity } from "../core/performance";
import type { PiraValue } from "../core/values";

const POLARITY_WORDS = message(
  "«crescente», «decrescente», «sì-no» o «qualitativo» (oppure higher, lower, yesno, qualitative)",
  "«higher», «lower», «yesno» or «qualitative» (or crescente, decrescente, sì-no, qualitativo)"
);

/**
 * The polarity argument: a word in Italian or English, or — when omitted or blank — inferred from
 * the two values: yes/no if either is yes/no, qualitative if either is qualitative, else higher.
 */
export function polarityArgument(
  word: string | null | undefined,
  actual: PiraValue,
  target: PiraValue
): { ok: true; polarity: Polarity } | { ok: false; reason: Message } {
  if (word === null || word === undefined || word.trim() === "") {
    const kinds = [actual.kind, target.kind];
    if (kinds.includes("yesno")) return { ok: true, polarity: "yesno" };
    if (kinds.includes("qualitative")) return { ok: true, polarity: "qualitative" };
    return { ok: true, polarity: "higher" };
  }
  const polarity = readPolarity(word);
  if (polarity) return { ok: true, polarity };
  return {
    ok: false,
    reason: message(
      `polarità «${word}» sconosciuta: attesa ${POLARITY_WORDS.it}`,
      `unknown polarity «${word}»: expected ${POLARITY_WORDS.en}`
    ),
  };
}

/**
 * The error a custom function throws to show #N/A (missing data) or #VALUE! (unreadable input)
 * with the Italian message: Excel shows custom messages only for these two codes.
 */
export function cellError(kind: "missing" | "invalid", reason: Message): CustomFunctions.Error {
  const code =
    kind === "missing"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, reason.it);
}
