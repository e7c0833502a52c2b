/**
 * Reading a value as written in a PIRA table into a typed value. Never throws; linear time (hand
 * scanners, no backtracking pattern over the text).
 *
 * What is read (docs/values.md):
 * - numbers, percentages, amounts, Italian style ("2.377.957", "98,47%", "€ 1.107.200,00"), with
 *   spaces as thousands separators when every group after the first has three digits
 *   ("2 947 171"; no-break and narrow no-break spaces are spaces here);
 * - magnitudes, scaled exactly: "€ 1,2 milioni" = 1.200.000, "1,5 mln €", "35 mila", "120 k€";
 * - comparisons before a target ("≥ 90%", "<= 5 gg", "almeno 10", "non superiore a 20 giorni",
 *   "max 15 gg", "min. 80%"): the value with its `comparison`;
 * - dates ("31/12/2021", "30.6.2021", "2021-06-30", "30 giugno 2021"), also as deadlines
 *   ("entro il 30/06/2021": comparison "<=");
 * - yes/no, ratings, "x su y", n.d.; a leading calculation ("=91/28008 0,32% …") and words after a
 *   complete value ("76,07% (194/255)") are kept as the annotation.
 *
 * A text that cannot be read exactly is refused with a reason, never read as a smaller number:
 * digits after a bare number ("12 34", "2 947 17"), a magnitude word not understood ("1,2 mil."),
 * a magnitude on a percentage, a date that does not exist, a number beyond Excel's range.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../message";
import { scanComparison } from "./comparison";
import { isBadDate, scanDate, type ScannedDate } from "./date";
import { isUnclear, scanMagnitude } from "./magnitude";
import { decimalOf, formatItalianNumber, scanNumber } from "./number";
import { cleanCellText, foldSpaces, foldWord } from "./text";
import type { PiraValue, Refusal as RefusalCode, ValueResult } from "./types";
import { MISSING_WORDS, qualitativeRank, YES_NO } from "./words";
import { isDigit, isWordLetter } from "../text";

/** The largest magnitude Excel holds: 9,99999999999999E+307. */
export const EXCEL_MAX = new Decimal("9.99999999999999e307");
/** Longest numeral read (a longer one is beyond Excel's range or precision anyway). */
const MAX_NUMERAL = 400;

const EXPECTED = message(
  "atteso un numero (1.234,5), una percentuale (98,5%), un importo (€ 1.000), sì/no, n.d., «x su y», una data (31/12/2021), un target con segno (≥ 90%) o un giudizio (buono)",
  "expected a number (1.234,5), a percentage (98,5%), an amount (€ 1.000), sì/no, n.d., «x su y», a date (31/12/2021), a target with a sign (≥ 90%) or a rating (buono)"
);

/** Why a text is refused, beyond "not a value". */
type Why = Message | null;

function fail(raw: string, why: Why = null, code?: RefusalCode): ValueResult {
  const shown = raw.length > 80 ? raw.slice(0, 77) + "…" : raw;
  const detail = why ?? EXPECTED;
  const out: ValueResult = {
    ok: false,
    raw,
    reason: message(
      `«${shown}» non è un valore leggibile: ${detail.it}`,
      `«${shown}» is not a readable value: ${detail.en}`
    ),
  };
  if (code) out.refusal = code;
  return out;
}

/** A refusal inside a reading: the reason travels up to readValue. */
interface Refusal {
  refused: Message;
  code: RefusalCode;
}

function refusal(code: RefusalCode, it: string, en: string): Refusal {
  return { refused: message(it, en), code };
}

function isRefusal(x: unknown): x is Refusal {
  return typeof x === "object" && x !== null && "refused" in x;
}

const AMBIGUOUS_DIGITS = (written: string) =>
  refusal(
    "digits",
    `altre cifre dopo il numero in «${written}…»: le migliaia si separano con uno spazio solo se ogni gruppo dopo il primo ha tre cifre (2 947 171); scrivere un numero solo, senza spazi o con i punti (2.947.171)`,
    `more digits after the number in «${written}…»: spaces separate thousands only when every group after the first has three digits (2 947 171); write one number, without spaces or with dots (2.947.171)`
  );

/** "€", "eur", "euro" at i as a whole word: its length, else 0. */
function currencyLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x20ac) return 1;
  if ((c | 32) !== 101) return 0; // e
  const w = s.slice(i, i + 4).toLowerCase();
  if (w === "euro" && !isWordLetter(s.charCodeAt(i + 4))) return 4;
  if (w.startsWith("eur") && !isWordLetter(s.charCodeAt(i + 3))) return 3;
  return 0;
}

