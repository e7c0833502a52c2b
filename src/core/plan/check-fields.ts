/**
 * The pieces the plan JSON check (check.ts) is made of: where a problem is (PlanProblem, Ctx), the
 * patterns and enums of plan JSON v1, and the checks of a field's type (strings, ids, codes, years,
 * enums, lists, records with only their fields).
 */
import { message, type Message } from "../message";
import { isCalendarDay } from "../text";
import { type ValueKind, EXCEL_MAX } from "../values";

export interface PlanProblem {
  /** where, as a path: "indicators[3].targets.2021"; "" for the whole document */
  path: string;
  /** what, without the path */
  what: Message;
}

export const VALUE_KINDS: readonly ValueKind[] = [
  "number",
  "percent",
  "currency",
  "yesno",
  "qualitative",
  "ratio",
  "date",
  "missing",
  "text",
];
export const COMPARISONS = [">=", "<=", ">", "<"] as const;
export const ISO_DAY = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** "2021-06-31" has the shape of a day but is none: the calendar decides. */
export function calendarDay(iso: string): boolean {
  if (!ISO_DAY.test(iso)) return false;
  const [y, m, d] = iso.split("-").map(Number);
  return y >= 100 && isCalendarDay(d, m, y); // years 0–99: Date.UTC reads them as 1900–1999
}
export const POLARITIES = ["higher", "lower", "yesno", "qualitative"] as const;
export const INDICATOR_KINDS = ["indicator", "progress"] as const;
export const ID_PATTERN = /^\S(.*\S)?$/;
export const CODE_PATTERN = /^[0-9]{3}$/;
export const ACTUAL_KEY_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
export const TARGET_KEY_PATTERN = /^([0-9]{4}|triennium)$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Where a value is in the document: the path of its parent and its key, made into text
 * ("indicators[3].targets.2021") only when a problem is reported there — a plan holds millions
 * of fields, and almost all of them are right. A path is read only while the check it is given
 * to runs (whatever is kept is its text): so a record or a list moves one step from key to key
 * instead of making one per field.
 */
export type Path = string | PathStep;
export class PathStep {
  constructor(
    readonly parent: Path,
    public key: string | number
  ) {}
}
/** The path of a field (a key) or of a list item (an index) under `parent`. */
export function at(parent: Path, key: string | number): PathStep {
  return new PathStep(parent, key);
}
/** "indicators[3].targets.2021"; "" for the whole document. */
export function pathText(path: Path): string {
  const keys: (string | number)[] = [];
  let p = path;
  while (typeof p !== "string") {
    keys.push(p.key);
    p = p.parent;
  }
  let text = p;
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i];
    text = typeof k === "number" ? `${text}[${k}]` : join(text, k);
  }
  return text;
}

export const BAD = Symbol("bad");
export type Bad = typeof BAD;

export class Ctx {
  /**
   * The data is the check's to keep (fresh from JSON.parse, seen by no one else): an object, list
   * or value map that is already what the check would build (its fields right, in their order,
   * none defaulted) is taken as it is instead of copied — on a large plan the copies were most of
   * the check's time and a second plan in memory. Otherwise the check builds fresh objects.
   */
  constructor(readonly own = false) {}
  /**
   * The keys of the objects read so far, each object's once: readPlanJson compares them with the
   * keys the text wrote (json-screen.ts) instead of walking the parsed data again. Exact only for
   * data the check accepts (it reads every object of a right plan); otherwise unused.
   */
  keys = 0;
  readonly errors: PlanProblem[] = [];
  /** defaulted fields: "programmes[].objective" → {first path, count, empty value} */
  readonly defaults = new Map<string, { first: string; count: number; empty: string }>();
  error(path: Path, it: string, en: string): Bad {
    this.errors.push({ path: pathText(path), what: message(it, en) });
    return BAD;
  }
  /** each value text's reading, for refreshFromText: its kind and number (null: no number) */
  readonly readings = new Map<string, { kind: ValueKind; number: number } | null>();
  /** the keys of value maps judged so far, by map (valueMap's judge of its keys) */
  readonly judgedKeys = new Map<(key: string) => boolean, Map<string, boolean>>();
  /** numbers that disagree with their own text as read today (a file from an older reader) */
  readonly stale: { path: string; raw: string; stored: number; read: number }[] = [];
  defaulted(pattern: string, path: Path, empty: string): void {
    const d = this.defaults.get(pattern);
    if (d) d.count++;
    else this.defaults.set(pattern, { first: pathText(path), count: 1, empty });
  }
}

