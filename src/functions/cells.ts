/*
 * What Excel passes to a custom function, made plain: a cell (number, text, boolean or blank) or a
 * range (a matrix, rows of cells). Excel passes a blank cell as null (or "" in some hosts), an
 * omitted optional argument as null or undefined, a single cell given to a range parameter as a
 * 1×1 matrix, and — with allowCustomDataForDataTypeAny — a rich value as an object with a
 * `basicValue`. Anything else (functions, symbols, stray objects) is refused with a message.
 */
import type Decimal from "decimal.js";
import { message, type Message } from "../core/message";
import { valueFromCell, type PiraValue } from "../core/values";
import { about, failure, type Failure } from "./errors";

export type Cell = number | string | boolean | null;
export type CellRange = readonly (readonly unknown[])[];

const SINGLE_VALUE = message(
  "atteso un solo valore, non un intervallo",
  "expected a single value, not a range"
);

function describe(x: unknown): string {
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return String(x);
  if (Array.isArray(x)) return "intervallo";
  return typeof x;
}

/** An Excel rich value ({ type: "Double", basicValue: 3 }) or error value ({ type: "Error" }). */
function richValue(x: object): Cell | Failure {
  const v = x as { type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (v.type === "Error") {
    return v.errorType === "NotAvailable"
      ? failure("missing", "valore non disponibile (#N/D)", "value not available (#N/A)")
      : failure(
          "invalid",
          "la cella contiene un errore, non un valore",
          "the cell holds an error, not a value"
        );
  }
  if ("basicValue" in v) {
    const b = v.basicValue;
    if (b === null || b === undefined) return null;
    if (typeof b === "number" || typeof b === "string" || typeof b === "boolean") return b;
  }
  return failure(
    "invalid",
    "valore non riconosciuto: atteso un numero, un testo o VERO/FALSO",
    "unrecognised value: expected a number, a text or TRUE/FALSE"
  );
}

/** One cell: a scalar as it is; a 1×1 range as its only cell; a larger range is refused. */
export function scalarCell(x: unknown): Cell | Failure {
  if (x === null || x === undefined) return null;
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  if (Array.isArray(x)) {
    if (x.length === 0) return null;
    if (x.length === 1) {
      const row: unknown = x[0];
      if (!Array.isArray(row)) return scalarCell(row);
      if (row.length === 0) return null;
      if (row.length === 1) return scalarCell(row[0]);
    }
    return failure("invalid", SINGLE_VALUE.it, SINGLE_VALUE.en);
  }
  if (typeof x === "object") return richValue(x);
  return failure(
    "invalid",
    `valore di tipo ${describe(x)} non riconosciuto: atteso un numero, un testo o VERO/FALSO`,
    `unrecognised value of type ${describe(x)}: expected a number, a text or TRUE/FALSE`
  );
}

/** True for an omitted argument: null, undefined, "" or a blank 1×1 range. */
export function omitted(x: unknown): boolean {
  const c = scalarCell(x);
  return c === null || (typeof c === "string" && c.trim() === "");
}

/**
 * A cell read as a PIRA value: numbers as they are, booleans as yes/no, text the Italian way.
 * Blank and "n.d." are values of kind "missing" (the caller decides what that means).
 */
export function valueArgument(x: unknown, label: Message): PiraValue | Failure {
  const cell = scalarCell(x);
  if (typeof cell === "object" && cell !== null) return about(label, cell);
  const read = valueFromCell(cell);
  if (!read.ok) return about(label, { failure: "invalid", reason: read.reason });
  return read.value;
}

/**
 * A range argument as rows of cells. A scalar is a 1×1 range. The rows' lengths are not checked
 * here (that would cost a pass over a million rows): callers check each row as they read it.
 */
export function gridOf(x: unknown, label: Message): CellRange | Failure {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [[null]];
  const first: unknown = x[0];
  if (!Array.isArray(first)) {
    // a flat list (not what Excel passes; other hosts may): one row
    return [x];
  }
  if (first.length === 0) {
    return about(label, failure("invalid", "intervallo senza colonne", "range without columns"));
  }
  return x as CellRange;
}

/** "3×1" */
export function sizeText(g: CellRange): string {
  return `${g.length}×${g[0].length}`;
}

/** A row that is not as wide as the first one: the range is not rectangular. */
export function ragged(label: Message, row: number): Failure {
  return about(
    label,
    failure(
      "invalid",
      `intervallo non rettangolare (riga ${row + 1})`,
      `range that is not rectangular (row ${row + 1})`
    )
  );
}

/** Where a cell of a range is, for messages: "riga 3" in a column, "riga 3, colonna 2" otherwise. */
export function position(row: number, col: number, width: number): Message {
  return width === 1
    ? message(`riga ${row + 1}`, `row ${row + 1}`)
    : message(`riga ${row + 1}, colonna ${col + 1}`, `row ${row + 1}, column ${col + 1}`);
}

/**
 * The number a (non-missing) value stands for: the amount, the fraction of a percentage, 1/0 for
 * yes/no, x for "x su y" (x out of y counts x, as the achievement rule reads it). Ratings and
 * other words have none.
 */
export function numberOf(v: PiraValue, label: Message): Decimal | Failure {
  if (v.number) return v.number;
  return failure(
    "invalid",
    `${label.it}: «${v.raw}» non è un numero (atteso ad esempio 1.234,5, 85% o € 1.000)`,
    `${label.en}: «${v.raw}» is not a number (expected for example 1.234,5, 85% or € 1.000)`
  );
}
