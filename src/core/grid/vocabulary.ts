/**
 * The words chambers head their columns with (docs/workbook.md, "The analyst's own table"), as
 * data: the phrases and beginnings of a header and the field each names, with a confidence. What
 * a column can hold (ColumnKind) and what reading a header gives (HeaderReading). The reading
 * itself is read-header.ts; the parts of a header's text (date, year, ordinal) header-text.ts.
 */
import type { Message } from "../message";
import { foldHeaderText, headerParts } from "./header-text";
import type { SchedaField } from "./model";

export type TextField =
  "name" | "formula" | "typology" | "unit" | "source" | "polarity" | "notes" | "group";

/** The programme's codes and titles, and its scheda (model.ts SCHEDA_FIELDS). */
export type ProgrammeField = "mission" | "code" | "title" | "missionTitle" | SchedaField;

/** What a column holds, before the table's first year settles the keys of value columns. */
export type ColumnKind =
  | { f: "text"; field: TextField }
  | { f: "reported" }
  /** year: written; offset: "2° anno" (0-based); neither: the table's first year */
  | { f: "target"; year: number | null; offset: number | null; triennium: boolean }
  /** year null: the table's first year ("Consuntivo 30/09", "Consuntivo") */
  | { f: "actual"; year: number | null; month: number; day: number }
  | { f: "programme"; field: ProgrammeField }
  /** "Obiettivo": the programme's objective when one per programme, else the indicators' group */
  | { f: "objective" }
  /** "Descrizione", "KPI" beside another name column: decided by the values */
  | { f: "nameOrExtra" }
  /** codes or a header the vocabulary does not know: decided by the values, else kept as extra */
  | { f: "extra"; why: "unknown" | "noField" | "codeColumn" };

export interface HeaderReading {
  kind: ColumnKind;
  confidence: number;
  reason: Message;
}

export type Entry = [
  words: string[],
  kind: ColumnKind | "target" | "actual" | "baseline",
  confidence: number,
];

const text = (field: TextField): ColumnKind => ({ f: "text", field });
const prog = (field: ProgrammeField): ColumnKind => ({ f: "programme", field });

