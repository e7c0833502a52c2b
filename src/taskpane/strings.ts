/**
 * Every word the task pane and the workbench show, Italian first, English second. A view never
 * writes a user-facing string of its own: it takes it from here (`useStrings()`), so both
 * languages stay complete (the English table is checked against the Italian one's type).
 */
import type { FormulaStyle, Severity } from "../workbook";
import type { Remedy } from "../app/failure";

export type ViewId =
  | "newPlan"
  | "import"
  | "structure"
  | "fill"
  | "validate"
  | "summary"
  | "publish"
  | "rollover"
  | "compare"
  | "settings";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (names: string[], max = 6) =>
  names.length <= max
    ? names.join(", ")
    : `${names.slice(0, max).join(", ")} … (+${names.length - max})`;

const it = {
  appTitle: "PIRA per Excel",
  connection: {
    excel: "Connesso a Excel",
    workbench: "Banco di prova",
    outside: "Fuori da Excel",
    outsideHost: (host: string) =>
      `Il pannello è aperto in ${host}, non in Excel: le azioni sulla cartella di lavoro non sono disponibili.`,
    outsideBrowser:
      "Il pannello è aperto in un browser, fuori da Excel: le azioni sulla cartella di lavoro non sono disponibili.",
    noOffice:
      "Office.js non è stato caricato: il pannello funziona fuori da Excel e non può usare una cartella di lavoro.",
    tryWorkbench: "Per provare le azioni senza Excel, aprire il banco di prova:",
    workbenchLink: "workbench.html",
  },
  intro:
    "Il Piano degli indicatori e dei risultati attesi di bilancio (PIRA) in una cartella di lavoro: programmi e indicatori in tabelle, performance calcolata con le regole del piano, controlli e riepiloghi.",
  views: {
    newPlan: "Nuovo",
    import: "Importa",
    structure: "Struttura",
    fill: "Calcola",
    validate: "Controlla",
    summary: "Riepilogo",
    publish: "Pubblica",
    rollover: "Nuovo anno",
    compare: "Confronta",
    settings: "Impostazioni",
  } satisfies Record<ViewId, string>,
  viewsLabel: "Azioni",
  running: (action: string) => `${action} in corso…`,
  loadingView: "Caricamento della vista…",
  actionNames: {
    newPlan: "Creazione del piano",
    import: "Importazione",
    preview: "Lettura del testo",
    structure: "Ricostruzione dei fogli",
    analystRead: "Lettura della tabella",
    analystFill: "Calcolo accanto alla tabella",
    fill: "Calcolo",
    validate: "Controllo",
    summary: "Riepilogo",
    publish: "Preparazione del documento",
    settings: "Salvataggio delle impostazioni",
  },
  counts: {
    label: "Esito dell'ultimo controllo",
    error: (n: number) => plural(n, "errore", "errori"),
    warning: (n: number) => plural(n, "avviso", "avvisi"),
    info: (n: number) => plural(n, "informazione", "informazioni"),
  } satisfies Record<Severity | "label", unknown>,
  errorTitle: "Azione non eseguita",
  remedies: {
    createSheets:
      "Creare prima i fogli del piano con «Nuovo» o «Importa», oppure aprire una cartella PIRA.",
    checkText:
      "Controllare il testo o il file (un PIRA copiato da Word o PDF, o un piano JSON) e riprovare.",
    checkInput: "Correggere i dati indicati e riprovare.",
    retry: "Riprovare; se il problema continua, ricaricare il pannello.",
    cellEdit: "Uscire dalla modifica della cella in Excel (Invio o Esc) e riprovare.",
  } satisfies Record<Remedy | "cellEdit", string>,
  unexpected: (what: string) => `Errore imprevisto: ${what}`,
  dismiss: "Chiudi il messaggio",
  doneTitle: "Fatto",
  warningTitle: "Fatto, ma senza risultato",
  cancelled: "Annullato: la cartella di lavoro non è cambiata.",
  stale: "La cartella è cambiata dopo questo risultato: ripetere l'azione per aggiornarlo.",
  confirm: {
    title: "Sostituire fogli esistenti?",
    body: (n: number) =>
      n === 1
        ? "Questo foglio esiste già e verrà sostituito (le modifiche fatte a mano andranno perse):"
        : `Questi ${n} fogli esistono già e verranno sostituiti (le modifiche fatte a mano andranno perse):`,
    ok: "Sostituisci",
    cancel: "Annulla",
  },
  newPlan: {
    intro:
      "Crea una cartella PIRA vuota: tabelle Piano, Programmi e Indicatori, fogli di missione e Riepilogo.",
    title: "Titolo del piano",
    titlePlaceholder: (year: number) => `PIRA ${year}–${year + 2}`,
    entities: "Enti (uno per riga)",
    entitiesDefault: "Camera di Commercio",
    firstYear: "Primo anno del triennio",
    programmes: "Missioni e programmi",
    selected: (n: number, of: number) =>
      `${n} di ${of} ${of === 1 ? "programma scelto" : "programmi scelti"}`,
    all: "Tutti",
    none: "Nessuno",
    reference: "Quelli del documento di riferimento",
    practice: "uso comune",
    create: "Crea il piano",
    done: (title: string, entities: number, programmes: number, sheets: string[]) =>
      `Creato il piano «${title}»: ${plural(entities, "ente", "enti")}, ${plural(programmes, "programma", "programmi")}. Fogli: ${list(sheets)}.`,
  },
  import: {
    intro:
      "Incollare il testo di un PIRA pubblicato (copiato da Word o PDF) o un piano JSON, oppure caricare un file .txt, .json o il PDF pubblicato.",
    text: "Testo del documento o piano JSON",
    placeholder: "Incollare qui il testo…",
    load: "Carica un file…",
    loaded: (name: string, chars: number) =>
      `Caricato ${name} (${chars.toLocaleString("it-IT")} caratteri).`,
    unreadableFile: (name: string) =>
      `«${name}» non è un file di testo (.txt, .json) né un PDF: per un documento Word, aprirlo, copiarne tutto il testo e incollarlo qui sopra.`,
    preview: "Anteprima",
    previewTitle: "Anteprima",
    kindDocument: "Documento",
    kindJson: "Piano JSON",
    firstYear: "Primo anno",
    entities: "Enti",
    programmes: "Programmi",
    indicators: "Indicatori",
    notUnderstood: "Righe non comprese",
    notes: "Segnalazioni dell'importazione",
    line: (n: number) => `riga ${n}`,
    none: "Nessuna.",
    more: (n: number) => `… e altre ${n}.`,
    create: "Crea i fogli",
    noIndicators:
      "Nessun indicatore letto: controllare in «Anteprima» le righe non comprese, o incollare il testo completo del documento.",
    done: (entities: number, programmes: number, indicators: number, sheets: string[]) =>
      `Importati ${plural(entities, "ente", "enti")}, ${plural(programmes, "programma", "programmi")}, ${plural(indicators, "indicatore", "indicatori")}. Fogli: ${list(sheets)}.`,
  },
  structure: {
    intro:
      "Ricostruisce Riepilogo e un foglio per missione (scheda del programma e indicatori raggruppati) dalle tabelle Programmi e Indicatori. Le tabelle non cambiano.",
    run: "Ricostruisci i fogli",
    done: (sheets: string[], programmes: number, indicators: number) =>
      `Ricostruiti ${plural(sheets.length, "foglio", "fogli")} (${list(sheets)}) da ${plural(programmes, "programma", "programmi")} e ${plural(indicators, "indicatore", "indicatori")}.`,
    readProblems: (n: number) =>
      `${plural(n, "problema", "problemi")} nella lettura delle tabelle: vedere «Controlla».`,
  },
  analyst: {
    heading: "La tabella dell'analista",
    intro:
      "Un foglio con una tabella di indicatori propria, non le tabelle PIRA: trova la tabella sotto la selezione (o nel foglio attivo) e propone il campo di ogni colonna. Le sue celle non cambiano.",
    find: "Trova la tabella",
    column: "Colonna",
    header: "Intestazione",
    field: "Campo",
    unsure: "da verificare",
    sample: "Esempio",
    fieldOf: (header: string) => `Campo della colonna «${header}»`,
    found: (sheet: string, indicators: number, columns: number) =>
      `Foglio «${sheet}»: ${plural(indicators, "indicatore", "indicatori")}, ${plural(columns, "colonna", "colonne")}. Controllare i campi, poi «Calcola accanto alla tabella» o «Crea il piano dalla tabella».`,
    twoColumns: (field: string, columns: string[]) =>
      `Due colonne sullo stesso campo «${field}»: ${columns.join(" e ")}. Sceglierne una e dare all'altra un altro campo (o «Altro (tenuta com'è)»).`,
    noName: (field: string) =>
      `Nessuna colonna ha il campo «${field}»: dare questo campo alla colonna con i nomi degli indicatori.`,
    entity: "Nome dell'ente",
    entityHint:
      "Va nel piano e nei documenti pubblicati: controllarlo prima di «Crea il piano dalla tabella».",
    entityMissing:
      "Manca il nome dell'ente: scriverlo nel campo «Nome dell'ente», poi «Crea il piano dalla tabella».",
    fillHere: "Calcola accanto alla tabella",
    createPlan: "Crea il piano dalla tabella",
    filled: (sheet: string, from: string, to: string, changed: number) =>
      changed === 0
        ? `Foglio «${sheet}»: colonne ${from}:${to} già calcolate, nessuna cella cambiata.`
        : `Foglio «${sheet}»: colonne calcolate ${from}:${to} (${plural(changed, "cella scritta", "celle scritte")}); la mappatura è salvata nella cartella (foglio nascosto «PIRA Mappature»).`,
    fallbacks: (n: number) =>
      `${plural(n, "riga scritta", "righe scritte")} come valori (testo che le formule non leggono): vedere «Calcolato: Metodo».`,
    created: (programmes: number, indicators: number, sheets: string[]) =>
      `Piano creato dalla tabella: ${plural(programmes, "programma", "programmi")}, ${plural(indicators, "indicatore", "indicatori")}; fogli ${list(sheets)}. Il foglio dell'analista resta com'è.`,
    fields: {
      name: "Nome dell'indicatore",
      formula: "Algoritmo di calcolo",
      unit: "Unità di misura",
      typology: "Tipologia",
      source: "Fonte",
      polarity: "Polarità",
      group: "Gruppo",
      notes: "Note",
      reportedPerformance: "Performance riportata",
      "targets.triennium": "Target triennio",
      "programme.mission": "Missione (codice)",
      "programme.code": "Programma (codice)",
      "programme.title": "Titolo del programma",
      "programme.missionTitle": "Titolo della missione",
      "programme.objective": "Obiettivo",
      "programme.responsible": "Centro di responsabilità",
      "programme.stakeholders": "Portatori di interesse",
      "programme.strategicArea": "Area strategica",
      "programme.strategicProgramme": "Programma strategico",
      "programme.budget": "Budget",
      "programme.description": "Descrizione del programma",
      objective: "Obiettivo o gruppo",
      extra: "Altro (tenuta com'è)",
    } as Record<string, string>,
    target: (year: string) => `Target ${year}`,
    actual: (date: string) => `Consuntivo ${date}`,
  },
  fill: {
    intro:
      "Scrive le colonne «Calcolato: …» della tabella Indicatori (consuntivo e target confrontati, raggiungimento, scostamento, esito). Nessun'altra cella cambia.",
    style: "Stile delle formule",
    styles: {
      pira: "Funzioni PIRA (PIRA.PERFORMANCE, …)",
      native: "Formule di Excel (funzionano anche senza il componente aggiuntivo)",
      values: "Solo valori (nessuna formula)",
    } satisfies Record<FormulaStyle, string>,
    styleNames: {
      pira: "funzioni PIRA",
      native: "formule di Excel",
      values: "valori",
    } satisfies Record<FormulaStyle, string>,
    run: "Calcola",
    done: (rows: number, cells: number, changed: number, style: string) =>
      `Calcolate ${plural(rows, "riga", "righe")} di Indicatori con ${style}: ${plural(cells, "cella scritta", "celle scritte")}, ${plural(changed, "cambiata", "cambiate")}.`,
    fallbacks: (n: number) =>
      `${plural(n, "riga scritta", "righe scritte")} come valori: le formule di Excel non la esprimono (vedere «Calcolato: Metodo»).`,
    problems: (n: number) =>
      `${plural(n, "segnalazione", "segnalazioni")} nella lettura: vedere «Controlla».`,
    nothing:
      "Nessuna riga calcolata: la tabella Indicatori non ha indicatori. Aggiungerli nel foglio Indicatori (nome, target, consuntivo), poi «Calcola» di nuovo.",
  },
  validate: {
    intro:
      "Controlla il piano con le regole PIRA: target e consuntivi mancanti, performance riportate diverse da quelle calcolate, titoli superati, unità… Fare clic su una segnalazione per andare alla sua cella.",
    run: "Controlla",
    rerun: "Controlla di nuovo",
    clean: "Nessun problema trovato.",
    done: (e: number, w: number, i: number) =>
      `Controllo completato: ${plural(e, "errore", "errori")}, ${plural(w, "avviso", "avvisi")}, ${plural(i, "informazione", "informazioni")}.`,
    severities: {
      error: "Errori",
      warning: "Avvisi",
      info: "Informazioni",
    } satisfies Record<Severity, string>,
    general: "Piano, enti e fogli",
    goTo: (where: string) => `vai a ${where}`,
    noCell: "senza cella",
    showMore: (n: number) => `Mostra altre ${n}`,
  },
  summary: {
    intro:
      "Raggiungimento per ente, missione e programma, calcolato dalle tabelle e scritto nel foglio Riepilogo.",
    run: "Aggiorna il riepilogo",
    caption: "Riepilogo del raggiungimento",
    columns: {
      label: "Ente / missione / programma",
      indicators: "Indicatori",
      achieved: "Raggiunti",
      partly: "Parzialmente",
      notAchieved: "Non raggiunti",
      mean: "Raggiungimento medio",
    },
    short: {
      indicators: "Ind.",
      achieved: "R",
      partly: "P",
      notAchieved: "N",
      mean: "Medio",
    },
    total: "Totale",
    legend:
      "R raggiunti · P parzialmente raggiunti · N non raggiunti · Medio: media dei raggiungimenti calcolabili",
    done: (sheet: string, indicators: number) =>
      `Riepilogo di ${plural(indicators, "indicatore", "indicatori")} scritto nel foglio ${sheet}.`,
    empty:
      "Il piano non ha indicatori: aggiungerli nel foglio Indicatori, poi aggiornare il riepilogo.",
  },
  publish: {
    intro:
      "I documenti dell'art. 5 del DPCM 18/9/2012 dalle tabelle della cartella: il Piano o il Rapporto sui risultati, in Word modificabile o come pagina HTML accessibile per Amministrazione trasparente.",
    document: "Documento",
    documents: {
      auto: "Automatico: il Rapporto se ci sono valori rilevati, altrimenti il Piano",
      piano: "Piano degli indicatori (scheda e target del triennio)",
      rapporto: "Rapporto sui risultati (consuntivi, raggiungimento, note, grafici)",
    },
    format: "Formato",
    formats: { docx: "Word (.docx)", html: "Pagina HTML (.html)" },
    pdfHint:
      "Per un PDF: aprire il file Word e salvarlo come PDF/A («Salva con nome › PDF», opzione «Conforme a PDF/A»), oppure stampare in PDF la pagina HTML.",
    run: "Prepara il documento",
    preview: "Anteprima della pagina HTML",
    download: (name: string) => `Scarica ${name}`,
    done: (name: string, indicators: number) =>
      `Pronto ${name}: ${plural(indicators, "indicatore", "indicatori")}. Scaricarlo con il collegamento sotto.`,
    empty:
      "Il documento non ha indicatori: aggiungerli nel foglio Indicatori (o importare un piano con «Importa»), poi prepararlo di nuovo.",
  },
  settings: {
    intro:
      "Le impostazioni sono salvate nella cartella di lavoro (tabella Piano) e valgono per Calcola, Struttura, Riepilogo e Controlla, anche da riga di comando.",
    low: "Soglia di «parzialmente raggiunto» (%)",
    high: "Soglia di «raggiunto» (%)",
    thresholdsHint: "Sotto la prima soglia l'indicatore è «non raggiunto».",
    range: "Le soglie sono percentuali tra 0 e 100.",
    order: "La soglia di «raggiunto» deve essere maggiore di quella di «parzialmente raggiunto».",
    style: "Stile delle formule predefinito",
    rules: "Regole di controllo",
    rulesHint: "Togliere la spunta per non segnalare più una regola.",
    noRules: "Le regole di controllo non sono disponibili.",
    save: "Salva",
    notNumber: "Scrivere un numero, per esempio 72,5.",
    recomputed: (rows: number, changed: number) =>
      `Esiti ricalcolati con le nuove soglie: ${plural(rows, "riga", "righe")} di Indicatori, ${plural(changed, "cella cambiata", "celle cambiate")}.`,
    summaryStale: "Il foglio Riepilogo è ancora calcolato con le soglie di prima: aggiornarlo.",
    saved: {
      cells: "Impostazioni salvate nella tabella Piano della cartella di lavoro.",
      sheet:
        "Impostazioni salvate: il foglio Piano è stato riscritto con le righe delle impostazioni.",
      pane: "Impostazioni in uso nel pannello: saranno scritte nel foglio Piano quando si creano i fogli («Nuovo» o «Importa»).",
    },
  },
  workbench: {
    title: "PIRA per Excel — banco di prova",
    subtitle:
      "Il pannello di Excel su una cartella di lavoro nel browser: nessun dato lascia il computer.",
    openExample: "Apri l'esempio",
    openFile: "Apri .xlsx o .csv…",
    download: "Scarica .xlsx",
    exampleOpened: (programmes: number, indicators: number) =>
      `Aperto l'esempio: ${plural(programmes, "programma", "programmi")}, ${plural(indicators, "indicatore", "indicatori")}.`,
    fileOpened: (name: string, sheets: number) =>
      `Aperto ${name}: ${plural(sheets, "foglio", "fogli")}.`,
    ledToValidate: "È una cartella PIRA: il pannello la controlla in «Controlla».",
    ledToStructure:
      "Il pannello cerca la tabella degli indicatori in «Struttura»: controllare i campi proposti, poi calcolare accanto alla tabella o crearne il piano.",
    emptyCsv: (name: string) =>
      `«${name}» è vuoto: nessuna riga da aprire. La cartella aperta non è cambiata.`,
    headerOnly: (name: string) =>
      `Aperto ${name}: c'è solo la riga d'intestazione, nessun indicatore. Aggiungere le righe degli indicatori (anche qui, nella griglia), poi «Struttura › Trova la tabella».`,
    replaceWorkbook: "Sostituire la cartella aperta? Le modifiche non scaricate andranno perse.",
    emptyWorkbook:
      "La cartella è vuota. Creare un piano con «Nuovo», importarne uno con «Importa», aprire l'esempio o un file .xlsx.",
    sheets: "Fogli",
    grid: (sheet: string) => `Foglio ${sheet}`,
    rows: (total: number) => `${total.toLocaleString("it-IT")} ${total === 1 ? "riga" : "righe"}`,
    selected: (sheet: string, cell: string, name: string | null) =>
      `Selezionata ${sheet}!${cell}${name ? ` — ${name}` : ""}`,
    editCell: (cell: string) => `Valore della cella ${cell}`,
    gridHelp:
      "Fare clic su una cella e scrivere per modificarla: Invio conferma e scende, Tab conferma e va a destra, Esc annulla, F2 modifica il valore, Canc lo cancella.",
    pane: "Pannello PIRA",
  },
};

