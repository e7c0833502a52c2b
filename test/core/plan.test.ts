import fc from "fast-check";
import {
  addIndicator,
  addProgramme,
  emptyPlan,
  entityId,
  indicatorId,
  newIndicator,
  newProgramme,
  programmeId,
  readPlanJson,
  slugify,
  uniqueId,
  writePlanJson,
} from "../../src/core/plan";
import type { Plan, PlanValue } from "../../src/core/plan/types";
import { readValue } from "../../src/core/values";
import { referencePlan } from "./plan.fixtures";

/** Plan JSON numbers stay within Excel's range (check.ts refuses the others). */
const EXCEL_LARGEST = 9.99999999999999e307;

describe("ids", () => {
  it("slugify drops accents, case, punctuation and Italian stop-words", () => {
    expect(slugify("Camera di Commercio di Prato")).toBe("camera-commercio-prato");
    expect(slugify("C.C.I.A.A. di Pistoia")).toBe("cciaa-pistoia");
    expect(slugify("CCIAA di Pistoia-Prato")).toBe("cciaa-pistoia-prato");
    expect(slugify("Città  d'Arte")).toBe("citta-arte");
    expect(slugify("Di")).toBe("di");
    expect(slugify("U.S.A e C.C.I.A.A.")).toBe("usa-cciaa");
    expect(slugify("—")).toBe("");
  });
  it("slugify keeps at most 30 characters, cut at a word boundary", () => {
    const s = slugify("Camera di Commercio Industria Artigianato e Agricoltura di Pistoia");
    expect(s).toBe("camera-commercio-industria");
    expect(s.length).toBeLessThanOrEqual(30);
    expect(slugify("a".repeat(40))).toBe("a".repeat(30));
  });
  it("entityId: slug, made unique; e<n> when the name has no letters", () => {
    expect(entityId("CCIAA di Prato")).toBe("cciaa-prato");
    expect(entityId("CCIAA di Prato", ["cciaa-prato"])).toBe("cciaa-prato-2");
    expect(entityId("CCIAA di Prato", ["cciaa-prato", "cciaa-prato-2"])).toBe("cciaa-prato-3");
    expect(entityId("***")).toBe("e1");
    expect(entityId("", ["e1", "e3"])).toBe("e2");
  });
  it("programmeId: <entity>-<mission>-<programme>[-n]", () => {
    expect(programmeId("prato", "011", "005")).toBe("prato-011-005");
    expect(programmeId("prato", "011", "005", ["prato-011-005"])).toBe("prato-011-005-2");
    expect(uniqueId("x", new Set(["x", "x-2"]))).toBe("x-3");
  });
  it("indicatorId: <programme>-i<n>, the first n free", () => {
    expect(indicatorId("prato-011-005")).toBe("prato-011-005-i1");
    expect(indicatorId("prato-011-005", ["prato-011-005-i1", "prato-011-005-i3"])).toBe(
      "prato-011-005-i2"
    );
  });
});

describe("emptyPlan", () => {
  it("makes a plan with entities and no records", () => {
    const p = emptyPlan({
      title: "PIRA 2021",
      firstYear: 2021,
      entities: ["CCIAA di Pistoia", "CCIAA di Prato"],
    });
    expect(p).toEqual({
      format: "pira-plan",
      version: 1,
      title: "PIRA 2021",
      firstYear: 2021,
      entities: [
        { id: "cciaa-pistoia", name: "CCIAA di Pistoia" },
        { id: "cciaa-prato", name: "CCIAA di Prato" },
      ],
      programmes: [],
      indicators: [],
    });
  });
  it("keeps chosen entity ids and makes the others unique", () => {
    const p = emptyPlan({
      title: "t",
      firstYear: 2021,
      entities: [
        { name: "A", id: "e1" },
        { name: "Prato" },
        { name: "Prato" },
        "",
        { name: "B", id: "e1" },
      ],
    });
    expect(p.entities.map((e) => e.id)).toEqual(["e1", "prato", "prato-2", "e2", "b"]);
  });
  it("creates catalogue programmes for every entity, a retired code as its replacement", () => {
    const p = emptyPlan({
      title: "t",
      firstYear: 2021,
      entities: ["Pistoia", "Prato"],
      programmes: ["011.005", "12.4", "032.004", "099.001"],
    });
    expect(p.programmes.map((x) => [x.id, x.title])).toEqual([
      ["pistoia-011-005", expect.stringMatching(/^Promozione e attuazione/)],
      ["pistoia-012-004", expect.stringMatching(/^Vigilanza sui mercati/)],
      ["pistoia-032-003", "Servizi e affari generali per le amministrazioni di competenza"],
      ["pistoia-099-001", ""],
      ["prato-011-005", expect.stringMatching(/^Promozione e attuazione/)],
      ["prato-012-004", expect.stringMatching(/^Vigilanza/)],
      ["prato-032-003", expect.any(String)],
      ["prato-099-001", ""],
    ]);
    expect(p.programmes[0]).toEqual(
      newProgramme({
        id: "pistoia-011-005",
        entity: "pistoia",
        mission: "011",
        programme: "005",
        title: p.programmes[0].title,
      })
    );
    expect(readPlanJson(writePlanJson(p))).toMatchObject({ ok: true, plan: p, warnings: [] });
  });
  it("throws on programming errors: bad year, bad code", () => {
    expect(() => emptyPlan({ title: "t", firstYear: 2020.5, entities: [] })).toThrow(RangeError);
    expect(() => emptyPlan({ title: "t", firstYear: 20, entities: [] })).toThrow(/firstYear/);
    expect(() =>
      emptyPlan({ title: "t", firstYear: 2021, entities: ["a"], programmes: ["11"] })
    ).toThrow(/"11" is not a programme code/);
  });
});

