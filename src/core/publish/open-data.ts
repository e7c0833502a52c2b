/**
 * The plan as open data: the indicators and the programmes as CSV (one row each, values as
 * written and, beside them, their number for machines), the plan JSON with its computed fields,
 * a LEGGIMI.txt that documents every column, and the DCAT-AP_IT metadata (dcat.ts).
 */
import { missionTitle } from "../catalogue";
import { interimKey, yearEndKey, DEFAULT_THRESHOLDS } from "../performance";
import { writePlanJson, type Indicator, type Plan, type PlanValue, type Programme } from "../plan";
import { withComputed, summary, type SummaryRow, type Thresholds } from "../results";
import { toCsv, type CsvColumn } from "./csv";
import { message, type Message } from "../message";
import {
  dcatMetadata,
  KNOWN_LICENCES,
  licenceOf,
  type DcatOptions,
  type Distribution,
} from "./dcat";
import { italianDate, shown } from "./format";

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

const POLARITY: Record<string, string> = {
  higher: "crescente",
  lower: "decrescente",
  yesno: "si-no",
  qualitative: "qualitativo",
};

/**
 * Whether an indicator is measured in percent: its unit says so («%», «percentuale»), or one of its
 * values is written with «%». Its bare numbers are then percentage points (as the achievement
 * reads them: core/performance/achievement.ts), «6,8» beside «7,1%».
 */
function inPercent(ind: Indicator): boolean {
  const unit = (ind.unit ?? "").trim().toLowerCase();
  if (unit.includes("%") || unit.startsWith("percentual")) return true;
  const values = [...Object.values(ind.actuals), ...Object.values(ind.targets)];
  return values.some((v) => v?.kind === "percent");
}

/**
 * The number a value stands for, for machines, on one scale per indicator: a percent as a
 * fraction (98% = 0.98; in a percent indicator a bare 6,8 is 6,8% = 0.068), sì/no as 1/0; none for
 * «x su y», which is two numbers (its text is in the column beside).
 */
function valueNumber(v: PlanValue | null | undefined, percent: boolean): number | null {
  if (!v || v.kind === "ratio") return null;
  if (typeof v.value === "number")
    return percent && v.kind === "number" ? Number((v.value / 100).toPrecision(15)) : v.value;
  if (typeof v.value === "boolean") return v.value ? 1 : 0;
  return null;
}

