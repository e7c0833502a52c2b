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
import type { Plan } from "./types";
import {
  ACTUAL_KEY_PATTERN,
  BAD,
  bool,
  calendarDay,
  code,
  Ctx,
  expected,
  field,
  type FieldSpec,
  id,
  INDICATOR_KINDS,
  isObject,
  listOf,
  numOrNull,
  oneOf,
  type PlanProblem,
  POLARITIES,
  record,
  str,
  strOrNull,
  TARGET_KEY_PATTERN,
  year,
} from "./check-fields";
import {
  baselineValue,
  budget,
  extraTexts,
  phase,
  planValueOrNull,
  valueMap,
} from "./check-values";

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

/**
 * Check parsed JSON data as a plan v1; the plan returned is a fresh object with every default
 * filled in — unless `own`: the data is the caller's to give away (fresh from JSON.parse, as
 * readPlanJson's), and its objects that are already right are taken, not copied (Ctx.own).
 */
export function checkPlanJson(data: unknown, own = false): PlanCheck {
  return checkPlanData(data, own).check;
}

/**
 * checkPlanJson, with the keys of the objects it read (Ctx.keys): for a plan it accepts, every
 * key the data holds — readPlanJson's screen for keys given twice (json-screen.ts).
 */
export function checkPlanData(data: unknown, own: boolean): { check: PlanCheck; keys: number } {
  const c = new Ctx(own);
  return { check: checkWith(data, c), keys: c.keys };
}

function checkWith(data: unknown, c: Ctx): PlanCheck {
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
