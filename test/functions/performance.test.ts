/**
 * PIRA.PERFORMANCE: single cells (numbers, Italian text, words) and ranges (one call per column).
 */
import Decimal from "decimal.js";
import { PERFORMANCE } from "../../src/functions/functions";
import { achievementOf, achievementOfCell } from "../../src/functions/achievement-grid";
import { installCustomFunctions, outcome } from "../helpers/custom-functions";

installCustomFunctions();

/** PERFORMANCE as Excel calls it with single cells: 1×1 matrices in, a 1×1 matrix out. */
function cell(...args: unknown[]): unknown {
  const r = outcome(() =>
    (PERFORMANCE as (...a: unknown[]) => unknown)(...args.map((a) => (a === undefined ? a : [[a]])))
  );
  return Array.isArray(r) ? r[0][0] : r;
}

describe("PERFORMANCE on single cells", () => {
  test("returns a 1×1 matrix (the result is declared a range)", () => {
    expect(PERFORMANCE([[42]], [[130]])).toEqual([[42 / 130]]);
    expect(PERFORMANCE(42 as never, 130 as never)).toEqual([[42 / 130]]); // scalars too (other hosts)
  });

  test("higher is better: min(1, actual / target), exact decimals", () => {
    expect(cell("4.428", "15.500")).toBe(new Decimal(4428).div(15500).toNumber());
    expect(cell("30%", "80%")).toBe(0.375); // not 0.37499999999999994
    expect(cell(0.3, 0.8)).toBe(0.375);
    expect(cell(0.09, 0.1)).toBe(0.9); // float gives 0.8999999999999999
    expect(cell("88%", "90%")).toBe(new Decimal(88).div(90).toNumber());
    expect(cell(200, 100)).toBe(1);
    expect(cell(200, 100, "crescente", false)).toBe(2);
    expect(cell("98,60", "100%")).toBe(0.986); // bare number against a percent: points
    expect(cell("% 6,4", "6,8")).toBe(new Decimal(6.4).div(6.8).toNumber());
    expect(cell("8 su 8", 1)).toBe(1);
  });

  test("lower is better, by Italian or English word", () => {
    expect(cell("€ 3.736.109", "4.602.285", "decrescente")).toBe(1);
    expect(cell(120, 100, "lower")).toBe(new Decimal(100).div(120).toNumber());
    expect(cell(50, 100, "Decrescente", false)).toBe(2);
    expect(cell(120, 100, "più basso")).toBeCloseTo(0.8333333, 6);
  });

  test("yes/no and ratings, inferred from the values or named", () => {
    expect(cell("sì", "si")).toBe(1);
    expect(cell("realizzato", "realizzazione")).toBe(1);
    expect(cell("no", "si")).toBe(0);
    expect(cell(true, "sì")).toBe(1);
    expect(cell(false, true)).toBe(0);
    expect(cell(1, 1, "sì-no")).toBe(1);
    expect(cell(0, 1, "yesno")).toBe(0);
    expect(cell("buono", "buono")).toBe(1);
    expect(cell("ottimo", "buono")).toBe(1);
    expect(cell("sufficiente", "buono", "qualitativo")).toBe(0);
  });

  test("zero targets: 0 against 0 is achieved; where undefined, #DIV/0!", () => {
    expect(cell("€ 0", 0)).toBe(1);
    expect(cell(5, 0)).toBe(1);
    expect(cell(5, 0, "crescente", false)).toEqual({
      error: "#DIV/0!",
      message: expect.any(String),
    });
    expect(cell(0, 5, "decrescente", false)).toEqual({
      error: "#DIV/0!",
      message: expect.stringMatching(/zero/),
    });
  });

  test("negative figures follow the core rule", () => {
    expect(cell(-15, -20)).toBe(1);
    expect(cell(-28.76, -15, "crescente")).toBeCloseTo(0.0826667, 6);
    expect(cell(-0, 5)).toBe(0);
    expect(Object.is(cell(-0, 5), -0)).toBe(false);
  });

  test("missing data is #N/A with a message", () => {
    for (const [a, t] of [
      ["n.d.", "90%"],
      ["88%", "N.D."],
      [null, 5],
      ["", 5],
      ["  ", 5],
    ]) {
      expect(cell(a, t)).toEqual({
        error: "#N/A",
        message: expect.stringMatching(/non disponibile/),
      });
    }
  });

  test("unreadable input is #VALUE! saying what was expected", () => {
    const r = cell("tanti", "90%") as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toMatch(/^consuntivo: «tanti» non è un valore leggibile: atteso un numero/);
    expect(cell(5, "30/09")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^target: «30\/09»/),
    });
    // a date target is a deadline: 5 is no date (a date cell holds a serial from 1950 on)
    expect(cell(5, "30/09/2020")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/il target è un termine «?.*30\/09\/2020/),
    });
    expect(cell(NaN, 1)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/NaN/) });
    expect(cell(Infinity, 1)).toEqual({ error: "#VALUE!", message: expect.any(String) });
    expect(cell("buono", 5)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/giudizi/),
    });
  });

  test("an unknown polarity is #VALUE! listing the accepted words", () => {
    expect(cell(1, 2, "boh")).toEqual({
      error: "#VALUE!",
      message:
        "polarità «boh» sconosciuta: attesa «crescente», «decrescente», «sì-no» o «qualitativo» (oppure higher, lower, yesno, qualitative)",
    });
    expect(cell(1, 2, 3)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/«3»/) });
  });

  test("cap accepts TRUE/FALSE, numbers and the Italian words; anything else is #VALUE!", () => {
    expect(cell(2, 1, null, "FALSO")).toBe(2);
    expect(cell(2, 1, null, 0)).toBe(2);
    expect(cell(2, 1, null, null)).toBe(1);
    expect(cell(2, 1, null, "forse")).toEqual({
      error: "#VALUE!",
      message: "limite: atteso VERO o FALSO, non «forse»",
    });
  });

  test("results beyond Excel's numbers are #VALUE!, never Infinity", () => {
    expect(cell(1e308, 1e-300, "crescente", false)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/fuori dall'intervallo/),
    });
  });
});

