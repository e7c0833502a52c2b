import { checkPlanJson, readPlanJson, writePlanJson } from "../../src/core/plan";
import { referencePlan } from "./plan.fixtures";

/** The reference plan as plain JSON data, to break. */
function doc(): any {
  return JSON.parse(writePlanJson(referencePlan()));
}

function reason(text: string): { it: string; en: string } {
  const r = readPlanJson(text);
  if (r.ok) throw new Error("expected a rejection");
  return r.reason;
}

function rejects(data: unknown): string {
  return reason(JSON.stringify(data)).en;
}

describe("readPlanJson: not JSON", () => {
  it("says line and column of a syntax error, in both languages", () => {
    const text = '{\n  "format": "pira-plan",\n  "version": 1,\n}';
    const r = readPlanJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toEqual({ offset: 43, line: 4, column: 1 });
    expect(r.reason.en).toBe(
      "the file is not valid JSON: line 4, column 1 (character 44): expected a property name in double quotes, found '}'"
    );
    expect(r.reason.it).toBe(
      "il file non è JSON valido: riga 4, colonna 1 (carattere 44): atteso un nome di campo tra virgolette doppie, trovato '}'"
    );
  });
  it.each([
    ['{"a":}', "line 1, column 6 (character 6): expected a value, found '}'"],
    ['{"a":1', "line 1, column 7 (character 7): expected ',' or '}', found end of text"],
    ["[1 2]", "line 1, column 4 (character 4): expected ',' or ']', found '2'"],
    ['{"a":1}x', "line 1, column 8 (character 8): text after the end of the document: 'x'"],
    [
      "{a:1}",
      "line 1, column 2 (character 2): expected a property name in double quotes, found 'a'",
    ],
    [
      '{"a":"x\ny"}',
      "line 1, column 8 (character 8): control character inside a string (write \\n, \\t)",
    ],
    ['{"a":"x', "line 1, column 8 (character 8): string not closed (missing '\"')"],
    ['{"a":tru}', "line 1, column 9 (character 9): expected 'true', found '}'"],
    ['{"a":01}', "line 1, column 7 (character 7): expected a well-formed number, found '1'"],
    ['{"a":"\\x"}', "line 1, column 7 (character 7): invalid escape sequence"],
    [
      "{'a':1}",
      "line 1, column 2 (character 2): expected a property name in double quotes, found '''",
    ],
  ])("%j", (text, where) => {
    expect(reason(text).en).toBe(`the file is not valid JSON: ${where}`);
  });
  it("an empty file", () => {
    expect(reason("  \n").en).toBe("the file is empty: expected a PIRA plan in JSON");
  });
  it("never throws, even on absurd nesting", () => {
    const r = readPlanJson("[".repeat(200000));
    expect(r.ok).toBe(false);
  });
  it("ignores a byte-order mark", () => {
    expect(readPlanJson("\uFEFF" + writePlanJson(referencePlan())).ok).toBe(true);
  });
});

describe("readPlanJson: not a plan v1", () => {
  it("not an object", () => {
    expect(rejects([1])).toBe("expected a JSON object (a PIRA plan), found a list");
  });
  it("format missing or wrong", () => {
    const d = doc();
    delete d.format;
    expect(rejects(d)).toBe('format: field missing: a PIRA plan has "format": "pira-plan"');
    expect(rejects({ ...doc(), format: "pira" })).toBe(
      'format: expected "pira-plan" (the file is not a PIRA plan), found the text "pira"'
    );
  });
  it("version missing, newer, or wrong", () => {
    const d = doc();
    delete d.version;
    expect(rejects(d)).toBe("version: field missing: this program reads plans of version 1");
    expect(rejects({ ...doc(), version: 2 })).toBe(
      "version: the plan is version 2, newer than this program reads (1): update PIRA for Excel"
    );
    expect(reason(JSON.stringify({ ...doc(), version: 2 })).it).toBe(
      "version: il piano è di versione 2, più recente di quella che questo programma legge (1): aggiornare PIRA per Excel"
    );
    expect(rejects({ ...doc(), version: "1" })).toBe('version: expected 1, found the text "1"');
  });
});

