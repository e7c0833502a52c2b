/**
 * Described cells as the 2-D arrays Office.js writes in one assignment: `formulas` (constants and
 * formulas together) and `numberFormat`.
 *
 * A string is typed input for Excel: "98,60" would become a number, "=91/28008 …" a formula.
 * Strings that Excel could read as anything but text are written with a leading apostrophe,
 * which Excel takes as "this is text" and does not keep in the value.
 */
import { cellParts, type CellInput, type Scalar } from "../../workbook/spec";

const GENERAL = "General";
const RISKY = /^[=+\-@'\s]|\d|^(true|false|vero|falso)$/i;

export function constantInput(v: Scalar): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string") return RISKY.test(v) ? `'${v}` : v;
  return v;
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
      n.push(c.format ?? columnFormats[j] ?? GENERAL);
    }
    formulas.push(f);
    numberFormat.push(n);
  }
  return { formulas, numberFormat };
}
