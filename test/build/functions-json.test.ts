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
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string };
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

  test("lists PERFORMANCE(actual, target, [polarity], [cap]) returning a number, id without the namespace", () => {
    const { functions } = read("functions.json");
    const fn = functions.find((f) => f.id === "PERFORMANCE");
    expect(fn).toBeDefined();
    expect(fn!.name).toBe("PERFORMANCE");
    expect(fn!.parameters.map((p) => [p.name, p.type, p.optional === true])).toEqual([
      ["actual", "any", false],
      ["target", "any", false],
      ["polarity", "string", true],
      ["cap", "boolean", true],
    ]);
    expect(fn!.result?.type).toBe("number");
    for (const f of functions) expect(f.id).not.toMatch(/^PIRA\./);
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
    const performance = it.find((f) => f.id === "PERFORMANCE");
    expect(performance?.name).toBe("PERFORMANCE");
    expect(performance?.parameters.map((p) => p.name)).toEqual([
      "consuntivo",
      "target",
      "polarità",
      "limite",
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
