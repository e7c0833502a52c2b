/**
 * The structure of a plan JSON v1, checked by hand (no schema library in the pure core) against the
 * same rules as schema/plan.schema.json:
 * - every object has only its v1 fields (a top-level "$schema" is allowed and dropped);
 * - REQUIRED fields (the ones a plan cannot do without) must be present, see REQUIRED_FIELDS below; the
 *   others may be absent and take their empty value (null, [], false, {}; polarity "higher" marked
 *   inferred), with a warning; `performance` / `outcome` (computed on export) stay absent;
 * - types, enums, three-digit codes, ISO-date keys of actuals, "YYYY"/"triennium" keys of targets,
 *   and a value object V = {raw, kind, value, of?, annotation?, comparison?} whose value fits its
 *   kind (number/percent/currency/ratio: a number; yesno: true/false; qualitative: a word; date: an
 *   ISO day "2021-06-30"; missing/text: null; `of` only on a ratio; comparison ">=", "<=", ">", "<").
 * Rules the schema cannot state, checked here only: ids unique within entities / programmes /
 * indicators, programme.entity naming an entity, indicator.programme naming a programme.
 */
import { message, type Message } from "../message";
import { type ValueKind, EXCEL_MAX, readValue } from "../values";
import type { Plan } from "./types";

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
const ISO_DAY = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** "2021-06-31" has the shape of a day but is none: the calendar decides. */
function calendarDay(iso: string): boolean {
  if (!ISO_DAY.test(iso)) return false;
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
export const POLARITIES = ["higher", "lower", "yesno", "qualitative"] as const;
export const INDICATOR_KINDS = ["indicator", "progress"] as const;
export const ID_PATTERN = /^\S(.*\S)?$/;
export const CODE_PATTERN = /^[0-9]{3}$/;
export const ACTUAL_KEY_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
export const TARGET_KEY_PATTERN = /^([0-9]{4}|triennium)$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const BAD = Symbol("bad");
type Bad = typeof BAD;

class Ctx {
  readonly errors: PlanProblem[] = [];
  /** defaulted fields: "programmes[].objective" → {first path, count, empty value} */
  readonly defaults = new Map<string, { first: string; count: number; empty: string }>();
  error(path: string, it: string, en: string): Bad {
    this.errors.push({ path, what: message(it, en) });
    return BAD;
  }
  /** each value text's reading, for refreshFromText: its kind and number (null: no number) */
  readonly readings = new Map<string, { kind: ValueKind; number: number } | null>();
  /** numbers that disagree with their own text as read today (a file from an older reader) */
  readonly stale: { path: string; raw: string; stored: number; read: number }[] = [];
  defaulted(pattern: string, path: string, empty: string): void {
    const d = this.defaults.get(pattern);
    if (d) d.count++;
    else this.defaults.set(pattern, { first: path, count: 1, empty });
  }
}

type Check = (v: unknown, path: string, c: Ctx) => unknown;

function found(v: unknown): Message {
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
const EXCEL_MAX_NUMBER = EXCEL_MAX.toNumber();

/** A number beyond Excel's range (JSON's 1e400 reads as Infinity): refused with its own reason. */
function outOfRange(v: unknown): v is number {
  return typeof v === "number" && !(Math.abs(v) <= EXCEL_MAX_NUMBER);
}

function beyondExcel(c: Ctx, path: string): Bad {
  return c.error(
    path,
    "numero oltre i limiti di Excel (±9,99999999999999E+307): nessuna cella lo può contenere",
    "a number beyond Excel's range (±9.99999999999999E+307): no cell can hold it"
  );
}

function expected(c: Ctx, path: string, it: string, en: string, v: unknown): Bad {
  const f = found(v);
  return c.error(path, `atteso ${it}, trovato ${f.it}`, `expected ${en}, found ${f.en}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const str: Check = (v, p, c) =>
  typeof v === "string" ? v : expected(c, p, "un testo", "a text", v);
const strOrNull: Check = (v, p, c) =>
  v === null || typeof v === "string" ? v : expected(c, p, "un testo o null", "a text or null", v);
const bool: Check = (v, p, c) =>
  typeof v === "boolean" ? v : expected(c, p, "true o false", "true or false", v);
const id: Check = (v, p, c) =>
  typeof v === "string" && ID_PATTERN.test(v)
    ? v
    : expected(
        c,
        p,
        "un identificativo (testo non vuoto, senza spazi ai bordi)",
        "an id (a non-empty text without surrounding spaces)",
        v
      );
const code: Check = (v, p, c) => {
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
const numOrNull: Check = (v, p, c) =>
  outOfRange(v)
    ? beyondExcel(c, p)
    : v === null || typeof v === "number"
      ? v
      : expected(c, p, "un numero o null", "a number or null", v);
const year: Check = (v, p, c) =>
  typeof v === "number" && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR
    ? v
    : expected(
        c,
        p,
        `un anno (intero ${MIN_YEAR}..${MAX_YEAR})`,
        `a year (integer ${MIN_YEAR}..${MAX_YEAR})`,
        v
      );
function oneOf(values: readonly string[]): Check {
  const list = values.map((x) => `"${x}"`).join(", ");
  return (v, p, c) =>
    typeof v === "string" && values.includes(v)
      ? v
      : expected(c, p, `uno tra ${list}`, `one of ${list}`, v);
}
function listOf(item: Check, it: string, en: string): Check {
  return (v, p, c) => {
    if (!Array.isArray(v)) return expected(c, p, `una lista ${it}`, `a list ${en}`, v);
    const out: unknown[] = [];
    let bad = false;
    v.forEach((x, i) => {
      const r = item(x, `${p}[${i}]`, c);
      if (r === BAD) bad = true;
      else out.push(r);
    });
    return bad ? BAD : out;
  };
}

interface FieldSpec {
  key: string;
  check: Check;
  /** absent: required (error) when no empty value; else takes the empty value (with a warning) */
  empty?: () => unknown;
  /** absent and no empty value, but not required either (computed fields) */
  optional?: true;
  /** how the empty value is shown in the warning */
  emptyShown?: string;
}

function field(key: string, check: Check, empty?: () => unknown, emptyShown?: string): FieldSpec {
  return empty === undefined
    ? { key, check }
    : { key, check, empty, emptyShown: emptyShown ?? JSON.stringify(empty()) };
}

/** Read an object by its field specs; unknown fields are errors. `pattern` names it in warnings. */
function record(
  specs: readonly FieldSpec[],
  what: Message,
  pattern: string,
  allowExtra: readonly string[] = []
): Check {
  const known = new Set(specs.map((s) => s.key));
  return (v, p, c) => {
    if (!isObject(v)) return expected(c, p, what.it, what.en, v);
    const before = c.errors.length;
    for (const k of Object.keys(v)) {
      if (!known.has(k) && !allowExtra.includes(k)) {
        c.error(
          join(p, k),
          `campo sconosciuto (campi ammessi: ${[...known].join(", ")})`,
          `unknown field (allowed fields: ${[...known].join(", ")})`
        );
      }
    }
    const out: Record<string, unknown> = {};
    for (const s of specs) {
      const fp = join(p, s.key);
      if (!Object.prototype.hasOwnProperty.call(v, s.key)) {
        if (s.empty !== undefined) {
          out[s.key] = s.empty();
          c.defaulted(join(pattern, s.key), fp, s.emptyShown ?? "");
        } else if (!s.optional) {
          c.error(fp, "campo obbligatorio mancante", "required field missing");
        }
        continue;
      }
      const r = s.check(v[s.key], fp, c);
      if (r !== BAD) out[s.key] = r;
    }
    return c.errors.length > before ? BAD : out;
  };
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

const VALUE_WHAT = message("un valore {raw, kind, value}", "a value object {raw, kind, value}");
/** The value object's record, built once (a plan holds hundreds of thousands of values). */
let valueRecord: Check | null = null;

const planValue: Check = (v, p, c) => {
  if (!isObject(v)) return expected(c, p, VALUE_WHAT.it, VALUE_WHAT.en, v);
  valueRecord ??= record(
    [
      field("raw", str),
      field("kind", oneOf(VALUE_KINDS)),
      { key: "value", check: (x) => x },
      { key: "of", check: numberOnly, optional: true },
      { key: "annotation", check: str, optional: true },
      { key: "comparison", check: oneOf(COMPARISONS), optional: true },
    ],
    VALUE_WHAT,
    ""
  );
  const r = valueRecord(v, p, c);
  if (r === BAD) return BAD;
  const o = r as { kind: ValueKind; value: unknown; of?: number };
  const vp = join(p, "value");
  switch (o.kind) {
    case "number":
    case "percent":
    case "currency":
    case "ratio":
      if (outOfRange(o.value)) return beyondExcel(c, vp);
      if (typeof o.value !== "number")
        return expected(
          c,
          vp,
          `un numero (kind "${o.kind}")`,
          `a number (kind "${o.kind}")`,
          o.value
        );
      break;
    case "yesno":
      if (typeof o.value !== "boolean")
        return expected(
          c,
          vp,
          'true o false (kind "yesno")',
          'true or false (kind "yesno")',
          o.value
        );
      break;
    case "qualitative":
      if (typeof o.value !== "string")
        return expected(
          c,
          vp,
          'un testo (kind "qualitative")',
          'a text (kind "qualitative")',
          o.value
        );
      break;
    case "date":
      if (typeof o.value !== "string" || !calendarDay(o.value))
        return expected(
          c,
          vp,
          'una data ISO "AAAA-MM-GG" (kind "date")',
          'an ISO date "YYYY-MM-DD" (kind "date")',
          o.value
        );
      break;
    case "missing":
    case "text":
      if (o.value !== null)
        return expected(c, vp, `null (kind "${o.kind}")`, `null (kind "${o.kind}")`, o.value);
      break;
  }
  if (o.of !== undefined && o.kind !== "ratio") {
    return c.error(
      join(p, "of"),
      `"of" vale solo per kind "ratio" (qui kind "${o.kind}")`,
      `"of" belongs only to kind "ratio" (here kind "${o.kind}")`
    );
  }
  refreshFromText(r as { raw: string; kind: ValueKind; value: unknown }, vp, c);
  return r;
};

/**
 * A number stored beside its text that the text, read today, contradicts — a plan JSON written by
 * an older reader kept "2 947 171" as 2 — takes the text's reading, with a warning: the text is
 * what the analyst wrote, and everything else (achievement, workbook cells) follows the number.
 */
function refreshFromText(
  o: { raw: string; kind: ValueKind; value: unknown },
  path: string,
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
  c.stale.push({ path, raw: o.raw, stored: o.value, read });
  o.value = read;
}
const numberOnly: Check = (v, p, c) =>
  outOfRange(v)
    ? beyondExcel(c, p)
    : typeof v === "number"
      ? v
      : expected(c, p, "un numero", "a number", v);
/** A baseline: a value object with the ISO day it was observed, { date, raw, kind, value }. */
const baselineValue: Check = (v, p, c) => {
  if (!isObject(v))
    return expected(
      c,
      p,
      "un valore di partenza {date, raw, kind, value}",
      "a baseline {date, raw, kind, value}",
      v
    );
  const { date, ...rest } = v;
  const dp = join(p, "date");
  if (date === undefined)
    return c.error(dp, "campo obbligatorio mancante", "required field missing");
  if (typeof date !== "string" || !calendarDay(date))
    return expected(c, dp, 'una data ISO "AAAA-MM-GG"', 'an ISO date "YYYY-MM-DD"', date);
  const r = planValue(rest, p, c);
  return r === BAD ? BAD : { date, ...(r as object) };
};
const planValueOrNull: Check = (v, p, c) => (v === null ? null : planValue(v, p, c));

function valueMap(
  keyPattern: RegExp,
  keysIt: string,
  keysEn: string,
  validKey: (key: string) => boolean = () => true
): Check {
  return (v, p, c) => {
    if (!isObject(v))
      return expected(c, p, `un oggetto con chiavi ${keysIt}`, `an object keyed by ${keysEn}`, v);
    const out: Record<string, unknown> = {};
    let bad = false;
    for (const k of Object.keys(v)) {
      const kp = join(p, k);
      if (!keyPattern.test(k) || !validKey(k)) {
        c.error(kp, `chiave non valida: attese ${keysIt}`, `invalid key: expected ${keysEn}`);
        bad = true;
        continue;
      }
      const r = planValue(v[k], kp, c);
      if (r === BAD) bad = true;
      else out[k] = r;
    }
    return bad ? BAD : out;
  };
}

const budgetRecord = record(
  [field("raw", str), field("amount", numOrNull)],
  message("un budget {raw, amount} o null", "a budget {raw, amount} or null"),
  ""
);
const budget: Check = (v, p, c) => (v === null ? null : budgetRecord(v, p, c));

const yearInt: Check = (v, p, c) =>
  typeof v === "number" && Number.isInteger(v)
    ? v
    : expected(c, p, "un anno (intero)", "a year (integer)", v);

const phase = record(
  [field("name", str), field("years", listOf(yearInt, "di anni", "of years"))],
  message("una fase {name, years}", "a phase {name, years}"),
  ""
);

/** The analyst's own columns: { "original header": "text" }. */
const extraTexts: Check = (v, p, c) => {
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
    if (typeof x === "string") out[k] = x;
    else {
      expected(c, join(p, k), "un testo", "a text", x);
      bad = true;
    }
  }
  return bad ? BAD : out;
};

const nul = () => null;
const emptyList = () => [];

export const ENTITY_FIELDS: readonly FieldSpec[] = [field("id", id), field("name", str)];

export const PROGRAMME_FIELDS: readonly FieldSpec[] = [
  field("id", id),
  field("entity", id),
  field("mission", code),
  field("programme", code),
  field("title", str),
  field("strategicArea", strOrNull, nul),
  field("strategicProgramme", strOrNull, nul),
  field("objective", strOrNull, nul),
  field("benefits", listOf(str, "di testi", "of texts"), emptyList),
  field("description", strOrNull, nul),
  field("budget", budget, nul),
  field("responsible", strOrNull, nul),
  field("stakeholders", strOrNull, nul),
  field("phases", listOf(phase, "di fasi", "of phases"), emptyList),
  { key: "extra", check: extraTexts, optional: true },
];

export const INDICATOR_FIELDS: readonly FieldSpec[] = [
  field("id", id),
  field("programme", id),
  field("kind", oneOf(INDICATOR_KINDS), () => "indicator"),
  field("group", strOrNull, nul),
  field("name", str),
  field("formula", strOrNull, nul),
  field("typology", strOrNull, nul),
  field("unit", strOrNull, nul),
  field("source", strOrNull, nul),
  field("pareto", bool, () => false),
  field("polarity", oneOf(POLARITIES), () => "higher"),
  // default fixed after reading: true when polarity was absent too, else false
  field("polarityInferred", bool, () => null, "true/false"),
  field(
    "actuals",
    valueMap(
      ACTUAL_KEY_PATTERN,
      'date ISO come "2020-12-31"',
      'ISO dates such as "2020-12-31"',
      calendarDay
    ),
    () => ({})
  ),
  field(
    "targets",
    valueMap(
      TARGET_KEY_PATTERN,
      'anni come "2021" o "triennium"',
      'years such as "2021" or "triennium"'
    ),
    () => ({})
  ),
  { key: "baseline", check: baselineValue, optional: true },
  field("reportedPerformance", planValueOrNull, nul),
  field("notes", listOf(str, "di testi", "of texts"), emptyList),
  { key: "extra", check: extraTexts, optional: true },
  { key: "performance", check: numOrNull, optional: true },
  { key: "outcome", check: strOrNull, optional: true },
];

const collections = {
  entities: record(
    ENTITY_FIELDS,
    message("un ente {id, name}", "an entity {id, name}"),
    "entities[]"
  ),
  programmes: record(
    PROGRAMME_FIELDS,
    message(
      "un programma {id, entity, mission, programme, title, …}",
      "a programme {id, entity, mission, programme, title, …}"
    ),
    "programmes[]"
  ),
  indicators: record(
    INDICATOR_FIELDS,
    message("un indicatore {id, programme, name, …}", "an indicator {id, programme, name, …}"),
    "indicators[]"
  ),
};

export const PLAN_FIELDS: readonly FieldSpec[] = [
  // format and version are checked first, by checkIdentity
  field("format", (v) => v),
  field("version", (v) => v),
  field("title", str),
  field("firstYear", year),
  field("entities", listOf(collections.entities, "di enti", "of entities")),
  field("programmes", listOf(collections.programmes, "di programmi", "of programmes")),
  field("indicators", listOf(collections.indicators, "di indicatori", "of indicators")),
];

/** Fields that must be present, by record: what the schema lists as "required". */
export const REQUIRED_FIELDS = {
  plan: PLAN_FIELDS.filter((f) => f.empty === undefined && !f.optional).map((f) => f.key),
  entity: ENTITY_FIELDS.filter((f) => f.empty === undefined && !f.optional).map((f) => f.key),
  programme: PROGRAMME_FIELDS.filter((f) => f.empty === undefined && !f.optional).map((f) => f.key),
  indicator: INDICATOR_FIELDS.filter((f) => f.empty === undefined && !f.optional).map((f) => f.key),
};
/** All v1 fields, by record, in the order the writer uses. */
export const FIELDS = {
  plan: PLAN_FIELDS.map((f) => f.key),
  entity: ENTITY_FIELDS.map((f) => f.key),
  programme: PROGRAMME_FIELDS.map((f) => f.key),
  indicator: INDICATOR_FIELDS.map((f) => f.key),
  budget: ["raw", "amount"],
  phase: ["name", "years"],
  value: ["raw", "kind", "value", "of", "annotation", "comparison"],
  baseline: ["date", "raw", "kind", "value", "of", "annotation", "comparison"],
};

export type PlanCheck =
  { ok: true; plan: Plan; warnings: Message[] } | { ok: false; problems: PlanProblem[] };

function checkIdentity(doc: Record<string, unknown>, c: Ctx): boolean {
  if (!Object.prototype.hasOwnProperty.call(doc, "format")) {
    c.error(
      "format",
      'campo mancante: un piano PIRA ha "format": "pira-plan"',
      'field missing: a PIRA plan has "format": "pira-plan"'
    );
    return false;
  }
  if (doc.format !== "pira-plan") {
    expected(
      c,
      "format",
      '"pira-plan" (il file non è un piano PIRA)',
      '"pira-plan" (the file is not a PIRA plan)',
      doc.format
    );
    return false;
  }
  if (!Object.prototype.hasOwnProperty.call(doc, "version")) {
    c.error(
      "version",
      "campo mancante: questa versione legge i piani di versione 1",
      "field missing: this program reads plans of version 1"
    );
    return false;
  }
  if (doc.version !== 1) {
    if (typeof doc.version === "number" && Number.isInteger(doc.version) && doc.version > 1) {
      c.error(
        "version",
        `il piano è di versione ${doc.version}, più recente di quella che questo programma legge (1): aggiornare PIRA per Excel`,
        `the plan is version ${doc.version}, newer than this program reads (1): update PIRA for Excel`
      );
    } else {
      expected(c, "version", "1", "1", doc.version);
    }
    return false;
  }
  return true;
}

function checkReferences(plan: Plan, c: Ctx): void {
  const unique = (items: { id: string }[], name: string) => {
    const seen = new Map<string, number>();
    items.forEach((x, i) => {
      const first = seen.get(x.id);
      if (first !== undefined) {
        c.error(
          `${name}[${i}].id`,
          `"${x.id}" è già l'id di ${name}[${first}]`,
          `"${x.id}" is already the id of ${name}[${first}]`
        );
      } else {
        seen.set(x.id, i);
      }
    });
    return seen;
  };
  const some = (ids: Map<string, number>) => {
    const list = [...ids.keys()];
    const shown = list
      .slice(0, 5)
      .map((x) => `"${x}"`)
      .join(", ");
    return list.length === 0
      ? message("nessuno", "none")
      : message(list.length > 5 ? `${shown}, …` : shown, list.length > 5 ? `${shown}, …` : shown);
  };
  const entities = unique(plan.entities, "entities");
  const programmes = unique(plan.programmes, "programmes");
  unique(plan.indicators, "indicators");
  plan.programmes.forEach((p, i) => {
    if (!entities.has(p.entity)) {
      const s = some(entities);
      c.error(
        `programmes[${i}].entity`,
        `"${p.entity}" non è l'id di alcun ente (enti: ${s.it})`,
        `"${p.entity}" is not the id of any entity (entities: ${s.en})`
      );
    }
  });
  plan.indicators.forEach((x, i) => {
    if (!programmes.has(x.programme)) {
      const s = some(programmes);
      c.error(
        `indicators[${i}].programme`,
        `"${x.programme}" non è l'id di alcun programma (programmi: ${s.it})`,
        `"${x.programme}" is not the id of any programme (programmes: ${s.en})`
      );
    }
  });
}

