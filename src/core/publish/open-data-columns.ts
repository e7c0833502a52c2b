/**
 * The columns of the open-data CSV files, as data: each column's name (stable, snake_case), the
 * description LEGGIMI.txt gives it, and the value it takes from a row. The indicators' value
 * columns follow the plan's keys (actuals by date, targets by year then the triennium), each as
 * written and, beside it, its number for machines on one scale per indicator.
 */
import { missionTitle } from "../catalogue";
import { interimKey, yearEndKey } from "../performance";
import {
  actualKeyOrder,
  targetKeyOrder,
  type Indicator,
  type Plan,
  type PlanValue,
  type Programme,
} from "../plan";
import type { SummaryRow } from "../results";
import type { CsvColumn } from "./csv";
import { italianDate, shown } from "./format";

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
export function inPercent(ind: Indicator): boolean {
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
  return [...keys].sort(targetKeyOrder);
}

function actualKeys(plan: Plan): string[] {
  const keys = new Set([interimKey(plan.firstYear), yearEndKey(plan.firstYear)]);
  for (const ind of plan.indicators) for (const k of Object.keys(ind.actuals)) keys.add(k);
  return [...keys].sort(actualKeyOrder);
}

/** A column as a row of data: its name, what it holds (for LEGGIMI.txt), its value for a row. */
type Column<R> = readonly [name: string, description: string, value: CsvColumn<R>["value"]];

function columnsOf<R>(rows: readonly Column<R>[]): CsvColumn<R>[] {
  return rows.map(([name, description, value]) => ({ name, description, value }));
}

/** "2020-09-30" → "2020_09_30"; "triennium" → "triennio" */
const keyName = (k: string) => (k === "triennium" ? "triennio" : k.replace(/-/g, "_"));

export interface IndicatorRow {
  ind: Indicator;
  /** its values in percent (inPercent): every «_valore» a fraction */
  percent: boolean;
  programme: Programme | undefined;
  entity: string;
}

export function indicatorColumns(plan: Plan): CsvColumn<IndicatorRow>[] {
  const cols: Column<IndicatorRow>[] = [
    ["ente_id", "Identificativo dell'ente nel piano.", (r) => r.programme?.entity ?? ""],
    ["ente", "Denominazione dell'ente.", (r) => r.entity],
    ["missione", "Codice della missione (tre cifre, es. 011).", (r) => r.programme?.mission ?? ""],
    [
      "programma",
      "Codice del programma nella forma missione.programma (es. 011.005).",
      (r) => (r.programme ? `${r.programme.mission}.${r.programme.programme}` : ""),
    ],
    [
      "programma_id",
      "Identificativo del programma nel piano (collega a programmi.csv).",
      (r) => r.ind.programme,
    ],
    [
      "programma_strategico",
      "Programma strategico dell'ente, dove indicato.",
      (r) => r.programme?.strategicProgramme ?? "",
    ],
    ["indicatore_id", "Identificativo dell'indicatore nel piano.", (r) => r.ind.id],
    [
      "tipo",
      "«indicatore», oppure «avanzamento» per l'indicatore di avanzamento del programma.",
      (r) => (r.ind.kind === "progress" ? "avanzamento" : "indicatore"),
    ],
    [
      "gruppo",
      "Sottotabella a cui appartiene (es. «Equilibrio economico»), se c'è.",
      (r) => r.ind.group ?? "",
    ],
    ["indicatore", "Nome dell'indicatore.", (r) => r.ind.name],
    ["algoritmo", "Algoritmo (formula) di calcolo.", (r) => r.ind.formula ?? ""],
    [
      "tipologia",
      "Tipologia dell'indicatore (DPCM 18/9/2012, art. 6).",
      (r) => r.ind.typology ?? "",
    ],
    ["unita_misura", "Unità di misura.", (r) => r.ind.unit ?? ""],
    ["fonte", "Fonte dei dati.", (r) => r.ind.source ?? ""],
    [
      "pareto",
      "«sì» se è un indicatore Pareto (benchmark Unioncamere), altrimenti «no».",
      (r) => (r.ind.pareto ? "sì" : "no"),
    ],
    [
      "polarita",
      "Quale valore è migliore: crescente (più alto), decrescente (più basso), si-no, qualitativo.",
      (r) => POLARITY[r.ind.polarity] ?? r.ind.polarity,
    ],
  ];
  for (const key of actualKeys(plan)) {
    const name = `consuntivo_${keyName(key)}`;
    cols.push(
      [
        name,
        `Valore rilevato al ${italianDate(key)}, come scritto nel piano.`,
        (r) => shown(r.ind.actuals[key]),
      ],
      [
        `${name}_valore`,
        `Il numero del valore rilevato al ${italianDate(key)} (punto decimale; percentuali come frazione, 98% = 0.98, anche dove il piano scrive il numero senza «%» in un indicatore in percentuale: 6,8 = 0.068; sì/no come 1/0); vuoto se non numerico, non disponibile o «x su y» (il testo è nella colonna accanto).`,
        (r) => valueNumber(r.ind.actuals[key], r.percent),
      ]
    );
  }
  for (const key of targetKeys(plan)) {
    const name = `target_${keyName(key)}`;
    const what = key === "triennium" ? "per il triennio" : `per il ${key}`;
    cols.push(
      [name, `Valore obiettivo ${what}, come scritto nel piano.`, (r) => shown(r.ind.targets[key])],
      [
        `${name}_valore`,
        `Il numero del valore obiettivo ${what} (come per i consuntivi).`,
        (r) => valueNumber(r.ind.targets[key], r.percent),
      ]
    );
  }
  cols.push(
    [
      "performance_riportata",
      "Raggiungimento riportato nel piano, come scritto (può differire da quello calcolato).",
      (r) => shown(r.ind.reportedPerformance),
    ],
    [
      "raggiungimento",
      `Raggiungimento ${plan.firstYear} calcolato: frazione da 0 a 1 (1 = target raggiunto), vuoto se non calcolabile. Consuntivo al 31/12 (o al 30/09 dove manca) contro il target dell'anno.`,
      (r) => (typeof r.ind.performance === "number" ? r.ind.performance : null),
    ],
    [
      "esito",
      "raggiunto, parzialmente raggiunto o non raggiunto (soglie nella nota di LEGGIMI.txt); vuoto se non calcolabile.",
      (r) => r.ind.outcome ?? "",
    ],
    [
      "note",
      "Note dell'indicatore (motivazioni degli scostamenti), separate da « | ».",
      (r) => r.ind.notes.join(" | "),
    ]
  );
  return columnsOf(cols);
}

