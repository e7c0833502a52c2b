/**
 * Each rule: a case that triggers it and a close case that must not. Plans start clean
 * (validation-helpers) and break one thing at a time.
 */
import { newIndicator, newProgramme } from "../../src/core/plan";
import { RULES, validatePlan } from "../../src/core/validation";
import {
  AS_OF,
  codes,
  fillProgramme,
  fullIndicator,
  onePlan,
  v,
  values,
} from "./validation-helpers";

const run = (plan: ReturnType<typeof onePlan>, options = {}) =>
  validatePlan(plan, { asOf: AS_OF, ...options });

/** Diagnostics of one code. */
const only = (plan: ReturnType<typeof onePlan>, code: string, options = {}) =>
  run(plan, options).diagnostics.filter((d) => d.code === code);

describe("the base plan of these tests is clean", () => {
  it("no diagnostics but the budget total", () => {
    expect(codes(onePlan())).toEqual([]);
  });
});

describe("rules table", () => {
  it("codes are unique, well formed, severity by letter, titles in both languages", () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^PIRA-[EWI]0\d\d$/);
      expect(r.severity).toBe({ E: "error", W: "warning", I: "info" }[r.code[5]]);
      expect(r.title.it).not.toBe("");
      expect(r.title.en).not.toBe("");
    }
  });

  it("does not collide with the importer (9xx) or the workbook (X0xx)", () => {
    for (const r of RULES) {
      expect(r.code).not.toMatch(/^PIRA-[EWI]9/);
      expect(r.code).not.toMatch(/^PIRA-X/);
    }
  });
});

