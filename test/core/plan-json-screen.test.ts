/**
 * The plan JSON reader parses first and runs the syntax scanner (locateJsonError) only when the
 * screen (src/core/plan/json-screen.ts) says it must. The screen must be exact where it matters:
 * whatever the scanner refuses — a key given twice, a lone surrogate, nesting past its bound, a
 * syntax error — still reaches the scanner, and the answer (message and place) is the scanner's.
 */
import fc from "fast-check";
import { readPlanJson, writePlanJson } from "../../src/core/plan";
import * as syntax from "../../src/core/plan/json-syntax";
import * as screen from "../../src/core/plan/json-screen";
import { textShape, treeMatches } from "../../src/core/plan/json-screen";
import { referencePlan } from "./plan.fixtures";

/** Strings that trouble a scanner that skips strings: quotes, backslashes, colons, brackets. */
const TRICKY = [
  "a",
  "b",
  "",
  ":",
  " :",
  ":x",
  "\\\\",
  '\\"',
  '\\":',
  "a\\\\",
  "{[",
  "]}",
  "\\u0061",
  "\\ud800",
  "\\udc00",
  "\\ud800a",
  "\\ud83d\\ude00",
  "\\uD83D\\uDE00",
  "\ud800",
  "\udfff",
  "😀",
  "x\ud83dy",
  "€ 1.000",
];
const ws = fc.constantFrom("", " ", "\n", "  ", "\t", "\r\n");
const str = fc.constantFrom(...TRICKY).map((s) => `"${s}"`);
const scalar = fc.oneof(
  str,
  fc.constantFrom("0", "-1", "2.5e3", "true", "false", "null", "1e400", "01", "tru")
);

/** JSON-like texts, mostly valid, with keys drawn from a small pool (so often given twice). */
const text = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc
      .tuple(fc.array(fc.tuple(ws, tie("value"), ws), { maxLength: 4 }), ws)
      .map(([xs, w]) => `[${xs.map(([a, v, b]) => a + v + b).join(",")}${w}]`),
    fc
      .tuple(fc.array(fc.tuple(str, ws, ws, tie("value")), { maxLength: 4 }), ws)
      .map(([xs, w]) => `{${xs.map(([k, a, b, v]) => `${a}${k}${a}:${b}${v}`).join(",")}${w}}`)
  ),
})).value;

/** The reader's answer on a text, reduced to what the user sees of its JSON reading. */
function answer(t: string): string {
  const r = readPlanJson(t);
  return r.ok ? "plan" : r.reason.en;
}

/** What the reader said when the scanner ran first on every text (the behaviour kept). */
function scannerFirst(t: string): string {
  const where = syntax.locateJsonError(t);
  if (where !== null)
    return `the file is not valid JSON: line ${where.line}, column ${where.column} (character ${where.offset + 1}): ${where.what.en}`;
  try {
    JSON.parse(t);
  } catch (e) {
    return `the file is not valid JSON: ${(e as Error).message}`;
  }
  return "JSON";
}

test("property: the reader refuses exactly what the scanner refuses, with its message and place", () => {
  fc.assert(
    fc.property(text, fc.nat(), (t, cut) => {
      // sometimes a text broken by a cut, as a truncated file is
      for (const x of [t, t.slice(0, cut % (t.length + 1))]) {
        if (x.trim() === "") continue;
        const before = scannerFirst(x);
        const now = answer(x);
        if (before.startsWith("the file is not valid JSON")) expect(now).toBe(before);
        else expect(now.startsWith("the file is not valid JSON")).toBe(false);
      }
    }),
    { numRuns: 3000 }
  );
});

test("property: the screen passes only texts the scanner takes", () => {
  fc.assert(
    fc.property(text, (t) => {
      let data: unknown;
      try {
        data = JSON.parse(t);
      } catch {
        return;
      }
      const shape = textShape(t);
      if (shape.depth <= syntax.MAX_JSON_DEPTH && treeMatches(t, data, shape.keys))
        expect(syntax.locateJsonError(t)).toBeNull();
    }),
    { numRuns: 3000 }
  );
});

test.each([
  ["a key twice, with spaces before the colon", '{"a" : 1, "b":2, "a"\n:3}', /«a» appears twice/],
  ["a key twice in an extra object deep inside", '[{"x":{"extra":{"k":"1","k":"2"}}}]', /«k»/],
  ["a key twice, once escaped", '{"\\u0061":1,"a":2}', /«a» appears twice/],
  ["a value that starts with a colon beside a key twice", '{"a":":","a":1}', /«a»/],
  ["a lone surrogate escaped in a key", '{"\\udc00":1}', /lone surrogate/],
  ["a raw lone surrogate in a value", `{"a":"x${String.fromCharCode(0xd800)}"}`, /lone surrogate/],
])("%s: refused at its place, as the scanner says", (_what, t, what) => {
  const r = readPlanJson(t);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.reason.en).toMatch(what);
  const where = syntax.locateJsonError(t);
  expect(r.position).toEqual({ offset: where?.offset, line: where?.line, column: where?.column });
});

