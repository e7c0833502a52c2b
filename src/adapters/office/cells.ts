/**
 * Described cells as the 2-D arrays Office.js writes in one assignment: `formulas` (constants and
 * formulas together) and `numberFormat` (assigned first, in the same batch: a cell's format is in
 * place when its value is typed).
 *
 * A string is typed input for Excel: "98,60" would become a number, "=91/28008 …" a formula.
 * Strings that Excel could read as anything but text are written with a leading apostrophe,
 * which Excel takes as "this is text" and does not keep in the value.
 *
 * The two rules of spec.ts hold here as in the file writers:
 * - text Excel would take as a formula (needsQuotePrefix: = + - @, tab, CR, full-width forms)
 *   gets the Text number format "@" and is written as it is. Office.js has no quote-prefix
 *   property; what Excel documents for keeping typed input as text is the Text format ("Format
 *   numbers as text": content of a Text cell is kept as typed, formulas included, and stays text
 *   when the user edits the cell later — an apostrophe would keep it text only until then);
 * - a number beyond Excel's range (writableNumber) is written as the formula `=#NUM!`: an error
 *   literal is a valid formula in Excel and evaluates to the #NUM! error, what the file writers
 *   store as `t="e"` (EXCEL_OVERFLOW); `values` has no literal for an error.
 */
import {
  cellParts,
  EXCEL_OVERFLOW,
  needsQuotePrefix,
  writableNumber,
  type CellInput,
  type Scalar,
} from "../../workbook";

const GENERAL = "General";
const TEXT = "@";
const RISKY = /^[=+\-@'\s]|\d|^(true|false|vero|falso)$/i;

/** The formula Excel evaluates to its overflow error (#NUM!). */
export const OVERFLOW_FORMULA = `=${EXCEL_OVERFLOW}`;

export function constantInput(v: Scalar): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string") {
    if (needsQuotePrefix(v)) return v; // in a Text cell ("@", textFormat): kept as typed
    return RISKY.test(v) ? `'${v}` : v;
  }
  if (typeof v === "number" && !writableNumber(v)) return OVERFLOW_FORMULA;
  return v;
}

/** Whether a constant must be written into a Text cell ("@") to stay text. */
export function textFormat(v: Scalar | undefined): boolean {
  return typeof v === "string" && needsQuotePrefix(v);
}

/**
 * Inside Excel a formula is typed input, so a structured reference may take its short form:
 * Indicatori[[#This Row],[Target 2020]] → Indicatori[@[Target 2020]] (files need the long form).
 * About a third less to send for the native formulas.
 */
export function shortRefs(formula: string): string {
  return formula.replace(/\[\[#This Row\],\[((?:[^\]']|'.)*)\]\]/gi, "[@[$1]]");
}

export interface Arrays {
  formulas: (string | number | boolean)[][];
  numberFormat: string[][];
}

export function toArrays(
  cells: CellInput[][],
  width: number,
  columnFormats: (string | undefined)[] = []
): Arrays {
  const formulas: Arrays["formulas"] = [];
  const numberFormat: Arrays["numberFormat"] = [];
  for (const row of cells) {
    const f: Arrays["formulas"][number] = [];
    const n: string[] = [];
    for (let j = 0; j < width; j++) {
      const c = cellParts(row[j] ?? null);
      f.push(
        c.formula !== undefined
          ? `=${shortRefs(c.formula)}`
          : constantInput(c.value === undefined ? null : c.value)
      );
      const text = c.formula === undefined && textFormat(c.value);
      n.push(text ? TEXT : (c.format ?? columnFormats[j] ?? GENERAL));
    }
    formulas.push(f);
    numberFormat.push(n);
  }
  return { formulas, numberFormat };
}
