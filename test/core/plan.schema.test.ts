/**
 * schema/plan.schema.json and readPlanJson must agree.
 *
 * What is checked, honestly:
 * 1. The schema's lists match the reader's: required fields, all fields, enums, patterns, year range.
 * 2. A set of good and bad documents gets the same verdict from the reader and from a JSON Schema
 *    validator — a small one written below (it implements exactly the keywords the schema uses,
 *    and a test fails if the schema starts using another), and also Ajv (draft 2020-12) when the
 *    installed tree happens to carry Ajv 8 (a transitive dependency, not one of ours).
 * 3. The rules a schema cannot state (unique ids, references between records) are accepted by the
 *    schema and rejected by the reader: the documents of that kind are listed as such.
 */
import * as fs from "fs";
import * as path from "path";
import {
  FIELDS,
  INDICATOR_KINDS,
  POLARITIES,
  REQUIRED_FIELDS,
  VALUE_KINDS,
  emptyPlan,
  readPlanJson,
  writePlanJson,
} from "../../src/core/plan";
import {
  ACTUAL_KEY_PATTERN,
  CODE_PATTERN,
  ID_PATTERN,
  MAX_YEAR,
  MIN_YEAR,
  TARGET_KEY_PATTERN,
} from "../../src/core/plan/check-fields";
import { referencePlan } from "./plan.fixtures";

type Schema = any;
const schema: Schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../schema/plan.schema.json"), "utf8")
);

// ---- a small JSON Schema (2020-12) validator for the keywords this schema uses -------------------

const ANNOTATIONS = new Set(["$schema", "$id", "$defs", "title", "description", "default"]);
const ASSERTIONS = new Set([
  "$ref",
  "type",
  "const",
  "enum",
  "required",
  "properties",
  "additionalProperties",
  "propertyNames",
  "items",
  "pattern",
  "minimum",
  "maximum",
  "anyOf",
  "allOf",
  "if",
  "then",
]);

function resolve(ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .reduce((s: Schema, k: string) => s[k], schema);
}

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number";
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "boolean":
      return typeof v === "boolean";
    case "null":
      return v === null;
    default:
      throw new Error(`unknown type ${t}`);
  }
}

function validate(s: Schema, v: unknown, at = ""): string[] {
  if (s === true) return [];
  if (s === false) return [`${at}: false schema`];
  for (const k of Object.keys(s))
    if (!ANNOTATIONS.has(k) && !ASSERTIONS.has(k)) throw new Error(`keyword ${k} not implemented`);
  const errs: string[] = [];
  if (s.$ref) errs.push(...validate(resolve(s.$ref), v, at));
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeOk(t, v))) errs.push(`${at}: type ${types.join("|")}`);
  }
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(v)) errs.push(`${at}: const`);
  if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v)))
    errs.push(`${at}: enum`);
  if (typeof v === "string" && s.pattern && !new RegExp(s.pattern, "u").test(v))
    errs.push(`${at}: pattern`);
  if (typeof v === "number" && s.minimum !== undefined && v < s.minimum)
    errs.push(`${at}: minimum`);
  if (typeof v === "number" && s.maximum !== undefined && v > s.maximum)
    errs.push(`${at}: maximum`);
  if (Array.isArray(v) && s.items)
    v.forEach((x, i) => errs.push(...validate(s.items, x, `${at}[${i}]`)));
  if (typeOk("object", v)) {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errs.push(`${at}.${r}: required`);
    const props = s.properties ?? {};
    for (const [k, x] of Object.entries(o)) {
      if (k in props) errs.push(...validate(props[k], x, `${at}.${k}`));
      else if (s.additionalProperties !== undefined)
        errs.push(...validate(s.additionalProperties, x, `${at}.${k}`));
      if (s.propertyNames) errs.push(...validate(s.propertyNames, k, `${at}.${k}(name)`));
    }
  }
  if (s.anyOf && !s.anyOf.some((x: Schema) => validate(x, v, at).length === 0))
    errs.push(`${at}: anyOf`);
  for (const x of s.allOf ?? []) errs.push(...validate(x, v, at));
  if (s.if && validate(s.if, v, at).length === 0 && s.then) errs.push(...validate(s.then, v, at));
  return errs;
}