describe("readPlanJson: structure", () => {
  it("a value that is not a value object", () => {
    const d = doc();
    d.indicators[3].targets["2021"] = "12";
    expect(rejects(d)).toBe(
      'indicators[3].targets.2021: expected a value object {raw, kind, value}, found the text "12"'
    );
  });
  it("missing required fields", () => {
    const d = doc();
    delete d.programmes[1].title;
    expect(rejects(d)).toBe("programmes[1].title: required field missing");
    const e = doc();
    delete e.indicators[0].name;
    delete e.entities;
    const r = reason(JSON.stringify(e));
    expect(r.en).toBe("entities: required field missing (and 1 more problem)");
    expect(r.it).toBe("entities: campo obbligatorio mancante (e un altro problema)");
  });
  it("wrong types", () => {
    expect(rejects({ ...doc(), firstYear: "2020" })).toBe(
      'firstYear: expected a year (integer 1900..2100), found the text "2020"'
    );
    expect(rejects({ ...doc(), firstYear: 2020.5 })).toBe(
      "firstYear: expected a year (integer 1900..2100), found the number 2020.5"
    );
    expect(rejects({ ...doc(), entities: {} })).toBe(
      "entities: expected a list of entities, found an object"
    );
    const d = doc();
    d.indicators[0].pareto = "no";
    expect(rejects(d)).toBe('indicators[0].pareto: expected true or false, found the text "no"');
    const e = doc();
    e.programmes[0].benefits = ["a", 3];
    expect(rejects(e)).toBe("programmes[0].benefits[1]: expected a text, found the number 3");
    const f = doc();
    f.programmes[1].phases[1].years = [2020, "2021"];
    expect(rejects(f)).toBe(
      'programmes[1].phases[1].years[1]: expected a year (integer), found the text "2021"'
    );
    const g = doc();
    g.programmes[0].budget = 30000;
    expect(rejects(g)).toBe(
      "programmes[0].budget: expected a budget {raw, amount} or null, found the number 30000"
    );
    const h = doc();
    h.indicators[0].polarity = "crescente";
    expect(rejects(h)).toBe(
      'indicators[0].polarity: expected one of "higher", "lower", "yesno", "qualitative", found the text "crescente"'
    );
  });
  it("codes not three digits", () => {
    const d = doc();
    d.programmes[0].mission = "16";
    expect(rejects(d)).toBe(
      'programmes[0].mission: expected a three-digit code such as "011" (write "016"), found the text "16"'
    );
    const e = doc();
    e.programmes[0].programme = 5;
    expect(rejects(e)).toBe(
      'programmes[0].programme: expected a three-digit code such as "011", found the number 5'
    );
  });
  it("a value whose value does not fit its kind", () => {
    const d = doc();
    d.indicators[0].targets["2020"] = { raw: "130", kind: "number", value: "130" };
    expect(rejects(d)).toBe(
      'indicators[0].targets.2020.value: expected a number (kind "number"), found the text "130"'
    );
    const e = doc();
    e.indicators[3].actuals["2020-12-31"].value = "si";
    expect(rejects(e)).toBe(
      'indicators[3].actuals.2020-12-31.value: expected true or false (kind "yesno"), found the text "si"'
    );
    const f = doc();
    f.indicators[0].actuals["2020-12-31"].value = 0;
    expect(rejects(f)).toBe(
      'indicators[0].actuals.2020-12-31.value: expected null (kind "missing"), found the number 0'
    );
    const g = doc();
    g.indicators[1].actuals["2020-09-30"].of = 255;
    expect(rejects(g)).toBe(
      'indicators[1].actuals.2020-09-30.of: "of" belongs only to kind "ratio" (here kind "percent")'
    );
    const h = doc();
    h.indicators[1].actuals["2020-09-30"].kind = "percentuale";
    expect(rejects(h)).toMatch(
      /^indicators\[1\]\.actuals\.2020-09-30\.kind: expected one of "number", "percent", .*, found the text "percentuale"$/
    );
    const i = doc();
    delete i.indicators[2].reportedPerformance.value;
    expect(rejects(i)).toBe("indicators[2].reportedPerformance.value: required field missing");
  });
  it("keys of actuals and targets", () => {
    const d = doc();
    d.indicators[0].actuals["30/09/2020"] = d.indicators[0].actuals["2020-09-30"];
    expect(rejects(d)).toBe(
      'indicators[0].actuals.30/09/2020: invalid key: expected ISO dates such as "2020-12-31"'
    );
    const e = doc();
    e.indicators[0].targets["Target 2021"] = e.indicators[0].targets["2021"];
    expect(rejects(e)).toBe(
      'indicators[0].targets.Target 2021: invalid key: expected years such as "2021" or "triennium"'
    );
  });
  it("unknown fields", () => {
    const d = doc();
    d.programmes[0].titolo = "x";
    expect(rejects(d)).toBe(
      "programmes[0].titolo: unknown field (allowed fields: id, entity, mission, programme, title, strategicArea, strategicProgramme, objective, benefits, description, budget, responsible, stakeholders, phases, extra)"
    );
    expect(rejects({ ...doc(), extra: 1 })).toMatch(/^extra: unknown field/);
  });
  it("ids: empty or padded", () => {
    const d = doc();
    d.entities[0].id = " cciaa-pistoia";
    expect(rejects(d)).toBe(
      'entities[0].id: expected an id (a non-empty text without surrounding spaces), found the text " cciaa-pistoia"'
    );
  });
});

