/**
 * The shipped dist/functions.js, run the way the JavaScript-only custom-functions runtime runs it:
 * a bare script with a CustomFunctions global and no Node, no DOM. Checks the plumbing end to end
 * (bundle → associate → core) on a few rows of the reference document.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

const BUNDLE = path.resolve(__dirname, "..", "..", "dist", "functions.js");

class FakeError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

type Fn = (...args: unknown[]) => unknown;

function loadBundle(): Map<string, Fn> {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
  const registered = new Map<string, Fn>();
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => registered.set(id, fn),
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
  return registered;
}

function outcome(fn: Fn, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof FakeError) return { error: e.code, message: e.message };
    throw e;
  }
}

describe("dist/functions.js in a bare custom-functions runtime", () => {
  const functions = loadBundle();
  const PERFORMANCE = functions.get("PERFORMANCE")!;

  test("registers PERFORMANCE", () => {
    expect(typeof PERFORMANCE).toBe("function"); // from another realm: not instanceof this Function
  });

  test("computes achievement from numbers and Italian text (reference document rows)", () => {
    expect(outcome(PERFORMANCE, "4.428", "15.500")).toBeCloseTo(4428 / 15500, 12);
    expect(outcome(PERFORMANCE, "88%", "90%")).toBeCloseTo(88 / 90, 12);
    expect(outcome(PERFORMANCE, 42, 130)).toBeCloseTo(42 / 130, 12);
    expect(outcome(PERFORMANCE, "€ 3.736.109", "4.602.285", "decrescente")).toBe(1);
    expect(outcome(PERFORMANCE, "realizzato", "realizzazione")).toBe(1);
    expect(outcome(PERFORMANCE, 200, 100)).toBe(1);
    expect(outcome(PERFORMANCE, 200, 100, "higher", false)).toBe(2);
  });

  test("missing data is #N/A and unreadable input #VALUE!, each with an Italian message", () => {
    expect(outcome(PERFORMANCE, "n.d.", "90%")).toEqual({
      error: "#N/A",
      message: expect.any(String),
    });
    const unreadable = outcome(PERFORMANCE, "tanti", "90%") as { error: string; message: string };
    expect(unreadable.error).toBe("#VALUE!");
    expect(unreadable.message).toMatch(/tanti/);
    const polarity = outcome(PERFORMANCE, 1, 2, "boh") as { error: string; message: string };
    expect(polarity).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/polarità «boh» sconosciuta/),
    });
  });
});
