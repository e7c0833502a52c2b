/**
 * The PIRA functions in a real formula engine (HyperFormula with the PIRA plugin, running the
 * functions' own code): a sheet of the reference document's Prato indicator rows, raw texts in
 * the cells, and =PIRA.PERFORMANCE(…) reproducing the reported Performance column.
 */
import { DetailedCellError, type CellValue } from "hyperformula";
import { inferPolarity, POLARITY_LABEL } from "../../src/core/performance";
import { readValue } from "../../src/core/values";
import { piraEngine } from "../helpers/hyperformula-pira";
import { pratoRows } from "../helpers/prato-rows";

/** Raw text kept as text (HyperFormula would read "4.428" as an English number). */
const text = (s: string) => `'${s}`;

const rows = pratoRows();
/** The two rows no rule reproduces (docs/achievement.md): hidden unrounded input, manual override. */
const DIFFERENCES = new Map([
  [179, { computed: 20, reported: 21 }],
  [272, { computed: 92, reported: 100 }],
]);

function polarityWord(r: (typeof rows)[number]): string {
  const values = [r.actual, r.target].map(readValue).flatMap((v) => (v.ok ? [v.value] : []));
  return POLARITY_LABEL[
    inferPolarity({ name: r.name, formula: r.formula, unit: r.unit, values }).polarity
  ];
}

// A: indicator, B: actual, C: target, D: polarity, E: reported, F: PERFORMANCE, G: whole percent,
// H: outcome over PERFORMANCE, I: IFERROR over PERFORMANCE
const sheet = rows.map((r, i) => {
  const n = i + 1;
  return [
    text(r.name),
    text(r.actual),
    text(r.target),
    polarityWord(r),
    text(r.reported),
    `=PIRA.PERFORMANCE(B${n},C${n},D${n})`,
    `=ROUND(F${n}*100,0)`,
    `=PIRA.OUTCOME(PIRA.PERFORMANCE(B${n},C${n},D${n}))`,
    `=IFERROR(PIRA.PERFORMANCE(B${n},C${n},D${n}),"n.d.")`,
  ];
});
const hf = piraEngine(sheet);
const at = (row: number, col: number): CellValue => hf.getCellValue({ sheet: 0, row, col });
const F = 5;
const G = 6;
const H = 7;
const I = 8;

describe("a sheet of the reference document's Prato rows", () => {
  test("has every Prato indicator row, both tables", () => {
    expect(rows.filter((r) => r.table === "indicatori")).toHaveLength(47);
    expect(rows.filter((r) => r.table === "salute")).toHaveLength(12);
    expect(rows.find((r) => r.line === 179)).toMatchObject({
      actual: "10%",
      target: "50%",
      reported: "21%",
    });
    expect(rows.find((r) => r.line === 272)).toMatchObject({
      actual: "2.947.171",
      target: "3.200.000",
      reported: "100%",
    });
  });

  test("=PIRA.PERFORMANCE reproduces the reported Performance on every row the rule explains", () => {
    let reproduced = 0;
    rows.forEach((r, i) => {
      const reported = readValue(r.reported);
      if (!reported.ok) throw new Error(`line ${r.line}: reported ${r.reported}`);
      if (reported.value.kind === "missing") {
        expect({ line: r.line, error: (at(i, F) as DetailedCellError).type }).toEqual({
          line: r.line,
          error: "NA",
        });
        expect({ line: r.line, iferror: at(i, I) }).toEqual({ line: r.line, iferror: "n.d." });
        return;
      }
      const want = reported.value.number!.times(100).toNumber();
      const got = at(i, G);
      const difference = DIFFERENCES.get(r.line);
      if (difference) {
        expect({ line: r.line, got, want }).toEqual({
          line: r.line,
          got: difference.computed,
          want: difference.reported,
        });
      } else {
        expect({ line: r.line, name: r.name, got }).toEqual({
          line: r.line,
          name: r.name,
          got: want,
        });
        reproduced++;
      }
    });
    expect(reproduced).toBe(rows.length - 2 - rows.filter((r) => r.reported === "n.d.").length);
    expect(reproduced).toBeGreaterThanOrEqual(50);
  });

  test("exact decimals: 30% of 80% is 0,375 and rounds half-up to 38", () => {
    const i = rows.findIndex((r) => r.line === 222);
    expect(at(i, F)).toBe(0.375);
    expect(at(i, G)).toBe(38);
  });

  test("OUTCOME over PERFORMANCE, nested", () => {
    rows.forEach((r, i) => {
      const p = at(i, F);
      const o = at(i, H);
      if (typeof p !== "number") {
        expect((o as DetailedCellError).type).toBe((p as DetailedCellError).type); // the error propagates, as in Excel
        return;
      }
      expect(o).toBe(
        p >= 0.9 ? "raggiunto" : p >= 0.7 ? "parzialmente raggiunto" : "non raggiunto"
      );
    });
  });

  test("the range form: one call over the whole column spills one result per row", () => {
    const n = rows.length;
    const engine = piraEngine([
      ...sheet.map((row) => row.slice(0, 4)),
      [`=PIRA.PERFORMANCE(B1:B${n},C1:C${n},D1:D${n})`],
    ]);
    const single = rows.map((_r, i) => at(i, F));
    const spilled = rows.map((_r, i) => engine.getCellValue({ sheet: 0, row: n + i, col: 0 }));
    expect(spilled.map(String)).toEqual(single.map(String));
    expect(spilled.filter((v) => typeof v === "number").length).toBeGreaterThan(50);
  });

  test("SUM over a spilled column skips nothing silently: IFERROR(…;0) inside an array formula", () => {
    const n = rows.length;
    const engine = piraEngine(
      [
        ...sheet.map((row) => row.slice(0, 4)),
        [`=SUM(IFERROR(PIRA.PERFORMANCE(B1:B${n},C1:C${n},D1:D${n}),0))`],
        [`=SUM(PIRA.PERFORMANCE(B1:B${n},C1:C${n},D1:D${n}))`],
      ],
      { useArrayArithmetic: true }
    );
    const sum = rows.reduce((s, _r, i) => {
      const v = at(i, F);
      return s + (typeof v === "number" ? v : 0);
    }, 0);
    expect(engine.getCellValue({ sheet: 0, row: n, col: 0 })).toBeCloseTo(sum, 8);
    // without IFERROR, the n.d. rows make the SUM #N/A, as in Excel
    expect((engine.getCellValue({ sheet: 0, row: n + 1, col: 0 }) as DetailedCellError).type).toBe(
      "NA"
    );
  });
});

