/**
 * The catalogue data: missions and programmes of the chambers of commerce, with official titles.
 *
 * Sources
 * - "reference": the reference document (PIRA 2020 of the CCIAA di Pistoia-Prato), which quotes the
 *   missions of DM MEF 27 marzo 2013 (istruzioni applicative) and the MISE note of 9.6.2015
 *   prot. 0087080 (the two renamings). Titles are the official State-budget ones: the document itself
 *   writes some loosely ("Regolazione del mercato", "settore produttivo"), the matcher accepts those.
 * - "practice": programmes usually present in chambers' budgets, not named in the reference document.
 *
 * COFOG (classification of the functions of government), first level "division", second "group":
 * - 011, 012, 016 programmes: 04.1 "Affari generali economici, commerciali e del lavoro".
 * - 032.003 Servizi e affari generali: 01.3 "Servizi generali".
 * - 032.002 Indirizzo politico: 01.1 "Organi esecutivi e legislativi, attività finanziari e fiscali e
 *   affari esteri", as the State budget classifies its programmes "Indirizzo politico" (the political
 *   bodies' activity), not 01.3.
 * - 033 Fondi da ripartire (033.001, 033.002): 01.1, as the State budget classifies its funds to be
 *   allocated and reserve funds.
 * - 091.001 Debiti da finanziamento: 01.7 "Transazioni relative al debito pubblico".
 * - 090.001 Servizi per conto terzi e partite di giro: null. Clearing items and third-party services
 *   are not expenditure of the body on any function; no COFOG group fits them.
 * The 032.002, 033, 090 and 091 COFOG choices are from State-budget practice, not from the reference
 * document: check them against the body's own "prospetto delle previsioni di spesa".
 */
import type { CatalogueSource, MissionEntry, ProgrammeEntry, RetiredProgramme } from "./types";
import { message } from "../message";

interface MissionRow {
  code: string;
  title: string;
  source: CatalogueSource;
}

interface ProgrammeRow {
  mission: string;
  programme: string;
  title: string;
  formerTitles?: string[];
  cofog: string | null;
  source: CatalogueSource;
}

const MISSION_ROWS: readonly MissionRow[] = [
  { code: "011", title: "Competitività e sviluppo delle imprese", source: "reference" },
  { code: "012", title: "Regolazione dei mercati", source: "reference" },
  {
    code: "016",
    title: "Commercio internazionale ed internazionalizzazione del sistema produttivo",
    source: "reference",
  },
  {
    code: "032",
    title: "Servizi istituzionali e generali delle amministrazioni pubbliche",
    source: "reference",
  },
  { code: "033", title: "Fondi da ripartire", source: "reference" },
  { code: "090", title: "Servizi per conto terzi e partite di giro", source: "practice" },
  { code: "091", title: "Debiti da finanziamento dell'amministrazione", source: "practice" },
];

/** The 011.005 title before the MISE note of 9.6.2015 (as the State budget wrote it). */
export const OLD_TITLE_011_005 =
  "Regolamentazione, incentivazione dei settori imprenditoriali, riassetti industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà industriale";

const PROGRAMME_ROWS: readonly ProgrammeRow[] = [
  {
    mission: "011",
    programme: "005",
    title:
      "Promozione e attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
    formerTitles: [OLD_TITLE_011_005],
    cofog: "04.1",
    source: "reference",
  },
  {
    mission: "012",
    programme: "004",
    title:
      "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    cofog: "04.1",
    source: "reference",
  },
  {
    mission: "016",
    programme: "005",
    title: "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy",
    cofog: "04.1",
    source: "reference",
  },
  {
    mission: "032",
    programme: "002",
    title: "Indirizzo politico",
    cofog: "01.1",
    source: "practice",
  },
  {
    mission: "032",
    programme: "003",
    title: "Servizi e affari generali per le amministrazioni di competenza",
    cofog: "01.3",
    source: "reference",
  },
  {
    mission: "033",
    programme: "001",
    title: "Fondi da assegnare",
    cofog: "01.1",
    source: "practice",
  },
  {
    mission: "033",
    programme: "002",
    title: "Fondi di riserva e speciali",
    cofog: "01.1",
    source: "practice",
  },
  {
    mission: "090",
    programme: "001",
    title: "Servizi per conto terzi e partite di giro",
    cofog: null,
    source: "practice",
  },
  {
    mission: "091",
    programme: "001",
    title: "Debiti da finanziamento dell'amministrazione",
    cofog: "01.7",
    source: "practice",
  },
];

const MISE_NOTE = "nota MISE 9.6.2015 prot. n. 0087080";

export const RETIRED_PROGRAMMES: readonly RetiredProgramme[] = Object.freeze([
  Object.freeze({
    code: "032.004",
    mission: "032",
    programme: "004",
    title: "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche",
    replacedBy: "032.003",
    note: message(
      `Il programma 032.004 non si usa più: con la ${MISE_NOTE} le sue attività rientrano nel programma 032.003.`,
      `Programme 032.004 is no longer used: by the MISE note of 9.6.2015 (prot. 0087080) its activities belong to programme 032.003.`
    ),
    source: "reference" as const,
  }),
]);

export const RETITLE_NOTE = message(
  `Il programma 011.005 è stato ridenominato con la ${MISE_NOTE}.`,
  `Programme 011.005 was renamed by the MISE note of 9.6.2015 (prot. 0087080).`
);

function commonCofog(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  if (present.length === 0) return null;
  if (present.every((v) => v === present[0])) return present[0];
  const divisions = present.map((v) => v.split(".")[0]);
  return divisions.every((d) => d === divisions[0]) ? divisions[0] : null;
}

export const PROGRAMMES: readonly ProgrammeEntry[] = Object.freeze(
  PROGRAMME_ROWS.map((r) =>
    Object.freeze({
      code: `${r.mission}.${r.programme}`,
      mission: r.mission,
      programme: r.programme,
      title: r.title,
      formerTitles: Object.freeze([...(r.formerTitles ?? [])]) as string[],
      cofog: r.cofog,
      source: r.source,
    })
  )
);

export const MISSIONS: readonly MissionEntry[] = Object.freeze(
  MISSION_ROWS.map((m) =>
    Object.freeze({
      code: m.code,
      title: m.title,
      cofog: commonCofog(PROGRAMMES.filter((p) => p.mission === m.code).map((p) => p.cofog)),
      source: m.source,
    })
  )
);
