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
 * The typed value of a plan value. `raw` is the source of truth; where a plan (from JSON or a
 * workbook) carries only a number, the number is taken exactly as it is.
 */
export function piraFromPlanValue(v: PlanValue): PiraValue {
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
