/**
 * The ministries' vertical sheets: objective and indicator blocks recognised by their field words,
 * years from «Anno di riferimento», the baseline, a field glued to its value; a horizontal table is
 * never taken for one.
 */
import fc from "fast-check";
import { importGrids, type GridCell, type GridImportResult } from "../../src/core/grid";
import { splitGluedField, verticalField } from "../../src/core/grid/vertical";
import { GLUED_ROWS, VERTICAL_ROWS, verticalFieldsMatch } from "../fixtures/vertical/sheet";

function importRows(rows: GridCell[][], options = {}): GridImportResult {
  return importGrids(
    [
      {
        kind: "grid",
        grid: { rows, merges: [], origin: { kind: "sheet", sheet: "Scheda", row: 1, col: 1 } },
      },
    ],
    options
  );
}

function ok(r: GridImportResult) {
  if (!r.ok) throw new Error(r.reason.en);
  return r;
}

describe("a vertical sheet imports as its objective and indicators", () => {
  test("two indicators (not 28 rows), field by field, under the objective's programme", () => {
    const r = ok(importRows(VERTICAL_ROWS));
    expect(r.plan.indicators).toHaveLength(2);
    const m = verticalFieldsMatch(r.plan);
    expect(m.misses).toEqual([]);
    expect(r.plan.firstYear).toBe(2024);
    expect(r.plan.programmes).toHaveLength(1);
    const p = r.plan.programmes[0];
    expect(p).toMatchObject({
      mission: "011",
      programme: "005",
      objective: "Sostenere la competitività delle imprese del territorio",
      responsible: "Area Promozione",
      budget: { amount: 1250000 },
    });
    expect(r.plan.indicators[0].extra).toMatchObject({
      Codice: "OB.1.1",
      "Peso indicatore": "40%",
    });
    expect(r.plan.indicators[0].polarity).toBe("higher");
    // the title row of the sheet is reported, not dropped
    expect(r.report.notUnderstood.map((u) => u.text)).toEqual(["Scheda obiettivo"]);
  });

  test("glued fields («Target primo anno95,00%») read the same", () => {
    const r = ok(importRows(GLUED_ROWS));
    expect(r.plan.indicators).toHaveLength(2);
    expect(verticalFieldsMatch(r.plan).misses).toEqual([]);
  });

  test("no «Anno di riferimento»: the year is said to be assumed", () => {
    const rows = VERTICAL_ROWS.filter((r) => r[0] !== "Anno di riferimento");
    const r = ok(importRows(rows, { firstYear: 2030 }));
    expect(Object.keys(r.plan.indicators[0].targets)).toEqual(["2030", "2031", "2032"]);
    expect(r.report.diagnostics.map((d) => d.code)).toContain("PIRA-W925");
  });

  test("no indicator's name is a value, a unit or a field word", () => {
    const r = ok(importRows(VERTICAL_ROWS));
    for (const ind of r.plan.indicators) {
      expect(ind.name).not.toMatch(/^(numero|percentuale|≥|maggiore|Tipologia|Codice)/);
    }
  });
});

describe("field words", () => {
  test.each([
    ["Target primo anno95,00%", "target1", "95,00%"],
    ["Codice149.1", "code", "149.1"],
    ["Unità di misuraPercentuale", "unit", "Percentuale"],
    ["Target conseguito nell'esercizio precedente–", "baseline", "–"],
    ["Codice: OB.1", "code", "OB.1"],
    ["Fonte dei dati   Registro imprese", "source", "Registro imprese"],
  ])("%s", (text, field, value) => {
    expect(splitGluedField(text)).toEqual({ field, value });
  });
  test.each(["Programmazione triennale", "Titolone", "Numero di imprese"])(
    "%s is no field",
    (t) => {
      expect(splitGluedField(t)).toBeNull();
    }
  );
  test("labels as written", () => {
    expect(verticalField("UNITÀ DI MISURA:")).toBe("unit");
    expect(verticalField("Algoritmo di calcolo")).toBe("formula");
    expect(verticalField("Indicatore")).toBeNull();
  });
  test("property: never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => void splitGluedField(s)));
  });
});

describe("a horizontal table is not a vertical sheet", () => {
  test("a table whose header has the same field words reads as rows", () => {
    const rows: GridCell[][] = [
      [
        "Missione",
        "Programma",
        "Titolo",
        "Unità di misura",
        "Fonte dei dati",
        "Algoritmo di calcolo",
        "Target primo anno",
      ],
      ["011", "005", "Imprese assistite", "numero", "Registro", "Conteggio", "≥ 150"],
      ["011", "005", "Pratiche evase", "%", "Registro", "Evase / ricevute", "≥ 90%"],
    ];
    const r = importRows(rows);
    // whatever the horizontal reader makes of it, no vertical block is invented
    if (r.ok) expect(r.plan.indicators.map((i) => i.name)).not.toContain("numero");
  });
});
