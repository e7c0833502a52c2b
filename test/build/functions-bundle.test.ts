/**
 * The shipped dist/functions.js, run the way the JavaScript-only custom-functions runtime runs it:
 * a bare script with a CustomFunctions global and no Node, no DOM. Checks what it registers
 * (exactly the ids of dist/functions.json) and that the registered functions compute as the
 * contract says, on rows of the reference document, single cells and whole ranges.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import Decimal from "decimal.js";
import { PERFORMANCE } from "../../src/functions/functions";
import { installCustomFunctions, plain } from "../helpers/custom-functions";

const DIST = path.resolve(__dirname, "..", "..", "dist");
const BUNDLE = path.join(DIST, "functions.js");

class FakeError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

type Fn = (...args: unknown[]) => unknown;

function loadBundle(): { registered: Map<string, Fn>; order: string[] } {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
  const registered = new Map<string, Fn>();
  const order: string[] = [];
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => {
      order.push(id);
      registered.set(id, fn);
    },
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
  vm.runInNewContext(
    fs.readFileSync(BUNDLE, "utf8"),
    { CustomFunctions },
    { filename: "functions.js" }
  );
  return { registered, order };
}

/** The value, {error, message} for a thrown CustomFunctions.Error, errors inside matrices too. */
function outcome(fn: Fn, ...args: unknown[]): unknown {
  const plain = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(plain)
      : x instanceof FakeError
        ? { error: x.code, message: x.message }
        : x;
  try {
    return plain(fn(...args));
  } catch (e) {
    if (e instanceof FakeError) return { error: e.code, message: e.message };
    throw e;
  }
}

/** Excel passes single cells to range parameters as 1×1 matrices and gets a 1×1 matrix back. */
function single(fn: Fn, ...args: unknown[]): unknown {
  const r = outcome(fn, ...args.map((a) => (a === undefined ? undefined : [[a]])));
  return Array.isArray(r) ? (r as unknown[][])[0][0] : r;
}

const ratio = (a: number, b: number) => new Decimal(a).div(b).toNumber();

