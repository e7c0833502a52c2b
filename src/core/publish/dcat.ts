/**
 * The open-data folder's metadata in the Italian profile DCAT-AP_IT (AgID), as JSON-LD: a
 * dcatapit:Catalog (the body's publication) holding one dcat:Dataset (identifier, title,
 * description, publisher and rights holder = the body with its IPA code, theme, frequency,
 * language, period as dcatapit:/schema:startDate and endDate, modified date, keywords, licence,
 * contact) and one dcat:Distribution for each file (format from the EU file-type list, access and
 * download URL, licence, size). Vocabularies: EU data themes GOVE and ECON, frequency ANNUAL,
 * language ITA. With `baseUrl` (the folder's address under Amministrazione trasparente) every IRI
 * is absolute, as a harvester reading the file without a base needs; without it they are relative
 * to the file (`#dataset`), the same in every body's file: not harvestable (the CLI says so).
 * Checked against AgID's own SPARQL rules (test/core/publish/dcat-agid.test.ts).
 */
import type { Plan } from "../plan";

export interface DcatOptions {
  /** ISO date of the data (dct:modified, dct:issued) */
  date: string;
  /** "CC-BY-4.0" (default), "CC0-1.0", or the URL of another licence */
  licence?: string;
  /** the publishing body's name (default: the plan's entities) */
  publisher?: string;
  /** the body's code in the IPA index (Indice delle Pubbliche Amministrazioni), if known */
  ipaCode?: string;
  /** an e-mail address or a web address for questions about the data (dcat:contactPoint) */
  contact?: string;
  /** the folder's absolute address (http or https), ending with «/»: every IRI made absolute */
  baseUrl?: string;
}

export interface Distribution {
  file: { name: string; mediaType: string; content: string };
  /** EU file type: "CSV", "JSON" */
  format: string;
  title: string;
  description: string;
}

interface Licence {
  id: string;
  name: string;
  /** the ADMS licence type; none claimed for a licence given by its address */
  type?: string;
  version?: string;
  page?: string;
}

const EU = "http://publications.europa.eu/resource/authority";
const ADMS_LICENCE_TYPE = "http://purl.org/adms/licencetype";

/** Licences by their SPDX id: the Italian vocabulary's URI where it has one. */
const LICENCES: Record<string, Licence> = {
  "CC-BY-4.0": {
    id: "https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40",
    name: "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
    type: `${ADMS_LICENCE_TYPE}/Attribution`,
    version: "4.0",
    page: "https://creativecommons.org/licenses/by/4.0/",
  },
  "CC0-1.0": {
    id: "https://creativecommons.org/publicdomain/zero/1.0/",
    name: "Creative Commons CC0 1.0 Universale - Dedicazione al pubblico dominio (CC0 1.0)",
    type: `${ADMS_LICENCE_TYPE}/PublicDomain`,
    version: "1.0",
  },
};

export const DEFAULT_LICENCE = "CC-BY-4.0";

/** The licence of an option: a known SPDX id, else a URL (named by itself). Null: not a licence. */
export function licenceOf(option: string | undefined): Licence | null {
  const key = (option ?? DEFAULT_LICENCE).trim();
  const known = Object.keys(LICENCES).find((k) => k.toLowerCase() === key.toLowerCase());
  if (known) return LICENCES[known];
  // another licence by its address: named by it, no type claimed (it may not be Attribution)
  if (/^https?:\/\/\S+$/i.test(key)) return { id: key, name: `Licenza ${key}` };
  return null;
}

export const KNOWN_LICENCES = Object.keys(LICENCES);

const it = (value: string) => ({ "@value": value, "@language": "it" });
const date = (value: string) => ({ "@value": value, "@type": "xsd:date" });
const ref = (id: string) => ({ "@id": id });

function slug(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "ente"
  );
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** An e-mail address: one «@», a local part and a domain with a dot inside, no spaces. */
export function isEmail(text: string): boolean {
  const at = text.indexOf("@");
  if (at <= 0 || at !== text.lastIndexOf("@") || /\s/.test(text)) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf(".");
  return dot > 0 && !domain.endsWith(".") && !domain.includes("..");
}

