/**
 * The plan as open data: the indicators and the programmes as CSV (one row each, values as
 * written and, beside them, their number for machines), the plan JSON with its computed fields,
 * a LEGGIMI.txt that documents every column, and the DCAT-AP_IT metadata (dcat.ts).
 */
import { DEFAULT_THRESHOLDS } from "../performance";
import { writePlanJson, type Plan } from "../plan";
import { withComputed, summary, type Thresholds } from "../results";
import { toCsv, type CsvColumn } from "./csv";
import {
  indicatorColumns,
  inPercent,
  programmeColumns,
  type IndicatorRow,
  type ProgrammeRow,
} from "./open-data-columns";
import { message, type Message } from "../message";
import {
  dcatMetadata,
  KNOWN_LICENCES,
  licenceOf,
  type DcatOptions,
  type Distribution,
} from "./dcat";
import { italianDate } from "./format";

export interface OpenDataFile {
  name: string;
  mediaType: string;
  content: string;
}

export interface OpenDataOptions extends DcatOptions {
  thresholds?: Thresholds;
}

export const OPEN_DATA_FILES = {
  indicators: "indicatori.csv",
  programmes: "programmi.csv",
  plan: "piano.json",
  readme: "LEGGIMI.txt",
  metadata: "metadati.jsonld",
} as const;

function readme(
  plan: Plan,
  date: string,
  th: Thresholds,
  indicatorCols: CsvColumn<IndicatorRow>[],
  programmeCols: CsvColumn<ProgrammeRow>[],
  licence: string
): string {
  const describe = (cols: { name: string; description: string }[]) =>
    cols.map((c) => `  ${c.name}\r\n      ${c.description}`).join("\r\n");
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    `${plan.title} — dati aperti`,
    "",
    `Piano degli indicatori e dei risultati attesi di bilancio (DPCM 18 settembre 2012), triennio ${plan.firstYear}–${plan.firstYear + 2}.`,
    `Enti: ${plan.entities.map((e) => e.name).join("; ")}.`,
    `Dati prodotti il ${italianDate(date)} con PIRA per Excel. Licenza: ${licence}.`,
    "",
    "FILE",
    `  ${OPEN_DATA_FILES.indicators}  un indicatore per riga (${plan.indicators.length} righe)`,
    `  ${OPEN_DATA_FILES.programmes}  un programma per riga (${plan.programmes.length} righe)`,
    `  ${OPEN_DATA_FILES.plan}  il piano completo in JSON (formato pira-plan, versione 1), con raggiungimento ed esito calcolati`,
    `  ${OPEN_DATA_FILES.metadata}  i metadati del dataset secondo il profilo DCAT-AP_IT, in JSON-LD`,
    `  ${OPEN_DATA_FILES.readme}  questo file`,
    "",
    "FORMATO DEI CSV",
    "  UTF-8 senza BOM; separatore virgola; righe terminate da CRLF; campi tra virgolette doppie quando",
    "  contengono virgole, virgolette o a capo (RFC 4180). Prima riga: i nomi delle colonne.",
    "  Le colonne senza suffisso riportano i valori come scritti nel piano (formato italiano: 1.234,5 e 98,47%);",
    "  le colonne «_valore» e gli altri numeri sono per le macchine: punto decimale, percentuali come frazione",
    "  (tutte sulla stessa scala: in un indicatore in percentuale anche un numero scritto senza «%» è una",
    "  percentuale, 6,8 = 0.068).",
    "  Un testo che inizia con =, +, -, @, tabulazione o ritorno a capo è preceduto da un apostrofo (')",
    "  perché un foglio di calcolo non lo prenda per una formula; i numeri delle colonne numeriche no.",
    "  Per aprirli in Excel: Dati › Da testo/CSV, origine file UTF-8, delimitatore virgola.",
    "",
    "CALCOLI",
    `  Raggiungimento: consuntivo al 31/12/${plan.firstYear} (al 30/09 dove la colonna del 31/12 manca) contro il`,
    `  target ${plan.firstYear}; se è meglio un valore più alto, consuntivo/target fino a 1; se è meglio più basso,`,
    "  1 quando il consuntivo non supera il target, altrimenti target/consuntivo; sì/no e giudizi: 1 se il",
    "  risultato è quello atteso, altrimenti 0. Un valore «n.d.» rende il raggiungimento non calcolabile.",
    `  Esito: raggiunto da ${pct(th.high)}, parzialmente raggiunto da ${pct(th.low)}, non raggiunto sotto ${pct(th.low)}.`,
    "",
    `COLONNE DI ${OPEN_DATA_FILES.indicators}`,
    describe(indicatorCols),
    "",
    `COLONNE DI ${OPEN_DATA_FILES.programmes}`,
    describe(programmeCols),
    "",
  ].join("\r\n");
}

