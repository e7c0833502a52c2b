/** The table reader, case by case: headers, vocabulary, sections, codes, extra columns, the report. */
import {
  importGrids,
  mappingJson,
  readCsv,
  readMapping,
  type Grid,
  type GridCell,
  type GridImportResult,
} from "../../src/core/grid";
import { readHeader } from "../../src/core/grid/read-header";
import { readCodeCell, readMarker } from "../../src/core/grid/sections";

function sheet(rows: GridCell[][], merges: Grid["merges"] = []): Grid {
  return { rows, merges, origin: { kind: "sheet", sheet: "Foglio1", row: 1, col: 1 } };
}

function ok(r: GridImportResult) {
  if (!r.ok) throw new Error(r.reason.en);
  return r;
}

function importRows(rows: GridCell[][], merges: Grid["merges"] = [], options = {}) {
  return importGrids([{ kind: "grid", grid: sheet(rows, merges) }], options);
}

describe("header vocabulary", () => {
  test.each([
    ["Indicatore", "name"],
    ["Descrizione indicatore", "name"],
    ["VALENZA INDICATORE", "name"],
    ["Algoritmo di calcolo", "formula"],
    ["Modalità di calcolo", "formula"],
    ["U.M.", "unit"],
    ["UdM", "unit"],
    ["Unità di misura", "unit"],
    ["Fonte dei dati", "source"],
    ["Tipologia", "typology"],
    ["% raggiungimento", "reported"],
    ["Grado di raggiungimento", "reported"],
    ["Missione", "mission"],
    ["Missione / Programma", "code"],
    ["Centro di responsabilità", "responsible"],
    ["CdR", "responsible"],
    ["Portatori di interesse", "stakeholders"],
    ["Budget", "budget"],
    ["Obiettivo", "objective"],
  ])("%s → %s", (header, f) => {
    const kind = readHeader(header)?.kind;
    expect(kind && (kind.f === "text" || kind.f === "programme" ? kind.field : kind.f)).toBe(f);
  });

  test.each([
    ["Target 2021", { f: "target", year: 2021, offset: null, triennium: false }],
    ["Valore atteso anno 2022", { f: "target", year: 2022, offset: null, triennium: false }],
    ["Risultato atteso 2023", { f: "target", year: 2023, offset: null, triennium: false }],
    ["Valore target 2° anno", { f: "target", year: null, offset: 1, triennium: false }],
    ["Target triennio", { f: "target", year: null, offset: null, triennium: true }],
    ["Consuntivo al 30/09/2021", { f: "actual", year: 2021, month: 9, day: 30 }],
    ["Valore rilevato al 31.12.2020", { f: "actual", year: 2020, month: 12, day: 31 }],
    ["Stato al 30 settembre 2021", { f: "actual", year: 2021, month: 9, day: 30 }],
    ["Valore raggiunto 2021", { f: "actual", year: 2021, month: 12, day: 31 }],
    ["Consuntivo 30/09", { f: "actual", year: null, month: 9, day: 30 }],
    ["Baseline 2020", { f: "actual", year: 2020, month: 12, day: 31 }],
  ])("%s", (header, kind) => {
    expect(readHeader(header)?.kind).toEqual(kind);
  });

  test.each(["Consuntivo al 31/06/2021", "Consuntivo al 29/02/2021"])(
    "%s: a day the calendar does not have is not read as another date; the column is kept, said why",
    (header) => {
      const r = readHeader(header);
      expect(r?.kind).toEqual({ f: "extra", why: "unknown" });
      expect(r?.reason.en).toMatch(/is not in the calendar/);
    }
  );

  test("29/02 of a leap year is a date", () => {
    expect(readHeader("Consuntivo al 29/02/2024")?.kind).toEqual({
      f: "actual",
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  test("words that need a date, unknown words and codes are kept as extra", () => {
    expect(readHeader("Valore")?.kind.f).toBe("extra");
    expect(readHeader("Stato")?.kind.f).toBe("extra");
    expect(readHeader("Peso")?.kind).toEqual({ f: "extra", why: "noField" });
    expect(readHeader("Linea d'azione")?.kind).toEqual({ f: "extra", why: "unknown" });
    expect(readHeader("Codice")?.kind).toEqual({ f: "extra", why: "codeColumn" });
    expect(readHeader("")).toBeNull();
  });
});

describe("markers and code cells", () => {
  test.each([
    ["Missione 011 – Competitività e sviluppo delle imprese", { mission: "011", programme: null }],
    ["MISSIONE 11) COMPETITIVITA'", { mission: "011", programme: null }],
    ["Missione: 012 - Regolazione dei mercati", { mission: "012", programme: null }],
    ["Programma 005 - Promozione", { mission: null, programme: "005" }],
    ["Programma 011.005 – Promozione", { mission: "011", programme: "005" }],
    ["Programma di spesa 4 – Vigilanza", { mission: null, programme: "004" }],
    [
      "Missione 16 - Commercio internazionale – Programma 5 - Sostegno",
      { mission: "016", programme: "005" },
    ],
  ])("%s", (text, codes) => {
    expect(readMarker(text)).toMatchObject(codes);
  });

  test("not markers", () => {
    expect(readMarker("Missione della Camera")).toBeNull();
    expect(readMarker("Programma strategico: crescita")).toBeNull();
    expect(readMarker("Indicatore")).toBeNull();
  });

  test.each([
    [11, { code: "011", second: null, title: "" }],
    [11.005, { code: "011", second: "005", title: "" }],
    ["011.005", { code: "011", second: "005", title: "" }],
    [
      "011 - Competitività e sviluppo",
      { code: "011", second: null, title: "Competitività e sviluppo" },
    ],
    ["5 – Promozione", { code: "005", second: null, title: "Promozione" }],
    ["Promozione e attuazione", { code: null, second: null, title: "Promozione e attuazione" }],
  ])("code cell %s", (cell, want) => {
    expect(readCodeCell(cell)).toEqual(want);
  });
});

describe("tables", () => {
  test("an input with no indicator is a failure with a reason, and its cells are reported", () => {
    const r = importRows([["Bilancio 2021"], ["Voce", "Importo"], ["Proventi", 1000]]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toMatch(/No indicator table/);
    expect(r.report.diagnostics.map((d) => d.code)).toContain("PIRA-E920");
    expect(r.report.notUnderstood).toHaveLength(1);
    expect(r.report.notUnderstood[0]).toMatchObject({
      cells: 5,
      place: { sheet: "Foglio1", cell: "A1" },
    });
  });

  test("a header with no indicator rows is a failure too", () => {
    const r = importRows([["Indicatore", "Target 2021"]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/no row with an indicator/);
  });

  test("programme by title alone: the catalogue's match, said so", () => {
    const r = ok(
      importRows([
        ["Programma", "Indicatore", "Target 2021"],
        [
          "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
          "Ispezioni",
          40,
        ],
        ["Sostegno all'internazionalizzazione delle imprese", "Fiere", 10],
        ["Attività varie", "Altro", 1],
      ])
    );
    expect(r.plan.programmes.map((p) => [p.mission, p.programme, p.title])).toEqual([
      [
        "012",
        "004",
        "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
      ],
      ["016", "005", "Sostegno all'internazionalizzazione delle imprese"],
      ["", "", "Attività varie"],
    ]);
    const said = r.report.diagnostics.filter((d) => d.code === "PIRA-I921");
    expect(said.map((d) => d.cell)).toEqual(["A2", "A3"]);
    expect(said[0].message.it).toMatch(/per somiglianza del titolo/);
  });

  test("no mission anywhere: the programme has none, with a warning pointing at the row", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Formula", "Target 2021"],
        ["Pratiche evase", "N. pratiche", 100],
      ])
    );
    expect(r.plan.programmes[0]).toMatchObject({ mission: "", programme: "" });
    const w = r.report.diagnostics.filter((d) => d.code === "PIRA-W923" || d.code === "PIRA-W924");
    expect(w.map((d) => d.cell)).toEqual(["A2", "A2"]);
  });

  test("a programme column with different values: kept on each indicator, with a warning", () => {
    const r = ok(
      importRows([
        ["Missione", "Programma", "Indicatore", "Centro di responsabilità", "Target 2021"],
        ["011", "005", "A", "Area 1", 1],
        ["011", "005", "B", "Area 2", 2],
      ])
    );
    expect(r.plan.programmes[0].responsible).toBeNull();
    expect(r.plan.indicators.map((i) => i.extra)).toEqual([
      { "Centro di responsabilità": "Area 1" },
      { "Centro di responsabilità": "Area 2" },
    ]);
    expect(r.report.diagnostics.map((d) => d.code)).toContain("PIRA-W927");
  });

  test("two columns for one field: the surer keeps it, the other is kept as extra", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Target 2021", "Valore atteso 2021"],
        ["A", 1, 2],
      ])
    );
    expect(r.plan.indicators[0].targets["2021"].value).toBe(1);
    expect(r.plan.indicators[0].extra).toEqual({ "Valore atteso 2021": "2" });
    expect(r.report.diagnostics.map((d) => d.code)).toContain("PIRA-W929");
  });

  test("a value that cannot be read is kept as text, with a warning at its cell", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Target 2021"],
        ["A", "da definire con la Giunta"],
      ])
    );
    expect(r.plan.indicators[0].targets["2021"]).toEqual({
      raw: "da definire con la Giunta",
      kind: "text",
      value: null,
    });
    const w = r.report.diagnostics.find((d) => d.code === "PIRA-W926");
    expect(w).toMatchObject({ sheet: "Foglio1", cell: "B2", field: "targets.2021" });
  });

  test("a row continuing the previous indicator's text (a cell split over two rows)", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Algoritmo", "Target 2021"],
        ["Tempestività", "Giorni tra ricevimento", 30],
        [null, "e pagamento della fattura", null],
        ["Altro", "x", 1],
      ])
    );
    expect(r.plan.indicators.map((i) => i.formula)).toEqual([
      "Giorni tra ricevimento e pagamento della fattura",
      "x",
    ]);
    expect(r.report.counts.notUnderstood).toBe(0);
  });

  test("a row with values but no name is reported, cell by cell", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Target 2021", "Target 2022"],
        ["A", 1, 2],
        [null, 3, 4],
      ])
    );
    expect(r.report.notUnderstood.map((u) => [u.text, u.place.cell])).toEqual([
      ["3", "B3"],
      ["4", "C3"],
    ]);
  });

  test("a table further down the sheet, and a second table after a blank row", () => {
    const r = ok(
      importRows([
        ["Note di lettura"],
        [],
        ["Missione 011"],
        ["Programma 005"],
        ["Indicatore", "Target 2021"],
        ["A", 1],
        [],
        ["Missione", "Programma", "KPI", "Valore atteso 2021"],
        ["012", "004", "B", 2],
      ])
    );
    expect(r.plan.indicators.map((i) => i.name)).toEqual(["A", "B"]);
    expect(r.plan.programmes.map((p) => `${p.mission}.${p.programme}`)).toEqual([
      "011.005",
      "012.004",
    ]);
    expect(r.report.mapping.tables.map((t) => t.headerRows)).toEqual([[5], [8]]);
    expect(r.plan.title).toBe("Note di lettura");
  });

  test("a group written across a CSV header (no merges): Target;;;Consuntivo;", () => {
    const csv = readCsv(
      ["Indicatore;Target;;;Consuntivo;", ";2021;2022;2023;30/09;31/12", "A;1;2;3;0,5;1"].join("\n")
    );
    const r = ok(importGrids([{ kind: "grid", grid: csv.grid }]));
    expect(Object.keys(r.plan.indicators[0].targets)).toEqual(["2021", "2022", "2023"]);
    expect(Object.keys(r.plan.indicators[0].actuals)).toEqual(["2021-09-30", "2021-12-31"]);
  });

  test("the user's mapping overrides the vocabulary, and unknown headers can be mapped", () => {
    const read = readMapping(
      JSON.stringify({ "Obiettivo 2021": "targets.2021", Misura: "unit", Peso: "notes" })
    );
    if (!read.ok) throw new Error(read.reason.en);
    const r = ok(
      importRows(
        [
          ["Indicatore", "Obiettivo 2021", "Misura", "Peso"],
          ["A", "≥ 10", "numero", "30%"],
        ],
        [],
        {
          mapping: read.mapping,
        }
      )
    );
    const ind = r.plan.indicators[0];
    expect(ind.targets["2021"]).toMatchObject({ raw: "≥ 10", value: 10 });
    expect(ind.unit).toBe("numero");
    expect(ind.notes).toEqual(["30%"]);
    expect(r.report.mapping.tables[0].columns[1]).toMatchObject({
      field: "targets.2021",
      confidence: 1,
    });
  });

  test("the mapping written is a mapping read back", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Obiettivo", "Target 2021", "Peso"],
        ["A", "x", 1, 2],
      ])
    );
    const text = mappingJson(r.report.mapping, "it");
    const back = readMapping(text);
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.mapping.tables[0].columns.map((c) => c.field)).toEqual([
        "name",
        "objective",
        "targets.2021",
        "extra",
      ]);
  });

  test("a mapping naming a field that does not exist is refused with a warning", () => {
    const read = readMapping(JSON.stringify({ columns: [{ header: "X", field: "colour" }] }));
    expect(read.ok && read.warnings.length).toBe(1);
    expect(readMapping("{").ok).toBe(false);
  });

  test("a two-row header whose parent row is above the named row", () => {
    const r = ok(
      importRows(
        [
          [null, null, "Valore atteso", null],
          ["Indicatore", "Formula", "2021", "2022"],
          ["A", "x", 1, 2],
        ],
        [{ top: 0, left: 2, bottom: 0, right: 3 }]
      )
    );
    expect(r.report.mapping.tables[0].headerRows).toEqual([1, 2]);
    expect(Object.keys(r.plan.indicators[0].targets)).toEqual(["2021", "2022"]);
  });

  test("numbers with a percent format are percentages; the plan's first year is the headers'", () => {
    const g: Grid = {
      rows: [
        ["Indicatore", "Target 2022", "Target 2023"],
        ["A", 0.9, 95],
      ],
      merges: [],
      formats: [
        [null, null, null],
        [null, "0%", null],
      ],
      origin: { kind: "sheet", sheet: "S", row: 3, col: 2 },
    };
    const r = ok(importGrids([{ kind: "grid", grid: g }], { firstYear: 2021 }));
    expect(r.plan.indicators[0].targets["2022"]).toEqual({
      raw: "90%",
      kind: "percent",
      value: 0.9,
    });
    expect(r.plan.indicators[0].targets["2023"]).toEqual({ raw: "95", kind: "number", value: 95 });
    expect(r.plan.firstYear).toBe(2021);
    expect(r.report.sources[r.plan.indicators[0].id]).toEqual({
      sheet: "S",
      cell: "B4",
      line: null,
    });
  });

  test("polarity column: read, and an unknown word kept as extra with a warning", () => {
    const r = ok(
      importRows([
        ["Indicatore", "Polarità", "Target 2021"],
        ["A", "decrescente", 1],
        ["B", "boh", 1],
      ])
    );
    expect(r.plan.indicators.map((i) => [i.polarity, i.polarityInferred])).toEqual([
      ["lower", false],
      ["higher", true],
    ]);
    expect(r.plan.indicators[1].extra).toEqual({ Polarità: "boh" });
  });
});