describe("completeness (DPCM 18/9/2012 art. 3)", () => {
  it("E001 a programme without indicators; not once it has one", () => {
    const plan = onePlan((_i, _p, pl) => {
      pl.programmes.push(
        newProgramme({ id: "extra", entity: pl.entities[0].id, mission: "012", programme: "004" })
      );
      fillProgramme(pl.programmes[1]);
      pl.programmes[1].title =
        "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori";
    });
    expect(only(plan, "PIRA-E001")).toEqual([
      expect.objectContaining({ programme: "extra", indicator: null, field: "indicators" }),
    ]);
    fullIndicator(plan, "extra");
    expect(codes(plan)).toEqual([]);
  });

  it("W002 no centro di responsabilità (blank counts as none); not when stated", () => {
    expect(codes(onePlan((_i, p) => (p.responsible = "  ")))).toEqual(["PIRA-W002"]);
    expect(codes(onePlan((_i, p) => (p.responsible = "Dirigente")))).toEqual([]);
  });

  it("W003 no objective nor benefits; benefits alone are objectives enough", () => {
    expect(
      codes(
        onePlan((_i, p) => {
          p.objective = null;
          p.benefits = [];
        })
      )
    ).toEqual(["PIRA-W003"]);
    expect(codes(onePlan((_i, p) => (p.objective = null)))).toEqual([]);
  });

  it("E004 an indicator without a name", () => {
    expect(codes(onePlan((i) => (i.name = " ")))).toContain("PIRA-E004");
    expect(codes(onePlan((i) => (i.name = "X")))).toEqual([]);
  });

  it.each([
    ["formula", "PIRA-W005"],
    ["typology", "PIRA-W006"],
    ["unit", "PIRA-W007"],
    ["source", "PIRA-W008"],
  ] as const)("%s missing → %s on the indicator's field", (field, code) => {
    const plan = onePlan((i) => (i[field] = null));
    const d = only(plan, code);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ indicator: plan.indicators[0].id, field });
    expect(codes(plan)).toEqual([code]);
  });

  it("a progress indicator needs a formula but no typology, unit or source", () => {
    const progress = (formula: string | null) =>
      onePlan((i, p, pl) => {
        pl.indicators.push(
          newIndicator({
            id: "progress",
            programme: p.id,
            kind: "progress",
            name: "Avanzamento",
            formula,
            actuals: values({ "2020-09-30": "35" }),
            targets: values({ triennium: "390" }),
          })
        );
      });
    expect(codes(progress("n. eventi realizzati"))).toEqual([]);
    expect(codes(progress(null))).toEqual(["PIRA-W005"]);
  });

  it("one missing field across a whole programme is one diagnostic, across an entity one too", () => {
    const plan = onePlan((i, p, pl) => {
      fullIndicator(pl, p.id, { name: "Secondo" });
      fullIndicator(pl, p.id, { name: "Terzo" });
      for (const ind of pl.indicators) ind.source = null;
    });
    expect(only(plan, "PIRA-W008")).toEqual([
      expect.objectContaining({
        programme: plan.programmes[0].id,
        indicator: null,
        field: "source",
      }),
    ]);
    expect(only(plan, "PIRA-W008")[0].message.it).toContain(
      "Nessuno dei 3 indicatori del programma"
    );

    // a second programme of the same entity, also without sources: one diagnostic for the entity
    const p2 = newProgramme({
      id: "p2",
      entity: plan.entities[0].id,
      mission: "011",
      programme: "005",
      title: plan.programmes[0].title,
    });
    fillProgramme(p2);
    plan.programmes.push(p2);
    fullIndicator(plan, "p2", { name: "Quarto", source: null });
    expect(only(plan, "PIRA-W008")).toEqual([
      expect.objectContaining({ entity: plan.entities[0].id, programme: null, indicator: null }),
    ]);

    // one indicator with its source: the others are listed one by one
    plan.indicators[1].source = "Oracle";
    expect(only(plan, "PIRA-W008").map((d) => d.indicator)).toEqual([
      plan.indicators[0].id,
      plan.indicators[2].id,
      plan.indicators[3].id,
    ]);
  });

  it("E009 no target for the first year (absent or n.d.); not when set", () => {
    expect(codes(onePlan((i) => delete i.targets["2020"]))).toEqual(["PIRA-E009"]);
    const nd = only(
      onePlan((i) => (i.targets["2020"] = v("n.d."))),
      "PIRA-E009"
    );
    expect(nd).toEqual([expect.objectContaining({ field: "targets.2020" })]);
    expect(nd[0].message.it).toContain("«n.d.»");
  });

  it("E009 a progress indicator needs its triennium (or first-year) target", () => {
    const progress = (targets: Record<string, string>) =>
      onePlan((_i, p, pl) => {
        pl.indicators.push(
          newIndicator({
            id: "progress",
            programme: p.id,
            kind: "progress",
            name: "Avanzamento",
            formula: "n. eventi",
            actuals: values({ "2020-09-30": "35" }),
            targets: values(targets),
          })
        );
      });
    expect(codes(progress({}))).toEqual(["PIRA-E009"]);
    expect(codes(progress({ triennium: "390" }))).toEqual([]);
    expect(codes(progress({ "2020": "130" }))).toEqual([]);
  });

  it("W010 targets of the later years missing, listed in one diagnostic", () => {
    const plan = onePlan((i) => {
      i.targets["2021"] = v("n.d.");
      delete i.targets["2022"];
    });
    const d = only(plan, "PIRA-W010");
    expect(d).toEqual([expect.objectContaining({ field: "targets.2021" })]);
    expect(d[0].message.it).toContain("mancano i target 2021, 2022");
    expect(codes(onePlan((i) => delete i.targets["2022"]))).toEqual(["PIRA-W010"]);
    expect(codes(onePlan((i) => (i.targets.triennium = v("330"))))).toEqual([]);
  });

  it("W011 no actual once the year is closed; not before; not with only the 30/09 column", () => {
    const none = onePlan((i) => (i.actuals = {}));
    expect(only(none, "PIRA-W011")).toEqual([
      expect.objectContaining({ field: "actuals.2020-12-31" }),
    ]);
    expect(codes(none, { asOf: "2020-12-30" })).toEqual([]);
    const blank = onePlan((i) => (i.actuals["2020-12-31"] = v("")));
    expect(codes(blank)).toEqual(["PIRA-W011"]);
    // a table with only the 30/09 column (Salute finanziaria): that one is the basis
    const interim = onePlan((i) => {
      delete i.actuals["2020-12-31"];
      i.actuals["2020-09-30"] = v("110");
    });
    expect(codes(interim)).toEqual([]);
    // "n.d." is an answer: the achievement rules ask for its note (W052), not W011
    expect(codes(onePlan((i) => (i.actuals["2020-12-31"] = v("n.d."))))).toEqual(["PIRA-W052"]);
  });
});

