/** Conversions between typed values and the plan JSON form `{ raw, kind, value }`. */
import Decimal from "decimal.js";
import type { PlanValue } from "../plan/types";
import { readValue } from "./read";
import type { PiraValue } from "./types";

export function planValueFromPira(v: PiraValue): PlanValue {
  let value: PlanValue["value"] = null;
  if (v.kind === "yesno") value = v.yes ?? null;
  else if (v.kind === "qualitative") value = v.word ?? null;
  else if (v.number) value = v.number.toNumber();
  const out: PlanValue = { raw: v.raw, kind: v.kind, value };
  if (v.of) out.of = v.of.toNumber();
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
    return {
      raw: v.raw,
      kind: v.kind === "percent" ? "percent" : "number",
      number: new Decimal(v.value),
      native: true,
    };
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
  return r.ok ? r.value : { raw: v.raw, kind: "text", number: null };
}
