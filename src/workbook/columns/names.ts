/**
 * Every Italian name the workbook shows: sheets, tables, column headers, words in cells.
 * Code refers to these constants only, so a name changes in one place.
 */

export const SHEETS = {
  plan: "Piano",
  programmes: "Programmi",
  indicators: "Indicatori",
  summary: "Riepilogo",
  lists: "Elenchi",
  /** the validation report, produced on demand (sheets/validation-sheet.ts) */
  validation: "Verifica",
} as const;

/** Excel table names (no spaces allowed). */
export const TABLES = {
  plan: "Piano",
  entities: "Enti",
  programmes: "Programmi",
  indicators: "Indicatori",
} as const;

export type TableKey = keyof typeof TABLES;

/** Plan sheet: the "Piano" table (key/value rows) and the "Enti" table. */
export const PLAN_COLUMNS = { key: "Voce", value: "Valore" } as const;
export const PLAN_KEYS = {
  title: "Titolo",
  firstYear: "Primo anno del triennio",
  format: "Formato",
} as const;
export const PLAN_FORMAT = "pira-plan 1";
/** The workbook's own settings: more key/value rows of the "Piano" table (settings.ts). */
export const SETTING_KEYS = {
  disabledRules: "Regole disattivate",
  thresholdHigh: "Soglia raggiunto",
  thresholdLow: "Soglia parzialmente raggiunto",
  formulas: "Stile delle formule",
} as const;
export const ENTITY_COLUMNS = { id: "Id", name: "Ente" } as const;

export const PROGRAMME_COLUMNS = {
  id: "Id",
  entity: "Ente",
  mission: "Missione",
  programme: "Programma",
  title: "Titolo",
  strategicArea: "Area strategica",
  strategicProgramme: "Programma strategico",
  objective: "Obiettivo",
  benefits: "Benefici attesi",
  description: "Descrizione",
  budgetRaw: "Budget (testo)",
  budgetAmount: "Budget (importo)",
  responsible: "Centro di responsabilità",
  stakeholders: "Portatori di interesse",
  phases: "Fasi",
} as const;

export const INDICATOR_COLUMNS = {
  id: "Id",
  programme: "Programma",
  kind: "Tipo",
  group: "Gruppo",
  name: "Indicatore",
  formula: "Algoritmo di calcolo",
  typology: "Tipologia",
  unit: "Unità di misura",
  source: "Fonte",
  pareto: "Pareto",
  polarity: "Polarità",
  /** «sì»: the plan does not declare the polarity, PIRA took it from the name, unit or values */
  polarityInferred: "Polarità stimata",
  reported: "Performance riportata",
  notes: "Note",
} as const;

/** Header of a value column. Actuals: "Consuntivo 30/09/2020"; targets: "Target 2021", "Target triennio". */
export const VALUE_HEADERS = {
  actualPrefix: "Consuntivo ",
  targetPrefix: "Target ",
  triennium: "Target triennio",
  /** the value observed before the triennium (plan JSON `baseline`), and the day it was observed */
  baseline: "Valore di partenza",
  baselineDate: "Data del valore di partenza",
  /** the column keeping the text as written, beside each typed value column */
  textSuffix: " (testo)",
} as const;

/** Computed columns: the prefix marks them; only these are written by fill. */
export const COMPUTED_PREFIX = "Calcolato: ";
export const COMPUTED_COLUMNS = {
  actual: COMPUTED_PREFIX + "Consuntivo",
  target: COMPUTED_PREFIX + "Target",
  achievement: COMPUTED_PREFIX + "Raggiungimento",
  deviation: COMPUTED_PREFIX + "Scostamento",
  outcome: COMPUTED_PREFIX + "Esito",
  method: COMPUTED_PREFIX + "Metodo",
} as const;

export type ComputedKey = keyof typeof COMPUTED_COLUMNS;
export const COMPUTED_ORDER: readonly ComputedKey[] = [
  "actual",
  "target",
  "achievement",
  "deviation",
  "outcome",
  "method",
];

/** Words written in cells. */
export const WORDS = {
  yes: "sì",
  no: "no",
  kind: { indicator: "indicatore", progress: "avanzamento" },
  polarity: {
    higher: "crescente",
    lower: "decrescente",
    yesno: "sì/no",
    qualitative: "qualitativo",
  },
  /** written in a "(testo)" column when a value exists but its text is empty (tells it from no value) */
  empty: "(vuoto)",
  notAvailable: "n.d.",
  notComputable: "n.c.",
  method: {
    native: "formula Excel",
    pira: "formula PIRA",
    values: "valore",
    /** followed by the reason in parentheses */
    fallback: "valore: formula non applicabile",
  },
} as const;

/** Summary sheet headers. */
export const SUMMARY_COLUMNS = {
  level: "Livello",
  code: "Codice",
  label: "Descrizione",
  indicators: "Indicatori",
  withTarget: "Con target",
  withActual: "Con consuntivo",
  achieved: "Raggiunti",
  partly: "Parzialmente raggiunti",
  notAchieved: "Non raggiunti",
  mean: "Raggiungimento medio",
  budget: "Budget",
} as const;

export const SUMMARY_LEVELS = {
  entity: "Ente",
  mission: "Missione",
  programme: "Programma",
  total: "Totale",
} as const;

/** Elenchi sheet: one list per column. */
export const LIST_HEADERS = {
  missions: "Missioni",
  programmeCodes: "Programmi (codici)",
  programmeIds: "Programmi (id)",
  entities: "Enti (id)",
  kinds: "Tipo indicatore",
  polarity: "Polarità",
  yesNo: "Sì/no",
  typology: "Tipologia",
  unit: "Unità di misura",
} as const;

/** Labels of the scheda on a mission sheet. */
export const SCHEDA_LABELS = {
  mission: "Missione",
  programme: "Programma",
  entity: "Ente",
  strategicArea: "Area strategica",
  strategicProgramme: "Programma strategico",
  objective: "Obiettivo",
  benefits: "Benefici attesi",
  description: "Descrizione",
  budget: "Budget",
  responsible: "Centro di responsabilità",
  stakeholders: "Portatori di interesse",
  phases: "Fasi",
  indicators: "Indicatori",
  achievement: "Raggiungimento",
  outcome: "Esito",
  back: "Vai alla riga in Indicatori",
} as const;

/** Prefix of a mission sheet: "M011 Competitività e sviluppo". */
export const MISSION_SHEET_PREFIX = "M";