describe("catalogue", () => {
  const withCodes = (mission: string, programme: string, title?: string) =>
    onePlan((_i, p) => {
      p.mission = mission;
      p.programme = programme;
      if (title !== undefined) p.title = title;
    });

  it("E020 a mission not in the catalogue (or missing)", () => {
    expect(codes(withCodes("099", "001"))).toEqual(["PIRA-E020"]);
    expect(only(withCodes("", ""), "PIRA-E020")[0].message.it).toContain(
      "manca il codice della missione"
    );
  });

  it("E021 a programme not in its mission; E022 when it exists under another mission", () => {
    expect(codes(withCodes("011", "009"))).toEqual(["PIRA-E021"]);
    const wrong = only(withCodes("011", "004"), "PIRA-E022");
    expect(wrong).toEqual([expect.objectContaining({ field: "mission" })]);
    expect(wrong[0].message.it).toContain("missione 012");
    expect(
      codes(
        withCodes(
          "012",
          "004",
          "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"
        )
      )
    ).toEqual([]);
  });

  it("W023 the retired code 032.004, with 032.003 as the fix", () => {
    const d = only(
      withCodes("032", "004", "Servizi e affari generali per le amministrazioni di competenza"),
      "PIRA-W023"
    );
    expect(d).toEqual([expect.objectContaining({ field: "programme" })]);
    expect(d[0].message.it).toContain("032.003");
    expect(
      codes(
        withCodes("032", "003", "Servizi e affari generali per le amministrazioni di competenza")
      )
    ).toEqual([]);
  });

  it("W025 the 011.005 title before 2015, and 032.004's title under 032.003", () => {
    const old = only(
      withCodes(
        "011",
        "005",
        "Regolamentazione, incentivazione dei settori imprenditoriali, riassetti industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà industriale"
      ),
      "PIRA-W025"
    );
    expect(old).toEqual([expect.objectContaining({ field: "title" })]);
    expect(old[0].message.it).toContain("Promozione e attuazione di politiche di sviluppo");
    const moved = only(
      withCodes(
        "032",
        "003",
        "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche"
      ),
      "PIRA-W025"
    );
    expect(moved[0].message.en).toContain("032.004");
  });

  it("W024 a title that is another one (or none); I026 a loose spelling; the official title is clean", () => {
    expect(codes(withCodes("011", "005", "Anagrafe e servizi di regolazione"))).toEqual([
      "PIRA-W024",
    ]);
    expect(codes(withCodes("011", "005", ""))).toEqual(["PIRA-W024"]);
    expect(
      codes(
        withCodes(
          "011",
          "005",
          "Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo"
        )
      )
    ).toEqual(["PIRA-I026"]);
    expect(
      codes(
        withCodes(
          "011",
          "005",
          "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo"
        )
      )
    ).toEqual([]);
  });
});