describe("CSV", () => {
  test.each([
    ["a;b;c\n1;2;3", ";"],
    ["a,b,c\n1,2,3", ","],
    ["a\tb\tc\n1\t2\t3", "\t"],
    ["Indicatore;Valore\nA;1,5\nB;2,5", ";"],
    ['"a,b";c\n"1,5";2', ";"],
  ])("delimiter of %j", (text, d) => {
    expect(readCsv(text).delimiter).toBe(d);
  });

  test("sep= line, quoted line breaks and quotes, line numbers", () => {
    const r = readCsv('sep=,\r\na,"b\r\nc",d\r\n"x ""y""",z,\r\n');
    expect(r.delimiter).toBe(",");
    expect(r.grid.rows).toEqual([
      ["a", "b\r\nc", "d"],
      ['x "y"', "z", ""],
    ]);
    expect(r.grid.origin).toEqual({ kind: "csv", lines: [2, 4] });
  });

  test("an unclosed quote is a character: the rest of the file is not swallowed, and its line is said", () => {
    const r = readCsv('x;y\na;"b\nc;d');
    expect(r.grid.rows).toEqual([
      ["x", "y"],
      ["a", '"b'],
      ["c", "d"],
    ]);
    expect(r.found).toEqual([expect.objectContaining({ code: "PIRA-W960", line: 2 })]);
    expect(r.problems[0].it).toMatch(/^Riga 2: virgolette aperte e mai chiuse/);
  });

  test("a run of blank lines is one blank record, each record keeping its line", () => {
    const r = readCsv(`a;b\n${"\n".repeat(100_000)}c;d\n`);
    expect(r.grid.rows).toEqual([["a", "b"], [""], ["c", "d"]]);
    expect(r.grid.origin).toEqual({ kind: "csv", lines: [1, 2, 100_002] });
  });
});
