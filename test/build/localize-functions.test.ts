/** The Italian metadata step (scripts/localize-functions.js) on small inputs. */
import fs from "fs";
import os from "os";
import path from "path";
import { execFileSync } from "child_process";

const { localizeFunctions, DEFAULT_TABLE } = require("../../scripts/localize-functions") as {
  localizeFunctions: (
    metadata: unknown,
    table: unknown
  ) => { metadata: { functions: Record<string, unknown>[] }; errors: string[] };
  DEFAULT_TABLE: string;
};

const SCRIPT = path.resolve(__dirname, "..", "..", "scripts", "localize-functions.js");

const metadata = () => ({
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "VALUE",
      name: "VALUE",
      description: "The number a value stands for.",
      parameters: [{ name: "text", description: "The value as written.", type: "any" }],
      result: { type: "number" },
    },
  ],
});

const table = () => ({
  VALUE: {
    name: "valore",
    description: "Il numero che un valore rappresenta.",
    parameters: { text: { name: "testo", description: "Il valore come è scritto." } },
  },
});

describe("localizeFunctions", () => {
  test("translates names (upper-cased), descriptions and parameters; keeps ids, types and the rest", () => {
    const input = metadata();
    const result = localizeFunctions(input, table());
    expect(result.errors).toEqual([]);
    expect(result.metadata).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "VALUE",
          name: "VALORE",
          description: "Il numero che un valore rappresenta.",
          parameters: [{ name: "testo", description: "Il valore come è scritto.", type: "any" }],
          result: { type: "number" },
        },
      ],
    });
    expect(input).toEqual(metadata()); // input untouched
  });

  test("a function without translation is an error that says what to add", () => {
    const result = localizeFunctions(metadata(), {});
    expect(result.errors).toEqual([expect.stringMatching(/VALUE has no Italian translation/)]);
  });

  test("stale or misspelt entries are errors", () => {
    const t = { ...table(), PERFORMANCES: { name: "X", description: "x" } } as Record<
      string,
      unknown
    >;
    (t.VALUE as { parameters: Record<string, unknown> }).parameters.txt = { description: "?" };
    const errors = localizeFunctions(metadata(), t).errors.join("\n");
    expect(errors).toMatch(/unknown function PERFORMANCES/);
    expect(errors).toMatch(/unknown parameter "txt"/);
  });

  test("missing descriptions, bad or duplicate names are errors", () => {
    const m = metadata();
    m.functions.push({ ...m.functions[0], id: "VALUE2", name: "VALUE2" });
    const errors = localizeFunctions(m, {
      VALUE: {
        name: "valore",
        description: "",
        parameters: { text: { name: "il testo", description: "d" } },
      },
      VALUE2: { name: "VALORE", description: "d", parameters: {} },
    }).errors.join("\n");
    expect(errors).toMatch(/VALUE: missing Italian "description"/);
    expect(errors).toMatch(/parameter "text" has an Italian name that is empty or has spaces/);
    expect(errors).toMatch(/VALUE2: Italian name VALORE is already used by VALUE/);
    expect(errors).toMatch(/VALUE2: parameter "text" has no Italian "description"/);
    expect(
      localizeFunctions(metadata(), { VALUE: { ...table().VALUE, name: "9VALORE" } }).errors
    ).toEqual([expect.stringMatching(/must start with a letter/)]);
  });

  test("the project's table is valid JSON with an entry per function id", () => {
    const own = JSON.parse(fs.readFileSync(DEFAULT_TABLE, "utf8"));
    expect(Object.keys(own)).toContain("PERFORMANCE");
  });
});

describe("node scripts/localize-functions.js", () => {
  test("writes functions-it.json beside the input, and fails with the reasons on a bad table", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-localize-"));
    try {
      const input = path.join(dir, "functions.json");
      const good = path.join(dir, "good.json");
      const bad = path.join(dir, "bad.json");
      fs.writeFileSync(input, JSON.stringify(metadata()));
      fs.writeFileSync(good, JSON.stringify(table()));
      fs.writeFileSync(bad, JSON.stringify({}));
      execFileSync(process.execPath, [SCRIPT, input, good], { stdio: "pipe" });
      const written = JSON.parse(fs.readFileSync(path.join(dir, "functions-it.json"), "utf8"));
      expect(written.functions[0].name).toBe("VALORE");

      let failure: { status?: number; stderr?: Buffer } = {};
      try {
        execFileSync(process.execPath, [SCRIPT, input, bad, path.join(dir, "out.json")], {
          stdio: "pipe",
        });
      } catch (e) {
        failure = e as typeof failure;
      }
      expect(failure.status).toBe(1);
      expect(String(failure.stderr)).toMatch(/VALUE has no Italian translation/);
      expect(fs.existsSync(path.join(dir, "out.json"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
