/**
 * Generalisation: variants generated from the reference document import with the same structure.
 */
import { importDocument } from "../../src/core/import";
import type { Plan } from "../../src/core/plan/types";
import {
  lineRange,
  otherValues,
  referenceText,
  reorder,
  shape,
  shiftYears,
  withCrlf,
  withNbsp,
  withoutTags,
  type ProgrammeShape,
} from "./import-helpers";

const text = referenceText();
const reference = importDocument(text);
const refShape = shape(reference.plan);
const named = (plan: Plan): (Omit<ProgrammeShape, "entity"> & { entityName: string })[] =>
  shape(plan).map(({ entity, ...s }) => ({ ...s, entityName: plan.entities[entity].name }));
const sortKey = (s: Omit<ProgrammeShape, "entity"> & { entityName: string }): string =>
  `${s.entityName}|${s.code}|${s.strategicProgramme}|${s.indicators}|${s.groups}`;
const sorted = (plan: Plan): (Omit<ProgrammeShape, "entity"> & { entityName: string })[] =>
  named(plan).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
const find = (plan: Plan, name: string) => plan.indicators.find((i) => i.name === name)!;

test("the reference shape is what the reference tests describe", () => {
  expect(refShape).toHaveLength(14);
  expect(refShape.reduce((n, s) => n + s.indicators + s.progress, 0)).toBe(87);
});

describe("same document, other bytes", () => {
  test("Windows line endings: the same plan and report", () => {
    const r = importDocument(withCrlf(text));
    expect(r.plan).toEqual(reference.plan);
    expect(r.report).toEqual(reference.report);
  });

  test("non-breaking spaces everywhere: the same plan", () => {
    const r = importDocument(withNbsp(text));
    expect(r.plan).toEqual(reference.plan);
    expect(r.report.notUnderstood).toEqual(reference.report.notUnderstood);
  });

  test("old Mac line endings (CR) and a byte-order mark", () => {
    const r = importDocument("\ufeff" + text.replace(/\n/g, "\r"));
    expect(shape(r.plan)).toEqual(refShape);
  });
});