describe("dist/functions.js in a bare custom-functions runtime", () => {
  const { registered, order } = loadBundle();
  const fn = (id: string) => {
    const f = registered.get(id);
    if (!f) throw new Error(`${id} is not registered`);
    return f;
  };

  test("registers exactly the ids of dist/functions.json, each once", () => {
    const ids = JSON.parse(
      fs.readFileSync(path.join(DIST, "functions.json"), "utf8")
    ).functions.map((f: { id: string }) => f.id);
    expect([...order].sort()).toEqual([...ids].sort());
    expect(new Set(order).size).toBe(order.length);
    expect(ids).toEqual([
      "PERFORMANCE",
      "VALUE",
      "DEVIATION",
      "OUTCOME",
      "MISSION",
      "PROGRAMME",
      "WEIGHTED",
    ]);
    for (const f of registered.values()) expect(typeof f).toBe("function"); // another realm
  });

  test("PERFORMANCE on single cells: numbers and Italian text (reference document rows)", () => {
    const P = fn("PERFORMANCE");
    expect(single(P, "4.428", "15.500")).toBe(ratio(4428, 15500));
    expect(single(P, "88%", "90%")).toBe(ratio(88, 90));
    expect(single(P, "30%", "80%")).toBe(0.375);
    expect(single(P, 42, 130)).toBe(ratio(42, 130));
    expect(single(P, "€ 3.736.109", "4.602.285", "decrescente")).toBe(1);
    expect(single(P, "realizzato", "realizzazione")).toBe(1);
    expect(single(P, "buono", "buono")).toBe(1);
    expect(single(P, 200, 100)).toBe(1);
    expect(single(P, 200, 100, "higher", false)).toBe(2);
  });

  test("PERFORMANCE over two ranges: one call, per-cell errors inside the result", () => {
    const P = fn("PERFORMANCE");
    expect(
      outcome(
        P,
        [["4.428"], [42], ["n.d."], ["tanti"], [0.3]],
        [["15.500"], [130], ["90%"], [5], [0.8]]
      )
    ).toEqual([
      [ratio(4428, 15500)],
      [ratio(42, 130)],
      [{ error: "#N/A", message: expect.stringMatching(/non disponibile/) }],
      [{ error: "#VALUE!", message: expect.stringMatching(/«tanti»/) }],
      [0.375],
    ]);
    expect(outcome(P, [[1], [2], [3]], [[1], [2]])).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /^intervalli di dimensioni diverse \(consuntivo 3×1, target 2×1\)/
      ),
    });
  });

  test("PERFORMANCE errors: #N/A and #VALUE! with an Italian message, #DIV/0!", () => {
    const P = fn("PERFORMANCE");
    expect(single(P, "n.d.", "90%")).toEqual({ error: "#N/A", message: expect.any(String) });
    const unreadable = single(P, "tanti", "90%") as { error: string; message: string };
    expect(unreadable.error).toBe("#VALUE!");
    expect(unreadable.message).toMatch(/tanti/);
    expect(single(P, 1, 2, "boh")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/polarità «boh» sconosciuta/),
    });
    expect(single(P, 5, 0, "crescente", false)).toEqual({
      error: "#DIV/0!",
      message: expect.any(String),
    });
  });

  test("VALUE, DEVIATION, OUTCOME", () => {
    expect(outcome(fn("VALUE"), "98,47%")).toBe(0.9847);
    expect(outcome(fn("VALUE"), "€ 3.960")).toBe(3960);
    expect(outcome(fn("VALUE"), "n.d.")).toEqual({ error: "#N/A", message: expect.any(String) });
    expect(outcome(fn("DEVIATION"), "4.428", "15.500")).toBe(-11072);
    expect(outcome(fn("DEVIATION"), 120, 100, true)).toBe(0.2);
    expect(outcome(fn("OUTCOME"), "85%")).toBe("parzialmente raggiunto");
    expect(outcome(fn("OUTCOME"), 0.9)).toBe("raggiunto");
    expect(outcome(fn("OUTCOME"), 0.5, 0.4, 0.6)).toBe("parzialmente raggiunto");
  });

  test("MISSION, PROGRAMME (032.004 retired: #VALUE! naming 032.003)", () => {
    expect(outcome(fn("MISSION"), "11")).toBe("Competitività e sviluppo delle imprese");
    expect(outcome(fn("PROGRAMME"), "012.004")).toMatch(/^Vigilanza sui mercati/);
    expect(outcome(fn("PROGRAMME"), "011", "005")).toMatch(/^Promozione e attuazione/);
    expect(outcome(fn("PROGRAMME"), "032.004")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/032\.003/),
    });
  });

  test("WEIGHTED", () => {
    expect(outcome(fn("WEIGHTED"), [[0.5], ["n.d."], [1]], [[1], [5], [3]])).toBe(0.875);
    expect(outcome(fn("WEIGHTED"), [[0.5]], [[0]])).toEqual({
      error: "#DIV/0!",
      message: expect.any(String),
    });
  });

  test("the bundle computes what the sources compute (same code, minified)", () => {
    // a spread of inputs through PERFORMANCE's fast path and the core's decimal path
    const values: unknown[] = [
      0,
      0.3,
      0.8,
      42,
      130,
      161,
      1557,
      "98,60",
      "100%",
      "n.d.",
      "sì",
      -5,
      true,
    ];
    const actual = values.flatMap((a) => values.map(() => [a]));
    const target = values.flatMap(() => values.map((t) => [t]));
    installCustomFunctions();
    const fromSource = plain(PERFORMANCE(actual as never, target as never, undefined, false));
    expect(outcome(fn("PERFORMANCE"), actual, target, undefined, false)).toEqual(fromSource);
  });
});
