/**
 * A plan value in two cells: the typed cell (a number formatted as it is written — percent,
 * euro, thousands — or, when the value is not a number, the text as written) and the text cell
 * (the text exactly as written, so nothing is lost: "98,60", "76,07% (194/255)").
 *
 * Reading: the typed cell is the authority. The text cell is kept when it still says the same
 * thing as the typed cell; when an analyst has changed the typed cell, the value is re-read from
 * it (a number typed in a percent cell is a percent).
 */
import type { PlanValue } from "../../core/plan";
import { formatItalianNumber, toPlanValue } from "../../core/values";
import { formatFor, isEuroFormat, isPercentFormat } from "./formats";
import { WORDS } from "./names";
import type { CellInput, Scalar } from "../write/spec";

const NUMERIC_KINDS = new Set(["number", "percent", "currency"]);

/** The typed cell and the text cell of a value; both empty when the value is absent. */
export function valueCells(v: PlanValue | null | undefined): [CellInput, CellInput] {
  if (!v) return [null, null];
  const text: Scalar = v.raw === "" ? WORDS.empty : v.raw;
  if (typeof v.value === "number" && NUMERIC_KINDS.has(v.kind)) {
    const format = formatFor(v);
    return [format ? { value: v.value, format } : v.value, text];
  }
  if (v.raw === "") {
    if (typeof v.value === "number") return [v.value, text];
    if (typeof v.value === "boolean") return [v.value, text];
    return [null, text];
  }
  return [v.raw, text];
}

export function isBlank(x: Scalar | undefined): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** n × 100 without the binary artefact (0.9847 × 100 is 98.47, not 98.47000000000001). */
function percentPoints(n: number): number {
  return Number((n * 100).toPrecision(15));
}

/** The plan value a typed number stands for, given its cell's number format. */
function valueFromNumber(n: number, format: string | null | undefined): PlanValue {
  if (isPercentFormat(format)) return toPlanValue(formatItalianNumber(percentPoints(n)) + "%");
  if (isEuroFormat(format)) return toPlanValue("€ " + formatItalianNumber(n));
  return toPlanValue(formatItalianNumber(n));
}

export interface DecodedValue {
  /** undefined: no value (the key is absent) */
  value: PlanValue | undefined;
  /** the text cell disagreed with the typed cell and was set aside */
  textIgnored: boolean;
}

/** Reads a value back from its typed cell, its text cell and the typed cell's number format. */
export function readValueCells(
  typed: Scalar | undefined,
  text: Scalar | undefined,
  format?: string | null
): DecodedValue {
  const t = typed === undefined ? null : typed;
  const raw = isBlank(text) ? null : String(text);
  const emptyMark = raw === WORDS.empty;

  if (isBlank(t)) {
    if (emptyMark) return { value: { raw: "", kind: "missing", value: null }, textIgnored: false };
    return { value: undefined, textIgnored: raw !== null };
  }
  if (typeof t === "number") {
    if (emptyMark)
      return {
        value: { raw: "", kind: isPercentFormat(format) ? "percent" : "number", value: t },
        textIgnored: false,
      };
    if (raw !== null) {
      const pv = toPlanValue(raw);
      if (typeof pv.value === "number" && NUMERIC_KINDS.has(pv.kind) && close(pv.value, t))
        return { value: pv, textIgnored: false };
    }
    return { value: valueFromNumber(t, format), textIgnored: raw !== null };
  }
  if (typeof t === "boolean") {
    if (emptyMark) return { value: { raw: "", kind: "yesno", value: t }, textIgnored: false };
    if (raw !== null) {
      const pv = toPlanValue(raw);
      if (pv.kind === "yesno" && pv.value === t) return { value: pv, textIgnored: false };
    }
    return { value: toPlanValue(t ? WORDS.yes : WORDS.no), textIgnored: raw !== null };
  }
  const s = String(t);
  if (raw !== null && !emptyMark && raw === s)
    return { value: toPlanValue(raw), textIgnored: false };
  return { value: toPlanValue(s), textIgnored: raw !== null };
}