describe("readPlanJson: references and ids", () => {
  it("dangling references", () => {
    const d = doc();
    d.indicators[3].programme = "cciaa-prato-032-004";
    expect(rejects(d)).toBe(
      'indicators[3].programme: "cciaa-prato-032-004" is not the id of any programme (programmes: "cciaa-pistoia-016-005", "cciaa-prato-032-003")'
    );
    const e = doc();
    e.programmes[0].entity = "pistoia";
    expect(rejects(e)).toBe(
      'programmes[0].entity: "pistoia" is not the id of any entity (entities: "cciaa-pistoia", "cciaa-prato")'
    );
  });
  it("duplicate ids", () => {
    const d = doc();
    d.indicators[2].id = d.indicators[0].id;
    expect(rejects(d)).toBe(
      'indicators[2].id: "cciaa-pistoia-016-005-i1" is already the id of indicators[0]'
    );
    const e = doc();
    e.entities[1].id = "cciaa-pistoia";
    const r = reason(JSON.stringify(e));
    // the duplicate, and the programme that now names an entity that no longer exists
    expect(r.en).toBe(
      'entities[1].id: "cciaa-pistoia" is already the id of entities[0] (and 1 more problem)'
    );
    const all = readPlanJson(JSON.stringify(e));
    expect(!all.ok && all.problems.map((p) => p.path)).toEqual([
      "entities[1].id",
      "programmes[1].entity",
    ]);
  });
  it("lists every problem, not only the first", () => {
    const d = doc();
    d.firstYear = "x";
    d.programmes[0].mission = "16";
    d.indicators[0].pareto = null;
    const r = readPlanJson(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([
      "firstYear",
      "programmes[0].mission",
      "indicators[0].pareto",
    ]);
    expect(r.reason.en).toMatch(/\(and 2 more problems\)$/);
    expect(r.reason.it).toMatch(/\(e altri 2 problemi\)$/);
  });
});

describe("readPlanJson: accepted documents", () => {
  it("a minimal plan: absent optional fields take their empty value, with one warning per field", () => {
    const text = JSON.stringify({
      format: "pira-plan",
      version: 1,
      title: "Minimo",
      firstYear: 2021,
      entities: [{ id: "e1", name: "CCIAA" }],
      programmes: [
        { id: "p1", entity: "e1", mission: "011", programme: "005", title: "" },
        { id: "p2", entity: "e1", mission: "012", programme: "004", title: "", objective: "x" },
      ],
      indicators: [
        { id: "i1", programme: "p1", name: "Imprese" },
        { id: "i2", programme: "p2", name: "Tempo medio", polarity: "lower" },
      ],
    });
    const r = readPlanJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.programmes[0]).toEqual({
      id: "p1",
      entity: "e1",
      mission: "011",
      programme: "005",
      title: "",
      strategicArea: null,
      strategicProgramme: null,
      objective: null,
      benefits: [],
      description: null,
      budget: null,
      responsible: null,
      stakeholders: null,
      phases: [],
    });
    expect(r.plan.programmes[1].objective).toBe("x");
    expect(r.plan.indicators[0]).toMatchObject({
      kind: "indicator",
      polarity: "higher",
      polarityInferred: true,
      actuals: {},
      targets: {},
      notes: [],
      pareto: false,
    });
    expect(r.plan.indicators[1]).toMatchObject({ polarity: "lower", polarityInferred: false });
    expect("performance" in r.plan.indicators[0]).toBe(false);
    const en = r.warnings.map((w) => w.en);
    expect(en).toContain(
      "programmes[0].strategicArea (and in 1 more): field absent, taken as null"
    );
    expect(en).toContain("programmes[0].objective: field absent, taken as null");
    expect(en).toContain('indicators[0].polarity: field absent, taken as "higher"');
    expect(en).toContain("indicators[0].actuals (and in 1 more): field absent, taken as {}");
    expect(en.some((w) => w.includes("polarityInferred"))).toBe(false);
    expect(r.warnings[0].it).toBe(
      "programmes[0].strategicArea (e in altri 1): campo assente, vale null"
    );
  });
  it("a $schema pointer is allowed and dropped", () => {
    const r = readPlanJson(JSON.stringify({ $schema: "../schema/plan.schema.json", ...doc() }));
    expect(r.ok && !("$schema" in r.plan)).toBe(true);
    expect(rejects({ $schema: 1, ...doc() })).toBe(
      "$schema: expected a text (the schema's address), found the number 1"
    );
  });
  it("does not keep the caller's objects: the plan read is a fresh copy", () => {
    const r1 = readPlanJson(writePlanJson(referencePlan()));
    const r2 = readPlanJson(writePlanJson(referencePlan()));
    expect(
      r1.ok && r2.ok && r1.plan !== r2.plan && r1.plan.indicators[0] !== r2.plan.indicators[0]
    ).toBe(true);
  });
});