function targetKeys(plan: Plan): string[] {
  const keys = new Set([0, 1, 2].map((k) => String(plan.firstYear + k)));
  keys.add("triennium");
  for (const ind of plan.indicators) for (const k of Object.keys(ind.targets)) keys.add(k);
  return [...keys].sort((a, b) => {
    const ya = /^\d+$/.test(a);
    const yb = /^\d+$/.test(b);
    if (ya && yb) return Number(a) - Number(b);
    if (ya !== yb) return ya ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

function actualKeys(plan: Plan): string[] {
  const keys = new Set([interimKey(plan.firstYear), yearEndKey(plan.firstYear)]);
  for (const ind of plan.indicators) for (const k of Object.keys(ind.actuals)) keys.add(k);
  return [...keys].sort();
}

/** "2020-09-30" → "2020_09_30"; "triennium" → "triennio" */
const keyName = (k: string) => (k === "triennium" ? "triennio" : k.replace(/-/g, "_"));

interface IndicatorRow {
  ind: Indicator;
  /** its values in percent (inPercent): every «_valore» a fraction */
  percent: boolean;
  programme: Programme | undefined;
  entity: string;
}

function indicatorColumns(plan: Plan): CsvColumn<IndicatorRow>[] {
  const cols: CsvColumn<IndicatorRow>[] = [
    {
      name: "ente_id",
      description: "Identificativo dell'ente nel piano.",
      value: (r) => r.programme?.entity ?? "",
    },
    { name: "ente", description: "Denominazione dell'ente.", value: (r) => r.entity },
    {
      name: "missione",
      description: "Codice della missione (tre cifre, es. 011).",
      value: (r) => r.programme?.mission ?? "",
    },
    {
      name: "programma",
      description: "Codice del programma nella forma missione.programma (es. 011.005).",
      value: (r) => (r.programme ? `${r.programme.mission}.${r.programme.programme}` : ""),
    },
    {
      name: "programma_id",
      description: "Identificativo del programma nel piano (collega a programmi.csv).",
      value: (r) => r.ind.programme,
    },
    {
      name: "programma_strategico",
      description: "Programma strategico dell'ente, dove indicato.",
      value: (r) => r.programme?.strategicProgramme ?? "",
    },
    {
      name: "indicatore_id",
      description: "Identificativo dell'indicatore nel piano.",
      value: (r) => r.ind.id,
    },
    {
      name: "tipo",
      description:
        "«indicatore», oppure «avanzamento» per l'indicatore di avanzamento del programma.",
      value: (r) => (r.ind.kind === "progress" ? "avanzamento" : "indicatore"),
    },
    {
      name: "gruppo",
      description: "Sottotabella a cui appartiene (es. «Equilibrio economico»), se c'è.",
      value: (r) => r.ind.group ?? "",
    },
    { name: "indicatore", description: "Nome dell'indicatore.", value: (r) => r.ind.name },
    {
      name: "algoritmo",
      description: "Algoritmo (formula) di calcolo.",
      value: (r) => r.ind.formula ?? "",
    },
    {
      name: "tipologia",
      description: "Tipologia dell'indicatore (DPCM 18/9/2012, art. 6).",
      value: (r) => r.ind.typology ?? "",
    },
    { name: "unita_misura", description: "Unità di misura.", value: (r) => r.ind.unit ?? "" },
    { name: "fonte", description: "Fonte dei dati.", value: (r) => r.ind.source ?? "" },
    {
      name: "pareto",
      description: "«sì» se è un indicatore Pareto (benchmark Unioncamere), altrimenti «no».",
      value: (r) => (r.ind.pareto ? "sì" : "no"),
    },
    {
      name: "polarita",
      description:
        "Quale valore è migliore: crescente (più alto), decrescente (più basso), si-no, qualitativo.",
      value: (r) => POLARITY[r.ind.polarity] ?? r.ind.polarity,
    },
  ];
  for (const key of actualKeys(plan)) {
    const name = `consuntivo_${keyName(key)}`;
    cols.push(
      {
        name,
        description: `Valore rilevato al ${italianDate(key)}, come scritto nel piano.`,
        value: (r) => shown(r.ind.actuals[key]),
      },
      {
        name: `${name}_valore`,
        description: `Il numero del valore rilevato al ${italianDate(key)} (punto decimale; percentuali come frazione, 98% = 0.98, anche dove il piano scrive il numero senza «%» in un indicatore in percentuale: 6,8 = 0.068; sì/no come 1/0); vuoto se non numerico, non disponibile o «x su y» (il testo è nella colonna accanto).`,
        value: (r) => valueNumber(r.ind.actuals[key], r.percent),
      }
    );
  }
  for (const key of targetKeys(plan)) {
    const name = `target_${keyName(key)}`;
    const what = key === "triennium" ? "per il triennio" : `per il ${key}`;
    cols.push(
      {
        name,
        description: `Valore obiettivo ${what}, come scritto nel piano.`,
        value: (r) => shown(r.ind.targets[key]),
      },
      {
        name: `${name}_valore`,
        description: `Il numero del valore obiettivo ${what} (come per i consuntivi).`,
        value: (r) => valueNumber(r.ind.targets[key], r.percent),
      }
    );
  }
  cols.push(
    {
      name: "performance_riportata",
      description:
        "Raggiungimento riportato nel piano, come scritto (può differire da quello calcolato).",
      value: (r) => shown(r.ind.reportedPerformance),
    },
    {
      name: "raggiungimento",
      description: `Raggiungimento ${plan.firstYear} calcolato: frazione da 0 a 1 (1 = target raggiunto), vuoto se non calcolabile. Consuntivo al 31/12 (o al 30/09 dove manca) contro il target dell'anno.`,
      value: (r) => (typeof r.ind.performance === "number" ? r.ind.performance : null),
    },
    {
      name: "esito",
      description:
        "raggiunto, parzialmente raggiunto o non raggiunto (soglie nella nota di LEGGIMI.txt); vuoto se non calcolabile.",
      value: (r) => r.ind.outcome ?? "",
    },
    {
      name: "note",
      description: "Note dell'indicatore (motivazioni degli scostamenti), separate da « | ».",
      value: (r) => r.ind.notes.join(" | "),
    }
  );
  return cols;
}

interface ProgrammeRow {
  p: Programme;
  entity: string;
  row: SummaryRow | undefined;
}

function programmeColumns(plan: Plan): CsvColumn<ProgrammeRow>[] {
  return [
    {
      name: "ente_id",
      description: "Identificativo dell'ente nel piano.",
      value: (r) => r.p.entity,
    },
    { name: "ente", description: "Denominazione dell'ente.", value: (r) => r.entity },
    {
      name: "missione",
      description: "Codice della missione (tre cifre).",
      value: (r) => r.p.mission,
    },
    {
      name: "missione_titolo",
      description: "Titolo ufficiale della missione.",
      value: (r) => missionTitle(r.p.mission) ?? "",
    },
    {
      name: "programma",
      description: "Codice del programma (missione.programma, es. 011.005).",
      value: (r) => `${r.p.mission}.${r.p.programme}`,
    },
    {
      name: "programma_id",
      description: "Identificativo del programma nel piano (lo usa indicatori.csv).",
      value: (r) => r.p.id,
    },
    {
      name: "titolo",
      description: "Titolo del programma, come nel piano.",
      value: (r) => r.p.title,
    },
    {
      name: "area_strategica",
      description: "Area strategica, dove indicata.",
      value: (r) => r.p.strategicArea ?? "",
    },
    {
      name: "programma_strategico",
      description: "Programma strategico, dove indicato.",
      value: (r) => r.p.strategicProgramme ?? "",
    },
    {
      name: "obiettivo",
      description: "Obiettivo del programma.",
      value: (r) => r.p.objective ?? "",
    },
    {
      name: "benefici_attesi",
      description: "Benefici attesi, separati da « | ».",
      value: (r) => r.p.benefits.join(" | "),
    },
    {
      name: "descrizione",
      description: "Descrizione del programma.",
      value: (r) => r.p.description ?? "",
    },
    {
      name: "centro_responsabilita",
      description: "Centro di responsabilità.",
      value: (r) => r.p.responsible ?? "",
    },
    {
      name: "budget",
      description: "Budget (risorse), come scritto nel piano.",
      value: (r) => r.p.budget?.raw ?? "",
    },
    {
      name: "budget_euro",
      description:
        "Importo del budget in euro (punto decimale), vuoto se il piano non ne indica uno.",
      value: (r) => r.p.budget?.amount ?? null,
    },
    {
      name: "portatori_interesse",
      description: "Portatori di interesse (stakeholder).",
      value: (r) => r.p.stakeholders ?? "",
    },
    {
      name: "fasi",
      description: "Fasi con i loro anni, «fase: anno anno», separate da « | ».",
      value: (r) => r.p.phases.map((f) => `${f.name}: ${f.years.join(" ")}`).join(" | "),
    },
    {
      name: "indicatori",
      description: "Numero di indicatori del programma.",
      value: (r) => r.row?.indicators ?? 0,
    },
    {
      name: "raggiunti",
      description: `Indicatori raggiunti nel ${plan.firstYear}.`,
      value: (r) => r.row?.achieved ?? 0,
    },
    {
      name: "parzialmente_raggiunti",
      description: "Indicatori parzialmente raggiunti.",
      value: (r) => r.row?.partly ?? 0,
    },
    {
      name: "non_raggiunti",
      description: "Indicatori non raggiunti.",
      value: (r) => r.row?.notAchieved ?? 0,
    },
    {
      name: "non_calcolabili",
      description:
        "Indicatori il cui raggiungimento non è calcolabile (valori n.d. o non leggibili).",
      value: (r) => r.row?.notComputed ?? 0,
    },
    {
      name: "raggiungimento_medio",
      description:
        "Media semplice dei raggiungimenti calcolabili (frazione da 0 a 1), vuoto se nessuno.",
      value: (r) => r.row?.meanAchievement ?? null,
    },
  ];
}

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