// ---- Ajv, when the tree has a draft-2020 build -----------------------------------------------------

function loadAjv2020(): ((data: unknown) => boolean) | null {
  for (const id of [
    "ajv/dist/2020",
    "schema-utils/node_modules/ajv/dist/2020",
    "ajv-formats/node_modules/ajv/dist/2020",
  ]) {
    try {
      const mod = require(id);
      const Ajv = mod.default ?? mod;
      const ajv = new Ajv({ strict: false, allErrors: true });
      const check = ajv.compile(schema);
      return (data: unknown) => check(data) as boolean;
    } catch {
      // not there: try the next place
    }
  }
  return null;
}
const ajvValidate = loadAjv2020();
if (ajvValidate === null)
  console.warn(
    "plan.schema.test: no Ajv with draft 2020-12 found; only the small validator checks the schema"
  );

// ---- documents ------------------------------------------------------------------------------------

const base = (): any => JSON.parse(writePlanJson(referencePlan()));
const edit = (f: (d: any) => void) => {
  const d = base();
  f(d);
  return d;
};

const GOOD: [string, unknown][] = [
  ["reference plan", base()],
  [
    "empty plan",
    JSON.parse(
      writePlanJson(
        emptyPlan({ title: "t", firstYear: 2021, entities: ["A"], programmes: ["011.005"] })
      )
    ),
  ],
  ["$schema pointer", { $schema: "../schema/plan.schema.json", ...base() }],
  [
    "the analyst's extra columns",
    edit((d) => {
      d.programmes[0].extra = { "Linea d'azione": "Digitale" };
      d.indicators[0].extra = { Peso: "30%", "": "" };
    }),
  ],
  [
    "minimal records",
    {
      format: "pira-plan",
      version: 1,
      title: "",
      firstYear: 1900,
      entities: [{ id: "e1", name: "" }],
      programmes: [{ id: "p", entity: "e1", mission: "999", programme: "001", title: "" }],
      indicators: [{ id: "i", programme: "p", name: "" }],
    },
  ],
  [
    "ratio with of",
    edit(
      (d) => (d.indicators[0].targets["2021"] = { raw: "4 su 8", kind: "ratio", value: 4, of: 8 })
    ),
  ],
  [
    "budget null, phases empty",
    edit((d) => ((d.programmes[1].budget = null), (d.programmes[1].phases = []))),
  ],
  ["year 2100", edit((d) => (d.firstYear = 2100))],
  [
    "baseline",
    edit(
      (d) =>
        (d.indicators[0].baseline = {
          date: "2019-12-31",
          raw: "98,47%",
          kind: "percent",
          value: 0.9847,
        })
    ),
  ],
];