describe("readPlanJson: the analyst's extra columns", () => {
  it("an optional extra record of texts on programmes and indicators, kept through a write and a read", () => {
    const d = doc();
    d.programmes[0].extra = { "Linea d'azione": "Digitale" };
    d.indicators[0].extra = { Peso: "30%", "Codice KPI": "K1" };
    const r = readPlanJson(JSON.stringify(d));
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.plan.programmes[0].extra).toEqual({ "Linea d'azione": "Digitale" });
    expect(r.plan.indicators[0].extra).toEqual({ Peso: "30%", "Codice KPI": "K1" });
    const again = readPlanJson(writePlanJson(r.plan));
    expect(again.ok && again.plan).toEqual(r.plan);
    // absent: stays absent (older files), with no warning about it
    expect(r.plan.indicators[1]?.extra).toBeUndefined();
    expect(r.warnings.map((w) => w.en).join(" ")).not.toMatch(/extra/);
  });

  it("an extra that is not texts is refused, naming the key", () => {
    const d = doc();
    d.indicators[0].extra = { Peso: 30 };
    expect(rejects(d)).toBe("indicators[0].extra.Peso: expected a text, found the number 30");
    d.indicators[0].extra = ["x"];
    expect(rejects(d)).toMatch(/^indicators\[0\]\.extra: expected an object/);
  });
});

