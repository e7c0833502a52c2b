/**
 * The open-data files: one CSV row per indicator and per programme (parsed back by an RFC 4180
 * reader written here), every column documented, the plan JSON readable as plan JSON with its
 * computed fields, the DCAT-AP_IT metadata with the fields the profile asks for.
 */
import { importDocument } from "../../../src/core/import";
import { readPlanJson } from "../../../src/core/plan";
import type { Plan } from "../../../src/core/plan/types";
import { openData, OPEN_DATA_FILES, type OpenDataFile } from "../../../src/core/publish";
import { numberText, toCsv } from "../../../src/core/publish/csv";
import { withComputed } from "../../../src/core/results";
import { exampleDocument } from "../../../src/examples";
import { seedText } from "../../helpers/seed";

/** RFC 4180: quoted fields with doubled quotes and line breaks inside, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) throw new Error("the last row does not end with CRLF");
  return rows;
}

function files(plan: Plan, options: Parameters<typeof openData>[1] = { date: "2021-04-30" }) {
  const r = openData(plan, options);
  if (!r.ok) throw new Error(r.reason.en);
  const by = new Map(r.files.map((f) => [f.name, f]));
  return (name: string) => by.get(name) as OpenDataFile;
}

const seed = importDocument(seedText()).plan;
const example = importDocument(exampleDocument).plan;

describe.each([
  ["reference document", seed],
  ["bundled example", example],
])("%s", (_name, plan) => {
  const get = files(plan);

  it("indicatori.csv: one row per indicator, every row as wide as the header", () => {
    const rows = parseCsv(get(OPEN_DATA_FILES.indicators).content);
    const [header, ...body] = rows;
    expect(body).toHaveLength(plan.indicators.length);
    for (const r of body) expect(r).toHaveLength(header.length);
    const col = (name: string) => header.indexOf(name);
    for (const name of [
      "missione",
      "programma",
      "indicatore",
      "algoritmo",
      "unita_misura",
      `target_${plan.firstYear}`,
      `consuntivo_${plan.firstYear}_12_31`,
      "raggiungimento",
      "esito",
    ])
      expect(col(name)).toBeGreaterThanOrEqual(0);
    const computed = withComputed(plan);
    body.forEach((r, i) => {
      const ind = computed.indicators[i];
      expect(r[col("indicatore_id")]).toBe(ind.id);
      expect(r[col("indicatore")]).toBe(ind.name);
      expect(r[col(`target_${plan.firstYear}`)]).toBe(
        ind.targets[String(plan.firstYear)]?.raw.trim() ?? ""
      );
      expect(r[col("raggiungimento")]).toBe(
        typeof ind.performance === "number" ? numberText(ind.performance) : ""
      );
      expect(r[col("esito")]).toBe(ind.outcome ?? "");
      // «x su y» is two numbers: its _valore column stays empty, its text is beside it
      for (const [key, v] of Object.entries(ind.actuals))
        if (v?.kind === "ratio")
          expect(r[col(`consuntivo_${key.replace(/-/g, "_")}_valore`)]).toBe("");
    });
  });

  it("programmi.csv: one row per programme", () => {
    const [header, ...body] = parseCsv(get(OPEN_DATA_FILES.programmes).content);
    expect(body).toHaveLength(plan.programmes.length);
    expect(body.map((r) => r[header.indexOf("programma_id")])).toEqual(
      plan.programmes.map((p) => p.id)
    );
    expect(body.map((r) => r[header.indexOf("programma")])).toEqual(
      plan.programmes.map((p) => `${p.mission}.${p.programme}`)
    );
  });

  it("LEGGIMI.txt documents every column of both CSV files", () => {
    const readme = get(OPEN_DATA_FILES.readme).content;
    for (const name of [OPEN_DATA_FILES.indicators, OPEN_DATA_FILES.programmes]) {
      const [header] = parseCsv(get(name).content);
      for (const c of header) expect(readme).toContain(`\r\n  ${c}\r\n      `);
    }
  });

  it("piano.json is plan JSON with the computed fields", () => {
    const r = readPlanJson(get(OPEN_DATA_FILES.plan).content);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators).toHaveLength(plan.indicators.length);
    expect(r.plan.indicators.map((i) => i.outcome ?? null)).toEqual(
      withComputed(plan).indicators.map((i) => i.outcome ?? null)
    );
  });

  it("metadati.jsonld: a DCAT-AP_IT dataset with a distribution for each data file", () => {
    const doc = JSON.parse(get(OPEN_DATA_FILES.metadata).content);
    expect(doc["@context"]).toMatchObject({
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      dcatapit: "http://dati.gov.it/onto/dcatapit#",
    });
    const graph: Record<string, unknown>[] = doc["@graph"];
    const node = (id: unknown) =>
      graph.find((n) => n["@id"] === (id as { "@id": string })["@id"]) as Record<string, any>;
    const dataset = graph.find((n) => (n["@type"] as string[]).includes("dcat:Dataset")) as Record<
      string,
      any
    >;
    for (const p of [
      "dct:identifier",
      "dct:title",
      "dct:description",
      "dct:publisher",
      "dct:rightsHolder",
      "dcat:theme",
      "dct:license",
      "dct:modified",
      "dct:accrualPeriodicity",
      "dcat:distribution",
    ])
      expect(dataset[p]).toBeDefined();
    expect(dataset["dct:modified"]).toEqual({ "@value": "2021-04-30", "@type": "xsd:date" });
    expect(dataset["dcat:theme"]).toContainEqual({
      "@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE",
    });
    const publisher = node(dataset["dct:publisher"]);
    expect(publisher["@type"]).toEqual(expect.arrayContaining(["foaf:Agent", "dcatapit:Agent"]));
    expect(publisher["foaf:name"]["@value"]).toContain(plan.entities[0].name);
    const licence = node(dataset["dct:license"]);
    expect(licence["foaf:name"]["@value"]).toMatch(/CC BY 4\.0/);
    const distributions = (dataset["dcat:distribution"] as unknown[]).map(node);
    expect(distributions.map((d) => d["dcat:downloadURL"]["@id"])).toEqual([
      OPEN_DATA_FILES.indicators,
      OPEN_DATA_FILES.programmes,
      OPEN_DATA_FILES.plan,
    ]);
    for (const d of distributions) {
      expect(d["@type"]).toContain("dcat:Distribution");
      expect(d["dct:format"]["@id"]).toMatch(
        /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/
      );
      expect(d["dcat:accessURL"]).toEqual(d["dcat:downloadURL"]);
      expect(d["dct:license"]).toEqual(dataset["dct:license"]);
      const size = Number(d["dcat:byteSize"]["@value"]);
      expect(size).toBe(Buffer.byteLength(get(d["dcat:downloadURL"]["@id"]).content, "utf8"));
    }
  });
});

describe("options", () => {
  it("licence, publisher, IPA code and contact are the caller's", () => {
    const get = files(example, {
      date: "2021-04-30",
      licence: "CC0-1.0",
      publisher: "Camera di Commercio di Valdarno",
      ipaCode: "cciaa_vd",
      contact: "dati@example.it",
    });
    const graph: Record<string, any>[] = JSON.parse(get(OPEN_DATA_FILES.metadata).content)[
      "@graph"
    ];
    const typed = (t: string) => graph.find((n) => (n["@type"] as string[]).includes(t)) ?? {};
    const dataset = typed("dcat:Dataset");
    expect(dataset["dct:identifier"]).toMatch(
      /^cciaa_vd:pira-\d{4}-camera-di-commercio-di-valdarno$/
    );
    expect(dataset["dct:license"]).toEqual({
      "@id": "https://creativecommons.org/publicdomain/zero/1.0/",
    });
    const contact = graph.find((n) => n["@id"] === dataset["dcat:contactPoint"]["@id"]) ?? {};
    expect(contact["vcard:hasEmail"]).toEqual({ "@id": "mailto:dati@example.it" });
    expect(typed("dcatapit:Agent")).toMatchObject({
      "dct:identifier": "cciaa_vd",
      "foaf:name": { "@value": "Camera di Commercio di Valdarno" },
    });
  });

  it("a licence given by its address is named for what it is, not declared «Attribution»", () => {
    const get = files(example, {
      date: "2021-04-30",
      licence: "https://www.dati.gov.it/iodl/2.0/",
    });
    const graph: Record<string, any>[] = JSON.parse(get(OPEN_DATA_FILES.metadata).content)[
      "@graph"
    ];
    const licence = graph.find((n) => n["@id"] === "https://www.dati.gov.it/iodl/2.0/") ?? {};
    expect(licence["dct:type"]).toBeUndefined();
    expect(get(OPEN_DATA_FILES.metadata).content).not.toContain("Attribution");
  });

  it("--base-url makes every IRI absolute; without it they are relative to the file", () => {
    const base = "https://www.cciaa-valdarno.it/trasparenza/pira/";
    const ids = (options: Parameters<typeof files>[1]) => {
      const text = files(example, options)(OPEN_DATA_FILES.metadata).content;
      return [...text.matchAll(/"@id": "([^"]*)"/g)].map((m) => m[1]);
    };
    const absolute = ids({ date: "2021-04-30", baseUrl: base });
    for (const id of absolute) expect(id).toMatch(/^(https?|mailto):/);
    expect(absolute).toContain(`${base}#dataset`);
    expect(absolute).toContain(`${base}indicatori.csv`);
    expect(ids({ date: "2021-04-30" })).toContain("#dataset");
  });

  it("refuses a licence that is neither known nor a URL", () => {
    const r = openData(example, { date: "2021-04-30", licence: "libera" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.it).toMatch(/Licenza «libera» non riconosciuta/);
  });
});

describe("CSV", () => {
  it("quotes what needs quoting, numbers with dot decimals and no exponent", () => {
    const csv = toCsv(
      [
        { name: "a", description: "", value: (r: string) => r },
        { name: "n", description: "", value: () => 1e-7 },
      ],
      ["x,y", 'say "hi"', "two\nlines", " padded", "plain"]
    );
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0])
    ).toEqual(["x,y", 'say "hi"', "two\nlines", " padded", "plain"]);
    expect(csv).toContain(",0.0000001\r\n");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1e21)).toBe("1000000000000000000000");
  });
});