const BAD: [string, unknown][] = [
  ["a list", [base()]],
  ["format wrong", { ...base(), format: "pira" }],
  ["version 2", { ...base(), version: 2 }],
  ["version missing", edit((d) => delete d.version)],
  ["title missing", edit((d) => delete d.title)],
  ["indicators missing", edit((d) => delete d.indicators)],
  ["firstYear text", edit((d) => (d.firstYear = "2020"))],
  ["firstYear 1899", edit((d) => (d.firstYear = 1899))],
  ["firstYear 2101", edit((d) => (d.firstYear = 2101))],
  ["firstYear fraction", edit((d) => (d.firstYear = 2020.5))],
  ["unknown top field", { ...base(), extra: 1 }],
  ["extra not texts", edit((d) => (d.indicators[0].extra = { Peso: 30 }))],
  ["extra a list", edit((d) => (d.programmes[0].extra = ["x"]))],
  ["$schema a number", { $schema: 1, ...base() }],
  ["entity without name", edit((d) => delete d.entities[0].name)],
  ["entity id empty", edit((d) => (d.entities[0].id = ""))],
  ["entity id padded", edit((d) => (d.entities[0].id = "a "))],
  ["programme title missing", edit((d) => delete d.programmes[0].title)],
  ["mission two digits", edit((d) => (d.programmes[0].mission = "16"))],
  ["programme a number", edit((d) => (d.programmes[0].programme = 5))],
  ["unknown programme field", edit((d) => (d.programmes[0].titolo = "x"))],
  ["benefits with a number", edit((d) => (d.programmes[0].benefits = [1]))],
  ["budget a number", edit((d) => (d.programmes[0].budget = 30000))],
  ["budget amount text", edit((d) => (d.programmes[0].budget.amount = "30.000"))],
  ["phase year text", edit((d) => (d.programmes[1].phases[0].years = ["2020"]))],
  ["phase year fraction", edit((d) => (d.programmes[1].phases[0].years = [2020.5]))],
  ["indicator name missing", edit((d) => delete d.indicators[0].name)],
  ["indicator kind wrong", edit((d) => (d.indicators[0].kind = "avanzamento"))],
  ["polarity wrong", edit((d) => (d.indicators[0].polarity = "crescente"))],
  ["pareto null", edit((d) => (d.indicators[0].pareto = null))],
  ["target a text", edit((d) => (d.indicators[3].targets["2021"] = "12"))],
  [
    "target key",
    edit((d) => (d.indicators[0].targets["Target 2021"] = d.indicators[0].targets["2021"])),
  ],
  [
    "actual key",
    edit((d) => (d.indicators[0].actuals["2020-13-31"] = d.indicators[0].actuals["2020-09-30"])),
  ],
  ["value missing raw", edit((d) => delete d.indicators[0].targets["2020"].raw)],
  ["value kind wrong", edit((d) => (d.indicators[0].targets["2020"].kind = "numero"))],
  ["number kind with text value", edit((d) => (d.indicators[0].targets["2020"].value = "130"))],
  ["yesno kind with text value", edit((d) => (d.indicators[3].actuals["2020-12-31"].value = "si"))],
  ["qualitative kind with a number", edit((d) => (d.indicators[3].targets["2021"].value = 1))],
  ["missing kind with a number", edit((d) => (d.indicators[0].actuals["2020-12-31"].value = 0))],
  ["of on a percent", edit((d) => (d.indicators[1].actuals["2020-09-30"].of = 255))],
  ["unknown value field", edit((d) => (d.indicators[0].targets["2020"].unit = "n."))],
  ["reportedPerformance a number", edit((d) => (d.indicators[2].reportedPerformance = 1))],
  ["performance a text", edit((d) => (d.indicators[2].performance = "100%"))],
  ["notes a text", edit((d) => (d.indicators[0].notes = "nota"))],
  [
    "baseline without date",
    edit((d) => (d.indicators[0].baseline = { raw: "12", kind: "number", value: 12 })),
  ],
  [
    "baseline date not a day",
    edit(
      (d) =>
        (d.indicators[0].baseline = { date: "2019-13-31", raw: "12", kind: "number", value: 12 })
    ),
  ],
  [
    "baseline value a text",
    edit(
      (d) =>
        (d.indicators[0].baseline = { date: "2019-12-31", raw: "12", kind: "number", value: "12" })
    ),
  ],
];

/** Valid for the schema, rejected by the reader: rules the schema cannot state. */
const READER_ONLY: [string, unknown][] = [
  ["duplicate indicator id", edit((d) => (d.indicators[1].id = d.indicators[0].id))],
  ["duplicate programme id", edit((d) => (d.programmes[1].id = d.programmes[0].id))],
  ["duplicate entity id", edit((d) => d.entities.push({ ...d.entities[0] }))],
  ["indicator.programme dangling", edit((d) => (d.indicators[0].programme = "nope"))],
  ["programme.entity dangling", edit((d) => (d.programmes[0].entity = "nope"))],
];