describe("consistency: values against their unit", () => {
  it("W030 a bare number under a percent unit; not with %, not zero, not under n.", () => {
    const bare = only(
      onePlan((i) => {
        i.unit = "Percentuale";
        i.actuals = values({ "2020-09-30": "98,60", "2020-12-31": "99%" });
        i.targets = values({ "2020": "100%", "2021": "100%", "2022": "100%" });
      }),
      "PIRA-W030"
    );
    expect(bare).toEqual([expect.objectContaining({ field: "actuals.2020-09-30" })]);
    expect(bare[0].message.it).toContain("«98,60» (consuntivo al 30/09/2020)");
    expect(bare[0].message.it).toContain("«98,60%»");
    const fine = (a: string) =>
      codes(
        onePlan((i) => {
          i.unit = "%";
          i.actuals = values({ "2020-09-30": a, "2020-12-31": "99%" });
          i.targets = values({ "2020": "100%", "2021": "100%", "2022": "100%" });
        })
      );
    expect(fine("98,60%")).toEqual([]);
    expect(fine("0")).toEqual([]);
    // a row written all in bare points is consistent; a bare number ≤ 1 may be a fraction
    const allBare = (a: string, t: string) =>
      codes(
        onePlan((i) => {
          i.unit = "Percentuale";
          i.name = "Equilibrio economico della gestione corrente";
          i.formula = "Oneri correnti / Proventi correnti";
          i.polarity = "lower";
          i.actuals = values({ "2020-09-30": a, "2020-12-31": a });
          i.targets = values({ "2020": t, "2021": t, "2022": t });
        })
      );
    expect(allBare("118", "120")).toEqual([]);
    expect(allBare("0,85", "0,9")).toEqual(["PIRA-W030"]);
    expect(codes(onePlan((i) => (i.actuals["2020-09-30"] = v("98,60"))))).toEqual([]);
  });

  it("W031 a quantity under a yes/no unit; not sì/no words", () => {
    const yesNo = (actual: string, target: string) =>
      onePlan((i) => {
        i.unit = "si/no";
        i.polarity = actual === "1" ? "higher" : "yesno";
        i.actuals = values({ "2020-09-30": actual, "2020-12-31": actual });
        i.targets = values({ "2020": target, "2021": target, "2022": target });
      });
    expect(codes(yesNo("1", "1"))).toEqual(["PIRA-W031"]);
    expect(codes(yesNo("sì", "si"))).toEqual([]);
  });

  it("W032 a word under a numeric unit; not under a unit the rules do not judge", () => {
    const rating = (unit: string) =>
      onePlan((i) => {
        i.unit = unit;
        i.polarity = "qualitative";
        i.actuals = values({ "2020-09-30": "buono", "2020-12-31": "buono" });
        i.targets = values({ "2020": "buono", "2021": "buono", "2022": "buono" });
      });
    expect(codes(rating("n."))).toEqual(["PIRA-W032"]);
    expect(codes(rating("giudizio"))).toEqual([]);
  });

  it("W033 a percentage under a count unit; not a number", () => {
    expect(codes(onePlan((i) => (i.targets["2022"] = v("50%"))))).toEqual(["PIRA-W033"]);
    expect(codes(onePlan((i) => (i.targets["2022"] = v("50"))))).toEqual([]);
  });

  it("E034 text that is not a value, reported performance included", () => {
    const d = only(
      onePlan((i) => (i.targets["2021"] = v("circa dieci"))),
      "PIRA-E034"
    );
    expect(d).toEqual([expect.objectContaining({ field: "targets.2021" })]);
    expect(codes(onePlan((i) => (i.reportedPerformance = v("tutto"))))).toEqual(["PIRA-E034"]);
    expect(codes(onePlan((i) => (i.targets["2021"] = v("10"))))).toEqual([]);
  });

  it("E034 gives the reader's reason: digits after a number, an unclear magnitude, no such date", () => {
    const first = (text: string) =>
      only(
        onePlan((i) => (i.targets["2021"] = v(text))),
        "PIRA-E034"
      )[0].message;
    expect(first("12 34").it).toContain("altre cifre dopo il numero");
    expect(first("12 34").en).toContain("more digits after the number");
    expect(first("1,2 mil.").it).toContain("ordine di grandezza «mil.» non chiaro");
    expect(first("31/02/2021").en).toContain("the date 31/02/2021 does not exist");
    // the general list only once
    expect(first("circa dieci").it.match(/atteso un numero/g)).toBeNull();
  });
});

