import type Decimal from "decimal.js";
import type { Message } from "../message";

/** What a value cell holds, as domain.md lists the formats. */
export type ValueKind =
  "number" | "percent" | "currency" | "yesno" | "qualitative" | "ratio" | "missing" | "text";

/**
 * A value as written in a PIRA table, read into its kind with the exact numeric part.
 * - number / currency: `number` is the amount ("3.960" → 3960, "€ 4.278.724" → 4278724)
 * - percent: `number` is the fraction ("98,47%" → 0.9847)
 * - yesno: `number` is 1 or 0, `yes` the boolean, `word` the normalized word ("si", "no", "realizzato", "realizzazione")
 * - qualitative: `word` is the normalized word ("buono"), `number` null
 * - ratio ("4 su 8"): `number` is x, `of` is y
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
  /** Footnote markers found after the value (`<sup>1</sup>` → "1"). */
  footnotes?: string[];
  /**
   * A spreadsheet number (a cell, not written text): already a fraction where the cell is a
   * percentage, so it is never read as percentage points against a percent-marked value.
   */
  native?: boolean;
}

export type ValueResult =
  { ok: true; value: PiraValue } | { ok: false; raw: string; reason: Message };