export type Strings = typeof it;

const en: Strings = {
  appTitle: "PIRA for Excel",
  connection: {
    excel: "Connected to Excel",
    workbench: "Workbench",
    outside: "Outside Excel",
    outsideHost: (host: string) =>
      `The pane is open in ${host}, not in Excel: workbook actions are not available.`,
    outsideBrowser:
      "The pane is open in a browser, outside Excel: workbook actions are not available.",
    noOffice: "Office.js did not load: the pane runs outside Excel and cannot use a workbook.",
    tryWorkbench: "To try the actions without Excel, open the workbench:",
    workbenchLink: "workbench.html",
  },
  intro:
    "The Piano degli indicatori e dei risultati attesi di bilancio (PIRA) in a workbook: programmes and indicators in tables, achievement computed with the plan's rules, checks and summaries.",
  views: {
    newPlan: "New",
    import: "Import",
    structure: "Structure",
    fill: "Compute",
    validate: "Check",
    summary: "Summary",
    publish: "Publish",
    rollover: "New year",
    compare: "Compare",
    settings: "Settings",
  },
  viewsLabel: "Actions",
  running: (action: string) => `${action} in progress…`,
  loadingView: "Loading the view…",
  actionNames: {
    newPlan: "Creating the plan",
    import: "Importing",
    preview: "Reading the text",
    structure: "Rebuilding the sheets",
    analystRead: "Reading the table",
    analystFill: "Computing beside the table",
    fill: "Computing",
    validate: "Checking",
    summary: "Summary",
    publish: "Preparing the document",
    settings: "Saving the settings",
  },
  counts: {
    label: "Result of the last check",
    error: (n: number) => plural(n, "error", "errors"),
    warning: (n: number) => plural(n, "warning", "warnings"),
    info: (n: number) => plural(n, "note", "notes"),
  },
  errorTitle: "Action not carried out",
  remedies: {
    createSheets: "First create the plan's sheets with «New» or «Import», or open a PIRA workbook.",
    checkText:
      "Check the text or file (a PIRA copied from Word or PDF, or a plan JSON) and try again.",
    checkInput: "Correct the data shown and try again.",
    retry: "Try again; if the problem persists, reload the pane.",
    cellEdit: "Leave cell editing in Excel (Enter or Esc) and try again.",
  },
  unexpected: (what: string) => `Unexpected error: ${what}`,
  dismiss: "Dismiss the message",
  doneTitle: "Done",
  warningTitle: "Done, but to no effect",
  cancelled: "Cancelled: the workbook has not changed.",
  stale: "The workbook changed after this result: run the action again to update it.",
  confirm: {
    title: "Replace existing sheets?",
    body: (n: number) =>
      n === 1
        ? "This sheet already exists and will be replaced (changes made by hand will be lost):"
        : `These ${n} sheets already exist and will be replaced (changes made by hand will be lost):`,
    ok: "Replace",
    cancel: "Cancel",
  },
  newPlan: {
    intro:
      "Creates an empty PIRA workbook: Piano, Programmi and Indicatori tables, mission sheets and Riepilogo.",
    title: "Plan title",
    titlePlaceholder: (year: number) => `PIRA ${year}–${year + 2}`,
    entities: "Entities (one per line)",
    entitiesDefault: "Camera di Commercio",
    firstYear: "First year of the triennium",
    programmes: "Missions and programmes",
    selected: (n: number, of: number) =>
      `${n} of ${of} ${of === 1 ? "programme" : "programmes"} chosen`,
    all: "All",
    none: "None",
    reference: "Those of the reference document",
    practice: "common use",
    create: "Create the plan",
    done: (title: string, entities: number, programmes: number, sheets: string[]) =>
      `Created the plan «${title}»: ${plural(entities, "entity", "entities")}, ${plural(programmes, "programme", "programmes")}. Sheets: ${list(sheets)}.`,
  },
  import: {
    intro:
      "Paste the text of a published PIRA (copied from Word or PDF) or a plan JSON, or load a .txt or .json file or the published PDF.",
    text: "Document text or plan JSON",
    placeholder: "Paste the text here…",
    load: "Load a file…",
    loaded: (name: string, chars: number) =>
      `Loaded ${name} (${chars.toLocaleString("en-GB")} characters).`,
    unreadableFile: (name: string) =>
      `«${name}» is neither a text file (.txt, .json) nor a PDF: for a Word document, open it, copy all its text and paste it above.`,
    preview: "Preview",
    previewTitle: "Preview",
    kindDocument: "Document",
    kindJson: "Plan JSON",
    firstYear: "First year",
    entities: "Entities",
    programmes: "Programmes",
    indicators: "Indicators",
    notUnderstood: "Lines not understood",
    notes: "Import notes",
    line: (n: number) => `line ${n}`,
    none: "None.",
    more: (n: number) => `… and ${n} more.`,
    create: "Create the sheets",
    noIndicators:
      "No indicator read: check the lines not understood in «Preview», or paste the document's whole text.",
    done: (entities: number, programmes: number, indicators: number, sheets: string[]) =>
      `Imported ${plural(entities, "entity", "entities")}, ${plural(programmes, "programme", "programmes")}, ${plural(indicators, "indicator", "indicators")}. Sheets: ${list(sheets)}.`,
  },
  structure: {
    intro:
      "Rebuilds Riepilogo and one sheet per mission (the programme's scheda and its indicators, grouped) from the Programmi and Indicatori tables. The tables do not change.",
    run: "Rebuild the sheets",
    done: (sheets: string[], programmes: number, indicators: number) =>
      `Rebuilt ${plural(sheets.length, "sheet", "sheets")} (${list(sheets)}) from ${plural(programmes, "programme", "programmes")} and ${plural(indicators, "indicator", "indicators")}.`,
    readProblems: (n: number) =>
      `${plural(n, "problem", "problems")} reading the tables: see «Check».`,
  },
  analyst: {
    heading: "The analyst's table",
    intro:
      "A sheet with an indicator table of its own, not the PIRA tables: finds the table under the selection (or on the active sheet) and proposes each column's field. Its cells do not change.",
    find: "Find the table",
    column: "Column",
    header: "Header",
    field: "Field",
    unsure: "to check",
    sample: "Sample",
    fieldOf: (header: string) => `Field of column «${header}»`,
    found: (sheet: string, indicators: number, columns: number) =>
      `Sheet «${sheet}»: ${plural(indicators, "indicator", "indicators")}, ${plural(columns, "column", "columns")}. Check the fields, then «Compute beside the table» or «Create the plan from the table».`,
    twoColumns: (field: string, columns: string[]) =>
      `Two columns on the same field «${field}»: ${columns.join(" and ")}. Choose one and give the other another field (or «Other (kept as written)»).`,
    noName: (field: string) =>
      `No column has the field «${field}»: give this field to the column with the indicators' names.`,
    entity: "Name of the entity",
    entityHint:
      "It goes into the plan and the published documents: check it before «Create the plan from the table».",
    entityMissing:
      "The entity's name is missing: type it in «Name of the entity», then «Create the plan from the table».",
    fillHere: "Compute beside the table",
    createPlan: "Create the plan from the table",
    filled: (sheet: string, from: string, to: string, changed: number) =>
      changed === 0
        ? `Sheet «${sheet}»: columns ${from}:${to} already computed, no cell changed.`
        : `Sheet «${sheet}»: computed columns ${from}:${to} (${plural(changed, "cell written", "cells written")}); the mapping is stored in the workbook (hidden sheet «PIRA Mappature»).`,
    fallbacks: (n: number) =>
      `${plural(n, "row", "rows")} written as values (text the formulas cannot read): see «Calcolato: Metodo».`,
    created: (programmes: number, indicators: number, sheets: string[]) =>
      `Plan created from the table: ${plural(programmes, "programme", "programmes")}, ${plural(indicators, "indicator", "indicators")}; sheets ${list(sheets)}. The analyst's sheet stays as it is.`,
    fields: {
      name: "Indicator name",
      formula: "Calculation",
      unit: "Unit of measure",
      typology: "Typology",
      source: "Source",
      polarity: "Polarity",
      group: "Group",
      notes: "Notes",
      reportedPerformance: "Reported performance",
      "targets.triennium": "Three-year target",
      "programme.mission": "Mission (code)",
      "programme.code": "Programme (code)",
      "programme.title": "Programme title",
      "programme.missionTitle": "Mission title",
      "programme.objective": "Objective",
      "programme.responsible": "Responsible unit",
      "programme.stakeholders": "Stakeholders",
      "programme.strategicArea": "Strategic area",
      "programme.strategicProgramme": "Strategic programme",
      "programme.budget": "Budget",
      "programme.description": "Programme description",
      objective: "Objective or group",
      extra: "Other (kept as written)",
    } as Record<string, string>,
    target: (year: string) => `Target ${year}`,
    actual: (date: string) => `Actual ${date}`,
  },
  fill: {
    intro:
      "Writes the «Calcolato: …» columns of the Indicatori table (actual and target compared, achievement, deviation, outcome). No other cell changes.",
    style: "Formula style",
    styles: {
      pira: "PIRA functions (PIRA.PERFORMANCE, …)",
      native: "Excel formulas (work without the add-in too)",
      values: "Values only (no formulas)",
    },
    styleNames: {
      pira: "PIRA functions",
      native: "Excel formulas",
      values: "values",
    },
    run: "Compute",
    done: (rows: number, cells: number, changed: number, style: string) =>
      `Computed ${plural(rows, "row", "rows")} of Indicatori with ${style}: ${plural(cells, "cell", "cells")} written, ${changed} changed.`,
    fallbacks: (n: number) =>
      `${plural(n, "row", "rows")} written as values: Excel formulas cannot express them (see «Calcolato: Metodo»).`,
    problems: (n: number) => `${plural(n, "note", "notes")} while reading: see «Check».`,
    nothing:
      "No row computed: the Indicatori table has no indicators. Add them on the Indicatori sheet (name, target, actual), then «Compute» again.",
  },
  validate: {
    intro:
      "Checks the plan with the PIRA rules: missing targets and actuals, reported achievements that differ from the computed ones, outdated titles, units… Click a finding to go to its cell.",
    run: "Check",
    rerun: "Check again",
    clean: "No problems found.",
    done: (e: number, w: number, i: number) =>
      `Check complete: ${plural(e, "error", "errors")}, ${plural(w, "warning", "warnings")}, ${plural(i, "note", "notes")}.`,
    severities: {
      error: "Errors",
      warning: "Warnings",
      info: "Notes",
    },
    general: "Plan, entities and sheets",
    goTo: (where: string) => `go to ${where}`,
    noCell: "no cell",
    showMore: (n: number) => `Show ${n} more`,
  },
  summary: {
    intro:
      "Achievement by entity, mission and programme, computed from the tables and written to the Riepilogo sheet.",
    run: "Update the summary",
    caption: "Achievement summary",
    columns: {
      label: "Entity / mission / programme",
      indicators: "Indicators",
      achieved: "Achieved",
      partly: "Partly",
      notAchieved: "Not achieved",
      mean: "Mean achievement",
    },
    short: {
      indicators: "Ind.",
      achieved: "A",
      partly: "P",
      notAchieved: "N",
      mean: "Mean",
    },
    total: "Total",
    legend:
      "A achieved · P partly achieved · N not achieved · Mean: mean of the computable achievements",
    done: (sheet: string, indicators: number) =>
      `Summary of ${plural(indicators, "indicator", "indicators")} written to the ${sheet} sheet.`,
    empty: "The plan has no indicators: add them on the Indicatori sheet, then update the summary.",
  },
  publish: {
    intro:
      "The DPCM 18/9/2012 art. 5 documents from the workbook's tables: the Piano or the Rapporto sui risultati, as editable Word or as an accessible HTML page for Amministrazione trasparente.",
    document: "Document",
    documents: {
      auto: "Automatic: the Rapporto if there are observed values, else the Piano",
      piano: "Piano (each programme's scheda and the triennium's targets)",
      rapporto: "Rapporto sui risultati (actuals, achievement, notes, charts)",
    },
    format: "Format",
    formats: { docx: "Word (.docx)", html: "HTML page (.html)" },
    pdfHint:
      "For a PDF: open the Word file and save it as PDF/A («Save as › PDF», option «PDF/A compliant»), or print the HTML page to PDF.",
    run: "Prepare the document",
    preview: "Preview of the HTML page",
    download: (name: string) => `Download ${name}`,
    done: (name: string, indicators: number) =>
      `${name} is ready: ${plural(indicators, "indicator", "indicators")}. Download it with the link below.`,
    empty:
      "The document has no indicators: add them on the Indicatori sheet (or import a plan with «Import»), then prepare it again.",
  },
  settings: {
    intro:
      "Settings are saved in the workbook (the Piano table) and apply to Compute, Structure, Summary and Check, on the command line too.",
    low: "«Partly achieved» threshold (%)",
    high: "«Achieved» threshold (%)",
    thresholdsHint: "Below the first threshold the indicator is «not achieved».",
    range: "Thresholds are percentages between 0 and 100.",
    order: "The «achieved» threshold must be greater than the «partly achieved» one.",
    style: "Default formula style",
    rules: "Check rules",
    rulesHint: "Untick a rule to stop reporting it.",
    noRules: "The check rules are not available.",
    save: "Save",
    notNumber: "Type a number, for example 72.5.",
    recomputed: (rows: number, changed: number) =>
      `Outcomes recomputed with the new thresholds: ${plural(rows, "row", "rows")} of Indicatori, ${plural(changed, "cell changed", "cells changed")}.`,
    summaryStale: "The Riepilogo sheet is still computed with the former thresholds: update it.",
    saved: {
      cells: "Settings saved in the workbook's Piano table.",
      sheet: "Settings saved: the Piano sheet was rewritten with the settings rows.",
      pane: "Settings in use in the pane: they will be written to the Piano sheet when the sheets are created («New» or «Import»).",
    },
  },
  workbench: {
    title: "PIRA for Excel — workbench",
    subtitle: "The Excel pane over a workbook in the browser: no data leaves the computer.",
    openExample: "Open the example",
    openFile: "Open .xlsx or .csv…",
    download: "Download .xlsx",
    exampleOpened: (programmes: number, indicators: number) =>
      `Opened the example: ${plural(programmes, "programme", "programmes")}, ${plural(indicators, "indicator", "indicators")}.`,
    fileOpened: (name: string, sheets: number) =>
      `Opened ${name}: ${plural(sheets, "sheet", "sheets")}.`,
    ledToValidate: "It is a PIRA workbook: the pane checks it in «Check».",
    ledToStructure:
      "The pane looks for the indicator table in «Structure»: check the proposed fields, then compute beside the table or create its plan.",
    emptyCsv: (name: string) =>
      `«${name}» is empty: no row to open. The open workbook has not changed.`,
    headerOnly: (name: string) =>
      `Opened ${name}: there is only the header row, no indicator. Add the indicators' rows (here too, in the grid), then «Structure › Find the table».`,
    replaceWorkbook: "Replace the open workbook? Changes not downloaded will be lost.",
    emptyWorkbook:
      "The workbook is empty. Create a plan with «New», import one with «Import», open the example or an .xlsx file.",
    sheets: "Sheets",
    grid: (sheet: string) => `Sheet ${sheet}`,
    rows: (total: number) => `${total.toLocaleString("en-GB")} ${total === 1 ? "row" : "rows"}`,
    selected: (sheet: string, cell: string, name: string | null) =>
      `Selected ${sheet}!${cell}${name ? ` — ${name}` : ""}`,
    editCell: (cell: string) => `Value of cell ${cell}`,
    gridHelp:
      "Click a cell and type to change it: Enter confirms and goes down, Tab confirms and goes right, Esc cancels, F2 edits the value, Delete clears it.",
    pane: "PIRA pane",
  },
};

export const STRINGS: Record<"it" | "en", Strings> = { it, en };