describe("consistency: targets, polarity, range, annotated ratios", () => {
  const percentTargets = (a: string, b: string, c: string) =>
    onePlan((i) => {
      i.unit = "Percentuale";
      i.name = "Livello di qualità delle conciliazioni gestite";
      i.formula = "Procedure concluse con esito positivo / Totale procedure concluse";
      i.actuals = values({ "2020-09-30": "38%", "2020-12-31": "50%" });
      i.targets = values({ "2020": a, "2021": b, "2022": c });
    });

  it("W035 a 0% between two 50%; not 0% at the end, not a dip", () => {
    const d = only(percentTargets("50%", "0%", "50%"), "PIRA-W035");
    expect(d).toEqual([expect.objectContaining({ field: "targets.2021" })]);
    expect(codes(percentTargets("50%", "50%", "0%"))).toEqual([]);
    expect(codes(percentTargets("50%", "40%", "50%"))).toEqual([]);
  });

  it("I036 a declared polarity the name speaks against; not when it agrees or nothing points", () => {
    const declared = (name: string, polarity: "higher" | "lower") =>
      onePlan((i) => {
        i.name = name;
        i.formula = "Giorni di lavorazione / Pratiche";
        i.unit = "giorni";
        i.polarity = polarity;
        i.polarityInferred = false;
        i.actuals = values({ "2020-09-30": "2", "2020-12-31": "2" });
        i.targets = values({ "2020": "3", "2021": "3", "2022": "3" });
      });
    expect(codes(declared("Tempo medio di lavorazione delle pratiche", "higher"))).toEqual([
      "PIRA-W051",
      "PIRA-I036",
    ]);
    expect(codes(declared("Tempo medio di lavorazione delle pratiche", "lower"))).toEqual([]);
    // inferred polarities are the inference: nothing to compare
    const inferred = declared("Tempo medio di lavorazione delle pratiche", "lower");
    inferred.indicators[0].polarityInferred = true;
    expect(codes(inferred)).toEqual([]);
  });

  it("W037 a yes/no polarity over quantities; not over sì/no", () => {
    expect(codes(onePlan((i) => (i.polarity = "yesno")))).toContain("PIRA-W037");
    const yes = onePlan((i) => {
      i.unit = "si/no";
      i.polarity = "yesno";
      i.actuals = values({ "2020-12-31": "si" });
      i.targets = values({ "2020": "si", "2021": "si", "2022": "si" });
    });
    expect(codes(yes)).toEqual([]);
  });

  it("W038 a share above 100%; not a ratio of different things, not 100%", () => {
    const share = (formula: string, actual: string, name = "Copertura") =>
      onePlan((i) => {
        i.name = name;
        i.formula = formula;
        i.unit = "%";
        i.actuals = values({ "2020-09-30": "60%", "2020-12-31": actual });
        i.targets = values({ "2020": "90%", "2021": "90%", "2022": "90%" });
      });
    const d = only(share("Risorse utilizzate / Risorse a budget", "120%"), "PIRA-W038");
    expect(d).toEqual([expect.objectContaining({ field: "actuals.2020-12-31" })]);
    expect(codes(share("Oneri correnti / Proventi correnti", "120%"))).toEqual([]);
    expect(codes(share("Risorse utilizzate / Risorse a budget", "100%"))).toEqual([]);
    expect(
      codes(
        share(
          "Costi per interventi / Interventi previsti",
          "130%",
          "Grado di utilizzo delle risorse"
        )
      )
    ).toEqual(["PIRA-W038"]);
    // bare numbers under a percent unit are percentage points: 118 is 118%
    const points = share(
      "N° procedure concluse con esito positivo/Totale procedure concluse",
      "118"
    );
    expect(codes(points)).toEqual(["PIRA-W030", "PIRA-W038"]);
  });

  it("W039 an annotated ratio that disagrees with the value; rounding and truncation are fine", () => {
    const annotated = (text: string, unit = "Percentuale") =>
      onePlan((i) => {
        i.name = "Giorni medi di presenza al lavoro";
        i.formula = "Giornate di presenza / Giornate lavorative";
        i.unit = unit;
        i.actuals = values({ "2020-09-30": "76,44%", "2020-12-31": text });
        i.targets = values({ "2020": "75%", "2021": "75%", "2022": "75%" });
        i.notes = ["Valori annotati con il loro calcolo."];
      });
    expect(codes(annotated("76,07% (194/255)"))).toEqual([]); // 76,078…: truncated
    expect(codes(annotated("76,08% (194/255)"))).toEqual([]); // rounded
    expect(codes(annotated("76% (194/255)"))).toEqual([]);
    const d = only(annotated("79,07% (194/255)"), "PIRA-W039");
    expect(d).toEqual([expect.objectContaining({ field: "actuals.2020-12-31" })]);
    expect(d[0].message.it).toContain("194/255 = 76,08%");
    expect(codes(annotated("=91/28008 0,32% - 3,2 ogni 1.000 imprese"))).toEqual([]);
    expect(codes(annotated("=91/28008 0,42% - 3,2 ogni 1.000 imprese"))).toEqual(["PIRA-W039"]);
    // "x su y" in words, against a bare fraction (or points)
    const ratio = (text: string) =>
      onePlan((i) => {
        i.unit = "n.";
        i.polarity = "lower";
        i.actuals = values({ "2020-12-31": text });
        i.targets = values({ "2020": "0,03", "2021": "0,03", "2022": "0,03" });
      });
    expect(codes(ratio("0,024 (n. 1 contenzioso su n. 41 dipendenti al 01.01.2020)"))).toEqual([]);
    expect(codes(ratio("0,012 (n. 1 contenzioso su n. 41 dipendenti)"))).toEqual(["PIRA-W039"]);
    // a date is not a ratio
    expect(codes(ratio("0,02 (al 30/09/2020)"))).toEqual([]);
  });
});