describe("schema and reader list the same fields", () => {
  const defs = schema.$defs;
  it("required fields", () => {
    expect(schema.required).toEqual(REQUIRED_FIELDS.plan);
    expect(defs.entity.required).toEqual(REQUIRED_FIELDS.entity);
    expect(defs.programme.required).toEqual(REQUIRED_FIELDS.programme);
    expect(defs.indicator.required).toEqual(REQUIRED_FIELDS.indicator);
    expect(defs.value.required).toEqual(["raw", "kind", "value"]);
    expect(REQUIRED_FIELDS.programme).toEqual(["id", "entity", "mission", "programme", "title"]);
    expect(REQUIRED_FIELDS.indicator).toEqual(["id", "programme", "name"]);
  });
  it("all fields, in the writer's order, and no others", () => {
    expect(Object.keys(schema.properties)).toEqual(["$schema", ...FIELDS.plan]);
    expect(Object.keys(defs.entity.properties)).toEqual(FIELDS.entity);
    expect(Object.keys(defs.programme.properties)).toEqual(FIELDS.programme);
    expect(Object.keys(defs.indicator.properties)).toEqual(FIELDS.indicator);
    expect(Object.keys(defs.budget.properties)).toEqual(FIELDS.budget);
    expect(Object.keys(defs.phase.properties)).toEqual(FIELDS.phase);
    expect(Object.keys(defs.value.properties)).toEqual(FIELDS.value);
    for (const d of [
      schema,
      defs.entity,
      defs.programme,
      defs.indicator,
      defs.budget,
      defs.phase,
      defs.value,
    ]) {
      expect(d.additionalProperties).toBe(false);
    }
  });
  it("enums, patterns and the year range", () => {
    expect(defs.value.properties.kind.enum).toEqual(VALUE_KINDS);
    expect(defs.indicator.properties.polarity.enum).toEqual(POLARITIES);
    expect(defs.indicator.properties.kind.enum).toEqual(INDICATOR_KINDS);
    expect(defs.id.pattern).toBe(ID_PATTERN.source);
    expect(defs.code.pattern).toBe(CODE_PATTERN.source);
    expect(defs.indicator.properties.actuals.propertyNames.pattern).toBe(ACTUAL_KEY_PATTERN.source);
    expect(defs.indicator.properties.targets.propertyNames.pattern).toBe(TARGET_KEY_PATTERN.source);
    expect([schema.properties.firstYear.minimum, schema.properties.firstYear.maximum]).toEqual([
      MIN_YEAR,
      MAX_YEAR,
    ]);
  });
});

describe("schema and reader agree on documents", () => {
  it("the small validator implements every keyword the schema uses", () => {
    expect(() => validate(schema, base())).not.toThrow();
    expect(() => validate({ ...schema, uniqueItems: true }, base())).toThrow(
      /uniqueItems not implemented/
    );
  });
  it.each(GOOD)("good: %s", (_name, d) => {
    const r = readPlanJson(JSON.stringify(d));
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(validate(schema, d)).toEqual([]);
    if (ajvValidate) expect(ajvValidate(d)).toBe(true);
  });
  it.each(BAD)("bad: %s", (_name, d) => {
    expect(readPlanJson(JSON.stringify(d)).ok).toBe(false);
    expect(validate(schema, d).length).toBeGreaterThan(0);
    if (ajvValidate) expect(ajvValidate(d)).toBe(false);
  });
  it.each(READER_ONLY)("reader only: %s", (_name, d) => {
    expect(readPlanJson(JSON.stringify(d)).ok).toBe(false);
    expect(validate(schema, d)).toEqual([]);
    if (ajvValidate) expect(ajvValidate(d)).toBe(true);
  });
});
