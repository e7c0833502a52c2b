/**
 * The importer's parts on small inputs: tokens, header words, labels, phases, the summary table,
 * landmarks, budgets.
 */
import {
  classifyHeader,
  findDate,
  isCaptionRow,
  readIndicatorHeader,
  readLabel,
} from "../../src/core/import/columns";
import {
  chamberName,
  readDocumentTitle,
  entityHeading,
  footnoteDefinition,
  missionMarker,
  programmeMarker,
} from "../../src/core/import/detect";
import {
  compact,
  htmlToParagraphs,
  isHeading,
  italicParts,
  stripTags,
  tokenise,
} from "../../src/core/import/lines";
import { readBudget } from "../../src/core/import/budget";
import { assignYears, isMarker } from "../../src/core/import/phases";
import { readSummaryCodeCell } from "../../src/core/import/summary";
import { importDocument } from "../../src/core/import";

const line = (text: string) => tokenise(text)[0];

describe("lines", () => {
  test("cells, tags, entities, odd spaces", () => {
    const l = line("<b>Budget</b>\t<b>€\u00a01.000</b> &amp; altro\t");
    expect(l.tabular).toBe(true);
    expect(l.cells.map((c) => c.text)).toEqual(["Budget", "€ 1.000 & altro", ""]);
    expect(stripTags("Grado di <i>auto finanziamento</i> dell'auditorium")).toBe(
      "Grado di auto finanziamento dell'auditorium"
    );
    expect(stripTags("a < b e c > d")).toBe("a < b e c > d");
    expect(compact("Tipologia indicator e")).toBe("tipologiaindicatore");
  });

  test("HTML paragraphs and lists to plain text", () => {
    expect(
      htmlToParagraphs(
        '<p>Uno <b>due</b>.</p> <p>Tre:</p> <ul style="x"> <li>- a</li> <li>- b</li> </ul> <p>Fine</p>'
      )
    ).toBe("Uno due.\n\nTre:\n\n- a\n- b\n\nFine");
    expect(htmlToParagraphs("testo senza tag")).toBe("testo senza tag");
  });

  test("italic parts are separate benefits", () => {
    expect(italicParts("<i>Uno</i>  <i>Due</i>")).toEqual(["Uno", "Due"]);
    expect(italicParts("Solo testo")).toEqual(["Solo testo"]);
    expect(italicParts("")).toEqual([]);
  });

  test("headings: Markdown, bold spans, whole-line bold", () => {
    expect(isHeading(line("## Riforma camerale"))).toBe(true);
    expect(isHeading(line("**La sede camerale**"))).toBe(true);
    expect(isHeading(line("Sostegno all'export delle PMI**"))).toBe(true);
    expect(isHeading(line("<b>Missione 011</b>"))).toBe(true);
    expect(isHeading(line("Testo normale."))).toBe(false);
    expect(isHeading(line("Area\tstrategica"))).toBe(false);
  });
});

describe("header words", () => {
  test("columns, typos included", () => {
    expect(classifyHeader("VALENZA INDICATORE")).toEqual({ kind: "name" });
    expect(classifyHeader("Indicator e")).toEqual({ kind: "name" });
    expect(classifyHeader("Tipologia indicator e")).toEqual({ kind: "typology" });
    expect(classifyHeader("CONSUNTIVO O AL 30.9.2020")).toEqual({
      kind: "actual",
      year: 2020,
      month: 9,
      day: 30,
    });
    expect(classifyHeader("CONSUNTIVO AL 31.12.2020")).toEqual({
      kind: "actual",
      year: 2020,
      month: 12,
      day: 31,
    });
    expect(classifyHeader("30/09/20")).toEqual({ kind: "actual", year: 2020, month: 9, day: 30 });
    expect(classifyHeader("Consuntivo 30.09.2020")).toEqual({
      kind: "actual",
      year: 2020,
      month: 9,
      day: 30,
    });
    expect(classifyHeader("Stato 2021")).toEqual({
      kind: "actual",
      year: 2021,
      month: 12,
      day: 31,
    });
    expect(classifyHeader("TARGET 2022")).toEqual({ kind: "target", year: 2022 });
    expect(classifyHeader("Target triennio")).toEqual({ kind: "triennium" });
    expect(classifyHeader("UDM")).toEqual({ kind: "unit" });
    expect(classifyHeader("unità di misura")).toEqual({ kind: "unit" });
    expect(classifyHeader("Fonte")).toEqual({ kind: "source" });
    expect(classifyHeader("Performance")).toEqual({ kind: "performance" });
    expect(classifyHeader("Indicatore di efficacia")).toBeNull();
    expect(classifyHeader("0,024 (n. 1 contenzioso su n. 41 dipendenti al 01.01.2020)")).toBeNull();
    expect(findDate("al 30.9.2020")).toEqual({ year: 2020, month: 9, day: 30 });
    expect(findDate("99.99.2020")).toBeNull();
  });

  test("a header needs a value column and a name or formula column", () => {
    expect(
      readIndicatorHeader(
        line(
          "Equilibrio economico\tIndicatore\tFormula\tConsuntivo 30.09.2020\tTarget 2020\tPerformance"
        )
      )
    ).not.toBeNull();
    expect(readIndicatorHeader(line("Indicatore\tFormula\tFonte"))).toBeNull();
    expect(
      readIndicatorHeader(
        line("\tRealizzazione fisica\tFormazione\tOre\tn.\t16\t16\t15\tn.d.\tn.d.\t100%")
      )
    ).toBeNull();
    expect(isCaptionRow(line("Stato di Salute Finanziaria\t\t\t\t\tPerformance"))).toBe(true);
    expect(isCaptionRow(line("Budget\t€ 30.000"))).toBe(false);
  });

  test("row labels and their spellings", () => {
    expect(readLabel("Centro di Responsabilità")).toBe("responsible");
    expect(readLabel("Responsabilità")).toBe("responsible");
    expect(readLabel("Budget mastro 8")).toBe("budget");
    expect(readLabel("Portatori d'interesse")).toBe("stakeholders");
    expect(readLabel("Portatori d’interesse")).toBe("stakeholders");
    expect(readLabel("Portatori di interesse")).toBe("stakeholders");
    expect(readLabel("Stakeholders")).toBe("stakeholders");
    expect(readLabel("Obiettivo")).toBe("objective");
    expect(readLabel("Indicatore di avanzamento")).toBe("progress");
    expect(readLabel("Budget utilizzato nell'anno")).toBeNull();
    expect(readLabel("Programma Strategico C.C.I.A.A. Prato")).toBeNull();
  });
});