export type OpenDataResult = { ok: true; files: OpenDataFile[] } | { ok: false; reason: Message };

/** The open-data files of a plan, or why not (a licence that is neither known nor a URL). */
export function openData(plan: Plan, options: OpenDataOptions): OpenDataResult {
  if (!licenceOf(options.licence))
    return {
      ok: false,
      reason: message(
        `Licenza «${options.licence}» non riconosciuta: usare ${KNOWN_LICENCES.join(", ")} oppure l'indirizzo (URL) della licenza.`,
        `Licence «${options.licence}» not recognised: use ${KNOWN_LICENCES.join(", ")} or the licence's URL.`
      ),
    };
  const th = options.thresholds ?? { ...DEFAULT_THRESHOLDS };
  const computed = withComputed(plan, th);
  const entityName = new Map(plan.entities.map((e) => [e.id, e.name]));
  const programmes = new Map(plan.programmes.map((p) => [p.id, p]));
  const rows = summary(plan, th);
  const byProgramme = new Map(
    rows.filter((r) => r.programme).map((r) => [r.programme as string, r])
  );

  const indicatorCols = indicatorColumns(plan);
  const programmeCols = programmeColumns(plan);
  const indicators = toCsv(
    indicatorCols,
    computed.indicators.map((ind) => {
      const programme = programmes.get(ind.programme);
      return {
        ind,
        percent: inPercent(ind),
        programme,
        entity: programme ? (entityName.get(programme.entity) ?? programme.entity) : "",
      };
    })
  );
  const programmesCsv = toCsv(
    programmeCols,
    plan.programmes.map((p) => ({
      p,
      entity: entityName.get(p.entity) ?? p.entity,
      row: byProgramme.get(p.id),
    }))
  );
  const json = writePlanJson(computed);
  const files: OpenDataFile[] = [
    { name: OPEN_DATA_FILES.indicators, mediaType: "text/csv", content: indicators },
    { name: OPEN_DATA_FILES.programmes, mediaType: "text/csv", content: programmesCsv },
    { name: OPEN_DATA_FILES.plan, mediaType: "application/json", content: json },
  ];
  const distributions: Distribution[] = [
    {
      file: files[0],
      format: "CSV",
      title: "Indicatori del piano",
      description: `Un indicatore per riga (${plan.indicators.length}): codici, nome, algoritmo, unità, fonte, consuntivi, target, raggiungimento ed esito.`,
    },
    {
      file: files[1],
      format: "CSV",
      title: "Programmi del piano",
      description: `Un programma per riga (${plan.programmes.length}): codici, titolo, obiettivo, responsabile, budget, portatori di interesse, riepilogo dei risultati.`,
    },
    {
      file: files[2],
      format: "JSON",
      title: "Piano completo in JSON",
      description:
        "Il piano nel formato pira-plan versione 1, con raggiungimento ed esito calcolati.",
    },
  ];
  const metadata = dcatMetadata(plan, options, distributions);
  files.push(
    {
      name: OPEN_DATA_FILES.readme,
      mediaType: "text/plain",
      content: readme(plan, options.date, th, indicatorCols, programmeCols, metadata.licenceName),
    },
    { name: OPEN_DATA_FILES.metadata, mediaType: "application/ld+json", content: metadata.jsonld }
  );
  return { ok: true, files };
}
