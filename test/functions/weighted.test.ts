/**
 * PIRA.WEIGHTED: weighted mean of achievements, blanks and n.d. left out with their weights.
 */
import { WEIGHTED } from "../../src/functions/functions";
import { installCustomFunctions, outcome } from "../helpers/custom-functions";

installCustomFunctions();

const weighted = (a: unknown[][], w: unknown[][]) => outcome(() => WEIGHTED(a, w));

describe("WEIGHTED (MEDIAPONDERATA)", () => {
  test("Σ(achievement × weight) / Σ weight, exact", () => {
    expect(weighted([[0.5], [1]], [[1], [3]])).toBe(0.875);
    expect(weighted([[0.1], [0.2]], [[1], [1]])).toBe(0.15);
    expect(weighted([["85%"], ["100%"], ["0,7"]], [["20%"], ["30%"], ["50%"]])).toBe(0.82);
    expect(weighted([[0.5, 1]], [[1, 1]])).toBe(0.75);
  });

  test("blank and n.d. achievements are left out with their weights", () => {
    expect(weighted([[0.5], ["n.d."], [null], [""], [1]], [[1], [100], [100], [100], [1]])).toBe(
      0.75
    );
    expect(weighted([[0.5], ["n.d."]], [[2], [null]])).toBe(0.5);
  });

  test("errors: sizes, missing weight, negative weight, zero sum, nothing available", () => {
    expect(weighted([[1], [2]], [[1]])).toEqual({
      error: "#VALUE!",
      message: "raggiungimenti 2×1 e pesi 1×1: attesi due intervalli della stessa dimensione",
    });
    expect(weighted([[0.5], [0.7]], [[1], [null]])).toEqual({
      error: "#N/A",
      message: "riga 2: manca il peso del raggiungimento «0,7»",
    });
    expect(weighted([[0.5], [0.7]], [[1], [-1]])).toEqual({
      error: "#VALUE!",
      message: "riga 2: peso negativo «-1»: i pesi devono essere zero o positivi",
    });
    expect(weighted([[0.5], [0.7]], [[0], [0]])).toEqual({
      error: "#DIV/0!",
      message: expect.stringMatching(/somma dei pesi è zero/),
    });
    expect(weighted([["n.d."], [null]], [[1], [1]])).toEqual({
      error: "#N/A",
      message: "nessun raggiungimento disponibile: tutti vuoti o n.d.",
    });
    expect(weighted([["buono"]], [[1]])).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^riga 1: raggiungimento: «buono» non è un numero/),
    });
    expect(weighted([[0.5, "?!"]], [[1, 1]])).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^riga 1, colonna 2: raggiungimento: «\?!» non è un valore leggibile/
      ),
    });
    expect(weighted([[0.5], [0.7]], [[1], ["molto"]])).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^riga 2: peso: «molto»/),
    });
  });
});