type Unit = "%" | "€" | "n.";

/** Prefix units written before the number: "€ 4.278.724", "% 6,4", "n. 0,82", "nr 5". */
function prefixUnit(s: string): { unit: Unit; end: number } | null {
  const c = s.charCodeAt(0);
  let unit: Unit | null = null;
  let end = 0;
  if (c === 37) {
    unit = "%";
    end = 1;
  } else if (c === 0x20ac || c === 69 || c === 101) {
    const n = currencyLength(s, 0);
    if (n) {
      unit = "€";
      end = n;
    }
  } else if (c === 110 || c === 78) {
    // n. n° nr nr.
    const c1 = s.charCodeAt(1);
    if (c1 === 46 || c1 === 0xb0) end = 2;
    else if ((c1 | 32) === 114 && !isWordLetter(s.charCodeAt(2)))
      end = s.charCodeAt(2) === 46 ? 3 : 2;
    if (end) unit = "n.";
  }
  if (!unit) return null;
  if (s.charCodeAt(end) === 32) end++;
  return { unit, end };
}

/** Suffix units: "98,47%", "1.000 €", "1.000 euro". */
function suffixUnit(s: string, at: number): { unit: "%" | "€"; end: number } | null {
  const i = s.charCodeAt(at) === 32 ? at + 1 : at;
  if (s.charCodeAt(i) === 37) return { unit: "%", end: i + 1 };
  const n = currencyLength(s, i);
  return n ? { unit: "€", end: i + n } : null;
}

interface Quantity {
  value: PiraValue;
  /** the text after the value, as written ("" when none) */
  rest: string;
}

/** What may follow a value: nothing, a space, "(", "-", "–", ";". */
function restStartsWell(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return c === 32 || c === 40 || c === 45 || c === 0x2013 || c === 59;
}

/**
 * A quantity at the start of `s`, with its unit and magnitude; the rest of the text is returned
 * as is. null: no quantity there; a Refusal: a quantity that cannot be read exactly.
 */
function readQuantity(s: string): Quantity | Refusal | null {
  const prefix = prefixUnit(s);
  const start = prefix ? prefix.end : 0;
  const num = scanNumber(s, start, true);
  if (!num) return null;
  if (num.end - start > MAX_NUMERAL)
    return refusal(
      "range",
      "numero di troppe cifre, fuori dall'intervallo dei numeri di Excel",
      "a number with too many digits, out of the range of Excel numbers"
    );
  let at = num.end;
  let power = 0;
  const magnitude = scanMagnitude(s, at);
  if (magnitude) {
    if (isUnclear(magnitude))
      return refusal(
        "magnitude",
        `ordine di grandezza «${magnitude.unclear}» non chiaro: scrivere «mila», «milioni» (mln), «miliardi» (mld) o la cifra intera`,
        `unclear magnitude «${magnitude.unclear}»: write «mila», «milioni» (mln), «miliardi» (mld) or the whole figure`
      );
    power = magnitude.power;
    at = magnitude.end;
  }
  const suffix = suffixUnit(s, at);
  if (suffix) at = suffix.end;
  // "30/09", "1,2,3", "12abc": the number runs on into something else
  if (!restStartsWell(s, at)) return null;
  const unit: Unit | undefined = suffix?.unit ?? prefix?.unit;
  const rest = s.slice(at);
  const written = s.slice(0, at);
  if (power && unit === "%")
    return refusal(
      "magnitude",
      `«${written}»: una percentuale non ha ordine di grandezza (mila, milioni)`,
      `«${written}»: a percentage has no magnitude (thousands, millions)`
    );
  // a number followed by digits: a space-grouped number that is not one ("12 34", "€ 1.000 500",
  // "12 mila 500"), a range ("10-20", "10%-20%"); read as the first number it would be smaller
  // than written. An annotation after a space and a dash stays one ("0,32% - 3,2 ogni 1.000")
  if (rest !== "") {
    let j = rest.charCodeAt(0) === 32 ? 1 : 0;
    const c = rest.charCodeAt(j);
    if (c === 44 || c === 46 || c === 45 || c === 0x2013) j++;
    if (j > 0 && isDigit(rest.charCodeAt(j))) return AMBIGUOUS_DIGITS(s.slice(0, at + j + 3));
  }
  const shift = power - (unit === "%" ? 2 : 0);
  const number = decimalOf(num, shift);
  // only a numeral of 300 digits or more (or so scaled) can pass Excel's largest number
  if (num.int.length + shift >= 300 && number.abs().gt(EXCEL_MAX))
    return refusal(
      "range",
      `${written} è oltre il numero più grande che Excel rappresenta (9,99999999999999E+307)`,
      `${written} is beyond the largest number Excel holds (9.99999999999999E+307)`
    );
  const raw = written.trim();
  const value: PiraValue =
    unit === "%"
      ? { raw, kind: "percent", number, unit }
      : unit === "€"
        ? { raw, kind: "currency", number, unit }
        : unit
          ? { raw, kind: "number", number, unit }
          : { raw, kind: "number", number };
  if (num.frac) value.places = num.frac.length;
  return { value, rest };
}