describe("readPlanJson: a number its own text contradicts", () => {
  it("takes the text's reading, with a warning naming the place (a file from an older reader)", () => {
    const d = doc();
    const target = d.indicators[0].targets;
    const year = Object.keys(target)[0];
    // what an older reader stored for "2 947 171": the digits before the first space
    target[year] = { raw: "2 947 171", kind: "number", value: 2 };
    const r = readPlanJson(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators[0].targets[year]?.value).toBe(2947171);
    expect(r.warnings.map((w) => w.en)).toContainEqual(
      `indicators[0].targets.${year}.value: the number 2 is not what the text «2 947 171» says (2947171): the text is used`
    );
  });

  it("leaves a number that agrees with its text, and a number with no text, as they are", () => {
    const d = doc();
    const year = Object.keys(d.indicators[0].targets)[0];
    d.indicators[0].targets[year] = { raw: "98,47%", kind: "percent", value: 0.9847 };
    d.indicators[1].targets[year] = { raw: "", kind: "number", value: 12.5 };
    const r = readPlanJson(JSON.stringify(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators[0].targets[year]?.value).toBe(0.9847);
    expect(r.plan.indicators[1].targets[year]?.value).toBe(12.5);
    expect(r.warnings.some((w) => /is not what the text/.test(w.en))).toBe(false);
  });
});

describe("readPlanJson: days the calendar does not have", () => {
  it("refuses an actual keyed by 31 June, and a date value of 29 February 2021, naming the place", () => {
    const d = doc();
    d.indicators[0].actuals = { "2021-06-31": { raw: "5", kind: "number", value: 5 } };
    expect(rejects(d)).toContain("indicators[0].actuals.2021-06-31");
    const e = doc();
    const year = Object.keys(e.indicators[0].targets)[0];
    e.indicators[0].targets[year] = { raw: "29/02/2021", kind: "date", value: "2021-02-29" };
    expect(rejects(e)).toContain(`indicators[0].targets.${year}.value`);
  });

  it("accepts 29 February of a leap year", () => {
    const d = doc();
    d.indicators[0].actuals = { "2020-02-29": { raw: "5", kind: "number", value: 5 } };
    expect(readPlanJson(JSON.stringify(d)).ok).toBe(true);
  });
});

describe("readPlanJson keeps the parsed objects that are right (checkPlanJson's own data)", () => {
  /** Every object's keys in reverse order: nothing can be kept as it is. */
  function reversed(x: unknown): unknown {
    if (Array.isArray(x)) return x.map(reversed);
    if (x === null || typeof x !== "object") return x;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).reverse()) out[k] = reversed((x as Record<string, unknown>)[k]);
    return out;
  }
  /** The same text read by readPlanJson and by checkPlanJson on a copy: the same plan, key order included. */
  function same(text: string): void {
    const read = readPlanJson(text);
    const copied = checkPlanJson(JSON.parse(text));
    expect(read.ok).toBe(copied.ok);
    if (!read.ok || !copied.ok) return;
    expect(JSON.stringify(read.plan)).toBe(JSON.stringify(copied.plan));
    expect(read.plan).toEqual(copied.plan);
    expect(read.warnings).toEqual(copied.warnings);
  }
  it("in the writer's order, in reverse, with fields absent and a stale number", () => {
    const d = doc();
    same(JSON.stringify(d));
    same(JSON.stringify(reversed(d)));
    delete d.indicators[0].unit;
    delete d.indicators[1].polarity;
    delete d.indicators[1].polarityInferred;
    delete d.programmes[0].phases;
    d.indicators[2].targets[String(d.firstYear)] = { raw: "2 947 171", kind: "number", value: 2 };
    d.indicators[3].actuals = {
      ...d.indicators[3].actuals,
      "2020-06-30": { value: 5, kind: "number", raw: "5" },
    };
    d.$schema = "https://example.org/plan.schema.json";
    same(JSON.stringify(d));
  });
  it("keeps the parsed data's objects only for readPlanJson: checkPlanJson copies its caller's", () => {
    const d = doc();
    const r = checkPlanJson(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).not.toBe(d);
    expect(r.plan.indicators[0]).not.toBe(d.indicators[0]);
  });
});