describe("new records", () => {
  it("newIndicator fills every field; polarity absent is inferred", () => {
    const i = newIndicator({ id: "x-i1", programme: "x", name: "N. imprese" });
    expect(i).toEqual({
      id: "x-i1",
      programme: "x",
      kind: "indicator",
      group: null,
      name: "N. imprese",
      formula: null,
      typology: null,
      unit: null,
      source: null,
      pareto: false,
      polarity: "higher",
      polarityInferred: true,
      actuals: {},
      targets: {},
      reportedPerformance: null,
      notes: [],
    });
    expect(
      newIndicator({ id: "a", programme: "x", name: "n", polarity: "lower" }).polarityInferred
    ).toBe(false);
    expect(newIndicator({ id: "a", programme: "x", name: "n", performance: 0.5 }).performance).toBe(
      0.5
    );
  });
  it("addProgramme / addIndicator give fresh ids", () => {
    const p = emptyPlan({ title: "t", firstYear: 2020, entities: ["Prato"] });
    const a = addProgramme(p, { entity: "prato", mission: "011", programme: "005" });
    const b = addProgramme(p, {
      entity: "prato",
      mission: "011",
      programme: "005",
      title: "La sede camerale",
    });
    expect([a.id, b.id]).toEqual(["prato-011-005", "prato-011-005-2"]);
    const i1 = addIndicator(p, { programme: b.id, name: "Eventi" });
    const i2 = addIndicator(p, { programme: b.id, name: "Visitatori" });
    expect([i1.id, i2.id]).toEqual(["prato-011-005-2-i1", "prato-011-005-2-i2"]);
    expect(p.indicators).toHaveLength(2);
    expect(readPlanJson(writePlanJson(p)).ok).toBe(true);
  });
});

