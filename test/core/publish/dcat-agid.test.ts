/**
 * The open-data metadata against AgID's own DCAT-AP_IT rules (the SPARQL rule set of
 * italia/daf-semantic-validator, test/fixtures/agid-dcat-ap-it/README.md), run on Oxigraph: the
 * JSON-LD loaded as a harvester reads it — with a base address of its own, not the folder's —
 * and every rule run; no rule may return an error.
 */
import * as fs from "fs";
import * as path from "path";
import oxigraph from "oxigraph";
import { openData, type OpenDataOptions } from "../../../src/core/publish/open-data";
import { importDocument } from "../../../src/core/import";
import { seedText } from "../../helpers/seed";

const RULES = path.join(__dirname, "../../fixtures/agid-dcat-ap-it");
const PREFIXES: Record<string, string> = {
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
};

/** A rule as the validator ran it: with the prefix declarations Jena supplied by default. */
function rule(file: string): string {
  let q = fs.readFileSync(path.join(RULES, file), "utf8");
  for (const [p, uri] of Object.entries(PREFIXES))
    if (!new RegExp(`PREFIX\\s+${p}:`, "i").test(q)) q = `PREFIX ${p}: <${uri}>\n${q}`;
  return q;
}

const FILES = fs.readdirSync(RULES).filter((f) => f.endsWith(".rq"));
const plan = importDocument(seedText()).plan;

interface Finding {
  rule: string;
  severity: string;
  message: string;
}

function validate(options: OpenDataOptions): { findings: Finding[]; store: oxigraph.Store } {
  const r = openData(plan, options);
  if (!r.ok) throw new Error(r.reason.en);
  const meta = r.files.find((f) => f.name === "metadati.jsonld");
  if (!meta) throw new Error("no metadata");
  const store = new oxigraph.Store();
  // a harvester's own address as the base: only absolute IRIs survive it as they were
  store.load(meta.content, {
    format: "application/ld+json",
    base_iri: "https://harvester.invalid/",
  });
  const findings: Finding[] = [];
  for (const f of FILES) {
    const rows = store.query(rule(f)) as Map<string, oxigraph.Term>[];
    for (const b of rows)
      findings.push({
        rule: f,
        severity: b.get("Rule_Severity")?.value ?? "?",
        message: b.get("Message")?.value ?? b.get("Rule_Description")?.value ?? "",
      });
  }
  return { findings, store };
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
const BASE = "https://www.cciaa-esempio.it/amministrazione-trasparente/pira-2021/";

describe("the open-data metadata pass AgID's DCAT-AP_IT rules", () => {
  it("runs every rule of the set (each a valid query)", () => {
    expect(FILES.length).toBe(154);
    const { findings } = validate({ date: "2021-04-30", ipaCode: "cciaa_es", baseUrl: BASE });
    expect(Array.isArray(findings)).toBe(true);
  });

  it.each([
    ["an e-mail contact", { contact: "trasparenza@cciaa-esempio.it" }],
    ["CC0", { contact: "trasparenza@cciaa-esempio.it", licence: "CC0-1.0" }],
    ["a licence by its address", { licence: "https://www.dati.gov.it/iodl/2.0/" }],
  ])("0 errors with --ipa and --base-url: %s", (_, extra) => {
    const { findings, store } = validate({
      date: "2021-04-30",
      ipaCode: "cciaa_es",
      baseUrl: BASE,
      ...extra,
    });
    expect(errors(findings)).toEqual([]);
    // every subject is the folder's, the licence's or the contact's: nothing the harvester made up
    for (const q of store.match(null, null, null, null))
      if (q.subject.termType === "NamedNode")
        expect(q.subject.value.startsWith("https://harvester.invalid/")).toBe(false);
  });

  it("a catalogue holds the dataset; the period is dcatapit:/schema:startDate, not dcat:", () => {
    const { store } = validate({ date: "2021-04-30", ipaCode: "cciaa_es", baseUrl: BASE });
    const ask = (q: string) =>
      store.query(`PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX dcatapit: <http://dati.gov.it/onto/dcatapit#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
ASK { ${q} }`) as boolean;
    expect(ask(`?c a dcatapit:Catalog ; dcat:dataset <${BASE}#dataset> .`)).toBe(true);
    expect(
      ask(`<${BASE}#dataset> dct:temporal ?t . ?t dcatapit:startDate ?s ; schema:startDate ?s2 .`)
    ).toBe(true);
    expect(ask(`?t dcat:startDate ?s .`)).toBe(false);
    expect(ask(`<${BASE}#distribuzione-1> dcat:downloadURL <${BASE}indicatori.csv> .`)).toBe(true);
  });

  it("a contact by its web address only: rule 209 wants an e-mail (the CLI warns)", () => {
    const { findings } = validate({
      date: "2021-04-30",
      ipaCode: "cciaa_es",
      baseUrl: BASE,
      contact: "https://www.cciaa-esempio.it/contatti",
    });
    expect(errors(findings).map((f) => f.rule)).toEqual(["rule-209.added.rq"]);
  });

  it("without the IPA code the publisher fails rule 2 (the CLI warns)", () => {
    const { findings } = validate({ date: "2021-04-30", baseUrl: BASE });
    expect(errors(findings).map((f) => f.rule)).toEqual(["rule-2.new.rq"]);
  });
});