/** An absolute web address (http or https) with a host. */
export function isWebAddress(text: string): boolean {
  return !/\s/.test(text) && /^https?:\/\/[^/?#]/i.test(text);
}

export function dcatMetadata(
  plan: Plan,
  options: DcatOptions,
  distributions: Distribution[]
): { jsonld: string; licenceName: string } {
  const licence = licenceOf(options.licence);
  if (!licence) throw new Error(`not a licence: ${options.licence}`); // callers check with licenceOf
  // every IRI of ours: absolute under the folder's address, else relative to the file
  const base = options.baseUrl?.trim() ?? "";
  const iri = (local: string) => `${base}${local}`;
  const publisher =
    options.publisher?.trim() || plan.entities.map((e) => e.name.trim()).join(" e ") || "Ente";
  const local = `pira-${plan.firstYear}-${slug(publisher)}`;
  const ipa = options.ipaCode?.trim() ?? "";
  // DCAT-AP_IT: the identifier is "<IPA code>:<the body's own identifier>"
  const identifier = ipa ? `${ipa}:${local}` : local;
  const fy = plan.firstYear;
  const agentId = iri("#ente");
  const agent: Record<string, unknown> = {
    "@id": agentId,
    "@type": ["foaf:Agent", "dcatapit:Agent"],
    "foaf:name": it(publisher),
  };
  if (ipa) agent["dct:identifier"] = ipa;
  const licenceNode: Record<string, unknown> = {
    "@id": licence.id,
    "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
    "foaf:name": it(licence.name),
  };
  if (licence.type) licenceNode["dct:type"] = ref(licence.type);
  if (licence.version) licenceNode["owl:versionInfo"] = licence.version;
  if (licence.page) licenceNode["rdfs:seeAlso"] = ref(licence.page);
  const title = `Piano degli indicatori e dei risultati attesi di bilancio ${fy}–${fy + 2} – ${publisher}`;
  const datasetId = iri("#dataset");
  const dataset: Record<string, unknown> = {
    "@id": datasetId,
    "@type": ["dcat:Dataset", "dcatapit:Dataset"],
    "dct:identifier": identifier,
    "dct:title": it(title),
    "dct:description": it(
      `Indicatori, target e risultati del ${plan.title.trim() || "piano degli indicatori"} ` +
        `(DPCM 18 settembre 2012; D.Lgs. 91/2011 art. 19): ${plan.programmes.length} programmi e ` +
        `${plan.indicators.length} indicatori per il triennio ${fy}–${fy + 2}, con i valori rilevati, ` +
        `il raggiungimento calcolato e l'esito.`
    ),
    "dct:publisher": ref(agentId),
    "dct:rightsHolder": ref(agentId),
    "dct:issued": date(options.date),
    "dct:modified": date(options.date),
    "dcat:theme": [ref(`${EU}/data-theme/GOVE`), ref(`${EU}/data-theme/ECON`)],
    "dct:accrualPeriodicity": ref(`${EU}/frequency/ANNUAL`),
    "dct:language": ref(`${EU}/language/ITA`),
    // the profile's and the Italian harvester's properties (dcatapit:, schema:), not dcat:
    "dct:temporal": {
      "@type": ["dct:PeriodOfTime", "dcatapit:PeriodOfTime"],
      "dcatapit:startDate": date(`${fy}-01-01`),
      "dcatapit:endDate": date(`${fy + 2}-12-31`),
      "schema:startDate": date(`${fy}-01-01`),
      "schema:endDate": date(`${fy + 2}-12-31`),
    },
    "dcat:keyword": [
      it("piano degli indicatori"),
      it("risultati attesi di bilancio"),
      it("PIRA"),
      it("bilancio"),
      it("performance"),
      it("trasparenza"),
    ],
    "dct:license": ref(licence.id),
    "dcat:distribution": distributions.map((_, i) => ref(iri(`#distribuzione-${i + 1}`))),
  };
  if (base) dataset["dcat:landingPage"] = ref(base);
  const contact = options.contact?.trim();
  let contactNode: Record<string, unknown> | null = null;
  if (contact) {
    const point: Record<string, unknown> = {
      "@id": iri("#contatto"),
      "@type": ["vcard:Organization", "vcard:Kind", "dcatapit:Organization"],
      "vcard:fn": publisher,
    };
    if (isEmail(contact)) point["vcard:hasEmail"] = ref(`mailto:${contact}`);
    else point["vcard:hasURL"] = ref(contact);
    dataset["dcat:contactPoint"] = ref(point["@id"] as string);
    contactNode = point;
  }
  const catalog: Record<string, unknown> = {
    "@id": iri("#catalogo"),
    "@type": ["dcat:Catalog", "dcatapit:Catalog"],
    "dct:title": it(`Dati aperti del Piano degli indicatori ${fy}–${fy + 2} – ${publisher}`),
    "dct:description": it(
      `Il Piano degli indicatori e dei risultati attesi di bilancio di ${publisher} come dati aperti, ` +
        `pubblicato in Amministrazione trasparente.`
    ),
    "dct:publisher": ref(agentId),
    "dct:issued": date(options.date),
    "dct:modified": date(options.date),
    "dct:language": ref(`${EU}/language/ITA`),
    "dcat:dataset": ref(datasetId),
  };
  if (base) catalog["foaf:homepage"] = ref(base);
  const graph: Record<string, unknown>[] = [
    catalog,
    dataset,
    agent,
    licenceNode,
    ...(contactNode ? [contactNode] : []),
    ...distributions.map((d, i) => ({
      "@id": iri(`#distribuzione-${i + 1}`),
      "@type": ["dcat:Distribution", "dcatapit:Distribution"],
      "dct:title": it(d.title),
      "dct:description": it(d.description),
      "dct:format": ref(`${EU}/file-type/${d.format}`),
      "dcat:mediaType": d.file.mediaType,
      "dcat:accessURL": ref(iri(d.file.name)),
      "dcat:downloadURL": ref(iri(d.file.name)),
      "dct:license": ref(licence.id),
      "dcat:byteSize": { "@value": String(utf8Length(d.file.content)), "@type": "xsd:decimal" },
      "dct:modified": date(options.date),
    })),
  ];
  const doc = {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dcatapit: "http://dati.gov.it/onto/dcatapit#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      owl: "http://www.w3.org/2002/07/owl#",
      rdfs: "http://www.w3.org/2000/01/rdf-schema#",
      schema: "http://schema.org/",
      vcard: "http://www.w3.org/2006/vcard/ns#",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@graph": graph,
  };
  return { jsonld: `${JSON.stringify(doc, null, 2)}\n`, licenceName: licence.name };
}