describe("landmarks", () => {
  test("entity headings name a chamber; prose does not", () => {
    expect(
      entityHeading(
        line("## **IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI PISTOIA**")
      )
    ).toBe("C.C.I.A.A. DI PISTOIA");
    expect(entityHeading(line("# Camera di Commercio di Lucca"))).toBe(
      "Camera di Commercio di Lucca"
    );
    expect(
      entityHeading(line("## IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO"))
    ).toBeNull();
    expect(
      entityHeading(
        line(
          "Per la valorizzazione del PIRA 2020 dobbiamo far riferimento alla Camera di Commercio di Pistoia."
        )
      )
    ).toBeNull();
    expect(chamberName("CCIAA di Prato")).toBe("CCIAA di Prato");
  });

  test("mission and programme markers, list items excluded", () => {
    expect(missionMarker(line("<b>Missione 011</b>"))).toEqual({ code: "011", title: "" });
    expect(
      missionMarker(line('**Missione 11) "Competitività e sviluppo delle imprese"**  '))
    ).toEqual({
      code: "011",
      title: "Competitività e sviluppo delle imprese",
    });
    expect(
      missionMarker(line("- Missione 011 – “Competitività e sviluppo delle imprese”;"))
    ).toBeNull();
    expect(programmeMarker(line("<b>Programma 005</b>"))).toEqual({
      mission: null,
      code: "005",
      title: "",
    });
    expect(programmeMarker(line("Programma 011.005 – Promozione"))).toEqual({
      mission: "011",
      code: "005",
      title: "Promozione",
    });
    expect(programmeMarker(line("Programma Strategico"))).toBeNull();
  });

  test("footnote texts and the document title", () => {
    expect(footnoteDefinition(line("<sup>1</sup> Lo scostamento è dovuto"))).toEqual({
      mark: "1",
      text: "Lo scostamento è dovuto",
    });
    expect(footnoteDefinition(line("16% <sup>1</sup>"))).toBeNull();
    expect(
      readDocumentTitle(
        tokenise("\n\n**Piano degli indicatori  \ne  \ndei risultati attesi di bilancio**\n\ntesto")
      )
    ).toBe("Piano degli indicatori e dei risultati attesi di bilancio");
    expect(readDocumentTitle(tokenise("Solo prosa, senza titolo."))).toBeNull();
  });
});

describe("phases", () => {
  test("markers", () => {
    for (const m of ["▶", "▶▶▶", "▼", "↔", "←→", "X"]) expect(isMarker(m)).toBe(true);
    for (const m of ["Fase", "2020", "-", ""]) expect(isMarker(m)).toBe(false);
  });

  test("markers to years keep their order with the least misalignment", () => {
    const cols = [
      { col: 5, year: 2020 },
      { col: 6, year: 2021 },
      { col: 7, year: 2022 },
    ];
    expect(assignYears([5, 7, 9], cols)).toEqual({ years: [2020, 2021, 2022], exact: false });
    expect(assignYears([4, 6, 8], cols)).toEqual({ years: [2020, 2021, 2022], exact: false });
    expect(assignYears([5], cols)).toEqual({ years: [2020], exact: true });
    expect(assignYears([7], cols)).toEqual({ years: [2022], exact: true });
    expect(assignYears([1, 2, 3, 4], cols)).toEqual({ years: [2020], exact: false });
    expect(assignYears([5], [])).toEqual({ years: [], exact: false });
  });
});

