/**
 * PIRA.VALUE, DEVIATION, OUTCOME: values written the Italian way, error codes and messages.
 */
import { DEVIATION, OUTCOME, PERFORMANCE, VALUE } from "../../src/functions/functions";
import { installCustomFunctions, outcome } from "../helpers/custom-functions";

installCustomFunctions();

const call =
  <A extends unknown[]>(fn: (...a: A) => unknown) =>
  (...args: A) =>
    outcome(() => fn(...args));

describe("VALUE (VALORE)", () => {
  const value = call(VALUE as (x: unknown) => number);

  test.each([
    ["98,47%", 0.9847],
    ["€ 3.960", 3960],
    ["3.960", 3960],
    ["2.377.957", 2377957],
    ["98,60", 98.6],
    ["-28,76", -28.76],
    ["% 6,4", 0.064],
    ["n. 0,82", 0.82],
    ["16% <sup>1</sup>", 0.16],
    ["76,07% (194/255)", 0.7607],
    ["sì", 1],
    ["no", 0],
    ["realizzato", 1],
    ["4 su 8", 4],
    [42, 42],
    [0.3, 0.3],
    [true, 1],
    [false, 0],
    [[["1.000"]], 1000],
  ] as [unknown, number][])("%p → %p", (text, n) => {
    expect(value(text)).toBe(n);
  });

  test("blank and n.d. are #N/A with a message", () => {
    for (const x of ["n.d.", "N.D.", "", null, undefined])
      expect(value(x)).toEqual({
        error: "#N/A",
        message: "testo: valore non disponibile (vuoto o n.d.)",
      });
  });

  test("unreadable text and ratings are #VALUE! saying what was expected", () => {
    expect(value("tanti")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^testo: «tanti» non è un valore leggibile: atteso un numero \(1\.234,5\)/
      ),
    });
    expect(value("buono")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^testo: «buono» non è un numero \(atteso ad esempio/),
    });
    expect(value(NaN)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/NaN/) });
    expect(value([[1, 2]])).toEqual({
      error: "#VALUE!",
      message: "testo: atteso un solo valore, non un intervallo",
    });
  });
});

describe("DEVIATION (SCOSTAMENTO)", () => {
  const deviation = call(DEVIATION as (...a: unknown[]) => number);

  test("actual − target, on Italian text or numbers", () => {
    expect(deviation("4.428", "15.500")).toBe(-11072);
    expect(deviation("88%", "90%")).toBe(-0.02);
    expect(deviation(0.3, 0.1)).toBe(0.2); // exact: not 0.19999999999999998
    expect(deviation("€ 4.278.724", "4.000.000")).toBe(278724);
    expect(deviation("98,60", "100%")).toBe(-0.014); // points against a percent
  });

  test("relative: (actual − target) / |target|", () => {
    expect(deviation(120, 100, true)).toBe(0.2);
    expect(deviation(-30, -20, true)).toBe(-0.5);
    expect(deviation("30%", "80%", "VERO")).toBe(-0.625);
  });

  test("errors: n.d. → #N/A, non-numbers → #VALUE!, zero target relative → #DIV/0!", () => {
    expect(deviation("n.d.", 5)).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/n\.d\./),
    });
    expect(deviation("buono", "buono")).toEqual({
      error: "#VALUE!",
      message: "lo scostamento richiede valori numerici",
    });
    expect(deviation("abc", 5)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^consuntivo: «abc»/),
    });
    expect(deviation(5, 0, true)).toEqual({ error: "#DIV/0!", message: expect.any(String) });
    expect(deviation(5, 1, "forse")).toEqual({
      error: "#VALUE!",
      message: "relativo: atteso VERO o FALSO, non «forse»",
    });
  });
});

describe("OUTCOME (ESITO)", () => {
  const out = call(OUTCOME as (...a: unknown[]) => string);

  test("bands at 70% and 90% by default; the thresholds themselves belong to the upper band", () => {
    expect(out(0.95)).toBe("raggiunto");
    expect(out(0.9)).toBe("raggiunto");
    expect(out(0.89999)).toBe("parzialmente raggiunto");
    expect(out(0.7)).toBe("parzialmente raggiunto");
    expect(out(0.69)).toBe("non raggiunto");
    expect(out(0)).toBe("non raggiunto");
    expect(out(1.2)).toBe("raggiunto");
  });

  test("text achievements and thresholds, Italian style", () => {
    expect(out("85%")).toBe("parzialmente raggiunto");
    expect(out("0,95")).toBe("raggiunto");
    expect(out("85%", "50%", "80%")).toBe("raggiunto");
    expect(out(0.6, 0.5)).toBe("parzialmente raggiunto");
    expect(out(0.6, null, null)).toBe("non raggiunto");
  });

  test("over PERFORMANCE: exact where floating point would slip below 90%", () => {
    expect(out(PERFORMANCE([[0.09]], [[0.1]]))).toBe("raggiunto");
  });

  test("errors", () => {
    expect(out("n.d.")).toEqual({
      error: "#N/A",
      message: "raggiungimento: non disponibile (vuoto o n.d.): esito non determinabile",
    });
    expect(out("buono")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^raggiungimento: «buono» non è un numero/),
    });
    expect(out(0.8, 0.9, 0.7)).toEqual({
      error: "#VALUE!",
      message: "soglie invertite: la soglia bassa (0,9) supera quella alta (0,7)",
    });
    expect(out(0.8, "alta")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^soglia bassa: «alta»/),
    });
  });
});