test("a clean plan is parsed once and never scanned; a plan with a key twice is", () => {
  const scan = jest.spyOn(syntax, "locateJsonError");
  const parse = jest.spyOn(JSON, "parse");
  try {
    const text = writePlanJson(referencePlan());
    expect(readPlanJson(text).ok).toBe(true);
    expect(scan).not.toHaveBeenCalled();
    expect(parse).toHaveBeenCalledTimes(1);
    const twice = text.replace('"title": ', '"title": "x",\n  "title": ');
    const r = readPlanJson(twice);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(r.ok ? "" : r.reason.en).toMatch(/line 5, column 3 .*the key «title» appears twice/);
  } finally {
    scan.mockRestore();
    parse.mockRestore();
  }
});

test("a text nested past the bound never reaches JSON.parse", () => {
  const parse = jest.spyOn(JSON, "parse");
  try {
    const r = readPlanJson(`${"[".repeat(300)}${"]".repeat(300)}`);
    expect(r.ok ? "" : r.reason.en).toMatch(/nested more than 256 deep/);
    expect(parse).not.toHaveBeenCalled();
  } finally {
    parse.mockRestore();
  }
});

test("an engine without String.prototype.isWellFormed: any surrogate takes the scanner", () => {
  const proto = String.prototype as unknown as { isWellFormed?: unknown };
  const own = proto.isWellFormed;
  delete proto.isWellFormed;
  const scan = jest.spyOn(syntax, "locateJsonError");
  try {
    const lone = readPlanJson(`{"a":"x${String.fromCharCode(0xdc00)}"}`);
    expect(lone.ok ? "" : lone.reason.en).toMatch(/line 1, column 8 .*lone surrogate/);
    const escaped = readPlanJson('["\\ud800"]');
    expect(escaped.ok ? "" : escaped.reason.en).toMatch(/lone surrogate/);
    expect(scan).toHaveBeenCalledTimes(2);
    // a pair is a character: scanned (the screen cannot tell), and taken
    expect(
      readPlanJson(writePlanJson(referencePlan()).replace('"title": "', '"title": "😀')).ok
    ).toBe(true);
    expect(scan).toHaveBeenCalledTimes(3);
  } finally {
    proto.isWellFormed = own;
    scan.mockRestore();
  }
});

/**
 * A plan the check accepts spares the walk of its data: the check counts the keys it reads. So
 * every object of a right plan must be counted — a key given twice in any of them (the plan,
 * an entity, a programme and its budget, phases and extra columns, an indicator, its value maps,
 * value objects and baseline) or a lone surrogate in any string still reaches the scanner.
 */
describe("a right plan with a key twice or a lone surrogate anywhere", () => {
  function planText(): string {
    const plan = referencePlan();
    plan.programmes[0].extra = { "Colonna propria": "testo" };
    plan.indicators[0].extra = { Nota: "sì" };
    plan.indicators[0].baseline = { date: "2019-12-31", raw: "5", kind: "number", value: 5 };
    return writePlanJson(plan);
  }
  const text = planText();
  /** The first key of each name at each depth of the written plan (its indentation). */
  const places = new Map<string, number>();
  for (const m of text.matchAll(/^( *)"([^"]+)": /gm)) {
    const k = `${m[1].length}:${m[2]}`;
    if (!places.has(k)) places.set(k, m.index + m[1].length);
  }
  it("is read as a plan as written, its data not walked again (the check counted its keys)", () => {
    const walk = jest.spyOn(screen, "treeMatches");
    try {
      expect(readPlanJson(text).ok).toBe(true);
      expect(walk).not.toHaveBeenCalled();
    } finally {
      walk.mockRestore();
    }
    expect(places.size).toBeGreaterThan(50);
    for (const k of ["8:date", "8:Nota", "8:Colonna propria", "10:annotation", "10:of"])
      expect(places.has(k)).toBe(true);
  });
  it.each([...places])("a key twice: %s", (_k, at) => {
    const key = /^"[^"]+": /.exec(text.slice(at))?.[0] ?? "";
    const t = `${text.slice(0, at)}${key}null, ${text.slice(at)}`;
    expect(answer(t)).toBe(scannerFirst(t));
    expect(answer(t)).toMatch(/appears twice/);
  });
  it.each([...places])("a lone surrogate in the key: %s", (_k, at) => {
    const t = `${text.slice(0, at + 1)}\\udc00${text.slice(at + 1)}`;
    expect(answer(t)).toBe(scannerFirst(t));
    expect(answer(t)).toMatch(/lone surrogate/);
  });
  it("a lone surrogate in a text value, escaped or raw", () => {
    for (const s of ["\\ud800", String.fromCharCode(0xdfff)]) {
      const t = text.replace('"name": "', `"name": "${s}`);
      expect(answer(t)).toBe(scannerFirst(t));
      expect(answer(t)).toMatch(/lone surrogate/);
    }
  });
});
