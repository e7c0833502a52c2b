/** The words of «Nuovo anno» and «Confronta», in Italian and English. */
import type { Lang } from "../core/message";
import { useLang } from "./i18n";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const it = {
  rollover: {
    intro:
      "Il piano del triennio successivo da quello aperto: programmi, indicatori e target per anno di calendario; il nuovo terzo anno resta vuoto, il consuntivo dell'anno chiuso diventa il valore di partenza.",
    year: "Primo anno del nuovo triennio",
    yearHint: "Vuoto: l'anno dopo il primo del piano aperto.",
    badYear: "Scrivere un anno di quattro cifre.",
    format: "Formato",
    formats: { xlsx: "Cartella di lavoro (.xlsx)", json: "Piano JSON (.json)" },
    run: "Prepara il nuovo anno",
    action: "Nuovo anno",
    opened: (first: number) => `Aperta in Excel la cartella del triennio ${first}-${first + 2}.`,
    ready: (first: number) =>
      `Pronto il piano del triennio ${first}-${first + 2}: scaricarlo con il collegamento sotto.`,
    download: (name: string) => `Scarica ${name}`,
    report: "Scarica l'elenco dei punti da vedere (JSON)",
    notes: (n: number) => `${plural(n, "punto da vedere", "punti da vedere")}:`,
  },
  compare: {
    intro:
      "Cosa è cambiato tra il piano aperto e un'altra versione (cartella, piano JSON, documento, tabella CSV o Word): gli indicatori si riconoscono da programma, nome e algoritmo, non dalla riga.",
    file: "L'altra versione",
    chosen: (name: string) => `File scelto: ${name}`,
    role: "Il file scelto è",
    roles: { older: "la versione precedente", newer: "la versione successiva" },
    run: "Confronta",
    action: "Confronto",
    write: "Scrivi il confronto",
    writeAction: "Scrittura del confronto",
    written: (sheet: string) => `Scritto il foglio «${sheet}»: una riga per modifica, da filtrare.`,
    none: "Nessuna modifica tra le due versioni.",
    counts: (changes: number, flagged: number) =>
      `${plural(changes, "modifica", "modifiche")}, ${plural(flagged, "segnalata", "segnalate")}.`,
    list: "Modifiche, le segnalate prima",
    noFile: "Scegliere prima il file dell'altra versione.",
    programme: "Programma",
  },
};

type ReviewStrings = typeof it;

const en: ReviewStrings = {
  rollover: {
    intro:
      "The next triennium's plan from the open one: programmes, indicators and targets by calendar year; the new third year stays empty, the closed year's actual becomes the baseline.",
    year: "First year of the new triennium",
    yearHint: "Empty: the year after the open plan's first.",
    badYear: "Write a four-digit year.",
    format: "Format",
    formats: { xlsx: "Workbook (.xlsx)", json: "Plan JSON (.json)" },
    run: "Prepare the new year",
    action: "New year",
    opened: (first: number) =>
      `Opened in Excel the workbook of the triennium ${first}-${first + 2}.`,
    ready: (first: number) =>
      `The plan of the triennium ${first}-${first + 2} is ready: download it with the link below.`,
    download: (name: string) => `Download ${name}`,
    report: "Download the list of points to look at (JSON)",
    notes: (n: number) => `${plural(n, "point to look at", "points to look at")}:`,
  },
  compare: {
    intro:
      "What changed between the open plan and another version (workbook, plan JSON, document, CSV or Word table): indicators are known by programme, name and formula, not by row.",
    file: "The other version",
    chosen: (name: string) => `File chosen: ${name}`,
    role: "The file chosen is",
    roles: { older: "the older version", newer: "the newer version" },
    run: "Compare",
    action: "Comparison",
    write: "Write the comparison",
    writeAction: "Writing the comparison",
    written: (sheet: string) => `Wrote the «${sheet}» sheet: one row per change, to filter.`,
    none: "No change between the two versions.",
    counts: (changes: number, flagged: number) =>
      `${plural(changes, "change", "changes")}, ${flagged} flagged.`,
    list: "Changes, flagged first",
    noFile: "Choose the other version's file first.",
    programme: "Programme",
  },
};

const REVIEW_STRINGS: Record<Lang, ReviewStrings> = { it, en };

export function useReviewStrings(): ReviewStrings {
  return REVIEW_STRINGS[useLang()];
}
