/**
 * What `npm run build` writes for the custom functions: dist/functions.json (generated from the
 * JSDoc of src/functions/functions.ts), dist/functions-it.json (its Italian version) and the
 * functions bundle that registers them. `npm test` builds before jest runs.
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "..", "..", "dist");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
}

function read(name: string): { functions: FunctionMetadata[] } {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

describe("dist/functions.json", () => {
  test("exists (npm test builds before jest)", () => {
    expect(fs.existsSync(path.join(DIST, "functions.json"))).toBe(true);
  });

  test("lists PERFORMANCE(actual, target, [polarity], [cap]) over ranges, id without the namespace", () => {
    const { functions } = read("functions.json");
    const fn = functions.find((f) => f.id === "PERFORMANCE");
    expect(fn).toBeDefined();
    expect(fn!.name).toBe("PERFORMANCE");
    // actual, target and polarity are ranges (one call for a whole column); a single cell is a 1×1 range
    expect(
      fn!.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional === true])
    ).toEqual([
      ["actual", "any", "matrix", false],
      ["target", "any", "matrix", false],
      ["polarity", "any", "matrix", true],
      ["cap", "boolean", "scalar", true],
    ]);
    expect(fn!.result).toEqual({ dimensionality: "matrix" });
    for (const f of functions) expect(f.id).not.toMatch(/^PIRA\./);
  });

  test("lists the seven functions of the contract, with their arguments and result types", () => {
    const { functions } = read("functions.json");
    const shape = (f: FunctionMetadata) => ({
      id: f.id,
      parameters: f.parameters.map(
        (p) =>
          `${p.optional ? "[" : ""}${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`
      ),
      result: `${f.result?.type ?? "any"}${f.result?.dimensionality === "matrix" ? "[][]" : ""}`,
    });
    expect(functions.map(shape)).toEqual([
      {
        id: "PERFORMANCE",
        parameters: ["actual:any[][]", "target:any[][]", "[polarity:any[][]]", "[cap:boolean]"],
        result: "any[][]",
      },
      { id: "VALUE", parameters: ["text:any"], result: "number" },
      {
        id: "DEVIATION",
        parameters: ["actual:any", "target:any", "[relative:boolean]"],
        result: "number",
      },
      {
        id: "OUTCOME",
        parameters: ["achievement:any", "[low:any]", "[high:any]"],
        result: "string",
      },
      { id: "MISSION", parameters: ["code:any"], result: "string" },
      { id: "PROGRAMME", parameters: ["code:any", "[programme:any]"], result: "string" },
      { id: "WEIGHTED", parameters: ["achievements:any[][]", "weights:any[][]"], result: "number" },
    ]);
  });

  test("every function and parameter has a description", () => {
    const { functions } = read("functions.json");
    for (const f of functions) {
      expect(f.description ?? "").not.toBe("");
      for (const p of f.parameters)
        expect({ fn: f.id, p: p.name, d: (p.description ?? "") !== "" }).toEqual({
          fn: f.id,
          p: p.name,
          d: true,
        });
    }
  });
});

describe("dist/functions-it.json", () => {
  test("has the same functions, ids and parameter shapes, in Italian", () => {
    const en = read("functions.json").functions;
    const it = read("functions-it.json").functions;
    expect(it.map((f) => f.id)).toEqual(en.map((f) => f.id));
    it.forEach((f, i) => {
      expect(f.parameters.map((p) => [p.type, p.optional])).toEqual(
        en[i].parameters.map((p) => [p.type, p.optional])
      );
      expect(f.description).not.toBe(en[i].description);
      f.parameters.forEach((p, j) =>
        expect(p.description).not.toBe(en[i].parameters[j].description)
      );
    });
    expect(it.map((f) => [f.name, ...f.parameters.map((p) => p.name)])).toEqual([
      ["PERFORMANCE", "consuntivo", "target", "polarità", "limite"],
      ["VALORE", "testo"],
      ["SCOSTAMENTO", "consuntivo", "target", "relativo"],
      ["ESITO", "raggiungimento", "soglia_bassa", "soglia_alta"],
      ["MISSIONE", "codice"],
      ["PROGRAMMA", "codice", "programma"],
      ["MEDIAPONDERATA", "raggiungimenti", "pesi"],
    ]);
  });
});

describe("dist/functions.js", () => {
  test("registers every function of functions.json with CustomFunctions.associate", () => {
    const bundle = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    for (const f of read("functions.json").functions) {
      expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
    }
  });

  test("functions.html loads the bundle under the pages' Content-Security-Policy", () => {
    const html = fs.readFileSync(path.join(DIST, "functions.html"), "utf8");
    expect(html).toMatch(/<script[^>]*src="?functions\.js"?/);
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  });
});

describe("the other pages", () => {
  test.each(["taskpane", "commands"])(
    "%s.html exists, loads its bundle, and puts the CSP before any script",
    (name) => {
      const html = fs.readFileSync(path.join(DIST, `${name}.html`), "utf8");
      expect(html).toMatch(new RegExp(`<script[^>]*src="?${name}\\.js"?`));
      const csp = html.indexOf("Content-Security-Policy");
      expect(csp).toBeGreaterThan(0);
      expect(csp).toBeLessThan(html.indexOf("<script"));
      expect(fs.existsSync(path.join(DIST, `${name}.js`))).toBe(true);
    }
  );

  test("a local office.js is in dist for pages used outside Office", () => {
    // outside Office, office.js fetches the others relative to itself (checked in Chromium)
    for (const file of [
      "office.js",
      "o15apptofilemappingtable.js",
      "en-us/office_strings.js",
      "it-it/office_strings.js",
    ]) {
      expect({ file, exists: fs.existsSync(path.join(DIST, "assets", "office-js", file)) }).toEqual(
        {
          file,
          exists: true,
        }
      );
    }
  });
});
