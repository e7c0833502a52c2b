import type Decimal from "decimal.js";
import type { Message } from "../message";

/** What a value cell holds, as docs/values.md lists the notations. */
export type ValueKind =
  | "number"
  | "percent"
  | "currency"
  | "yesno"
  | "qualitative"
  | "ratio"
  | "date"
  | "missing"
  | "text";

/**
 * A comparison written before a target ("≥ 90%", "<= 5 gg", "almeno 10", "non superiore a 20",
 * "max 15", "entro il 30/06/2021"): the target's own polarity, never inferred.
 */
export type Comparison = ">=" | "<=" | ">" | "<";

/**
 * A value as written in a PIRA table, read into its kind with the exact numeric part.
 * - number / currency: `number` is the amount ("3.960" → 3960, "€ 4.278.724" → 4278724)
 * - percent: `number` is the fraction ("98,47%" → 0.9847)
 * - yesno: `number` is 1 or 0, `yes` the boolean, `word` the normalized word ("si", "no", "realizzato", "realizzazione")
 * - qualitative: `word` is the normalized word ("buono"), `number` null
 * - ratio ("4 su 8"): `number` is x, `of` is y
 * - date ("31/12/2021", "entro il 30/06/2021": a deadline): `date` the ISO day, `number` its Excel
 *   serial (days since 1899-12-30, as Excel holds dates), so a date cell compares with it
 * - missing ("n.d.", blank): `number` null
 * - text: not a value (kept as written)
 */
export interface PiraValue {
  /** The text as written, tags and footnote markers removed. */
  raw: string;
  kind: ValueKind;
  number: Decimal | null;
  /** ratio denominator ("4 su 8" → 8). */
  of?: Decimal;
  yes?: boolean;
  word?: string;
  /** A unit written with the value: "€", "%", "n.". */
  unit?: string;
  /** Wording the typed value cannot carry: "(194/255)", "=91/28008 … - 3,2 ogni 1.000 imprese". */
  annotation?: string;
  /** A comparison written before the value ("≥ 90%" → ">="): the value is a threshold. */
  comparison?: Comparison;
  /**
   * Written after «=» ("=90%", "= 45.000"): an exact target, or a "≥" lost on the way to PDF.
   * Read as the number; the import report says a comparison sign may have been lost.
   */
  equals?: boolean;
  /** kind date: the ISO day, "2021-06-30". */
  date?: string;
  /** Decimal places as written ("93,30%" → 2), when any: the precision the value was given at. */
  places?: number;
  /** Footnote markers found after the value (`<sup>1</sup>` → "1"). */
  footnotes?: string[];
  /**
   * A spreadsheet number (a cell, not written text): already a fraction where the cell is a
   * percentage, so it is never read as percentage points against a percent-marked value.
   */
  native?: boolean;
}

/**
 * Why a text that looks like a value is refused, where the reader can say: more digits after the
 * number ("12 34"), an unclear magnitude ("1,2 mil."), a magnitude on a percentage, a number
 * beyond Excel's range, a date that does not exist, nothing readable after a comparison sign.
 * Absent: the text is not a value at all ("da definire").
 */
export type Refusal = "digits" | "magnitude" | "range" | "date" | "comparison";

export type ValueResult =
  { ok: true; value: PiraValue } | { ok: false; raw: string; reason: Message; refusal?: Refusal };