describe("the other PIRA functions in formulas", () => {
  const engine = piraEngine([
    ["'98,47%", "'€ 3.960", "'n.d.", "'011.005", 0.5, 1],
    ["'88%", "'90%", "'tanti", "'032.004", "'n.d.", 3],
    [0.1, 0.2, null, null, 1, 1],
    [
      "=PIRA.VALUE(A1)",
      "=PIRA.VALUE(B1)",
      "=PIRA.VALUE(C1)",
      "=PIRA.PROGRAMME(D1)",
      "=PIRA.MISSION(D1)",
      "=PIRA.PROGRAMME(D2)",
    ],
    [
      "=PIRA.DEVIATION(A2,B2)",
      "=PIRA.DEVIATION(A2,B2,TRUE())",
      "=PIRA.OUTCOME(A2)",
      "=PIRA.WEIGHTED(E1:E3,F1:F3)",
      "=IFERROR(PIRA.VALUE(C2),-1)",
      "=PIRA.PERFORMANCE(A3,B3)+PIRA.PERFORMANCE(A3,B3,,FALSE())",
    ],
    [
      "=PIRA.WEIGHTED(E1:E3,F1:F2)",
      "=PIRA.MISSION(C3)",
      "=PIRA.VALUE(A1:A2)",
      '=PIRA.OUTCOME("85%",0.5,0.8)',
      "=PIRA.PERFORMANCE(A1:A2,B1:B3)",
      "=SUM(PIRA.VALUE(A1),PIRA.VALUE(A2))",
    ],
  ]);
  const v = (row: number, col: number) => engine.getCellValue({ sheet: 0, row, col });
  const err = (row: number, col: number) => {
    const e = v(row, col) as DetailedCellError;
    return { type: e.type, message: e.message };
  };

  test("VALUE, PROGRAMME, MISSION", () => {
    expect(v(3, 0)).toBe(0.9847);
    expect(v(3, 1)).toBe(3960);
    expect(err(3, 2)).toEqual({
      type: "NA",
      message: "testo: valore non disponibile (vuoto o n.d.)",
    });
    expect(v(3, 3)).toMatch(/^Promozione e attuazione di politiche di sviluppo/);
    expect(v(3, 4)).toBe("Competitività e sviluppo delle imprese");
    expect(err(3, 5)).toEqual({ type: "VALUE", message: expect.stringMatching(/Usare 032\.003/) });
  });

  test("DEVIATION, OUTCOME, WEIGHTED, IFERROR, arithmetic over PERFORMANCE", () => {
    expect(v(4, 0)).toBe(-0.02);
    expect(v(4, 1)).toBeCloseTo(-0.0222222, 6);
    expect(v(4, 2)).toBe("parzialmente raggiunto"); // 88%
    expect(v(4, 3)).toBe(0.75); // n.d. left out with its weight: (0,5·1 + 1·1) / 2
    expect(v(4, 4)).toBe(-1);
    expect(v(4, 5)).toBe(1);
  });

  test("errors reach the sheet with their type and message", () => {
    expect(err(5, 0)).toEqual({
      type: "VALUE",
      message: "raggiungimenti 3×1 e pesi 2×1: attesi due intervalli della stessa dimensione",
    });
    expect(err(5, 1)).toEqual({ type: "NA", message: "codice di missione mancante" });
    expect(v(5, 3)).toBe("raggiunto");
    expect(err(5, 4)).toEqual({
      type: "VALUE",
      message: expect.stringMatching(/consuntivo 2×1, target 3×1/),
    });
    expect(v(5, 5)).toBeCloseTo(0.9847 + 0.88, 12);
  });
});