describe("achievement", () => {
  const reported = (actual: string, target: string, performance: string, notes: string[] = []) =>
    onePlan((i) => {
      i.unit = target.endsWith("%") ? "%" : "n.";
      i.actuals = values({ "2020-09-30": actual, "2020-12-31": actual });
      i.targets = values({ "2020": target, "2021": target, "2022": target });
      i.reportedPerformance = v(performance);
      i.notes = notes;
    });
  const note = ["Motivazione dello scostamento."];

  it("E050 a reported figure the rule does not give; rounding (half-up or down) is not a difference", () => {
    const d = only(reported("10%", "50%", "21%", note), "PIRA-E050");
    expect(d).toEqual([expect.objectContaining({ field: "reportedPerformance" })]);
    expect(d[0].message.it).toContain("risulta 20%");
    expect(codes(reported("10%", "50%", "20%", note))).toEqual([]);
    expect(codes(reported("4.428", "15.500", "29%", note))).toEqual([]); // 28,57 → 29
    expect(codes(reported("4.428", "15.500", "28%", note))).toEqual([]); // truncated
    expect(codes(reported("30%", "80%", "38%", note))).toEqual([]); // 37,5 → 38
    expect(only(reported("2.947.171", "3.200.000", "100%"), "PIRA-E050")[0].message.en).toContain(
      "give 92%"
    );
  });

  it("E050 compares a reported figure with decimals at its own precision, and says so at that precision", () => {
    // an objectives/KPI export: ">= 60" against 56 reported "93,33%"
    expect(codes(reported("56", ">= 60", "93,33%", note))).toEqual([]);
    expect(codes(reported("56", ">= 60", "93,34%", note))).toEqual([]); // rounded from 93,333… up: one unit
    const d = only(reported("56", ">= 60", "93,00%", note), "PIRA-E050");
    expect(d[0].message.it).toContain("risulta 93,33%");
    // "93,30%" is written to two decimals: 93,333… is 0,03 points away, more than one unit
    expect(codes(reported("56", ">= 60", "93,30%", note))).toEqual(["PIRA-E050"]);
    expect(codes(reported("56", ">= 60", "93,3%", note))).toEqual([]);
    // a comparison target reported as met
    expect(codes(reported("4", "<= 5 gg", "100%", note))).toEqual([]);
    expect(codes(reported("61", "≥ 60", "100,00%", note))).toEqual([]);
  });

  it("E050 a figure reported where the achievement cannot be computed; not n.d. for n.d.", () => {
    expect(codes(reported("n.d.", "80%", "100%", note))).toEqual(["PIRA-E050"]);
    expect(codes(reported("n.d.", "80%", "n.d.", note))).toEqual([]);
  });

  it("W051 an actual below the achieved band with no note; not with a note, not within the band, not before the year end", () => {
    const d = only(reported("30%", "80%", "38%"), "PIRA-W051");
    expect(d).toEqual([expect.objectContaining({ field: "notes" })]);
    expect(d[0].message.it).toContain("raggiungimento 38%");
    expect(codes(reported("30%", "80%", "38%", note))).toEqual([]);
    expect(codes(reported("88%", "90%", "98%"))).toEqual([]); // 97,8%: raggiunto
    expect(codes(reported("30%", "80%", "38%"), { asOf: "2020-11-30" })).toEqual([]);
    // the body's own bands decide what a deviation is
    expect(codes(reported("88%", "90%", "98%"), { thresholds: { low: 0.8, high: 0.99 } })).toEqual([
      "PIRA-W051",
    ]);
  });

  it("W051 a yes/no not achieved", () => {
    const no = onePlan((i) => {
      i.unit = "si/no";
      i.polarity = "yesno";
      i.actuals = values({ "2020-12-31": "no" });
      i.targets = values({ "2020": "si", "2021": "si", "2022": "si" });
    });
    expect(codes(no)).toEqual(["PIRA-W051"]);
  });

  it("W052 an n.d. actual no note explains; not with a note", () => {
    const nd = (notes: string[]) =>
      onePlan((i) => {
        i.actuals["2020-12-31"] = v("N.D.");
        i.notes = notes;
      });
    expect(only(nd([]), "PIRA-W052")[0].message.it).toContain("«N.D.»");
    expect(codes(nd(["Dato disponibile dopo l'approvazione del bilancio."]))).toEqual([]);
  });

  it("W053 values no rule can compare; not two ratings of one scale", () => {
    const rating = (actual: string) =>
      onePlan((i) => {
        i.unit = "giudizio";
        i.polarity = "qualitative";
        i.actuals = values({ "2020-12-31": actual });
        i.targets = values({ "2020": "buono", "2021": "buono", "2022": "buono" });
      });
    expect(codes(rating("alto"))).toEqual(["PIRA-W053"]);
    expect(codes(rating("ottimo"))).toEqual([]);
  });
});