export type Check = (v: unknown, path: Path, c: Ctx) => unknown;

export function found(v: unknown): Message {
  if (v === null) return message("null", "null");
  if (typeof v === "string") {
    const s = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return message(`il testo "${s}"`, `the text "${s}"`);
  }
  if (typeof v === "number") return message(`il numero ${v}`, `the number ${v}`);
  if (typeof v === "boolean") return message(String(v), String(v));
  if (Array.isArray(v)) return message("una lista", "a list");
  return message("un oggetto", "an object");
}

/** Excel's largest magnitude (values/read.ts, EXCEL_MAX): a plan number beyond it is refused. */
export const EXCEL_MAX_NUMBER = EXCEL_MAX.toNumber();

/** A number beyond Excel's range (JSON's 1e400 reads as Infinity): refused with its own reason. */
export function outOfRange(v: unknown): v is number {
  return typeof v === "number" && !(Math.abs(v) <= EXCEL_MAX_NUMBER);
}

export function beyondExcel(c: Ctx, path: Path): Bad {
  return c.error(
    path,
    "numero oltre i limiti di Excel (±9,99999999999999E+307): nessuna cella lo può contenere",
    "a number beyond Excel's range (±9.99999999999999E+307): no cell can hold it"
  );
}

export function expected(c: Ctx, path: Path, it: string, en: string, v: unknown): Bad {
  const f = found(v);
  return c.error(path, `atteso ${it}, trovato ${f.it}`, `expected ${en}, found ${f.en}`);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export const str: Check = (v, p, c) =>
  typeof v === "string" ? v : expected(c, p, "un testo", "a text", v);
export const strOrNull: Check = (v, p, c) =>
  v === null || typeof v === "string" ? v : expected(c, p, "un testo o null", "a text or null", v);
export const bool: Check = (v, p, c) =>
  typeof v === "boolean" ? v : expected(c, p, "true o false", "true or false", v);
export const id: Check = (v, p, c) =>
  typeof v === "string" && ID_PATTERN.test(v)
    ? v
    : expected(
        c,
        p,
        "un identificativo (testo non vuoto, senza spazi ai bordi)",
        "an id (a non-empty text without surrounding spaces)",
        v
      );
export const code: Check = (v, p, c) => {
  if (typeof v === "string" && CODE_PATTERN.test(v)) return v;
  const hint =
    typeof v === "string" && /^\s*\d{1,2}\s*$/.test(v)
      ? ` (scrivere "${v.trim().padStart(3, "0")}")`
      : "";
  const hintEn = hint === "" ? "" : ` (write "${String(v).trim().padStart(3, "0")}")`;
  return expected(
    c,
    p,
    `un codice di tre cifre come "011"${hint}`,
    `a three-digit code such as "011"${hintEn}`,
    v
  );
};
export const numOrNull: Check = (v, p, c) =>
  outOfRange(v)
    ? beyondExcel(c, p)
    : v === null || typeof v === "number"
      ? v
      : expected(c, p, "un numero o null", "a number or null", v);
export const year: Check = (v, p, c) =>
  typeof v === "number" && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR
    ? v
    : expected(
        c,
        p,
        `un anno (intero ${MIN_YEAR}..${MAX_YEAR})`,
        `a year (integer ${MIN_YEAR}..${MAX_YEAR})`,
        v
      );
export function oneOf(values: readonly string[]): Check {
  const list = values.map((x) => `"${x}"`).join(", ");
  return (v, p, c) =>
    typeof v === "string" && values.includes(v)
      ? v
      : expected(c, p, `uno tra ${list}`, `one of ${list}`, v);
}
export function listOf(item: Check, it: string, en: string): Check {
  return (v, p, c) => {
    if (!Array.isArray(v)) return expected(c, p, `una lista ${it}`, `a list ${en}`, v);
    // an owned list whose items all come back as they are is kept (Ctx.own); else a copy
    let out: unknown[] | null = c.own ? null : [];
    let bad = false;
    const ip = at(p, 0);
    for (let i = 0; i < v.length; i++) {
      ip.key = i;
      const x: unknown = v[i];
      const r = item(x, ip, c);
      if (r === BAD) bad = true;
      else if (out !== null) out.push(r);
      else if (r !== x) (out = v.slice(0, i)).push(r);
    }
    return bad ? BAD : (out ?? v);
  };
}

export interface FieldSpec {
  key: string;
  check: Check;
  /** absent: required (error) when no empty value; else takes the empty value (with a warning) */
  empty?: () => unknown;
  /** absent and no empty value, but not required either (computed fields) */
  optional?: true;
  /** how the empty value is shown in the warning */
  emptyShown?: string;
}

export function field(
  key: string,
  check: Check,
  empty?: () => unknown,
  emptyShown?: string
): FieldSpec {
  return empty === undefined
    ? { key, check }
    : { key, check, empty, emptyShown: emptyShown ?? JSON.stringify(empty()) };
}

/** Read an object by its field specs; unknown fields are errors. `pattern` names it in warnings. */
export function record(
  specs: readonly FieldSpec[],
  what: Message,
  pattern: string,
  allowExtra: readonly string[] = []
): Check {
  const known = new Set(specs.map((s) => s.key));
  return (v, p, c) => {
    if (!isObject(v)) return expected(c, p, what.it, what.en, v);
    const before = c.errors.length;
    // the object may be kept as it is (Ctx.own) only if its keys come in the specs' order
    let inOrder = c.own;
    let next = 0;
    // for…in: the own keys of a parsed object (no array of them made for each record)
    for (const k in v) {
      c.keys++;
      if (!known.has(k)) {
        inOrder = false;
        if (!allowExtra.includes(k))
          c.error(
            at(p, k),
            `campo sconosciuto (campi ammessi: ${[...known].join(", ")})`,
            `unknown field (allowed fields: ${[...known].join(", ")})`
          );
      } else if (inOrder) {
        while (next < specs.length && specs[next].key !== k) next++;
        if (next === specs.length) inOrder = false;
      }
    }
    // null while every field so far is the object's own: it is kept, unless a field defaults or
    // comes back otherwise, when the fields so far are copied and the rest added
    let out: Record<string, unknown> | null = inOrder ? null : {};
    const fp = at(p, "");
    for (let i = 0; i < specs.length; i++) {
      const s = specs[i];
      fp.key = s.key;
      if (!Object.prototype.hasOwnProperty.call(v, s.key)) {
        if (s.empty !== undefined) {
          (out ??= fieldsBefore(v, specs, i))[s.key] = s.empty();
          c.defaulted(join(pattern, s.key), fp, s.emptyShown ?? "");
        } else if (!s.optional) {
          c.error(fp, "campo obbligatorio mancante", "required field missing");
        }
        continue;
      }
      const x = v[s.key];
      const r = s.check(x, fp, c);
      if (r === BAD) continue;
      if (out !== null) out[s.key] = r;
      else if (r !== x) (out = fieldsBefore(v, specs, i))[s.key] = r;
    }
    return c.errors.length > before ? BAD : (out ?? v);
  };
}

/** A copy of the fields `specs[0..i)` that `v` has (each came back as it was), in that order. */
function fieldsBefore(
  v: Record<string, unknown>,
  specs: readonly FieldSpec[],
  i: number
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < i; j++) {
    const k = specs[j].key;
    if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = v[k];
  }
  return out;
}

export function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
