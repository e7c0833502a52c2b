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

export interface ProgrammeRow {
  p: Programme;
  entity: string;
  row: SummaryRow | undefined;
}

export function programmeColumns(plan: Plan): CsvColumn<ProgrammeRow>[] {
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
