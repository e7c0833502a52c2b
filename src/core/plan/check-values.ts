/**
 * The checks of a plan JSON's value objects (V = {raw, kind, value, of?, annotation?, comparison?},
 * a value fits its kind), of baselines, value maps (actuals, targets), budgets, phases and extra
 * texts.
 */
import { message } from "../message";
import { type ValueKind, readValue } from "../values";
import {
  at,
  BAD,
  beyondExcel,
  calendarDay,
  type Check,
  COMPARISONS,
  Ctx,
  expected,
  field,
  isObject,
  listOf,
  numOrNull,
  oneOf,
  outOfRange,
  type Path,
  pathText,
  record,
  str,
  VALUE_KINDS,
} from "./check-fields";

export const VALUE_WHAT = message(
  "un valore {raw, kind, value}",
  "a value object {raw, kind, value}"
);
/** The value object's fields, every problem said with its place (see rightValueFields). */
export const valueFields: Check = record(
  [
    field("raw", str),
    field("kind", oneOf(VALUE_KINDS)),
    { key: "value", check: (x) => x },
    { key: "of", check: (x, p, c) => numberOnly(x, p, c), optional: true },
    { key: "annotation", check: str, optional: true },
    { key: "comparison", check: oneOf(COMPARISONS), optional: true },
  ],
  VALUE_WHAT,
  ""
);

const VALUE_KIND_SET: ReadonlySet<string> = new Set(VALUE_KINDS);
const COMPARISON_SET: ReadonlySet<string> = new Set(COMPARISONS);
/** A value object's keys in the order its copy is built. */
const VALUE_ORDER = ["raw", "kind", "value", "of", "annotation", "comparison"];
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A value object's fields as valueFields returns them, when every one is right (the usual case):
 * checked without paths or problems, and null at the first doubt — then valueFields checks the
 * object again and says what is wrong and where.
 */
export function rightValueFields(
  v: Record<string, unknown>,
  /** the check reading it: its object may be returned itself (Ctx.own), its keys are counted */
  c?: Ctx
): Record<string, unknown> | null {
  // the keys' places in VALUE_ORDER must rise for the object to be kept
  let last = -1;
  let inOrder = c?.own === true;
  let n = 0;
  for (const k in v) {
    const at = VALUE_ORDER.indexOf(k);
    if (at < 0) return null;
    if (at < last) inOrder = false;
    last = at;
    n++;
  }
  const { raw, kind } = v;
  if (typeof raw !== "string" || typeof kind !== "string" || !VALUE_KIND_SET.has(kind)) return null;
  if (!own(v, "value")) return null;
  const hasOf = own(v, "of");
  if (hasOf && (typeof v.of !== "number" || outOfRange(v.of))) return null;
  const hasAnnotation = own(v, "annotation");
  if (hasAnnotation && typeof v.annotation !== "string") return null;
  const hasComparison = own(v, "comparison");
  if (hasComparison && (typeof v.comparison !== "string" || !COMPARISON_SET.has(v.comparison)))
    return null;
  // right: its keys are read (counted once: a value refused here is read again by valueFields)
  if (c) c.keys += n;
  if (inOrder) return v;
  const out: Record<string, unknown> = { raw, kind, value: v.value };
  if (hasOf) out.of = v.of;
  if (hasAnnotation) out.annotation = v.annotation;
  if (hasComparison) out.comparison = v.comparison;
  return out;
}

export const planValue: Check = (v, p, c) => {
  if (!isObject(v)) return expected(c, p, VALUE_WHAT.it, VALUE_WHAT.en, v);
  const r = rightValueFields(v, c) ?? valueFields(v, p, c);
  if (r === BAD) return BAD;
  const o = r as { kind: ValueKind; value: unknown; of?: number };
  switch (o.kind) {
    case "number":
    case "percent":
    case "currency":
    case "ratio":
      if (outOfRange(o.value)) return beyondExcel(c, at(p, "value"));
      if (typeof o.value !== "number")
        return expected(
          c,
          at(p, "value"),
          `un numero (kind "${o.kind}")`,
          `a number (kind "${o.kind}")`,
          o.value
        );
      break;
    case "yesno":
      if (typeof o.value !== "boolean")
        return expected(
          c,
          at(p, "value"),
          'true o false (kind "yesno")',
          'true or false (kind "yesno")',
          o.value
        );
      break;
    case "qualitative":
      if (typeof o.value !== "string")
        return expected(
          c,
          at(p, "value"),
          'un testo (kind "qualitative")',
          'a text (kind "qualitative")',
          o.value
        );
      break;
    case "date":
      if (typeof o.value !== "string" || !calendarDay(o.value))
        return expected(
          c,
          at(p, "value"),
          'una data ISO "AAAA-MM-GG" (kind "date")',
          'an ISO date "YYYY-MM-DD" (kind "date")',
          o.value
        );
      break;
    case "missing":
    case "text":
      if (o.value !== null)
        return expected(
          c,
          at(p, "value"),
          `null (kind "${o.kind}")`,
          `null (kind "${o.kind}")`,
          o.value
        );
      break;
  }
  if (o.of !== undefined && o.kind !== "ratio") {
    return c.error(
      at(p, "of"),
      `"of" vale solo per kind "ratio" (qui kind "${o.kind}")`,
      `"of" belongs only to kind "ratio" (here kind "${o.kind}")`
    );
  }
  refreshFromText(r as { raw: string; kind: ValueKind; value: unknown }, p, c);
  return r;
};