/** "x su y" as a whole: the index of " su " (any case), else -1. First one, as written. */
function ratioAt(s: string): number {
  let i = s.indexOf(" ");
  while (i >= 0 && i + 3 < s.length) {
    if (
      (s.charCodeAt(i + 1) | 32) === 115 &&
      (s.charCodeAt(i + 2) | 32) === 117 &&
      s.charCodeAt(i + 3) === 32
    )
      return i;
    i = s.indexOf(" ", i + 1);
  }
  return -1;
}

function dateValue(d: ScannedDate, raw: string): PiraValue {
  return { raw, kind: "date", number: new Decimal(d.serial), date: d.iso };
}

/**
 * A date at the start of `s`, with what follows as annotation; null when no date is there; a
 * Refusal for a date that does not exist.
 */
function readDate(s: string): { value: PiraValue; rest: string } | Refusal | null {
  const d = scanDate(s, 0);
  if (!d) return null;
  if (isBadDate(d))
    return refusal(
      "date",
      `la data ${d.bad} non esiste (o è fuori dagli anni 1900–2199)`,
      `the date ${d.bad} does not exist (or is outside the years 1900–2199)`
    );
  let rest = s.slice(d.end);
  if (rest === ".") rest = "";
  return { value: dateValue(d, s.slice(0, d.end)), rest };
}

/** The commonest words as written, folded in advance (foldWord normalises Unicode: slow). */
const COMMON_WORDS = new Map<string, string>(
  [
    "sì",
    "Sì",
    "SÌ",
    "si",
    "Si",
    "SI",
    "no",
    "No",
    "NO",
    "n.d.",
    "N.D.",
    "nd",
    "ND",
    "n.d",
    "N.D",
  ].map((w) => [w, foldWord(w)])
);
/** Shared: decimal.js values are immutable. */
const ONE = new Decimal(1);
const ZERO = new Decimal(0);

/** Starts like a word (not a number, a sign or a unit): the word lists are worth a look. */
function wordLike(s: string): boolean {
  const c = s.charCodeAt(0);
  if (isDigit(c) || c === 44 || c === 43 || c === 37 || c === 0x20ac) return false;
  if (c === 45 || c === 0x2013 || c === 0x2212) return s.length === 1;
  return true;
}

/** A value, its annotation and its comparison, from the body of a text (no words). */
function readBody(s: string): { value: PiraValue; annotation: string } | Refusal | null {
  const date = readDate(s);
  if (date) {
    if (isRefusal(date)) return date;
    return { value: date.value, annotation: date.rest.trim() };
  }
  const q = readQuantity(s);
  if (!q) return null;
  if (isRefusal(q)) return q;
  return { value: q.value, annotation: q.rest.trim() };
}

/** A value read, with the footnote markers found around it. */
function finish(footnotes: string[] | null, value: PiraValue): ValueResult {
  if (footnotes) value.footnotes = footnotes;
  return { ok: true, value };
}

/**
 * A percentage in brackets, "(60,6%)", as some plans write a rate under its count. Only a
 * percentage: "(1.234)" is a negative amount in accounting, and is not guessed either way.
 */
function bracketed(clean: string, footnotes: string[] | null): ValueResult | null {
  const last = clean.length - 1;
  if (clean.charCodeAt(0) !== 40 || clean.charCodeAt(last) !== 41) return null;
  const q = readQuantity(clean.slice(1, last).trim());
  if (!q || isRefusal(q) || q.rest.trim() !== "" || q.value.kind !== "percent") return null;
  q.value.raw = clean;
  return finish(footnotes, q.value);
}

