/**
 * Conversions between typed values and the plan JSON form `{ raw, kind, value }` (plus `of`,
 * `comparison` and `annotation`). A date is `{ kind: "date", value: "2021-06-30" }` (ISO); a
 * target with a sign keeps it in `comparison` (">=", "<=", ">", "<") as well as in `raw`.
 */
import Decimal from "decimal.js";
import type { PlanValue } from "../plan";
import { readValue } from "./read";
import type { PiraValue } from "./types";

export function planValueFromPira(v: PiraValue): PlanValue {
  let value: PlanValue["value"] = null;
  if (v.kind === "yesno") value = v.yes ?? null;
  else if (v.kind === "qualitative") value = v.word ?? null;
  else if (v.kind === "date") value = v.date ?? null;
  else if (v.number) value = v.number.toNumber();
  const out: PlanValue = { raw: v.raw, kind: v.kind, value };
  if (v.of) out.of = v.of.toNumber();
  if (v.comparison) out.comparison = v.comparison;
  if (v.annotation) out.annotation = v.annotation;
  return out;
}

/** Reads text into the plan form; unreadable text is kept as kind "text". */
export function toPlanValue(text: string): PlanValue {
  const r = readValue(text);
  if (r.ok) return planValueFromPira(r.value);
  return { raw: r.raw, kind: "text", value: null };
}

/**
 * The typed reading kept on the plan value itself (a hidden, non-enumerable property, checked
 * against the fields it was read from): fill, the achievement rules and validation each ask for
 * the same values, and reading text with exact decimals is the costly part. A typed value is
 * never changed after it is made, so one reading can be shared.
 */
const TYPED = Symbol("pira.planValue.typed");
type Kept = PlanValue & {
  [TYPED]?: {
    raw: string;
    kind: PlanValue["kind"];
    value: PlanValue["value"];
    comparison: PlanValue["comparison"];
    typed: PiraValue;
  };
};

/**
 * The typed value of a plan value. `raw` is the source of truth; where a plan (from JSON or a
 * workbook) carries only a number, the number is taken exactly as it is.
 */
export function piraFromPlanValue(v: PlanValue): PiraValue {
  const kept = (v as Kept)[TYPED];
  if (
    kept !== undefined &&
    kept.raw === v.raw &&
    kept.kind === v.kind &&
    kept.value === v.value &&
    kept.comparison === v.comparison
  )
    return kept.typed;
  const typed = readPlanValue(v);
  const reading = { raw: v.raw, kind: v.kind, value: v.value, comparison: v.comparison, typed };
  if (kept !== undefined) (v as Kept)[TYPED] = reading;
  else if (Object.isExtensible(v))
    Object.defineProperty(v, TYPED, { value: reading, writable: true });
  return typed;
}

function readPlanValue(v: PlanValue): PiraValue {
  if (typeof v.value === "number" && v.raw.trim() === "") {
    const out: PiraValue = {
      raw: v.raw,
      kind: v.kind === "percent" ? "percent" : "number",
      number: new Decimal(v.value),
      native: true,
    };
    if (v.comparison) out.comparison = v.comparison;
    return out;
  }
  if (typeof v.value === "boolean" && v.raw.trim() === "") {
    return {
      raw: v.raw,
      kind: "yesno",
      number: new Decimal(v.value ? 1 : 0),
      yes: v.value,
      word: v.value ? "si" : "no",
    };
  }
  const text = v.raw.trim() === "" && typeof v.value === "string" ? v.value : v.raw;
  const r = readValue(text);
  if (!r.ok) return { raw: v.raw, kind: "text", number: null };
  // a comparison the JSON states without a sign in raw ({raw: "90%", comparison: ">="})
  if (v.comparison && !r.value.comparison) r.value.comparison = v.comparison;
  return r.value;
}