describe("budget", () => {
  it("W060 an amount that cannot be read; not a sentence", () => {
    expect(codes(onePlan((_i, p) => (p.budget = { raw: "€ 12.3OO,00", amount: null })))).toEqual([
      "PIRA-W060",
    ]);
    expect(
      codes(
        onePlan(
          (_i, p) => (p.budget = { raw: "Attività realizzate con risorse interne", amount: null })
        )
      )
    ).toEqual([]);
  });

  it("W061 financial realisation indicators without a budget; not with one", () => {
    const financial = (budget: boolean) =>
      onePlan((i, p) => {
        i.typology = "Realizzazione finanziaria";
        if (!budget) p.budget = { raw: "Attività realizzate con risorse interne", amount: null };
      });
    expect(codes(financial(false))).toEqual(["PIRA-W061"]);
    expect(codes(financial(true))).toEqual([]);
  });

  it("W062 an amount that disagrees with its text", () => {
    expect(codes(onePlan((_i, p) => (p.budget = { raw: "€ 30.000", amount: 3000 })))).toEqual([
      "PIRA-W062",
    ]);
    expect(codes(onePlan((_i, p) => (p.budget = { raw: "€ 30.000", amount: 30000 })))).toEqual([]);
  });

  it("I063 the total per entity, with the programmes that have no amount", () => {
    const plan = onePlan((_i, p, pl) => {
      const p2 = newProgramme({ ...p, id: "p2", budget: { raw: "risorse interne", amount: null } });
      pl.programmes.push(p2);
      fullIndicator(pl, "p2", { name: "Altro" });
    });
    const d = only(plan, "PIRA-I063");
    expect(d).toHaveLength(1);
    expect(d[0].message.it).toBe(
      "Budget dell'ente «Camera di Prova»: € 10.000,00 su 1 programma; 1 programma senza importo."
    );
  });
});