/** Reads one cell's text. Blank and "n.d." are missing; unreadable text is a failure with a reason. */
export function readValue(text: string): ValueResult {
  const input = typeof text === "string" ? text : String(text ?? "");
  // no "<": no tag, no footnote marker (the common case, without the list cleanCellText makes)
  let clean: string;
  let footnotes: string[] | null = null;
  if (input.indexOf("<") < 0) clean = foldSpaces(input);
  else {
    const c = cleanCellText(input);
    clean = c.text;
    if (c.footnotes.length) footnotes = c.footnotes;
  }
  if (clean === "") return finish(footnotes, { raw: clean, kind: "missing", number: null });

  if (wordLike(clean) && clean.length <= 40) {
    const folded = COMMON_WORDS.get(clean) ?? foldWord(clean);
    if (MISSING_WORDS.test(folded))
      return finish(footnotes, { raw: clean, kind: "missing", number: null });
    const yes = YES_NO[folded];
    if (yes !== undefined)
      return finish(footnotes, {
        raw: clean,
        kind: "yesno",
        number: yes ? ONE : ZERO,
        yes,
        word: folded,
      });
    if (qualitativeRank(folded))
      return finish(footnotes, { raw: clean, kind: "qualitative", number: null, word: folded });
  }

  const cmp = scanComparison(clean);
  if (cmp) {
    const body = clean.slice(cmp.end);
    const read = readBody(body);
    if (isRefusal(read)) return fail(clean, read.refused, read.code);
    if (!read)
      return fail(
        clean,
        message(
          `dopo «${cmp.written}» atteso un numero, una percentuale, un importo o una data (≥ 90%, <= 5, entro il 30/06/2021)`,
          `after «${cmp.written}» a number, a percentage, an amount or a date was expected (≥ 90%, <= 5, entro il 30/06/2021)`
        ),
        "comparison"
      );
    const value = read.value;
    value.raw = clean;
    value.comparison = cmp.comparison;
    if (read.annotation) value.annotation = read.annotation;
    return finish(footnotes, value);
  }

  const su = ratioAt(clean);
  if (su > 0) {
    const x = readQuantity(clean.slice(0, su));
    const y = readQuantity(clean.slice(su + 4));
    if (
      x &&
      y &&
      !isRefusal(x) &&
      !isRefusal(y) &&
      x.rest === "" &&
      x.value.number &&
      y.value.number
    ) {
      // "10 su 20 (50%)": the ratio, with what follows y as its annotation (never the bare 10)
      const ratio: PiraValue = {
        raw: clean,
        kind: "ratio",
        number: x.value.number,
        of: y.value.number,
      };
      const note = y.rest.trim();
      if (note !== "") ratio.annotation = note;
      return finish(footnotes, ratio);
    }
    // "10 su 20 30": a clean x before " su " whose y cannot be read is no number x with a note
    if (x && !isRefusal(x) && x.rest === "" && x.value.number && (!y || isRefusal(y)))
      return fail(
        clean,
        isRefusal(y)
          ? y.refused
          : message(
              "dopo «su» un numero era atteso («4 su 8»)",
              "a number was expected after «su» («4 su 8»)"
            ),
        isRefusal(y) ? y.code : "digits"
      );
  }

  // "=90%", "= 45.000", "=-0,34": an exact target, or a "≥" lost on the way to PDF; the number
  // is read and marked, so the import report can say which (a calculation is not: "=91/28008 …")
  if (clean.charCodeAt(0) === 61) {
    const exact = readBody(clean.slice(clean.charCodeAt(1) === 32 ? 2 : 1));
    if (exact && !isRefusal(exact)) {
      const value = exact.value;
      value.raw = clean;
      value.equals = true;
      if (exact.annotation) value.annotation = exact.annotation;
      return finish(footnotes, value);
    }
  }

  // a leading calculation as written in some cells: "=91/28008 0,32% …"
  let calculation = "";
  let body = clean;
  if (clean.charCodeAt(0) === 61) {
    const space = clean.indexOf(" ");
    if (space > 1 && space + 1 < clean.length) {
      calculation = clean.slice(0, space);
      body = clean.slice(space + 1);
    }
  }
  const read = readBody(body);
  if (!read) return bracketed(clean, footnotes) ?? fail(clean);
  if (isRefusal(read)) return fail(clean, read.refused, read.code);
  const value = read.value;
  value.raw = clean;
  const annotation =
    calculation && read.annotation
      ? `${calculation} … ${read.annotation}`
      : calculation || read.annotation;
  if (annotation) value.annotation = annotation;
  return finish(footnotes, value);
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
    if (!Number.isFinite(x)) return fail(String(x));
    const number = new Decimal(x);
    return {
      ok: true,
      value: { raw: formatItalianNumber(number), kind: "number", number, native: true },
    };
  }
  return readValue(x);
}