export interface ProgrammeRow {
  p: Programme;
  entity: string;
  row: SummaryRow | undefined;
}

export function programmeColumns(plan: Plan): CsvColumn<ProgrammeRow>[] {
  return columnsOf<ProgrammeRow>([
    ["ente_id", "Identificativo dell'ente nel piano.", (r) => r.p.entity],
    ["ente", "Denominazione dell'ente.", (r) => r.entity],
    ["missione", "Codice della missione (tre cifre).", (r) => r.p.mission],
    ["missione_titolo", "Titolo ufficiale della missione.", (r) => missionTitle(r.p.mission) ?? ""],
    [
      "programma",
      "Codice del programma (missione.programma, es. 011.005).",
      (r) => `${r.p.mission}.${r.p.programme}`,
    ],
    [
      "programma_id",
      "Identificativo del programma nel piano (lo usa indicatori.csv).",
      (r) => r.p.id,
    ],
    ["titolo", "Titolo del programma, come nel piano.", (r) => r.p.title],
    ["area_strategica", "Area strategica, dove indicata.", (r) => r.p.strategicArea ?? ""],
    [
      "programma_strategico",
      "Programma strategico, dove indicato.",
      (r) => r.p.strategicProgramme ?? "",
    ],
    ["obiettivo", "Obiettivo del programma.", (r) => r.p.objective ?? ""],
    ["benefici_attesi", "Benefici attesi, separati da « | ».", (r) => r.p.benefits.join(" | ")],
    ["descrizione", "Descrizione del programma.", (r) => r.p.description ?? ""],
    ["centro_responsabilita", "Centro di responsabilità.", (r) => r.p.responsible ?? ""],
    ["budget", "Budget (risorse), come scritto nel piano.", (r) => r.p.budget?.raw ?? ""],
    [
      "budget_euro",
      "Importo del budget in euro (punto decimale), vuoto se il piano non ne indica uno.",
      (r) => r.p.budget?.amount ?? null,
    ],
    ["portatori_interesse", "Portatori di interesse (stakeholder).", (r) => r.p.stakeholders ?? ""],
    [
      "fasi",
      "Fasi con i loro anni, «fase: anno anno», separate da « | ».",
      (r) => r.p.phases.map((f) => `${f.name}: ${f.years.join(" ")}`).join(" | "),
    ],
    ["indicatori", "Numero di indicatori del programma.", (r) => r.row?.indicators ?? 0],
    ["raggiunti", `Indicatori raggiunti nel ${plan.firstYear}.`, (r) => r.row?.achieved ?? 0],
    ["parzialmente_raggiunti", "Indicatori parzialmente raggiunti.", (r) => r.row?.partly ?? 0],
    ["non_raggiunti", "Indicatori non raggiunti.", (r) => r.row?.notAchieved ?? 0],
    [
      "non_calcolabili",
      "Indicatori il cui raggiungimento non è calcolabile (valori n.d. o non leggibili).",
      (r) => r.row?.notComputed ?? 0,
    ],
    [
      "raggiungimento_medio",
      "Media semplice dei raggiungimenti calcolabili (frazione da 0 a 1), vuoto se nessuno.",
      (r) => r.row?.meanAchievement ?? null,
    ],
  ]);
}
