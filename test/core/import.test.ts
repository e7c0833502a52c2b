/**
 * The importer on the reference document (shared/seed): two chambers, both layouts.
 */
import { importDocument } from "../../src/core/import";
import type { Indicator, Plan, Programme } from "../../src/core/plan/types";
import { allStrings, referenceText } from "./import-helpers";

const { plan, report } = importDocument(referenceText());

const byLine = (line: number): Indicator => {
  const id = Object.keys(report.sources).find(
    (k) => report.sources[k].line === line && plan.indicators.some((i) => i.id === k)
  );
  const ind = plan.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator from line ${line}`);
  return ind;
};
const programmeOf = (ind: Indicator): Programme =>
  plan.programmes.find((p) => p.id === ind.programme)!;
const indicatorsOf = (p: Programme): Indicator[] =>
  plan.indicators.filter((i) => i.programme === p.id);
const raws = (values: Record<string, { raw: string }>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.raw]));
const scheda = (strategic: string): Programme => {
  const p = plan.programmes.find((x) => x.strategicProgramme === strategic);
  if (!p) throw new Error(`no scheda ${strategic}`);
  return p;
};

describe("reference document: structure", () => {
  test("title, first year, two entities in two layouts", () => {
    expect(plan.format).toBe("pira-plan");
    expect(plan.version).toBe(1);
    expect(plan.title).toBe("Piano degli indicatori e dei risultati attesi di bilancio");
    expect(plan.firstYear).toBe(2020);
    expect(plan.entities.map((e) => e.name)).toEqual([
      "C.C.I.A.A. DI PISTOIA",
      "C.C.I.A.A. DI PRATO",
    ]);
    expect(report.layouts).toEqual([
      { entity: plan.entities[0].id, layout: "pistoia" },
      { entity: plan.entities[1].id, layout: "prato" },
    ]);
    expect(report.counts).toEqual({
      entities: 2,
      programmes: 14,
      indicators: 87,
      notUnderstood: 7,
    });
  });

  test("Pistoia: four programme blocks with their codes, titles as written, indicators", () => {
    const pistoia = plan.programmes.filter((p) => p.entity === plan.entities[0].id);
    expect(
      pistoia.map((p) => [
        p.mission,
        p.programme,
        p.title.slice(0, 40),
        indicatorsOf(p).length,
        indicatorsOf(p).every((i) => i.kind === "indicator"),
      ])
    ).toEqual([
      ["011", "005", "Regolazione, incentivazione dei settori ", 2, true],
      ["012", "004", "Vigilanza sui mercati e sui prodotti, pr", 7, true],
      ["016", "005", "Sostegno all'internazionalizzazione dell", 3, true],
      ["032", "003", "Servizi generali, formativi ed approvvig", 7, true],
    ]);
  });

  test("Prato: ten schede (Salute finanziaria included), codes from the headings and the summary table", () => {
    const prato = plan.programmes.filter((p) => p.entity === plan.entities[1].id);
    expect(
      prato.map((p) => {
        const inds = indicatorsOf(p);
        return [
          p.strategicProgramme,
          `${p.mission}.${p.programme}`,
          inds.filter((i) => i.kind === "indicator").length,
          inds.filter((i) => i.kind === "progress").length,
        ];
      })
    ).toEqual([
      ["La sede camerale: uno spazio aperto per la città", "011.005", 6, 1],
      ["Promozione della cultura imprenditoriale - Punto Impresa Digitale", "011.005", 5, 1],
      ["La valorizzazione del patrimonio culturale e del turismo", "011.005", 5, 1],
      ["Servizi di Orientamento al Lavoro", "012.004", 6, 1],
      ["Semplificazione Amministrativa", "012.004", 6, 1],
      ["Organismo di composizione delle crisi - OCRI", "012.004", 5, 1],
      ["Sostegno all'export delle PMI", "016.005", 4, 1],
      ["Salute finanziaria dell'ente", "032.003", 12, 0],
      ["Riforma Camerale", "032.003", 6, 1],
      ["Prevenzione della corruzione", "032.003", 4, 1],
    ]);
    // the programme title is the one the summary table writes, as written
    expect(scheda("Semplificazione Amministrativa").title).toBe(
      "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"
    );
    expect(scheda("La sede camerale: uno spazio aperto per la città").title).toBe(
      "Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo"
    );
    expect(scheda("Sostegno all'export delle PMI").title).toBe(
      "Sostegno all'internazionalizzazione delle imprese"
    );
  });

  test("ids are unique and every reference resolves; sources point to document lines", () => {
    const ids = [...plan.entities, ...plan.programmes, ...plan.indicators].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of plan.programmes)
      expect(plan.entities.some((e) => e.id === p.entity)).toBe(true);
    for (const i of plan.indicators)
      expect(plan.programmes.some((p) => p.id === i.programme)).toBe(true);
    for (const x of [...plan.programmes, ...plan.indicators])
      expect(report.sources[x.id]).toBeDefined();
    expect(report.sources[plan.programmes[0].id]).toEqual({ line: 58 });
    expect(report.sources[scheda("Riforma Camerale").id]).toEqual({ line: 345 });
    expect(byLine(85).name).toBe(
      "Grado di utilizzo delle risorse dedicate all'orientamento al lavoro e alle professioni"
    );
  });
});

describe("reference document: Pistoia blocks", () => {
  const [p1, p2, p3, p4] = plan.programmes;

  test("benefits (italic lines, continuation lines, two on one line)", () => {
    expect(p1.benefits).toEqual([
      "Coinvolgimento di nuove imprese nelle iniziative sostegno alla competitività d'impresa",
      "Promozione dell'alternanza scuola-lavoro",
      "Sostegno al Credito",
    ]);
    expect(p3.benefits).toHaveLength(2);
    expect(p4.benefits).toHaveLength(5);
    expect(p4.benefits[4]).toBe(
      "Maggior conoscenza, misurazione e controllo dei processi camerali e individuazione delle aree di miglioramento"
    );
  });

  test("budget: amount with the rest of the sentence kept, or a sentence alone", () => {
    expect(p1.budget).toEqual({
      raw: "€ 1.107.200,00 (cui si aggiungono le risorse che fanno carico agli ordinari stanziamenti di bilancio per spese di funzionamento e personale)",
      amount: 1107200,
    });
    expect(p2.budget?.amount).toBe(98850);
    expect(p3.budget?.amount).toBe(667550);
    expect(p4.budget).toEqual({
      raw: "Le risorse di competenza fanno carico agli ordinari stanziamenti di bilancio per spese di funzionamento e personale",
      amount: null,
    });
  });

  test("responsible and stakeholders under their three spellings", () => {
    expect(p1.responsible).toBe("Segretario generale / Dirigente sede distaccata di Pistoia");
    expect(p1.stakeholders).toBe("Imprese; sistema scolastico");
    expect(p3.stakeholders).toBe("Imprese");
    expect(p4.stakeholders).toBe("Imprese e utenti");
  });

  test("10-column rows: every field, raw values as written", () => {
    const i = byLine(69);
    expect(i).toMatchObject({
      kind: "indicator",
      group: null,
      name: "Grado di utilizzo delle risorse dedicate al sostegno della competitività del territorio",
      formula:
        "Risorse complessive rendicontate sul PROGETTO NAZIONALE PUNTO IMPRESA DIGITALE/Risorse complessive destinate al PROGETTO NAZIONALE PUNTO IMPRESA DIGITALE",
      typology: "Indicatore di efficacia della spesa",
      unit: "Percentuale",
      source: "Oracle",
      pareto: false,
      reportedPerformance: null,
      notes: [],
    });
    expect(raws(i.actuals)).toEqual({ "2020-09-30": "98,60", "2020-12-31": "99%" });
    expect(raws(i.targets)).toEqual({ "2020": "100%", "2021": "100%", "2022": "100%" });
    expect(i.actuals["2020-09-30"]).toEqual({ raw: "98,60", kind: "number", value: 98.6 });

    expect(raws(byLine(86).actuals)).toEqual({
      "2020-09-30": "=91/28008 0,32% - 3,2 ogni 1.000 imprese",
      "2020-12-31": "0,56",
    });
    expect(raws(byLine(136).actuals)).toEqual({
      "2020-09-30": "0",
      "2020-12-31": "0,024 (n. 1 contenzioso su n. 41 dipendenti al 01.01.2020)",
    });
    expect(byLine(136).source).toBeNull(); // the Fonte cell is empty
    expect(raws(byLine(137).actuals)).toEqual({
      "2020-09-30": "76,44%",
      "2020-12-31": "76,07% (194/255)",
    });
    expect(raws(byLine(137).targets)).toEqual({ "2020": "77", "2021": "77", "2022": "77" });
    expect(byLine(110).actuals["2020-12-31"]).toEqual({
      raw: "N.D.",
      kind: "missing",
      value: null,
    });
    expect(raws(byLine(94).actuals)).toEqual({ "2020-09-30": "-28,76", "2020-12-31": "-25,31" });
    // typo'd header "Indicator e" is still the typology column; the cell is kept as written
    expect(byLine(94).typology).toBe("Indicator e di qualità erogata");
  });

  test("rows after a footnote and a blank line stay in their table", () => {
    expect(programmeOf(byLine(93)).id).toBe(p2.id);
    expect(programmeOf(byLine(136)).id).toBe(p4.id);
  });

  test("footnotes become notes of the indicator they mark; the marker leaves the value", () => {
    const a = byLine(85);
    expect(a.actuals["2020-12-31"]).toEqual({ raw: "16%", kind: "percent", value: 0.16 });
    expect(a.notes).toEqual([
      "Lo scostamento è dovuto al ridotto accesso da parte delle imprese agli specifici bandi emanati a valere sul progetto per le difficoltà connesse al protrarsi dell'emergenza Covid-19",
    ]);
    const b = byLine(109);
    expect(b.actuals["2020-12-31"].raw).toBe("63%");
    expect(b.notes).toHaveLength(1);
    expect(b.notes[0]).toMatch(/^Lo scostamento è dovuto al rinvio all'anno 2021/);
    expect(plan.indicators.filter((i) => i.notes.length > 0)).toHaveLength(2);
  });

  test("(INDICATORE PARETO) sets pareto and leaves the name; (INDICATORE) alone is kept", () => {
    const pareto = plan.indicators.filter((i) => i.pareto);
    expect(pareto.map((i) => report.sources[i.id].line)).toEqual([86, 93, 94, 133, 134, 136, 137]);
    expect(byLine(133).name).toBe("Incidenza oneri di personale su oneri correnti");
    expect(byLine(139).name).toBe(
      "Interventi economici di promozione per impresa attiva (INDICATORE)"
    );
    expect(plan.indicators.some((i) => /pareto/i.test(i.name))).toBe(false);
  });
});

describe("reference document: Prato schede", () => {
  test("scheda fields: area, programme, responsible, budget, objective without its prefix, stakeholders", () => {
    const s = scheda("La sede camerale: uno spazio aperto per la città");
    expect(s).toMatchObject({
      strategicArea: "Destinazione Prato",
      responsible: "Segretario Generale",
      budget: { raw: "€ 30.000", amount: 30000 },
      objective: "aumentare l'attrattività del territorio",
      stakeholders: "Imprese, Consumatori, Cittadini e loro Associazioni",
      benefits: [],
    });
    expect(scheda("Semplificazione Amministrativa")).toMatchObject({
      responsible: "Segretario Generale", // "Responsabilità" label
      budget: { raw: "€ 170.757,80", amount: 170757.8 },
      objective: "la semplificazione amministrativa",
      stakeholders: "Imprese, Consumatori, Cittadini e loro Associazioni", // <b>Stakeholder</b>, value two cells on
    });
    expect(scheda("Organismo di composizione delle crisi - OCRI").budget).toEqual({
      raw: "Attività realizzate con risorse interne",
      amount: null,
    });
    // "Stakeholder" shifted one column right inside the Indicatori table (line 201)
    expect(
      scheda("Promozione della cultura imprenditoriale - Punto Impresa Digitale").stakeholders
    ).toBe("Imprese, Consumatori, Cittadini e loro Associazioni");
  });

  test("descrizione: HTML paragraphs to plain text, continuation lines kept", () => {
    const orient = scheda("Servizi di Orientamento al Lavoro").description!;
    const paras = orient.split("\n\n");
    expect(paras).toHaveLength(3);
    expect(paras[1]).toBe(
      'Tali attività sono state inserite nell\'ambito delle attività previste dal Fondo Perequativo 2017 - 2018 n. 110 "Orientamento domanda - offerta di lavoro"'
    );
    expect(paras[2]).toMatch(/^Nel contempo sarà posta particolare attenzione/);
    const pid = scheda(
      "Promozione della cultura imprenditoriale - Punto Impresa Digitale"
    ).description!;
    expect(pid.split("\n\n")).toHaveLength(6);
    expect(pid).not.toMatch(/<\/?p>/);
    const exp = scheda("Sostegno all'export delle PMI").description!;
    expect(exp).toContain(
      "- rafforzare la presenza all'estero delle imprese già attive sui mercati globali\n- individuare, formare e avviare all'export le PMI attualmente operanti solo sul mercato domestico"
    );
    expect(scheda("Semplificazione Amministrativa").description).toContain(
      "Valorizzazione del patrimonio informativo del Registro Imprese: L'impegno"
    );
  });

  test("progress indicators: Indicatore | Formula | 30/09 | Target triennio, columns shifted or not", () => {
    const progress = plan.indicators.filter((i) => i.kind === "progress");
    expect(progress).toHaveLength(9);
    const sede = byLine(168);
    expect(sede).toMatchObject({
      kind: "progress",
      name: "Grado di realizzazione eventi",
      formula: "n. eventi realizzati e/o ospitati nella nuova sede",
    });
    expect(raws(sede.actuals)).toEqual({ "2020-09-30": "35" });
    expect(raws(sede.targets)).toEqual({ triennium: "390" });
    expect(raws(byLine(210).actuals)).toEqual({ "2020-09-30": "no" });
    expect(raws(byLine(210).targets)).toEqual({ triennium: "si" });
    expect(raws(byLine(259).actuals)).toEqual({ "2020-09-30": "88%" });
    expect(raws(byLine(306).targets)).toEqual({ triennium: "5" });
    // header "30/09/20"
    expect(raws(byLine(372).actuals)).toEqual({ "2020-09-30": "si" });
    expect(byLine(284).actuals["2020-09-30"].kind).toBe("missing");
  });

  test("11-column Indicatori rows: typology, unit, both actuals, three targets, reported performance", () => {
    const i = byLine(174);
    expect(i).toMatchObject({
      kind: "indicator",
      typology: "Realizzazione fisica",
      name: "Attrattività eventi realizzati",
      formula: "n. partecipanti ad eventi realizzati presso la sede camerale",
      unit: "n.",
      source: null,
    });
    expect(raws(i.actuals)).toEqual({ "2020-09-30": "3.960", "2020-12-31": "4.428" });
    expect(raws(i.targets)).toEqual({ "2020": "15.500", "2021": "15.500", "2022": "15.500" });
    expect(i.reportedPerformance).toEqual({ raw: "29%", kind: "percent", value: 0.29 });
    expect(byLine(179).name).toBe("Grado di auto finanziamento dell'auditorium");
    expect(raws(byLine(218).actuals)).toEqual({ "2020-09-30": "4 su 8", "2020-12-31": "8 su 8" });
    expect(byLine(218).actuals["2020-12-31"]).toEqual({
      raw: "8 su 8",
      kind: "ratio",
      value: 8,
      of: 8,
    });
    expect(byLine(246).targets["2020"]).toEqual({
      raw: "buono",
      kind: "qualitative",
      value: "buono",
    });
    expect(raws(byLine(273).actuals)).toEqual({ "2020-09-30": "74%", "2020-12-31": "n.d." });
    expect(byLine(273).reportedPerformance?.raw).toBe("n.d.");
    expect(raws(byLine(360).actuals)).toEqual({
      "2020-09-30": "realizzato",
      "2020-12-31": "realizzato",
    });
    expect(byLine(360).targets["2020"].raw).toBe("realizzazione");
    expect(byLine(362).typology).toBe("Realizzazione finanziaria dell'intero progetto");
    expect(raws(byLine(383).targets)).toEqual({
      "2020": "realizzazione",
      "2021": "realizzazione",
      "2022": "realizzazione",
    });
    expect(byLine(271).actuals["2020-09-30"]).toEqual({ raw: "sì", kind: "yesno", value: true });
  });

  test("phases: names and the years their markers sit under, best effort on misaligned markers", () => {
    const years = (s: string): [string, number[]][] =>
      scheda(s).phases.map((p) => [p.name, p.years]);
    expect(years("La sede camerale: uno spazio aperto per la città")).toEqual([
      ["Spazi nuova sede: Utilizzo spazi sede camerale", [2020, 2021, 2022]],
    ]);
    expect(years("Promozione della cultura imprenditoriale - Punto Impresa Digitale")).toEqual([
      ["Attività di informazione e formazione da parte della CCIAA", [2020]],
      ["Realizzazione di iniziative specifiche", [2020]], // row shifted left (line 194)
    ]);
    expect(years("Servizi di Orientamento al Lavoro")[1]).toEqual([
      "Realizzazione di iniziative specifiche",
      [2020, 2021, 2022],
    ]);
    expect(years("Semplificazione Amministrativa").map((p) => p[1])).toEqual([
      [2019, 2020, 2021],
      [2019, 2020, 2021],
      [2019, 2020, 2021],
    ]);
    // "Fasi" header shifted right (line 287)
    expect(years("Organismo di composizione delle crisi - OCRI")).toEqual([
      ["Attività di formazione", [2020]],
      ["Realizzazione di iniziative di promozione del servizio", [2020, 2022]],
    ]);
    expect(years("Riforma Camerale").map((p) => p[1])).toEqual([[2019], [2019]]);
    expect(years("Prevenzione della corruzione").map((p) => p[1])).toEqual([
      [2020, 2021, 2022],
      [2020, 2021, 2022],
      [2020, 2021, 2022],
    ]);
    const ambiguous = report.diagnostics.filter((d) => d.code === "PIRA-I902");
    expect(
      ambiguous.every((d) => d.severity === "info" && d.field === "phases" && d.line !== null)
    ).toBe(true);
    expect(ambiguous.map((d) => d.line)).toEqual(
      expect.arrayContaining([172, 194, 240, 376, 377, 378])
    );
  });
});

describe("reference document: Salute finanziaria", () => {
  const salute = scheda("Salute finanziaria dell'ente");
  const inds = indicatorsOf(salute);

  test("a scheda of sub-tables, the Condizioni paragraph as its description", () => {
    expect(salute.description).toMatch(/^A seguito della conversione del D\.L\. 90\/2014/);
    expect([...new Set(inds.map((i) => i.group))]).toEqual([
      "Equilibrio economico",
      "Proventi",
      "Costi",
      "Patrimonio",
      "Indebitamento",
    ]);
    expect(inds.map((i) => i.group).filter((g) => g === "Costi")).toHaveLength(3);
  });

  test("units written as value prefixes; only the 30.09 actual; target of the first year; reported performance", () => {
    expect(
      inds.map((i) => [
        i.name,
        i.unit,
        i.actuals["2020-09-30"].raw,
        i.targets["2020"].raw,
        i.reportedPerformance?.raw,
      ])
    ).toEqual([
      ["Solidità finanziaria", "%", "% 6,4", "6,8", "94%"],
      ["Valore aggiunto dalla Camera", "euro", "€ 4.278.724", "4.000.000", "100%"],
      ["Livello trasformazione ricavi in valore aggiunto", "%", "% 52%", "65%", "80%"],
      ["Valore della produzione", "euro", "€ 3.155.497", "4.960.084", "64%"],
      ["Proventi finanziari", "%", "% 64,21%", "22,04%", "100%"],
      ["Costi di struttura", "euro", "€ 3.736.109", "4.602.285", "100%"],
      [
        "Costi di funzionamento servizi-anagrafico certificativi e servizi di regolazione del mercato e tutela del consumatore",
        "euro",
        "€ 304.433",
        "524.572",
        "100%",
      ],
      [
        "Costi di funzionamento servizi di promozione e sviluppo dell'economia",
        "euro",
        "€ 49.833",
        "88.877",
        "100%",
      ],
      ["Valore delle immobilizzazioni materiali", "euro", "€ 24.899.007", "24.800.000", "100%"],
      ["Valore delle immobilizzazioni finanziarie", "euro", "€ 4.474.120", "5.400.000", "100%"],
      ["Indice di struttura", "n.", "n. 0,82", "0,86", "100%"],
      ["Indebitamento", "euro", "€ 0", "0", "100%"],
    ]);
    for (const i of inds) {
      expect(Object.keys(i.actuals)).toEqual(["2020-09-30"]);
      expect(Object.keys(i.targets)).toEqual(["2020"]);
    }
    expect(inds[0].actuals["2020-09-30"]).toEqual({ raw: "% 6,4", kind: "percent", value: 0.064 });
    expect(inds[1].actuals["2020-09-30"]).toEqual({
      raw: "€ 4.278.724",
      kind: "currency",
      value: 4278724,
    });
  });

  test("polarity inferred: costs lower, others higher", () => {
    expect(inds.find((i) => i.name === "Costi di struttura")?.polarity).toBe("lower");
    expect(inds.find((i) => i.name === "Valore della produzione")?.polarity).toBe("higher");
  });
});

describe("reference document: polarity and the report", () => {
  test("every polarity is inferred, by name, unit and values", () => {
    expect(plan.indicators.every((i) => i.polarityInferred)).toBe(true);
    expect(byLine(94).polarity).toBe("lower"); // Tempestività … giorni
    expect(byLine(93).polarity).toBe("lower"); // Tempo medio … giorni
    expect(byLine(221).polarity).toBe("yesno");
    expect(byLine(246).polarity).toBe("qualitative");
    expect(byLine(174).polarity).toBe("higher");
  });

  test("not understood: only stray chart text and the Salute finanziaria caption, each with its reason", () => {
    expect(report.notUnderstood.map((n) => [n.line, n.text, n.reason.en])).toEqual([
      // line 210: the bar chart's scale, written as cells after "Target triennio"
      [210, "0,00%", "chart text"],
      [210, "25,00%", "chart text"],
      [210, "50,00%", "chart text"],
      [210, "75,00%", "chart text"],
      [210, "100,00%", "chart text"],
      // line 259: the chart's description
      [
        259,
        "A horizontal bar chart with a scale from 0,0% to 100,0% in 25% increments. A blue bar represents the current progress at 88%, which is slightly below the 90% target line.",
        "chart text",
      ],
      // line 323: the table's caption; the scheda is named by its heading "Salute finanziaria dell'ente"
      [323, "Stato di Salute Finanziaria", "table caption (not data)"],
    ]);
    for (const n of report.notUnderstood) expect(n.reason.it).not.toBe("");
  });

  test("no warnings or errors on the reference document; diagnostics carry every key", () => {
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    for (const d of report.diagnostics) {
      expect(Object.keys(d).sort()).toEqual([
        "code",
        "entity",
        "field",
        "indicator",
        "line",
        "message",
        "programme",
        "severity",
      ]);
      expect(d.message.it).not.toBe("");
      expect(d.message.en).not.toBe("");
    }
  });

  test("nothing lost: every non-empty table cell is in the plan or in the report", () => {
    const stored = allStrings(plan).join("\n");
    const reported = report.notUnderstood.map((n) => n.text).join("\n");
    const headerWords =
      /^(VALENZA INDICATORE|Algoritmo di calcolo|CONSUNTIVO( O)? AL .*|TARGET \d{4}|Target \d{4}|Target triennio|Tipologia indicator ?e|unità di misura|Unità di misura|Fonte|Indicatori|Indicatore|Indicatore di avanzamento|Formula|UDM|\d\d\/\d\d\/\d\d(\d\d)?|Stato \d{4}|Consuntivo 30\.09\.\d{4}|Performance|Tipologia|Fasi|Fase|Missione|Programma|Programma Strategico.*|Area strategica|Centro di Responsabilità|Centro di responsabilità|Responsabilità|Budget( mastro 8)?|Obiettivo|Descrizione|Condizioni|Stakeholders?|Benefici Attesi|Portatori d'interesse|Portatori di interesse)$/;
    const lost: string[] = [];
    referenceText()
      .split("\n")
      .forEach((line, i) => {
        if (!line.includes("\t")) return;
        // two italic benefits in one cell are two benefits
        for (const rawCell of line.split(/\t|<\/i>\s*<i>/)) {
          const cell = rawCell
            .replace(/<sup>\s*\d+\s*<\/sup>/g, "")
            .replace(/<[^>]+>/g, "")
            .replace(/\s+/g, " ")
            .trim();
          if (cell === "" || headerWords.test(cell)) continue;
          if (/^(\d{4}|[▶▼↔←→]+)$/.test(cell)) continue; // phase years and markers: in phases[].years
          if (/^\d{1,3} – /.test(cell)) {
            // summary table code cells: the code is the programmes' mission / programme, the title (programmes) as written
            const code = cell.split(" ")[0].padStart(3, "0");
            expect(plan.programmes.some((p) => p.mission === code || p.programme === code)).toBe(
              true
            );
            continue;
          }
          const words = cell
            .replace(/^Obiettivo:\s*/, "")
            .split(/\s+/)
            .slice(0, 6)
            .join(" ");
          if (!stored.includes(words) && !reported.includes(words)) lost.push(`${i + 1}: ${cell}`);
        }
      });
    // summary table strategic cells hold several scheda names run together: checked by the codes test above
    expect(lost.filter((l) => !/^(150|151|154|155|156): /.test(l))).toEqual([]);
  });
});

/** Kept for readers of the report: the plan round-trips through JSON unchanged. */
test("the plan is plain JSON", () => {
  expect(JSON.parse(JSON.stringify(plan)) as Plan).toEqual(plan);
});