/**
 * A number stored beside its text that the text, read today, contradicts — a plan JSON written by
 * an older reader kept "2 947 171" as 2 — takes the text's reading, with a warning: the text is
 * what the analyst wrote, and everything else (achievement, workbook cells) follows the number.
 * `path` is the value object's.
 */
export function refreshFromText(
  o: { raw: string; kind: ValueKind; value: unknown },
  path: Path,
  c: Ctx
): void {
  if (o.kind !== "number" && o.kind !== "percent" && o.kind !== "currency") return;
  if (typeof o.value !== "number" || o.raw.trim() === "") return;
  // a plan repeats its texts ("100%", "n.d.", the same target over the years): each read once
  let reading = c.readings.get(o.raw);
  if (reading === undefined) {
    const r = readValue(o.raw);
    reading =
      r.ok && r.value.number !== null
        ? { kind: r.value.kind, number: r.value.number.toNumber() }
        : null;
    c.readings.set(o.raw, reading);
  }
  if (reading === null || reading.kind !== o.kind) return;
  const read = reading.number;
  if (Math.abs(read - o.value) <= 1e-9 * Math.max(1, Math.abs(read))) return;
  c.stale.push({ path: pathText(at(path, "value")), raw: o.raw, stored: o.value, read });
  o.value = read;
}
export const numberOnly: Check = (v, p, c) =>
  outOfRange(v)
    ? beyondExcel(c, p)
    : typeof v === "number"
      ? v
      : expected(c, p, "un numero", "a number", v);
/** A baseline: a value object with the ISO day it was observed, { date, raw, kind, value }. */
export const baselineValue: Check = (v, p, c) => {
  if (!isObject(v))
    return expected(
      c,
      p,
      "un valore di partenza {date, raw, kind, value}",
      "a baseline {date, raw, kind, value}",
      v
    );
  const { date, ...rest } = v;
  const dp = at(p, "date");
  if (date === undefined)
    return c.error(dp, "campo obbligatorio mancante", "required field missing");
  if (typeof date !== "string" || !calendarDay(date))
    return expected(c, dp, 'una data ISO "AAAA-MM-GG"', 'an ISO date "YYYY-MM-DD"', date);
  c.keys++; // "date"; the others are the value's
  const r = planValue(rest, p, c);
  return r === BAD ? BAD : { date, ...(r as object) };
};
export const planValueOrNull: Check = (v, p, c) => (v === null ? null : planValue(v, p, c));

export function valueMap(
  keyPattern: RegExp,
  keysIt: string,
  keysEn: string,
  validKey: (key: string) => boolean = () => true
): Check {
  const judge = (k: string) => keyPattern.test(k) && validKey(k);
  return (v, p, c) => {
    if (!isObject(v))
      return expected(c, p, `un oggetto con chiavi ${keysIt}`, `an object keyed by ${keysEn}`, v);
    // a plan repeats its keys ("2021", "2020-12-31"): each judged once per reading
    let judged = c.judgedKeys.get(judge);
    if (judged === undefined) c.judgedKeys.set(judge, (judged = new Map()));
    // an owned map whose values all come back as they are is kept (Ctx.own); else a copy
    let out: Record<string, unknown> | null = c.own ? null : {};
    let bad = false;
    const kp = at(p, "");
    for (const k in v) {
      c.keys++;
      kp.key = k;
      let valid = judged.get(k);
      if (valid === undefined) judged.set(k, (valid = judge(k)));
      if (!valid) {
        c.error(kp, `chiave non valida: attese ${keysIt}`, `invalid key: expected ${keysEn}`);
        bad = true;
        continue;
      }
      const x = v[k];
      const r = planValue(x, kp, c);
      if (r === BAD) bad = true;
      else if (out !== null) out[k] = r;
      else if (r !== x) (out = entriesBefore(v, k))[k] = r;
    }
    return bad ? BAD : (out ?? v);
  };
}

/** A copy of the entries of `v` before the key `stop`, in their order. */
function entriesBefore(v: Record<string, unknown>, stop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in v) {
    if (k === stop) break;
    out[k] = v[k];
  }
  return out;
}

export const budgetRecord = record(
  [field("raw", str), field("amount", numOrNull)],
  message("un budget {raw, amount} o null", "a budget {raw, amount} or null"),
  ""
);
export const budget: Check = (v, p, c) => (v === null ? null : budgetRecord(v, p, c));

export const yearInt: Check = (v, p, c) =>
  typeof v === "number" && Number.isInteger(v)
    ? v
    : expected(c, p, "un anno (intero)", "a year (integer)", v);

export const phase = record(
  [field("name", str), field("years", listOf(yearInt, "di anni", "of years"))],
  message("una fase {name, years}", "a phase {name, years}"),
  ""
);

/** The analyst's own columns: { "original header": "text" }. */
export const extraTexts: Check = (v, p, c) => {
  if (!isObject(v))
    return expected(
      c,
      p,
      'un oggetto { "intestazione": "testo" }',
      'an object { "header": "text" }',
      v
    );
  // no prototype: a header such as «__proto__» is a key like any other, not the object's prototype
  const out = Object.create(null) as Record<string, string>;
  let bad = false;
  for (const [k, x] of Object.entries(v)) {
    c.keys++;
    if (typeof x === "string") out[k] = x;
    else {
      expected(c, at(p, k), "un testo", "a text", x);
      bad = true;
    }
  }
  return bad ? BAD : out;
};
