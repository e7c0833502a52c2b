/** Reading a value as written in a PIRA table into a typed value. Never throws. */
import Decimal from "decimal.js";
import { message } from "../message";
import { formatItalianNumber, readNumberAtStart } from "./number";
import { cleanCellText, foldWord } from "./text";
import type { PiraValue, ValueResult } from "./types";
import { MISSING_WORDS, qualitativeRank, YES_NO } from "./words";

const HUNDRED = new Decimal(100);

const EXPECTED = message(
  "atteso un numero (1.234,5), una percentuale (98,5%), un importo (€ 1.000), sì/no, n.d., «x su y» o un giudizio (buono)",
  "expected a number (1.234,5), a percentage (98,5%), an amount (€ 1.000), sì/no, n.d., «x su y» or a rating (buono)"
);

function fail(raw: string, what: string): ValueResult {
  return {
    ok: false,
    raw,
    reason: message(
      `«${what}» non è un valore leggibile: ${EXPECTED.it}`,
      `«${what}» is not a readable value: ${EXPECTED.en}`
    ),
  };
}

function ok(value: PiraValue, footnotes: string[]): ValueResult {
  if (footnotes.length) value.footnotes = footnotes;
  return { ok: true, value };
}

/** Prefix units written before the number: "€ 4.278.724", "% 6,4", "n. 0,82". */
const PREFIX = /^(€|eur\b|euro\b|%|n\.|n°|nr\.?)\s*/i;
/** Suffix units: "98,47%", "1.000 €", "1.000 euro". */
const SUFFIX = /^\s*(%|€|euro\b|eur\b)/i;
/** A leading calculation as written in some cells: "=91/28008 0,32% …". */
const LEADING_CALCULATION = /^=\S+\s+(?=\S)/;
const RATIO = /^(.+?)\s+su\s+(.+)$/i;

function unitOf(
  prefix: string | undefined,
  suffix: string | undefined
): "%" | "€" | "n." | undefined {
  const u = (suffix ?? prefix ?? "").toLowerCase();
  if (u === "%") return "%";
  if (u === "€" || u === "eur" || u === "euro") return "€";
  if (u.startsWith("n")) return "n.";
  return undefined;
}

/** A quantity at the start of `text`, with its unit; the rest of the text is returned as is. */
function readQuantity(text: string): { value: PiraValue; rest: string } | null {
  const prefix = PREFIX.exec(text);
  let at = prefix ? prefix[0].length : 0;
  const num = readNumberAtStart(text.slice(at));
  if (!num) return null;
  at += num.length;
  const suffix = SUFFIX.exec(text.slice(at));
  if (suffix) at += suffix[0].length;
  const rest = text.slice(at);
  // "30/09/2020", "1,2,3", "12abc": the number runs on into something else.
  if (rest && !/^[\s(\-\u2013;]/.test(rest)) return null;
  const unit = unitOf(prefix?.[1], suffix?.[1]);
  const raw = text.slice(0, at).trim();
  if (unit === "%")
    return { value: { raw, kind: "percent", number: num.value.div(HUNDRED), unit }, rest };
  if (unit === "€") return { value: { raw, kind: "currency", number: num.value, unit }, rest };
  return { value: { raw, kind: "number", number: num.value, ...(unit ? { unit } : {}) }, rest };
}

/** Reads one cell's text. Blank and "n.d." are missing; unreadable text is a failure with a reason. */
export function readValue(text: string): ValueResult {
  const { text: clean, footnotes } = cleanCellText(String(text ?? ""));
  const folded = foldWord(clean);
  if (folded === "" || MISSING_WORDS.test(folded))
    return ok({ raw: clean, kind: "missing", number: null }, footnotes);

  const yes = YES_NO[folded];
  if (yes !== undefined)
    return ok(
      { raw: clean, kind: "yesno", number: new Decimal(yes ? 1 : 0), yes, word: folded },
      footnotes
    );
  if (qualitativeRank(folded))
    return ok({ raw: clean, kind: "qualitative", number: null, word: folded }, footnotes);

  const ratio = RATIO.exec(clean);
  if (ratio) {
    const x = readQuantity(ratio[1].trim());
    const y = readQuantity(ratio[2].trim());
    if (x && y && !x.rest.trim() && !y.rest.trim() && x.value.number && y.value.number) {
      return ok(
        { raw: clean, kind: "ratio", number: x.value.number, of: y.value.number },
        footnotes
      );
    }
  }

  const calculation = LEADING_CALCULATION.exec(clean);
  const body = calculation ? clean.slice(calculation[0].length) : clean;
  const quantity = readQuantity(body);
  if (!quantity) return fail(clean, clean);
  const value = quantity.value;
  const annotation = [calculation?.[0].trim(), quantity.rest.trim()].filter(Boolean).join(" … ");
  value.raw = clean;
  if (annotation) value.annotation = annotation;
  return ok(value, footnotes);
}

/** Reads a spreadsheet cell: numbers and booleans as they are, text as written. */
export function valueFromCell(x: number | boolean | string | null | undefined): ValueResult {
  if (x === null || x === undefined)
    return { ok: true, value: { raw: "", kind: "missing", number: null } };
  if (typeof x === "boolean") {
    return {
      ok: true,
      value: {
        raw: x ? "sì" : "no",
        kind: "yesno",
        number: new Decimal(x ? 1 : 0),
        yes: x,
        word: x ? "si" : "no",
      },
    };
  }
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return fail(String(x), String(x));
    const number = new Decimal(x);
    return {
      ok: true,
      value: { raw: formatItalianNumber(number), kind: "number", number, native: true },
    };
  }
  return readValue(x);
}