describe("duplicates", () => {
  it("W070 the same indicator twice in a programme; not in two programmes", () => {
    const twice = onePlan((i, p, pl) => fullIndicator(pl, p.id));
    expect(only(twice, "PIRA-W070")).toEqual([
      expect.objectContaining({ indicator: twice.indicators[1].id, field: "name" }),
    ]);
    const apart = onePlan((_i, p, pl) => {
      pl.programmes.push(newProgramme({ ...p, id: "p2" }));
      fullIndicator(pl, "p2");
    });
    expect(codes(apart)).toEqual([]);
  });

  it("W071 one name, two formulas in an entity; not the same formula written differently", () => {
    const other = (formula: string, entity?: string) =>
      onePlan((_i, p, pl) => {
        if (entity) pl.entities.push({ id: entity, name: entity });
        pl.programmes.push(newProgramme({ ...p, id: "p2", entity: entity ?? p.entity }));
        fullIndicator(pl, "p2", { formula });
      });
    expect(codes(other("Ore di formazione svolte dall'export promoter"))).toEqual(["PIRA-W071"]);
    // Prato's "Grado di utilizzazione risorse a budget" in every scheda: spacing, case, "Numero di"
    expect(codes(other("n.ro imprese partecipanti"))).toEqual([]);
    expect(codes(other("NUMERO DI  IMPRESE PARTECIPANTI"))).toEqual([]);
    // another entity may use the name for another measure
    expect(codes(other("Ore di formazione svolte dall'export promoter", "altra-camera"))).toEqual(
      []
    );
  });

  it("the reference document's shared indicator is not a defect", () => {
    const plan = onePlan((i, p, pl) => {
      i.name = "Grado di utilizzazione risorse a budget";
      i.formula = "Risorse utilizzate / Risorse a budget";
      i.unit = "%";
      i.actuals = values({ "2020-12-31": "100%" });
      i.targets = values({ "2020": "80%", "2021": "80%", "2022": "80%" });
      for (const id of ["p2", "p3"]) {
        pl.programmes.push(newProgramme({ ...p, id }));
        const { id: _id, programme: _p, ...fields } = i;
        fullIndicator(pl, id, { ...fields, formula: "risorse utilizzate /risorse a budget" });
      }
    });
    expect(codes(plan)).toEqual([]);
  });
});

describe("options", () => {
  const broken = () =>
    onePlan((i) => {
      i.source = null;
      i.reportedPerformance = v("21%");
      i.actuals["2020-12-31"] = v("10");
      i.targets["2020"] = v("50");
    });

  it("rules switch off by code (with or without the prefix) or by family, in Italian or English", () => {
    expect(codes(broken())).toEqual(["PIRA-E050", "PIRA-W008", "PIRA-W051"]);
    expect(codes(broken(), { disabledRules: ["PIRA-W008"] })).toEqual(["PIRA-E050", "PIRA-W051"]);
    expect(codes(broken(), { disabledRules: ["w051", "E050"] })).toEqual(["PIRA-W008"]);
    expect(codes(broken(), { disabledRules: ["achievement"] })).toEqual(["PIRA-W008"]);
    expect(codes(broken(), { disabledRules: ["Completezza", "raggiungimento"] })).toEqual([]);
  });

  it("I080 an entry that is neither a code nor a family; importer and workbook codes are fine", () => {
    const d = run(onePlan(), { disabledRules: ["W99x", "PIRA-X007", "PIRA-I902"] }).diagnostics;
    expect(d.map((x) => x.code)).toEqual(["PIRA-I080", "PIRA-I063"]);
    expect(d[0]).toMatchObject({ entity: null, field: "disabledRules" });
    expect(d[0].message.it).toContain("«W99x»");
  });

  it("locations: an indicator's own place, else its programme's, else its entity's", () => {
    const plan = broken();
    const ind = plan.indicators[0];
    const r = run(plan, {
      locations: {
        [ind.id]: { sheet: "Indicatori", cell: "A2" },
        [ind.programme]: { line: 58 },
        [plan.entities[0].id]: { sheet: "Piano", cell: "D2" },
      },
    });
    const by = (code: string) => r.diagnostics.find((d) => d.code === code);
    expect(by("PIRA-E050")).toMatchObject({ sheet: "Indicatori", cell: "A2", line: null });
    expect(by("PIRA-I063")).toMatchObject({ sheet: "Piano", cell: "D2", line: null });
    plan.indicators.push({ ...ind, id: "i2", name: "Altro", source: "x" });
    const r2 = run(plan, { locations: { [ind.programme]: { line: 58 } } });
    expect(r2.diagnostics.find((d) => d.indicator === "i2")).toMatchObject({
      line: 58,
      sheet: null,
    });
  });

  it("asOf must be an ISO date", () => {
    expect(() => validatePlan(onePlan(), { asOf: "31/12/2020" })).toThrow(RangeError);
  });

  it("errors first, then warnings, then information; plan order within each", () => {
    const d = run(broken()).diagnostics.map((x) => x.severity);
    expect(d).toEqual(["error", "warning", "warning", "info"]);
  });
});
