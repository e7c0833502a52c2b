/**
 * Offline checks of manifest.xml and of the production dist/manifest.xml written by `npm run build`
 * (`npm run validate` asks Microsoft's online service; this is what can be checked without it).
 */
import fs from "fs";
import path from "path";
import { allElements, elementsNamed, parseXml, pathTo, type XmlElement } from "./xml";

const { DEV_BASE_URL, rewriteManifestUrls } = require("../../scripts/manifest-urls") as {
  DEV_BASE_URL: string;
  rewriteManifestUrls: (xml: string, base: string) => string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SOURCE_PATH = path.join(ROOT, "manifest.xml");
const DIST_PATH = path.join(DIST, "manifest.xml");

const RESOURCE_KINDS = {
  image: "bt:Image",
  url: "bt:Url",
  short: "bt:String",
  long: "bt:String",
} as const;

interface Resources {
  images: Map<string, XmlElement>;
  urls: Map<string, XmlElement>;
  shortStrings: Map<string, XmlElement>;
  longStrings: Map<string, XmlElement>;
}

function only(root: XmlElement, name: string): XmlElement {
  const found = elementsNamed(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function resources(root: XmlElement): Resources {
  const section = only(root, "Resources");
  const group = (groupName: string, itemName: string) => {
    const map = new Map<string, XmlElement>();
    for (const g of section.children.filter((c) => c.name === groupName)) {
      for (const item of g.children) {
        expect(item.name).toBe(itemName);
        const id = item.attributes.id;
        expect(id).toBeTruthy();
        if (map.has(id)) throw new Error(`resource id ${id} defined twice in ${groupName}`);
        map.set(id, item);
      }
    }
    return map;
  };
  return {
    images: group("bt:Images", RESOURCE_KINDS.image),
    urls: group("bt:Urls", RESOURCE_KINDS.url),
    shortStrings: group("bt:ShortStrings", RESOURCE_KINDS.short),
    longStrings: group("bt:LongStrings", RESOURCE_KINDS.long),
  };
}

/** Which kind of resource an element with a resid must point to, from the element's name. */
function expectedKind(element: XmlElement): keyof Resources {
  switch (element.name) {
    case "bt:Image":
      return "images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "shortStrings";
    case "Description":
      return "longStrings";
    default:
      throw new Error(`no rule for resid on <${element.name}>`);
  }
}

/** Every URL the manifest points at: attribute values and element text that look like URLs (not namespace names). */
function urlsIn(root: XmlElement): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const e of allElements(root)) {
    for (const [attr, value] of Object.entries(e.attributes)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue; // namespace names, never fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        out.push({ where: `<${e.name} ${attr}> line ${e.line}`, url: value });
    }
    const text = e.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
      out.push({ where: `<${e.name}> line ${e.line}`, url: text });
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature))
    throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function customFunctionsPoint(root: XmlElement): XmlElement {
  const points = elementsNamed(root, "ExtensionPoint").filter(
    (e) => e.attributes["xsi:type"] === "CustomFunctions"
  );
  expect(points).toHaveLength(1);
  return points[0];
}

function residOf(parent: XmlElement, childName: string): string {
  const holder = parent.children.find((c) => c.name === childName);
  if (!holder) throw new Error(`<${parent.name}> has no <${childName}>`);
  const location = holder.children.find((c) => c.name === "SourceLocation");
  if (!location) throw new Error(`<${childName}> has no <SourceLocation>`);
  return location.attributes.resid;
}

const sourceXml = fs.readFileSync(SOURCE_PATH, "utf8");

describe("manifest.xml", () => {
  const root = parseXml(sourceXml);
  const res = resources(root);

  test("is a task pane add-in for Excel workbooks that may read and write the document", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(only(root, "Id").text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(only(root, "Version").text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = root.children.find((c) => c.name === "Hosts");
    expect(hosts?.children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(only(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
    const overrides = elementsNamed(root, "Host").filter(
      (h) => h.attributes["xsi:type"] !== undefined
    );
    expect(overrides.map((h) => h.attributes["xsi:type"])).toEqual(["Workbook"]);
  });

  test("every resid names a defined resource of the right kind, and every resource is used", () => {
    const used = new Set<string>();
    const problems: string[] = [];
    for (const e of allElements(root).filter((x) => "resid" in x.attributes)) {
      const kind = expectedKind(e);
      const id = e.attributes.resid;
      if (!res[kind].has(id))
        problems.push(`${pathTo(root, e).join(" > ")} resid="${id}" is not in ${kind}`);
      used.add(`${kind}:${id}`);
    }
    expect(problems).toEqual([]);
    const unused = (Object.keys(res) as (keyof Resources)[]).flatMap((kind) =>
      [...res[kind].keys()].filter((id) => !used.has(`${kind}:${id}`)).map((id) => `${kind}:${id}`)
    );
    expect(unused).toEqual([]);
    // a resid may name a string in ShortStrings or LongStrings, never both
    const both = [...res.shortStrings.keys()].filter((id) => res.longStrings.has(id));
    expect(both).toEqual([]);
  });

  test("every URL is https and under the development base URL, so the production rewrite moves them all", () => {
    const urls = urlsIn(root);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.url.startsWith("https://"))).toEqual([]);
    expect(urls.filter((u) => !u.url.startsWith(DEV_BASE_URL))).toEqual([]);
  });

  test("custom functions: namespace PIRA, JavaScript-only runtime, Italian metadata for it-IT", () => {
    const point = customFunctionsPoint(root);
    const namespaceId = point.children.find((c) => c.name === "Namespace")?.attributes.resid ?? "";
    expect(res.shortStrings.get(namespaceId)?.attributes.DefaultValue).toBe("PIRA");
    expect(res.shortStrings.get(namespaceId)?.children).toEqual([]);

    const url = (id: string) => res.urls.get(id)?.attributes.DefaultValue;
    expect(url(residOf(point, "Script"))).toBe(`${DEV_BASE_URL}functions.js`);
    expect(url(residOf(point, "Page"))).toBe(`${DEV_BASE_URL}functions.html`);
    const metadata = res.urls.get(residOf(point, "Metadata"));
    expect(metadata?.attributes.DefaultValue).toBe(`${DEV_BASE_URL}functions.json`);
    const overrides = metadata?.children ?? [];
    expect(overrides.map((o) => [o.name, o.attributes.Locale, o.attributes.Value])).toEqual([
      ["bt:Override", "it-IT", `${DEV_BASE_URL}functions-it.json`],
    ]);

    // a shared runtime would add <Runtimes> and a SharedRuntime requirement
    expect(elementsNamed(root, "Runtimes")).toEqual([]);
    expect(elementsNamed(root, "Set").map((s) => s.attributes.Name)).not.toContain("SharedRuntime");
    expect(elementsNamed(root, "Set").map((s) => s.attributes.Name)).toContain(
      "CustomFunctionsRuntime"
    );
  });

  test("a button on the Home tab opens the task pane", () => {
    const tabs = elementsNamed(root, "OfficeTab");
    expect(tabs.map((t) => t.attributes.id)).toEqual(["TabHome"]);
    const buttons = elementsNamed(tabs[0], "Control").filter(
      (c) => c.attributes["xsi:type"] === "Button"
    );
    expect(buttons).toHaveLength(1);
    const action = buttons[0].children.find((c) => c.name === "Action");
    expect(action?.attributes["xsi:type"]).toBe("ShowTaskpane");
    const location =
      action?.children.find((c) => c.name === "SourceLocation")?.attributes.resid ?? "";
    expect(res.urls.get(location)?.attributes.DefaultValue).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(only(root, "DefaultSettings").children[0].attributes.DefaultValue).toBe(
      `${DEV_BASE_URL}taskpane.html`
    );
  });

  test("icons exist in assets/ as PNGs of the size the manifest says", () => {
    const expectations: { url: string; size: number; where: string }[] = [
      { url: only(root, "IconUrl").attributes.DefaultValue, size: 32, where: "IconUrl" },
      {
        url: only(root, "HighResolutionIconUrl").attributes.DefaultValue,
        size: 64,
        where: "HighResolutionIconUrl",
      },
    ];
    for (const ref of elementsNamed(root, "bt:Image").filter((e) => "resid" in e.attributes)) {
      const image = res.images.get(ref.attributes.resid);
      expect(image).toBeDefined();
      expectations.push({
        url: image!.attributes.DefaultValue,
        size: Number(ref.attributes.size),
        where: ref.attributes.resid,
      });
    }
    const sizes = new Set(expectations.map((e) => e.size));
    for (const size of [16, 32, 64, 80]) expect(sizes).toContain(size);
    for (const e of expectations) {
      expect(e.url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, e.url.slice(DEV_BASE_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      expect({ where: e.where, ...pngSize(file) }).toEqual({
        where: e.where,
        width: e.size,
        height: e.size,
      });
    }
  });

  test("strings fit Office's limits (short 125, long 250 characters), overrides included", () => {
    const tooLong: string[] = [];
    const check = (map: Map<string, XmlElement>, limit: number) => {
      for (const [id, e] of map) {
        const values = [e.attributes.DefaultValue, ...e.children.map((o) => o.attributes.Value)];
        for (const v of values) {
          expect(typeof v).toBe("string");
          if (v.length === 0 || v.length > limit) tooLong.push(`${id}: ${v.length} characters`);
        }
      }
    };
    check(res.shortStrings, 125);
    check(res.longStrings, 250);
    expect(tooLong).toEqual([]);
    // what users see has an Italian version
    for (const id of [
      "TaskpaneButton.Label",
      "TaskpaneButton.Tooltip",
      "GetStarted.Title",
      "GetStarted.Description",
    ]) {
      const e = res.shortStrings.get(id) ?? res.longStrings.get(id);
      expect(e?.children.map((o) => o.attributes.Locale)).toEqual(["it-IT"]);
    }
    expect(only(root, "DisplayName").children.map((o) => [o.name, o.attributes.Locale])).toEqual([
      ["Override", "it-IT"],
    ]);
  });
});

describe("dist/manifest.xml (production build)", () => {
  test("exists: `npm test` builds before running jest", () => {
    expect(fs.existsSync(DIST_PATH)).toBe(true);
  });

  const built = fs.existsSync(DIST_PATH) ? fs.readFileSync(DIST_PATH, "utf8") : null;
  const maybe = built === null ? test.skip : test;

  maybe(
    "is manifest.xml with every development URL moved to one https production base, no localhost left",
    () => {
      const root = parseXml(built!);
      expect(built).not.toMatch(/localhost/i);
      const taskpane = only(root, "DefaultSettings").children[0].attributes.DefaultValue;
      expect(taskpane).toMatch(/^https:\/\/[^/]+\/(.*\/)?taskpane\.html$/);
      const base = taskpane.slice(0, -"taskpane.html".length);
      const urls = urlsIn(root);
      expect(urls.filter((u) => !u.url.startsWith(base))).toEqual([]);
      expect(built).toBe(rewriteManifestUrls(sourceXml, base));
    }
  );

  maybe("keeps the it-IT override of the functions metadata", () => {
    const root = parseXml(built!);
    const metadata = resources(root).urls.get(residOf(customFunctionsPoint(root), "Metadata"));
    expect(metadata?.children.map((o) => o.attributes.Locale)).toEqual(["it-IT"]);
    expect(metadata?.children[0].attributes.Value).toMatch(/^https:\/\/.*\/functions-it\.json$/);
  });

  maybe("every URL it names is a file the build wrote", () => {
    const root = parseXml(built!);
    const taskpane = only(root, "DefaultSettings").children[0].attributes.DefaultValue;
    const base = taskpane.slice(0, -"taskpane.html".length);
    const missing = urlsIn(root)
      .map((u) => u.url.slice(base.length))
      .filter((relative) => !fs.existsSync(path.join(DIST, relative.split(/[?#]/)[0])));
    expect(missing).toEqual([]);
  });
});
