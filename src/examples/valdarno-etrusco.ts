/**
 * The bundled example: the PIRA 2021 of an imaginary chamber of commerce, "Camera di Commercio del
 * Valdarno Etrusco", born from two imaginary chambers whose plans use the two layouts of real
 * documents — Borgoleone by programme blocks (Missione / Programma, 10-column table, footnotes),
 * Fontescura by schede (summary table, progress indicators, phases, Performance column, Salute
 * finanziaria). Written for this project: names, people and prose are invented; some figures are
 * borrowed from a published plan. It imports with no cell left not understood, and leaves a few
 * things for the checks to find (an outdated programme title, a missing target, a reported
 * performance that disagrees with the rule, deviations with and without a note).
 *
 * Table rows are tab-separated, as text copied out of Word or a PDF is.
 */

/** A table row: cells joined by tabs. */
const row = (...cells: string[]): string => cells.join("\t");
/** A Prato-layout row padded to the scheda's 11 columns. */
const wide = (...cells: string[]): string =>
  row(...cells, ...Array<string>(Math.max(0, 11 - cells.length)).fill(""));

const PISTOIA_HEADER = row(
  "VALENZA INDICATORE",
  "Algoritmo di calcolo",
  "CONSUNTIVO AL 30.9.2021",
  "CONSUNTIVO AL 31.12.2021",
  "TARGET 2021",
  "TARGET 2022",
  "TARGET 2023",
  "Tipologia indicatore",
  "unità di misura",
  "Fonte"
);

const SCHEDA_INDICATORS = row(
  "Indicatori",
  "Tipologia",
  "Indicatore",
  "Formula",
  "UDM",
  "30/09/2021",
  "Stato 2021",
  "Target 2021",
  "Target 2022",
  "Target 2023",
  "Performance"
);

const SALUTE_HEADER = (group: string): string =>
  row(group, "Indicatore", "Formula", "Consuntivo 30.09.2021", "Target 2021", "Performance");