describe("summary table and budgets", () => {
  test("code cells", () => {
    expect(readSummaryCodeCell("11 – Competitività e sviluppo delle imprese")).toEqual({
      code: "011",
      title: "Competitività e sviluppo delle imprese",
    });
    expect(readSummaryCodeCell("005 – Sostegno")).toEqual({ code: "005", title: "Sostegno" });
    expect(readSummaryCodeCell("32")).toEqual({ code: "032", title: "" });
    expect(readSummaryCodeCell("Salute finanziaria")).toBeNull();
  });

  test("budgets: amount and sentence", () => {
    expect(readBudget("€ 1.107.200,00 (cui si aggiungono)")).toEqual({
      raw: "€ 1.107.200,00 (cui si aggiungono)",
      amount: 1107200,
    });
    expect(readBudget("€ 30.000")).toEqual({ raw: "€ 30.000", amount: 30000 });
    expect(readBudget("30.000 euro")).toEqual({ raw: "30.000 euro", amount: 30000 });
    expect(readBudget("Attività realizzate con risorse interne")).toEqual({
      raw: "Attività realizzate con risorse interne",
      amount: null,
    });
  });
});

describe("small documents", () => {
  test("a Prato scheda with no summary table: mission from its heading, programme code to be set (warning)", () => {
    const doc = [
      "## Camera di Commercio di Siena",
      '**Missione 12) "Regolazione dei mercati"**',
      "## Arbitrato",
      "Area strategica\tMercato",
      "Programma\tArbitrato e conciliazione",
      "Indicatori\tTipologia\tIndicatore\tFormula\tUDM\t30/09/2024\tStato 2024\tTarget 2024\tTarget 2025\tTarget 2026\tPerformance",
      "\tOutput\tConciliazioni\tn. conciliazioni\tn.\t10\t20\t30\t30\t30\t67%",
    ].join("\n");
    const { plan, report } = importDocument(doc);
    expect(plan.firstYear).toBe(2024);
    expect(plan.programmes).toHaveLength(1);
    expect(plan.programmes[0]).toMatchObject({
      mission: "012",
      programme: "",
      strategicProgramme: "Arbitrato e conciliazione",
      title: "",
    });
    expect(report.diagnostics.map((d) => [d.code, d.field])).toEqual(
      expect.arrayContaining([
        ["PIRA-W908", "programme"],
        ["PIRA-W913", "title"],
      ])
    );
    expect(plan.indicators[0]).toMatchObject({
      name: "Conciliazioni",
      typology: "Output",
      unit: "n.",
    });
    expect(Object.keys(plan.indicators[0].actuals)).toEqual(["2024-09-30", "2024-12-31"]);
    expect(report.layouts).toEqual([{ entity: plan.entities[0].id, layout: "prato" }]);
  });

  test("a Pistoia table with no Missione / Programma block: a programme with no codes (warning)", () => {
    const doc =
      "VALENZA INDICATORE\tAlgoritmo di calcolo\tCONSUNTIVO AL 31.12.2021\tTARGET 2021\tTARGET 2022\tTARGET 2023\nIndicatore A\tA/B\t5\t4\t4\t4";
    const { plan, report } = importDocument(doc);
    expect(plan.entities.map((e) => e.name)).toEqual(["Ente"]);
    expect(plan.firstYear).toBe(2021);
    expect(plan.programmes[0]).toMatchObject({ mission: "", programme: "" });
    expect(report.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["PIRA-I901", "PIRA-W912", "PIRA-W907", "PIRA-W908"])
    );
    expect(plan.indicators[0].actuals).toEqual({
      "2021-12-31": { raw: "5", kind: "number", value: 5 },
    });
  });

  test("a title from the catalogue when the block writes none", () => {
    const { plan, report } = importDocument(
      "Missione 012\nProgramma 004\n\nVALENZA INDICATORE\tCONSUNTIVO AL 31.12.2020\tTARGET 2020\nX\t1\t2"
    );
    // the line after "Programma 004" is blank and then a table: no title written
    expect(plan.programmes[0].title).toBe(
      "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"
    );
    expect(report.diagnostics.some((d) => d.code === "PIRA-I904" && d.field === "title")).toBe(
      true
    );
  });

  test("table cells outside any table go to the report; prose does not", () => {
    const { plan, report } = importDocument("Un paragrafo introduttivo.\n\nA\tB\n");
    expect(plan.programmes).toEqual([]);
    expect(report.notUnderstood.map((n) => [n.line, n.text, n.reason.en])).toEqual([
      [3, "A", "cell outside any recognised table"],
      [3, "B", "cell outside any recognised table"],
    ]);
  });

  test("empty text: an empty plan with a warning about the year", () => {
    const { plan, report } = importDocument("");
    expect(plan.entities).toEqual([]);
    expect(plan.title).toBe("PIRA");
    expect(report.diagnostics.map((d) => d.code)).toEqual(["PIRA-W909"]);
  });
});