describe("writePlanJson", () => {
  it("round trip: write then read gives the same plan, and the same text again", () => {
    const plan = referencePlan();
    const text = writePlanJson(plan);
    const back = readPlanJson(text);
    expect(back).toEqual({ ok: true, plan, warnings: [] });
    if (back.ok) expect(writePlanJson(back.plan)).toBe(text);
  });
  it("writes keys in the contract's order, whatever the order in memory", () => {
    const plan = referencePlan();
    const shuffled = JSON.parse(JSON.stringify(plan), function (this: unknown, _k, v) {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        return Object.fromEntries(Object.entries(v).reverse());
      }
      return v;
    }) as Plan;
    expect(Object.keys(shuffled)[0]).toBe("indicators");
    expect(writePlanJson(shuffled)).toBe(writePlanJson(plan));
    const text = writePlanJson(plan);
    expect(text.startsWith('{\n  "format": "pira-plan",\n  "version": 1,\n  "title": ')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc.programmes[0])).toEqual([
      "id",
      "entity",
      "mission",
      "programme",
      "title",
      "strategicArea",
      "strategicProgramme",
      "objective",
      "benefits",
      "description",
      "budget",
      "responsible",
      "stakeholders",
      "phases",
    ]);
    expect(Object.keys(doc.indicators[0])).toEqual([
      "id",
      "programme",
      "kind",
      "group",
      "name",
      "formula",
      "typology",
      "unit",
      "source",
      "pareto",
      "polarity",
      "polarityInferred",
      "actuals",
      "targets",
      "reportedPerformance",
      "notes",
    ]);
    expect(Object.keys(doc.indicators[2]).slice(-2)).toEqual(["performance", "outcome"]);
    expect(Object.keys(doc.indicators[0].actuals)).toEqual(["2020-09-30", "2020-12-31"]);
    expect(Object.keys(doc.indicators[3].targets)).toEqual(["2020", "2021", "2022", "triennium"]);
    expect(Object.keys(doc.indicators[1].actuals["2020-12-31"])).toEqual([
      "raw",
      "kind",
      "value",
      "annotation",
    ]);
    expect(Object.keys(doc.indicators[3].targets["2022"])).toEqual(["raw", "kind", "value", "of"]);
  });
  it("leaves out optional keys that are absent, writes null ones", () => {
    const doc = JSON.parse(writePlanJson(referencePlan()));
    expect("performance" in doc.indicators[0]).toBe(false);
    expect(doc.indicators[3].performance).toBeNull();
    expect("of" in doc.indicators[0].targets["2020"]).toBe(false);
  });
  it("round trip holds for generated plans (property)", () => {
    const text = fc.string({ maxLength: 12 });
    const textOrNull = fc.option(text, { nil: null });
    const value: fc.Arbitrary<PlanValue> = fc.oneof(
      fc
        .record({
          raw: text,
          kind: fc.constantFrom("number" as const, "percent" as const, "currency" as const),
          value: fc.double({ noNaN: true, min: -EXCEL_LARGEST, max: EXCEL_LARGEST }),
        })
        // a number its own text contradicts is refreshed from the text on reading (see plan.read)
        .filter((v) => {
          const r = readValue(v.raw);
          return !(r.ok && r.value.kind === v.kind && r.value.number !== null);
        }),
      fc.record({
        raw: text,
        kind: fc.constant("ratio" as const),
        value: fc.integer(),
        of: fc.integer(),
      }),
      fc.record({ raw: text, kind: fc.constant("yesno" as const), value: fc.boolean() }),
      fc.record({
        raw: text,
        kind: fc.constant("qualitative" as const),
        value: text,
        annotation: text,
      }),
      fc.record({
        raw: text,
        kind: fc.constantFrom("missing" as const, "text" as const),
        value: fc.constant(null),
      })
    );
    const plan = fc
      .record({
        title: text,
        firstYear: fc.integer({ min: 1900, max: 2100 }),
        names: fc.array(text, { minLength: 1, maxLength: 3 }),
        progs: fc.array(
          fc.record({
            m: fc.integer({ min: 1, max: 999 }),
            p: fc.integer({ min: 1, max: 999 }),
            title: text,
            objective: textOrNull,
            benefits: fc.array(text, { maxLength: 2 }),
          }),
          { maxLength: 4 }
        ),
        inds: fc.array(
          fc.record({
            name: text,
            unit: textOrNull,
            polarity: fc.constantFrom(
              "higher" as const,
              "lower" as const,
              "yesno" as const,
              "qualitative" as const
            ),
            target: value,
            actual: value,
            reported: fc.option(value, { nil: null }),
            performance: fc.option(
              fc.option(fc.double({ noNaN: true, min: -EXCEL_LARGEST, max: EXCEL_LARGEST }), {
                nil: null,
              }),
              { nil: undefined }
            ),
          }),
          { maxLength: 6 }
        ),
      })
      .map((r) => {
        const p = emptyPlan({ title: r.title, firstYear: r.firstYear, entities: r.names });
        if (r.progs.length === 0) return p;
        r.progs.forEach((x, k) =>
          addProgramme(p, {
            entity: p.entities[k % p.entities.length].id,
            mission: String(x.m).padStart(3, "0"),
            programme: String(x.p).padStart(3, "0"),
            title: x.title,
            objective: x.objective,
            benefits: x.benefits,
          })
        );
        r.inds.forEach((x, k) =>
          addIndicator(p, {
            programme: p.programmes[k % p.programmes.length].id,
            name: x.name,
            unit: x.unit,
            polarity: x.polarity,
            targets: { [String(r.firstYear)]: x.target },
            actuals: { [`${r.firstYear}-12-31`]: x.actual },
            reportedPerformance: x.reported,
            performance: x.performance,
          })
        );
        return p;
      });
    fc.assert(
      fc.property(plan, (p) => {
        const text1 = writePlanJson(p);
        const back = readPlanJson(text1);
        if (!back.ok) throw new Error(back.reason.en);
        expect(back.plan).toEqual(JSON.parse(JSON.stringify(p))); // -0 is written as 0
        expect(back.warnings).toEqual([]);
        expect(writePlanJson(back.plan)).toBe(text1);
      }),
      { numRuns: 200 }
    );
  });
});