describe("PERFORMANCE over ranges", () => {
  const actual = [["4.428"], [42], ["n.d."], ["tanti"], ["30%"], [0.09]];
  const target = [["15.500"], [130], ["90%"], [5], ["80%"], [0.1]];

  test("one call for a column: numbers where computable, an error value in each other cell", () => {
    const r = outcome(() => PERFORMANCE(actual, target)) as unknown[][];
    expect(r).toHaveLength(6);
    expect(r[0][0]).toBe(new Decimal(4428).div(15500).toNumber());
    expect(r[1][0]).toBe(new Decimal(42).div(130).toNumber());
    expect(r[2][0]).toEqual({ error: "#N/A", message: expect.stringMatching(/non disponibile/) });
    expect(r[3][0]).toEqual({ error: "#VALUE!", message: expect.stringMatching(/«tanti»/) });
    expect(r[4][0]).toBe(0.375);
    expect(r[5][0]).toBe(0.9);
  });

  test("each cell equals the single-cell call", () => {
    const r = outcome(() => PERFORMANCE(actual, target)) as unknown[][];
    actual.forEach((a, i) => expect(r[i][0]).toEqual(cell(a[0], target[i][0])));
  });

  test("a single cell is used for every row (one target, one polarity)", () => {
    expect(PERFORMANCE([[10], [20], [30]], [[20]])).toEqual([[0.5], [1], [1]]);
    expect(PERFORMANCE([[10], [20], [40]], [[20]], [["decrescente"]])).toEqual([[1], [1], [0.5]]);
  });

  test("a range of polarities: one per row; an unknown word is that row's #VALUE!", () => {
    const r = outcome(() =>
      PERFORMANCE(
        [[10], [40], ["sì"], [1]],
        [[20], [20], ["si"], [2]],
        [["crescente"], ["decrescente"], [""], ["boh"]]
      )
    ) as unknown[][];
    expect(r.slice(0, 3)).toEqual([[0.5], [0.5], [1]]);
    expect(r[3][0]).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^riga 4: polarità «boh»/),
    });
  });

  test("two-dimensional ranges keep their shape", () => {
    expect(
      PERFORMANCE(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [2, 2],
          [4, 8],
        ]
      )
    ).toEqual([
      [0.5, 1],
      [0.75, 0.5],
    ]);
  });

  test("ranges of different sizes are #VALUE! for the whole call, with both sizes", () => {
    expect(outcome(() => PERFORMANCE([[1], [2], [3]], [[1], [2]]))).toEqual({
      error: "#VALUE!",
      message:
        "intervalli di dimensioni diverse (consuntivo 3×1, target 2×1): attesi della stessa dimensione, oppure una sola cella",
    });
    expect(
      outcome(() =>
        PERFORMANCE([[1], [2]], [[1], [2]], [["crescente"], ["crescente"], ["crescente"]])
      )
    ).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/polarità 3×1/),
    });
    expect(outcome(() => PERFORMANCE([[1, 2]], [[1], [2]]))).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/consuntivo 1×2, target 2×1/),
    });
  });

  test("a single unknown polarity fails the whole call; a ragged range too", () => {
    expect(outcome(() => PERFORMANCE([[1], [2]], [[1], [2]], [["boh"]]))).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^polarità «boh» sconosciuta/),
    });
    expect(outcome(() => PERFORMANCE([[1], [2, 3]], [[1], [2]]))).toEqual({
      error: "#VALUE!",
      message: "consuntivo: intervallo non rettangolare (riga 2)",
    });
  });

  test('blank cells in a range (null or "") are missing data', () => {
    const r = outcome(() => PERFORMANCE([[null], [""]], [[1], [1]])) as { error: string }[][];
    expect(r.map((row) => row[0].error)).toEqual(["#N/A", "#N/A"]);
  });

  test("rich values (allowCustomDataForDataTypeAny) are read through their basic value", () => {
    expect(PERFORMANCE([[{ type: "Double", basicValue: 42 }]] as never, [[130]])).toEqual([
      [42 / 130],
    ]);
    expect(cell({ type: "Error", errorType: "NotAvailable" }, 1)).toEqual({
      error: "#N/A",
      message: expect.any(String),
    });
  });
});

describe("the numeric fast path gives exactly the core's result", () => {
  const samples: [number, number][] = [];
  for (const a of [
    0, 0.09, 0.1, 0.3, 0.35, 0.63, 1, 1.5, 3, 7.77, 7.9, 42, 98.6, 4428, 2947171, 1e15, 123456.789,
  ])
    for (const t of [0.1, 0.2, 0.7, 0.8, 1, 3, 7, 15.5, 130, 15500, 3200000, 1e-7, 9.99])
      samples.push([a, t]);
  samples.push([161, 1557], [2428, 2349]); // next to a rounding boundary: decimal.js decides

  test.each(["higher", "lower"] as const)("polarity %s, capped and not", (polarity) => {
    for (const [a, t] of samples)
      for (const cap of [true, false]) {
        const fast = achievementOf(a, t, polarity, cap);
        const core = achievementOfCell(a, t, polarity, cap);
        expect({ a, t, cap, r: fast }).toEqual({ a, t, cap, r: core });
      }
  });
});