function warnings(c: Ctx): Message[] {
  const out: Message[] = [];
  for (const s of c.stale)
    out.push(
      message(
        `${s.path}: il numero ${s.stored} non è quello che il testo «${s.raw}» dice (${s.read}): vale il testo`,
        `${s.path}: the number ${s.stored} is not what the text «${s.raw}» says (${s.read}): the text is used`
      )
    );
  for (const [pattern, d] of c.defaults) {
    if (pattern === "indicators[].polarityInferred") continue; // follows polarity, see checkPlanJson
    const more =
      d.count > 1
        ? message(` (e in altri ${d.count - 1})`, ` (and in ${d.count - 1} more)`)
        : message("", "");
    out.push(
      message(
        `${d.first}${more.it}: campo assente, vale ${d.empty}`,
        `${d.first}${more.en}: field absent, taken as ${d.empty}`
      )
    );
  }
  return out;
}

/** Check parsed JSON data as a plan v1; the plan returned is a fresh object with every default filled in. */
export function checkPlanJson(data: unknown): PlanCheck {
  const c = new Ctx();
  if (!isObject(data)) {
    expected(c, "", "un oggetto JSON (un piano PIRA)", "a JSON object (a PIRA plan)", data);
    return { ok: false, problems: c.errors };
  }
  if (!checkIdentity(data, c)) return { ok: false, problems: c.errors };
  if (Object.prototype.hasOwnProperty.call(data, "$schema") && typeof data.$schema !== "string") {
    expected(
      c,
      "$schema",
      "un testo (l'indirizzo dello schema)",
      "a text (the schema's address)",
      data.$schema
    );
  }
  const r = record(PLAN_FIELDS, message("un piano", "a plan"), "", ["$schema"])(data, "", c);
  if (r === BAD || c.errors.length > 0) return { ok: false, problems: c.errors };
  const plan = r as unknown as Plan;
  checkReferences(plan, c);
  if (c.errors.length > 0) return { ok: false, problems: c.errors };
  // polarityInferred absent: inferred when the polarity was absent too (it took the default "higher")
  const raw = data.indicators as Record<string, unknown>[];
  plan.indicators.forEach((ind, i) => {
    if ((ind.polarityInferred as unknown) === null)
      ind.polarityInferred = !Object.prototype.hasOwnProperty.call(raw[i], "polarity");
  });
  return { ok: true, plan, warnings: warnings(c) };
}