/** Exact phrases (after folding and dropping filler words), by what they name. */
const PHRASES: Entry[] = [
  [
    [
      "indicatore",
      "indicatori",
      "nome indicatore",
      "denominazione indicatore",
      "descrizione indicatore",
      "descrizione dell indicatore",
      "valenza indicatore",
      "indicatore di performance",
      "indicatori di performance",
      "indicatore di risultato",
      "indicatori di risultato",
      "indicatore di impatto",
      "indicatore di output",
      "nome kpi",
      "descrizione kpi",
    ],
    text("name"),
    0.95,
  ],
  [["kpi", "descrizione"], { f: "nameOrExtra" }, 0.8],
  [
    [
      "algoritmo",
      "algoritmo di calcolo",
      "formula",
      "formula di calcolo",
      "modalita di calcolo",
      "metodo di calcolo",
      "metodologia di calcolo",
      "modalita di misurazione",
      "metodo di misurazione",
      "calcolo",
    ],
    text("formula"),
    0.95,
  ],
  [
    ["unita di misura", "udm", "u m", "u d m", "unita", "misura", "unita misura"],
    text("unit"),
    0.95,
  ],
  [["tipologia", "tipo indicatore", "tipologia indicatore", "tipo"], text("typology"), 0.9],
  [["dimensione", "dimensione indicatore", "categoria indicatore"], text("typology"), 0.7],
  [
    ["polarita", "verso", "andamento atteso", "trend atteso", "verso atteso", "direzione", "trend"],
    text("polarity"),
    0.85,
  ],
  [
    [
      "note",
      "nota",
      "osservazioni",
      "commenti",
      "note e commenti",
      "annotazioni",
      "motivazioni",
      "cause scostamento",
      "cause degli scostamenti",
      "cause dello scostamento",
      "motivazione scostamento",
      "motivazioni dello scostamento",
      "note scostamento",
    ],
    text("notes"),
    0.85,
  ],
  [["gruppo", "sottogruppo", "ambito", "sezione"], text("group"), 0.8],
  [
    [
      "% raggiungimento",
      "% di raggiungimento",
      "raggiungimento %",
      "percentuale di raggiungimento",
      "percentuale raggiungimento",
      "grado di raggiungimento",
      "grado raggiungimento",
      "livello di raggiungimento",
      "raggiungimento",
      "raggiungimento target",
      "performance",
      "% realizzazione",
      "% di realizzazione",
      "grado di realizzazione",
    ],
    { f: "reported" },
    0.9,
  ],
  [
    [
      "target",
      "valore atteso",
      "valori attesi",
      "valore obiettivo",
      "risultato atteso",
      "risultati attesi",
      "valore target",
      "target atteso",
      "valore programmato",
      "obiettivo target",
    ],
    "target",
    0.95,
  ],
  [
    [
      "consuntivo",
      "valore rilevato",
      "valore raggiunto",
      "valore consuntivo",
      "valore consuntivo",
      "risultato raggiunto",
      "risultato conseguito",
      "valore conseguito",
      "valore effettivo",
      "dato rilevato",
      "rilevazione",
      "consuntivo rilevato",
      "stato",
      "valore",
      "dato",
      "risultato",
      "situazione",
    ],
    "actual",
    0.9,
  ],
  [
    [
      "baseline",
      "valore di partenza",
      "valore iniziale",
      "valore storico",
      "dato storico",
      "valore base",
    ],
    "baseline",
    0.7,
  ],
  [
    ["missione", "missioni", "codice missione", "cod missione", "missione di bilancio"],
    prog("mission"),
    0.95,
  ],
  [
    ["descrizione missione", "titolo missione", "denominazione missione"],
    prog("missionTitle"),
    0.9,
  ],
  [
    [
      "programma",
      "programmi",
      "codice programma",
      "cod programma",
      "programma di spesa",
      "programma di bilancio",
      "missione programma",
      "missione e programma",
      "codice missione programma",
      "missione programma di spesa",
      "mis prog",
    ],
    prog("code"),
    0.9,
  ],
  [
    [
      "titolo programma",
      "titolo del programma",
      "descrizione programma",
      "descrizione del programma",
      "denominazione programma",
    ],
    prog("title"),
    0.9,
  ],
  [
    ["obiettivo strategico", "obiettivi strategici", "obiettivo strategico di riferimento"],
    prog("objective"),
    0.9,
  ],
  [["obiettivo", "obiettivi", "descrizione obiettivo"], { f: "objective" }, 0.8],
  [["obiettivo operativo", "obiettivi operativi"], text("group"), 0.8],
  [["area strategica", "ambito strategico", "priorita strategica"], prog("strategicArea"), 0.9],
  [
    ["programma strategico", "programmi strategici", "linea strategica"],
    prog("strategicProgramme"),
    0.9,
  ],
  [
    [
      "centro di responsabilita",
      "centri di responsabilita",
      "cdr",
      "c d r",
      "responsabile",
      "responsabili",
      "struttura responsabile",
      "dirigente responsabile",
      "ufficio responsabile",
      "unita organizzativa",
    ],
    prog("responsible"),
    0.9,
  ],
  [
    [
      "stakeholder",
      "stakeholders",
      "portatori di interesse",
      "portatori di interessi",
      "portatori d interesse",
    ],
    prog("stakeholders"),
    0.9,
  ],
  [
    [
      "budget",
      "risorse",
      "risorse finanziarie",
      "risorse assegnate",
      "stanziamento",
      "budget assegnato",
    ],
    prog("budget"),
    0.85,
  ],
  [
    ["codice", "cod", "id", "codice indicatore", "cod indicatore", "id indicatore", "#", "n°"],
    { f: "extra", why: "codeColumn" },
    0.5,
  ],
  [["peso", "peso %", "% peso", "peso indicatore"], { f: "extra", why: "noField" }, 0.9],
];

export const BY_WORDS = new Map<
  string,
  { kind: ColumnKind | "target" | "actual" | "baseline"; confidence: number }
>();
for (const [phrases, kind, confidence] of PHRASES) {
  for (const p of phrases) {
    const key = headerParts(foldHeaderText(p)).words;
    if (!BY_WORDS.has(key)) BY_WORDS.set(key, { kind, confidence });
  }
}

/** Beginnings that name a field whatever follows ("Fonte dei dati …", "Algoritmo (numeratore / …)"). */
export const PREFIXES: [
  prefix: string,
  kind: ColumnKind | "target" | "actual",
  confidence: number,
][] = [
  ["fonte", text("source"), 0.9],
  ["algoritmo", text("formula"), 0.85],
  ["formula", text("formula"), 0.85],
  ["tipologia", text("typology"), 0.85],
  ["unita di misura", text("unit"), 0.85],
  ["indicatore", text("name"), 0.75],
  ["note", text("notes"), 0.75],
  ["target", "target", 0.8],
  ["valore atteso", "target", 0.8],
  ["valore obiettivo", "target", 0.8],
  ["consuntivo", "actual", 0.8],
  ["valore rilevato", "actual", 0.8],
  ["valore raggiunto", "actual", 0.8],
  ["% raggiungimento", { f: "reported" }, 0.8],
  ["grado di raggiungimento", { f: "reported" }, 0.8],
  ["budget", prog("budget"), 0.75],
  ["risorse", prog("budget"), 0.7],
  ["centro di responsabilita", prog("responsible"), 0.85],
  ["obiettivo strategico", prog("objective"), 0.8],
  ["obiettivo operativo", text("group"), 0.75],
];