describe("other years", () => {
  const shifted = shiftYears(text, 3);
  const r = importDocument(shifted);

  test("2023-2025 instead of 2020-2022: same structure, first year read from the headers", () => {
    expect(shape(r.plan)).toEqual(refShape);
    expect(r.plan.firstYear).toBe(2023);
    for (const i of r.plan.indicators) {
      for (const k of Object.keys(i.actuals)) expect(["2023-09-30", "2023-12-31"]).toContain(k);
      for (const k of Object.keys(i.targets))
        expect(["2023", "2024", "2025", "triennium"]).toContain(k);
    }
    const pid = find(r.plan, "Formazione del personale");
    expect(Object.keys(pid.actuals)).toEqual(["2023-09-30"]); // header "30/09/23"
    expect(r.report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("phase years move with the headers", () => {
    const years = r.plan.programmes.flatMap((p) => p.phases.flatMap((ph) => ph.years));
    const refYears = reference.plan.programmes.flatMap((p) => p.phases.flatMap((ph) => ph.years));
    expect(years).toEqual(refYears.map((y) => y + 3));
  });

  test("the firstYear option wins over the headers; keys stay as written", () => {
    const o = importDocument(shifted, { firstYear: 2030, title: "Prova" });
    expect(o.plan.firstYear).toBe(2030);
    expect(o.plan.title).toBe("Prova");
    expect(Object.keys(o.plan.indicators[0].targets)).toEqual(["2023", "2024", "2025"]);
  });

  test("a year typo in a header is corrected with a warning", () => {
    const typo = text.replace(
      "CONSUNTIVO AL 31.12.2020\tTARGET 2020\tTARGET 2021\tTARGET 2022\tTipologia indicatore\tunità di misura\tFonte\n<b>Grado di utilizzo delle risorse dedicate all'orientamento",
      "CONSUNTIVO AL 31.12.2020\tTARGET 2020\tTARGET 2012\tTARGET 2022\tTipologia indicatore\tunità di misura\tFonte\n<b>Grado di utilizzo delle risorse dedicate all'orientamento"
    );
    expect(typo).not.toBe(text);
    const t = importDocument(typo);
    expect(shape(t.plan)).toEqual(refShape);
    expect(
      Object.keys(find(t.plan, "Livello di qualità delle conciliazioni gestite").targets)
    ).toEqual(["2020", "2021", "2022"]);
    const w = t.report.diagnostics.filter((d) => d.code === "PIRA-W910");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: "warning", line: 84 });
  });
});

test("other values: same structure, the new values as written", () => {
  const r = importDocument(otherValues(text));
  expect(shape(r.plan)).toEqual(refShape);
  const a = find(r.plan, "Attrattività eventi realizzati");
  expect(a.actuals["2020-09-30"]).toEqual({ raw: "4.971", kind: "number", value: 4971 });
  expect(a.targets["2022"].raw).toBe("26.611");
  expect(a.reportedPerformance?.raw).toBe("39%");
  expect(find(r.plan, "Solidità finanziaria").actuals["2020-09-30"]).toEqual({
    raw: "% 7,5",
    kind: "percent",
    value: 0.075,
  });
  expect(r.report.notUnderstood.map((n) => n.line)).toEqual(
    reference.report.notUnderstood.map((n) => n.line)
  );
});

describe("blocks reordered", () => {
  test("the two chambers swapped", () => {
    const swapped = reorder(
      text,
      [1, 41],
      [
        [141, 383],
        [42, 140],
      ]
    );
    const r = importDocument(swapped);
    expect(r.plan.entities.map((e) => e.name)).toEqual([
      "C.C.I.A.A. DI PRATO",
      "C.C.I.A.A. DI PISTOIA",
    ]);
    expect(sorted(r.plan)).toEqual(sorted(reference.plan));
    expect(r.report.layouts.map((l) => l.layout)).toEqual(["prato", "pistoia"]);
  });

  test("Pistoia blocks in reverse order: footnotes follow their tables", () => {
    const r = importDocument(
      reorder(
        text,
        [1, 55],
        [
          [117, 140],
          [96, 116],
          [72, 95],
          [56, 71],
          [141, 383],
        ]
      )
    );
    expect(sorted(r.plan)).toEqual(sorted(reference.plan));
    expect(r.plan.programmes.slice(0, 4).map((p) => p.mission)).toEqual([
      "032",
      "016",
      "012",
      "011",
    ]);
    expect(find(r.plan, "Grado di utilizzo delle risorse").notes[0]).toMatch(
      /rinvio all'anno 2021/
    );
    expect(
      find(
        r.plan,
        "Grado di utilizzo delle risorse dedicate all'orientamento al lavoro e alle professioni"
      ).notes[0]
    ).toMatch(/ridotto accesso/);
  });

  test("Prato missions in reverse order, and a scheda with no mission heading above it (summary table only)", () => {
    const r = importDocument(
      reorder(
        text,
        [1, 159],
        [
          [343, 364], // Riforma camerale, now before any "Missione" heading
          [319, 342],
          [365, 383],
          [298, 318],
          [225, 297],
          [160, 224],
        ]
      )
    );
    expect(sorted(r.plan)).toEqual(sorted(reference.plan));
    const riforma = r.plan.programmes.find((p) => p.strategicProgramme === "Riforma Camerale")!;
    expect([riforma.mission, riforma.programme]).toEqual(["032", "003"]);
  });
});

describe("Prato codes from the summary table alone", () => {
  test("no 'Missione' headings: every scheda finds its row, the row split by a page break included", () => {
    const lines = text.split("\n").filter((_l, i) => ![160, 225, 298, 319].includes(i + 1));
    const r = importDocument(lines.join("\n"));
    expect(shape(r.plan)).toEqual(refShape);
    const codes = (s: string) => {
      const p = r.plan.programmes.find((x) => x.strategicProgramme === s)!;
      return `${p.mission}.${p.programme}`;
    };
    expect(codes("Semplificazione Amministrativa")).toBe("012.004"); // named on lines 151 + 154
    expect(codes("Organismo di composizione delle crisi - OCRI")).toBe("012.004");
    expect(codes("Salute finanziaria dell'ente")).toBe("032.003");
    expect(codes("La sede camerale: uno spazio aperto per la città")).toBe("011.005");
  });

  test("a summary row no scheda matches is reported, not lost", () => {
    const lines = text.split("\n").filter((_l, i) => i + 1 < 298 || i + 1 > 318);
    const r = importDocument(lines.join("\n"));
    const unmatched = r.report.notUnderstood.filter(
      (n) => n.reason.en === "summary table row with no matching scheda"
    );
    expect(unmatched.map((n) => [n.line, n.text])).toEqual([
      [155, "16 – Commercio internazionale ed internazionalizzazione del sistema produttivo"],
      [155, "005 – Sostegno all'internazionalizzazione delle imprese"],
      [155, "Sostegno all'export delle PMI"],
    ]);
  });
});

describe("one entity alone, another chamber, no chamber heading", () => {
  test("Pistoia alone", () => {
    const r = importDocument(lineRange(text, 1, 140).join("\n"));
    expect(r.plan.entities.map((e) => e.name)).toEqual(["C.C.I.A.A. DI PISTOIA"]);
    expect(shape(r.plan)).toEqual(refShape.slice(0, 4));
    expect(r.report.layouts).toEqual([{ entity: r.plan.entities[0].id, layout: "pistoia" }]);
    expect(r.report.notUnderstood).toEqual([]);
  });

  test("Prato alone", () => {
    const r = importDocument([...lineRange(text, 1, 41), ...lineRange(text, 141, 383)].join("\n"));
    expect(r.plan.entities.map((e) => e.name)).toEqual(["C.C.I.A.A. DI PRATO"]);
    expect(shape(r.plan)).toEqual(refShape.slice(4).map((s) => ({ ...s, entity: 0 })));
    expect(r.report.notUnderstood).toHaveLength(7);
  });

  test("other chambers' names: same structure, layouts found by their headers", () => {
    const other = text
      .replace(/PISTOIA/g, "LUCCA")
      .replace(/Pistoia/g, "Lucca")
      .replace(/PRATO/g, "AREZZO")
      .replace(/Prato/g, "Arezzo");
    const r = importDocument(other);
    expect(r.plan.entities.map((e) => e.name)).toEqual([
      "C.C.I.A.A. DI LUCCA",
      "C.C.I.A.A. DI AREZZO",
    ]);
    expect(shape(r.plan)).toEqual(refShape);
    expect(r.report.layouts.map((l) => l.layout)).toEqual(["pistoia", "prato"]);
  });

  test("'Camera di Commercio di …' headings in Markdown or bold", () => {
    const other = text
      .replace(
        "## **IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI PISTOIA**",
        "**PIRA 2020 della Camera di Commercio di Lucca**"
      )
      .replace(
        "## IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI PRATO",
        "# Camera di Commercio di Arezzo"
      );
    const r = importDocument(other);
    expect(r.plan.entities.map((e) => e.name)).toEqual([
      "Camera di Commercio di Lucca",
      "Camera di Commercio di Arezzo",
    ]);
    expect(shape(r.plan)).toEqual(refShape);
  });

  test("no heading naming a chamber: one entity, named from the title option or 'Ente'", () => {
    const lines = lineRange(text, 1, 140).filter((_l, i) => i + 1 !== 42);
    const r = importDocument(lines.join("\n"));
    expect(r.plan.entities.map((e) => e.name)).toEqual(["Ente"]);
    expect(shape(r.plan)).toEqual(refShape.slice(0, 4));
    expect(r.report.diagnostics.some((d) => d.code === "PIRA-I901" && d.severity === "info")).toBe(
      true
    );
    const t = importDocument(lines.join("\n"), {
      title: "PIRA 2020 della Camera di Commercio di Lucca",
    });
    expect(t.plan.entities.map((e) => e.name)).toEqual(["Camera di Commercio di Lucca"]);
  });
});

describe("noise", () => {
  test("tags removed: same structure (benefit splitting and footnote links are lost with the tags)", () => {
    const r = importDocument(withoutTags(text));
    expect(shape(r.plan)).toEqual(refShape);
    expect(r.plan.programmes[0].benefits).toHaveLength(3); // one per line
    expect(r.report.notUnderstood.map((n) => n.reason.en)).toEqual(
      reference.report.notUnderstood.map((n) => n.reason.en)
    );
  });

  test("a whole Indicatori table shifted one column left is realigned, with info", () => {
    const lines = text.split("\n");
    for (let n = 174; n <= 179; n++) lines[n - 1] = lines[n - 1].replace(/^\t/, "");
    const r = importDocument(lines.join("\n"));
    expect(shape(r.plan)).toEqual(refShape);
    const a = find(r.plan, "Attrattività eventi realizzati");
    expect(a.typology).toBe("Realizzazione fisica");
    expect(a.reportedPerformance?.raw).toBe("29%");
    const shifted = r.report.diagnostics.filter((d) => d.code === "PIRA-I903");
    expect(shifted.map((d) => d.line)).toEqual([174, 175, 176, 177, 178, 179]);
    expect(shifted.every((d) => d.indicator !== null)).toBe(true);
  });

  test("a row shifted one column right in a Pistoia table", () => {
    const r = importDocument(
      text.replace(
        "<b>Livello di qualità delle conciliazioni gestite</b>",
        "\t<b>Livello di qualità delle conciliazioni gestite</b>"
      )
    );
    const i = find(r.plan, "Livello di qualità delle conciliazioni gestite");
    expect(i.source).toBe("Conciliaflow");
    expect(i.actuals["2020-09-30"].raw).toBe("38%");
    expect(shape(r.plan)).toEqual(refShape);
  });

  test("a cell split over two lines continues the row above", () => {
    const r = importDocument(
      text
        .replace("Oneri correnti/proventi correnti\t118", "Oneri correnti/\t118")
        .replace(
          "<b>Incidenza oneri di personale su oneri correnti",
          "\tproventi correnti\n<b>Incidenza oneri di personale su oneri correnti"
        )
    );
    expect(find(r.plan, "Equilibrio economico della gestione corrente").formula).toBe(
      "Oneri correnti/ proventi correnti"
    );
    expect(shape(r.plan)).toEqual(refShape);
  });

  test("a page header between rows and a table continued after a page break", () => {
    const r = importDocument(
      text.replace("\n<b>Contenziosi pendenti", "\nPagina 7 di 20\n\n\n<b>Contenziosi pendenti")
    );
    expect(shape(r.plan)).toEqual(refShape);
  });

  test("unexplained footnote marks and unreferenced footnotes are reported", () => {
    const r = importDocument(text.replace("63% <sup>2</sup>", "63% <sup>3</sup>"));
    expect(find(r.plan, "Grado di utilizzo delle risorse").notes).toEqual([]);
    expect(
      r.report.diagnostics.some(
        (d) => d.code === "PIRA-W905" && d.field === "notes" && d.line === 109
      )
    ).toBe(true);
    expect(r.report.diagnostics.some((d) => d.code === "PIRA-W906" && d.line === 113)).toBe(true);
    expect(
      r.report.notUnderstood.some(
        (n) =>
          n.line === 113 &&
          n.text.startsWith("Lo scostamento è dovuto al rinvio") &&
          n.reason.en === "footnote with no marker in any table"
      )
    ).toBe(true);
  });

  test("formula-like cells stay text, as written", () => {
    const payloads = ['=HYPERLINK("http://x","y")', "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3"];
    const doc = text
      .replace("Realizzazione di iniziative per la diffusione della legalità", payloads[0])
      .replace(
        "Indicatore di volume\tNumero assoluto\t",
        `${payloads[1]}\t${payloads[2]}\t${payloads[3]}`
      );
    const r = importDocument(doc);
    const i = find(r.plan, "Diffondere la cultura della legalità sul territorio");
    expect([i.formula, i.typology, i.unit, i.source]).toEqual(payloads);
  });
});