const LINES: string[] = [
  "**Piano degli indicatori e dei risultati attesi di bilancio 2021 – Valdarno Etrusco**",
  "",
  "***Triennio 2021-2023 – situazione al 31 dicembre 2021***",
  "",
  "## PERCHÉ QUESTO DOCUMENTO",
  "",
  "Questo è un documento di esempio, scritto per provare PIRA per Excel: l'ente, le persone, i progetti e i numeri sono immaginari. La Camera di Commercio del Valdarno Etrusco è nata nel 2021 dall'unione di due camere più piccole, ognuna con il proprio piano già approvato e con la propria impaginazione: la prima descrive ogni programma di spesa in un blocco con la sua tabella di indicatori, la seconda dedica una scheda a ogni programma strategico.",
  "",
  "Il piano accompagna il bilancio e ne misura i risultati: per ogni programma indica i benefici attesi, le risorse, chi ne risponde e gli indicatori con il valore obiettivo di ciascun anno del triennio e il valore effettivamente osservato.",
  "",
  "## Come leggere le tabelle",
  "",
  "I consuntivi sono riportati alla chiusura infrannuale del 30 settembre 2021 e a fine esercizio; dove il dato di fine anno non era ancora disponibile alla redazione del documento compare la dicitura «N.D.». Gli scostamenti rilevanti sono spiegati in nota sotto la tabella del programma.",
  "",
  "## **IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI BORGOLEONE**",
  "",
  "La Giunta della Camera di Borgoleone aveva approvato il piano insieme al preventivo 2021. I programmi sono tre: la competitività delle imprese, la regolazione del mercato e i servizi generali dell'ente.",
  "",
  "<b>Missione 011</b>",
  "Competitività e sviluppo delle imprese",
  "<b>Programma 005</b>",
  "Regolamentazione, incentivazione dei settori imprenditoriali, riassetti industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà industriale",
  "",
  row("<b>Benefici Attesi</b>", "<i>Più imprese accompagnate nella transizione digitale</i>"),
  row("", "<i>Accesso al credito per le piccole imprese artigiane</i>"),
  row(
    "<b>Budget mastro 8</b>",
    "<b>€ 845.000,00</b> (oltre alle risorse ordinarie per il funzionamento e il personale)"
  ),
  row("<b>Centro di responsabilità</b>", "<b>Segretario generale</b>"),
  row(
    "<b>Portatori d'interesse</b>",
    "<b>Imprese; associazioni di categoria; istituti di credito</b>"
  ),
  "",
  PISTOIA_HEADER,
  row(
    "<b>Grado di utilizzo delle risorse per la doppia transizione digitale ed ecologica</b>",
    "Risorse rendicontate sul progetto Doppia Transizione / Risorse stanziate sul progetto",
    "61,20",
    "72% <sup>1</sup>",
    "100%",
    "100%",
    "100%",
    "Indicatore di efficacia della spesa",
    "Percentuale",
    "Oracle"
  ),
  row(
    "<b>Imprese assistite dallo sportello digitale (INDICATORE PARETO)</b>",
    "N. imprese assistite nell'anno",
    "148",
    "236",
    "200",
    "220",
    "240",
    "Indicatore di volume",
    "numero in valore assoluto",
    "CRM camerale"
  ),
  row(
    "<b>Contributi liquidati per il credito artigiano</b>",
    "Importo dei contributi liquidati alle imprese nell'anno",
    "€ 120.400",
    "€ 310.250",
    "€ 300.000",
    "€ 300.000",
    "€ 320.000",
    "Indicatore di realizzazione finanziaria",
    "euro",
    "Oracle"
  ),
  "",
  "<sup>1</sup> Una parte dei voucher assegnati nel 2021 sarà liquidata nel 2022, dopo la rendicontazione delle imprese: lo scostamento riguarda i tempi di pagamento, non le attività svolte.",
  "",
  "<b>Missione 012</b>",
  "Regolazione dei mercati",
  "<b>Programma 004</b>",
  "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
  "",
  row("<b>Benefici Attesi</b>", "<i>Controversie risolte in tempi brevi e a costi contenuti</i>"),
  row("", "<i>Prodotti sicuri e conformi nei negozi del territorio</i>"),
  row("<b>Budget mastro 8</b>", "<b>€ 76.300,00</b>"),
  row("<b>Centro di responsabilità</b>", "<b>Dirigente Area Regolazione del mercato</b>"),
  row("<b>Portatori d'interesse</b>", "<b>Imprese e consumatori</b>"),
  "",
  PISTOIA_HEADER,
  row(
    "<b>Mediazioni concluse con un accordo</b>",
    "N. mediazioni concluse con accordo / N. mediazioni concluse",
    "41%",
    "44%",
    "45%",
    "47%",
    "50%",
    "Indicatore di efficacia",
    "Percentuale",
    "Conciliaflow"
  ),
  row(
    "<b>Ispezioni di vigilanza sulla sicurezza dei prodotti</b>",
    "N. ispezioni svolte nell'anno",
    "18",
    "25",
    "60",
    "60",
    "",
    "Indicatore di volume",
    "Numero assoluto",
    "Rilevazione interna"
  ),
  row(
    "<b>Tempestività di pagamento delle fatture passive (INDICATORE PARETO)</b>",
    "Indicatore di tempestività dei pagamenti (D.P.C.M. 22/9/2014)",
    "-14,20",
    "-11,35",
    "-10",
    "-10",
    "-10",
    "Indicatore di qualità erogata",
    "giorni",
    "Oracle"
  ),
  row(
    "<b>Tempo medio di evasione delle pratiche del Registro Imprese</b>",
    "Giorni medi tra il protocollo e l'evasione della pratica",
    "2,1",
    "N.D.",
    "3",
    "3",
    "3",
    "Indicatore di qualità erogata",
    "giorni",
    "Priamo"
  ),
  "",
  "<b>Missione 032</b>",
  "Servizi istituzionali e generali delle amministrazioni pubbliche",
  "<b>Programma 003</b>",
  "Servizi e affari generali per le amministrazioni di competenza",
  "",
  row("<b>Benefici Attesi</b>", "<i>Costi di funzionamento sotto controllo</i>"),
  row("", "<i>Un solo sistema informativo per le due sedi</i>"),
  row(
    "<b>Budget</b>",
    "<b>Le attività sono svolte con le risorse ordinarie di funzionamento e personale</b>"
  ),
  row("<b>Centro di responsabilità</b>", "<b>Segretario generale</b>"),
  row("<b>Portatori di interesse</b>", "<b>Imprese e utenti</b>"),
  "",
  PISTOIA_HEADER,
  row(
    "<b>Incidenza degli oneri di personale sugli oneri correnti (INDICATORE PARETO)</b>",
    "Oneri di personale / Oneri correnti",
    "36%",
    "39%",
    "40%",
    "40%",
    "39%",
    "Salute economica",
    "Percentuale",
    "Oracle"
  ),
  row(
    "<b>Equilibrio economico della gestione corrente</b>",
    "Oneri correnti / Proventi correnti",
    "104%",
    "112% <sup>2</sup>",
    "105%",
    "103%",
    "100%",
    "Struttura",
    "Percentuale",
    "Oracle"
  ),
  row(
    "<b>Giorni medi di presenza al lavoro</b>",
    "N. giornate di presenza dei dipendenti / N. giornate lavorative",
    "78,10%",
    "77,40% (196/253)",
    "77%",
    "77%",
    "77%",
    "Dipartimento Funzione Pubblica",
    "Percentuale",
    "Rilevazione presenze"
  ),
  "",
  "<sup>2</sup> Gli oneri correnti comprendono le spese straordinarie per unificare i sistemi informativi delle due camere, non previste nel preventivo.",
  "",
  "## IL PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DELLA C.C.I.A.A. DI FONTESCURA",
  "",
  "Il Consiglio della Camera di Fontescura aveva tradotto gli obiettivi di mandato in programmi strategici, ciascuno descritto da una scheda. La tabella collega ogni programma strategico alla missione e al programma di spesa.",
  "",
  row("<b>Missione</b>", "<b>Programma</b>", "<b>Programma Strategico C.C.I.A.A. Fontescura</b>"),
  row(
    "11 – Competitività e sviluppo delle imprese",
    "005 – Promozione ed attuazione di politiche di sviluppo, competitività ed innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
    "Territorio da scoprire: turismo e cultura"
  ),
  row(
    "12 – Regolazione del mercato",
    "004 – Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    "Giustizia alternativa e trasparenza"
  ),
  row(
    "32 – Servizi istituzionali e generali delle Pubbliche Amministrazioni",
    "003 – Servizi e affari generali per le amministrazioni di competenza",
    "Salute finanziaria dell'ente"
  ),
  "",
  "Seguono le schede dei programmi strategici.",
  "",
  '**Missione 11) "Competitività e sviluppo delle imprese"**  ',
  "**Territorio da scoprire**",
  "",
  wide("Area strategica", "Fontescura accogliente"),
  wide("Programma", "Territorio da scoprire: turismo e cultura"),
  wide("Centro di Responsabilità", "Dirigente Area Promozione"),
  wide("Budget", "€ 48.500,00"),
  wide("Indicatore di avanzamento", "Indicatore", "Formula", "", "30/09/2021", "Target triennio"),
  wide(
    "",
    "Itinerari pubblicati",
    "N. itinerari tematici pubblicati sul portale turistico",
    "",
    "7",
    "24"
  ),
  wide("Obiettivo", "Obiettivo: portare visitatori nei borghi anche fuori stagione"),
  wide(
    "Descrizione",
    "<p>Il territorio ha cantine, pievi e botteghe artigiane poco conosciute fuori dalla provincia. La Camera costruisce con i Comuni e le pro loco itinerari tematici e un calendario di eventi da ottobre a marzo, quando le strutture ricettive restano in gran parte vuote.</p> <p>Le strutture che aderiscono ricevono un marchio di ospitalità dopo una visita di verifica.</p>"
  ),
  wide("Fasi", "Fase", "", "2021", "2022", "2023"),
  wide("", "Mappatura dei luoghi d'interesse", "", "▶", "", ""),
  wide("", "Eventi fuori stagione", "", "▶", "▶", "▶"),
  SCHEDA_INDICATORS,
  row(
    "",
    "Realizzazione fisica",
    "Itinerari pubblicati",
    "N. itinerari tematici pubblicati sul portale turistico",
    "n.",
    "7",
    "11",
    "8",
    "8",
    "8",
    "100%"
  ),
  row(
    "",
    "Output",
    "Visitatori degli eventi fuori stagione",
    "N. presenze registrate agli eventi da ottobre a marzo",
    "n.",
    "1.250",
    "3.410",
    "6.000",
    "6.500",
    "7.000",
    "57%"
  ),
  row(
    "",
    "Realizzazione fisica",
    "Strutture con il marchio di ospitalità",
    "N. strutture ricettive certificate nell'anno",
    "n.",
    "4 su 12",
    "9 su 12",
    "10",
    "12",
    "12",
    "90%"
  ),
  row(
    "",
    "Realizzazione finanziaria",
    "Grado di utilizzazione risorse a budget",
    "Risorse utilizzate / Risorse a budget",
    "%",
    "35%",
    "70%",
    "80%",
    "80%",
    "80%",
    "100%"
  ),
  wide("Stakeholder", "Imprese turistiche, Comuni, pro loco e associazioni culturali"),
  "",
  '**Missione 12) "Regolazione del mercato"**  ',
  "**Giustizia alternativa e trasparenza**",
  "",
  wide("Area strategica", "Un mercato di cui fidarsi"),
  wide("Programma", "Giustizia alternativa e trasparenza"),
  wide("Centro di Responsabilità", "Segretario Generale"),
  wide("Budget", "Attività realizzate con risorse interne"),
  wide("Indicatore di avanzamento", "Indicatore", "Formula", "", "30/09/2021", "Target triennio"),
  wide(
    "",
    "Sportello online per le mediazioni",
    "Attivazione del deposito telematico delle domande",
    "",
    "no",
    "si"
  ),
  wide(
    "Obiettivo",
    "Obiettivo: risolvere le liti tra imprese e consumatori senza andare in tribunale"
  ),
  wide(
    "Descrizione",
    "<p>La mediazione camerale costa meno di una causa e dura pochi mesi. Nel triennio la Camera porta online il deposito delle domande, misura la soddisfazione di chi vi ricorre e pubblica i protesti nei termini di legge.</p>"
  ),
  wide("Fasi", "Fase", "", "2021", "2022", "2023"),
  wide("", "Deposito telematico delle domande", "", "▶", "", ""),
  wide("", "Questionario di soddisfazione", "", "▶", "▶", "▶"),
  SCHEDA_INDICATORS,
  row(
    "",
    "Realizzazione fisica",
    "Sportello online per le mediazioni",
    "Attivazione del deposito telematico delle domande",
    "si/no",
    "no",
    "sì",
    "si",
    "n.d.",
    "n.d.",
    "100%"
  ),
  row(
    "",
    "Output",
    "Durata media delle mediazioni",
    "Giorni tra il deposito della domanda e la chiusura del procedimento",
    "gg",
    "74",
    "62",
    "60",
    "60",
    "55",
    "97%"
  ),
  row(
    "",
    "Qualità erogata",
    "Soddisfazione degli utenti della mediazione",
    "Giudizio medio espresso nel questionario finale",
    "n.",
    "buono",
    "buono",
    "buono",
    "buono",
    "buono",
    "100%"
  ),
  row(
    "",
    "Realizzazione fisica",
    "Protesti pubblicati nei termini",
    "Protesti pubblicati entro 10 giorni / Protesti ricevuti",
    "%",
    "96,5%",
    "n.d.",
    "98%",
    "98%",
    "98%",
    "n.d."
  ),
  wide("Stakeholder", "Imprese, consumatori e ordini professionali"),
  "",
  '## Missione 32) "Servizi istituzionali e generali delle Pubbliche Amministrazioni"',
  "",
  row("Stato di Salute Finanziaria", "", "", "", "", "Performance"),
  row(
    "Condizioni",
    "L'unione delle due camere ha comportato spese una tantum per le sedi e i sistemi informativi. I valori sono quelli del bilancio infrannuale al 30 settembre 2021, confrontati con gli obiettivi dell'anno.",
    "",
    "",
    "",
    ""
  ),
  SALUTE_HEADER("Equilibrio economico"),
  row("", "Solidità finanziaria", "patrimonio netto / passivo totale", "% 7,1", "6,8", "100%"),
  row(
    "",
    "Valore aggiunto dalla Camera",
    "Valore aggiunto globale lordo",
    "€ 3.915.200",
    "4.000.000",
    "98%"
  ),
  SALUTE_HEADER("Proventi"),
  row(
    "",
    "Valore della produzione",
    "ricavi da diritto annuale + diritti di segreteria + contributi + proventi da servizi",
    "€ 4.402.118",
    "4.850.000",
    "91%"
  ),
  SALUTE_HEADER("Costi"),
  row(
    "",
    "Costi di struttura",
    "costi del personale + costi di funzionamento",
    "€ 3.512.640",
    "4.380.000",
    "100%"
  ),
  row(
    "",
    "Costi di funzionamento dei servizi di promozione",
    "costi diretti e indiretti dei servizi di promozione",
    "€ 52.220",
    "55.000",
    "100%"
  ),
  SALUTE_HEADER("Indebitamento"),
  row("", "Indebitamento", "debiti di finanziamento", "€ 0", "0", "100%"),
  "",
];

export const valdarnoEtruscoTitle =
  "Camera di Commercio del Valdarno Etrusco – PIRA 2021 (esempio)";

export const valdarnoEtruscoDocument: string = LINES.join("\n");
