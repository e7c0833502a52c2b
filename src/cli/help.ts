/** The help texts of `pira` and of each command, in Italian and English. */
import { message, type Message } from "../core/message";

export const COMMAND_HELP: Record<string, Message> = {
  init: message(
    `pira init --year ANNO [--entity NOME]... [--programme 011.005 | all]... [--title TITOLO] -o PIANO.xlsx|.json [--force]
  Un piano vuoto per il triennio ANNO..ANNO+2: gli enti indicati (uno, «Ente», se nessuno) e, per
  ciascuno, i programmi del catalogo indicati («all»: tutti) con il titolo ufficiale.`,
    `pira init --year YEAR [--entity NAME]... [--programme 011.005 | all]... [--title TITLE] -o PLAN.xlsx|.json [--force]
  An empty plan for the triennium YEAR..YEAR+2: the entities given (one, «Ente», if none) and, for
  each, the catalogue programmes given («all»: every one) with their official titles.`
  ),
  import: message(
    `pira import FILE -o OUT.xlsx|OUT.json [--sheet NOME] [--mapping MAPPA.json] [--formulas native|pira|values] [--force]
  FILE: il testo di un documento PIRA (.txt, copiato da Word o dal PDF), un piano (.json), una
  cartella PIRA (.xlsx), oppure le tabelle dell'analista: una cartella qualsiasi (ogni tabella di
  indicatori dei suoi fogli; --sheet NOME per uno solo), un CSV (; , o tab; UTF-8 o Windows-1252)
  o un documento Word (.docx: titoli e tabelle, celle unite comprese), o il PDF di un piano
  pubblicato (.pdf: le tabelle ricostruite dalla posizione delle parole; le schede verticali dei
  ministeri, «campo | valore», da foglio, CSV, Word o PDF). Stampa quanti enti,
  programmi, indicatori e celle non comprese; scrive accanto a OUT il rapporto d'importazione
  OUT.import.json (celle non comprese, con il dove e il perché, e le scelte fatte) e, per le
  tabelle dell'analista, la mappatura delle colonne usata OUT.mapping.json: --mapping la riusa o
  la corregge. Un file senza indicatori esce con 2. Non sovrascrive OUT se esiste, salvo --force.`,
    `pira import FILE -o OUT.xlsx|OUT.json [--sheet NAME] [--mapping MAP.json] [--formulas native|pira|values] [--force]
  FILE: a PIRA document's text (.txt, copied out of Word or the PDF), a plan (.json), a PIRA
  workbook (.xlsx), or the analyst's own tables: any workbook (every indicator table on its
  sheets; --sheet NAME for one), a CSV (; , or tab; UTF-8 or Windows-1252) or a Word document
  (.docx: headings and tables, merged cells included), or a published plan's PDF (.pdf: its
  tables rebuilt from where the words stand; the ministries' vertical «field | value» sheets, from
  a sheet, CSV, Word or PDF). Prints how many entities, programmes,
  indicators and cells not understood; writes the import report OUT.import.json beside OUT (cells
  not understood, with where and why, and the choices made) and, for the analyst's tables, the
  column mapping used, OUT.mapping.json: --mapping reuses or corrects it. A file with no indicator
  exits with 2. Does not overwrite OUT if it exists, unless --force.`
  ),
  fill: message(
    `pira fill PIANO.xlsx [-o OUT.xlsx] [--formulas native|pira|values] [--regenerate] [--force]
  [--mapping MAPPA.json] [--sheet NOME]
  Calcola le colonne «Calcolato: …» di Indicatori (e nient'altro). Senza -o scrive nel file stesso,
  in modo atomico: se qualcosa va storto il file resta com'era. native (predefinito): funzioni
  ordinarie di Excel; pira: funzioni PIRA.*; values: solo valori. --regenerate ricostruisce anche
  Riepilogo e i fogli per missione. Poi verifica il piano e ne stampa i conteggi. Non sovrascrive
  un file cambiato mentre lavorava, né un -o OUT.xlsx esistente o un file di sola lettura salvo
  --force, né ciò che non è un file ordinario (uscita 2).
  Su una cartella dell'analista (nessuna tabella PIRA, una tabella di indicatori sua) aggiunge le
  colonne calcolate a destra della sua tabella, senza cambiare nessuna sua cella (né formule,
  grafici o tabelle pivot: se il file non si può modificare così, rifiuta e non scrive nulla), e
  salva la mappatura nel foglio nascosto «PIRA Mappature»; --mapping MAPPA.json la sostituisce,
  --sheet NOME compila un foglio solo.`,
    `pira fill PLAN.xlsx [-o OUT.xlsx] [--formulas native|pira|values] [--regenerate] [--force]
  [--mapping MAP.json] [--sheet NAME]
  Computes the «Calcolato: …» columns of Indicatori (and nothing else). Without -o it writes the
  file itself, atomically: if anything goes wrong the file stays as it was. native (default):
  ordinary Excel functions; pira: PIRA.* functions; values: values only. --regenerate also rebuilds
  Riepilogo and the mission sheets. Then checks the plan and prints the counts. Does not overwrite
  a file changed while it worked, nor an existing -o OUT.xlsx or a read-only file unless --force,
  nor anything that is not a regular file (exit 2).
  On an analyst's own workbook (no PIRA tables, an indicator table of theirs) it adds the computed
  columns right of their table, changing none of their cells (nor formulas, charts or pivot
  tables: where the file cannot be changed so, it refuses and writes nothing), and stores the
  mapping in the hidden sheet «PIRA Mappature»; --mapping MAP.json replaces it, --sheet NAME fills
  one sheet only.`
  ),
  validate: message(
    `pira validate FILE [--format text|json] [--lang it|en] [--as-of AAAA-MM-GG] [--disable CODICE]...
  Verifica un documento (.txt), un piano (.json) o una cartella (.xlsx): ogni problema con il suo
  luogo (riga, o foglio e cella). Uscita 0: nessun errore; 1: errori trovati; 2: uso errato o file
  illeggibile. Con --format json su stdout c'è solo il documento JSON. Con --sheet [-o OUT.xlsx]
  [--force] scrive nella cartella il foglio «Verifica», con i collegamenti alle celle (un OUT.xlsx
  esistente solo con --force). Le regole
  disattivate nel foglio Piano della cartella valgono come --disable.`,
    `pira validate FILE [--format text|json] [--lang it|en] [--as-of YYYY-MM-DD] [--disable CODE]...
  Checks a document (.txt), a plan (.json) or a workbook (.xlsx): each problem with its place (line,
  or sheet and cell). Exit 0: no errors; 1: errors found; 2: bad usage or unreadable file. With
  --format json stdout holds only the JSON document. With --sheet [-o OUT.xlsx] [--force] it
  writes the «Verifica» sheet into the workbook, with links to the cells (an existing OUT.xlsx
  only with --force). Rules switched off in
  the workbook's Piano sheet count as --disable.`
  ),
  export: message(
    `pira export PIANO.xlsx [-o piano.json [--force]]
  Il piano in JSON (formato pira-plan 1) con i campi calcolati (performance, esito); su stdout
  senza -o. Accetta anche un documento .txt o un piano .json. Un file esistente (anche di sola
  lettura) solo con --force; mai il file letto.`,
    `pira export PLAN.xlsx [-o plan.json [--force]]
  The plan as JSON (pira-plan 1 format) with the computed fields (performance, outcome); on stdout
  without -o. Also takes a .txt document or a .json plan. An existing file (a read-only one too)
  only with --force; never the file read.`
  ),
  summary: message(
    `pira summary PIANO.xlsx [--format text|json]
  Raggiungimento per ente, missione e programma: indicatori, con target, con consuntivo,
  raggiunti / parzialmente / non raggiunti, media, budget.`,
    `pira summary PLAN.xlsx [--format text|json]
  Achievement by entity, mission and programme: indicators, with target, with actual, achieved /
  partly / not achieved, mean, budget.`
  ),
  publish: message(
    `pira publish FILE [--document piano|rapporto] -o OUT.docx|OUT.html|OUT.pdf [--date AAAA-MM-GG] [--compare PRECEDENTE] [--force]
pira publish FILE --open-data -o CARTELLA [--licence CC-BY-4.0|CC0-1.0|URL] [--publisher NOME] [--ipa CODICE]
  [--contact EMAIL|URL] [--base-url URL]
  I documenti dell'art. 5 del DPCM 18/9/2012 da tutto ciò che pira import legge (cartella .xlsx,
  piano .json, documento .txt, tabelle .csv o .docx): il Piano (scheda e target di ogni programma) o
  il Rapporto sui risultati (con consuntivi, raggiungimento calcolato, esito, note, sintesi e
  grafici); predefinito il Rapporto se il piano ha valori rilevati. .docx: Word modificabile; .html:
  una pagina accessibile per Amministrazione trasparente; .pdf: PDF/A con LibreOffice (se manca,
  uscita 2 con le istruzioni). --open-data scrive nella CARTELLA indicatori.csv, programmi.csv,
  piano.json, LEGGIMI.txt e i metadati DCAT-AP_IT (metadati.jsonld); licenza predefinita CC BY 4.0.
  --base-url: l'indirizzo della cartella in Amministrazione trasparente (senza, i metadati non sono
  raccoglibili); --ipa: il codice IPA dell'ente (senza, avviso). --compare PRECEDENTE: la sezione
  sulle principali variazioni rispetto al piano precedente (le modifiche segnalate, con le note
  dell'analista). Non sovrascrive file esistenti, salvo --force; mai il FILE letto.`,
    `pira publish FILE [--document piano|rapporto] -o OUT.docx|OUT.html|OUT.pdf [--date YYYY-MM-DD] [--compare PREVIOUS] [--force]
pira publish FILE --open-data -o FOLDER [--licence CC-BY-4.0|CC0-1.0|URL] [--publisher NAME] [--ipa CODE]
  [--contact EMAIL|URL] [--base-url URL]
  The DPCM 18/9/2012 art. 5 documents from anything pira import reads (.xlsx workbook, .json plan,
  .txt document, .csv or .docx tables): the Piano (each programme's scheda and targets) or the
  Rapporto sui risultati (with actuals, computed achievement, outcome, notes, summary and charts);
  by default the Rapporto when the plan has observed values. .docx: editable Word; .html: one
  accessible page for Amministrazione trasparente; .pdf: PDF/A through LibreOffice (if missing,
  exit 2 with instructions). --open-data writes indicatori.csv, programmi.csv, piano.json,
  LEGGIMI.txt and the DCAT-AP_IT metadata (metadati.jsonld) into FOLDER; licence CC BY 4.0 by
  default. --base-url: the folder's address under Amministrazione trasparente (without it the
  metadata cannot be harvested); --ipa: the body's IPA code (without it, a warning). --compare PREVIOUS: the section on the main changes against the previous
  plan (the flagged changes, with the analyst's notes). Does not overwrite files, unless --force; never the FILE read.`
  ),
  rollover: message(
    `pira rollover PIANO -o NUOVO.xlsx|NUOVO.json [--year ANNO] [--force]
  Il piano del triennio successivo (ANNO: predefinito il primo anno del piano + 1) da tutto ciò
  che pira import legge. Riporta enti, programmi con le schede (titoli secondo il catalogo: titoli
  cambiati e codici soppressi, detti), indicatori con algoritmo, unità, fonte, tipologia, polarità
  e colonne proprie; i target per anno di calendario (i nuovi 2021 e 2022 sono i vecchi 2021 e
  2022); il nuovo terzo anno resta vuoto. Il valore osservato dell'anno chiuso (31/12, altrimenti
  l'ultimo) diventa il valore di partenza; consuntivi, performance riportate e note non passano.
  Accanto a NUOVO scrive NUOVO.rollover.json: ogni target mancante, ogni target già sotto il valore
  di partenza, ogni titolo di programma cambiato. Non sovrascrive file esistenti, salvo --force.`,
    `pira rollover PLAN -o NEXT.xlsx|NEXT.json [--year YEAR] [--force]
  The plan of the next triennium (YEAR: by default the plan's first year + 1) from anything pira
  import reads. Carries entities, programmes with their schede (titles as the catalogue gives
  them: changed titles and retired codes, said so), indicators with formula, unit, source,
  typology, polarity and own columns; targets by calendar year (the new 2021 and 2022 are the old
  2021 and 2022); the new third year stays empty. The closed year's observed value (31/12, else
  the latest) becomes the baseline; actuals, reported achievements and notes do not carry. Beside
  NEXT it writes NEXT.rollover.json: each missing target, each target already below its baseline,
  each programme title changed. Does not overwrite files, unless --force.`
  ),
  diff: message(
    `pira diff VECCHIO NUOVO [--format text|json] [-o CONFRONTO.xlsx [--force]]
  Cosa è cambiato tra due versioni di un piano (qualsiasi cosa pira import legga): indicatori
  riconosciuti da programma, nome e algoritmo, non da riga o id; una modifica per campo (target
  per anno, algoritmo, unità, fonte, tipologia, polarità, nome, programma), aggiunti, rimossi,
  rinominati, spostati. Segnala: target meno ambizioso, target sotto il valore già raggiunto, serie
  interrotta (algoritmo o unità cambiati, target invariati), indicatore eliminato nell'anno in cui
  non è stato raggiunto, nuovo indicatore senza valore di partenza. Testo per programma, le
  segnalate prima; --format json: il documento pira-diff; -o: un foglio Excel da filtrare.`,
    `pira diff OLD NEW [--format text|json] [-o DIFF.xlsx [--force]]
  What changed between two versions of a plan (anything pira import reads): indicators known by
  programme, name and formula, not by row or id; one change per field (targets by year, formula,
  unit, source, typology, polarity, name, programme), added, removed, renamed, moved. Flags: target
  lowered, target below what was already achieved, series broken (formula or unit changed,
  targets kept), indicator dropped in the year it was not achieved, new indicator without a
  baseline. Text by programme, flagged first; --format json: the pira-diff document; -o: an Excel
  sheet to filter.`
  ),
  demo: message(
    `pira demo [-o pira-demo.xlsx] [--force]
  L'esempio incluso (una camera di commercio immaginaria, nei due formati del documento di
  riferimento) importato, scritto in una cartella, compilato e verificato; stampa il riepilogo.
  Un file esistente solo con --force.`,
    `pira demo [-o pira-demo.xlsx] [--force]
  The bundled example (an imaginary chamber of commerce, in both layouts of the reference document)
  imported, written to a workbook, filled and checked; prints the summary. An existing file only
  with --force.`
  ),
};

export const GENERAL_HELP = message(
  `pira — il Piano degli indicatori e dei risultati attesi di bilancio (PIRA) su file .xlsx e JSON

Uso: pira COMANDO [opzioni]

  init      un piano vuoto dal catalogo delle missioni e dei programmi
  import    documento (.txt, .docx, .pdf), tabella (.csv, .xlsx), piano (.json) → cartella .xlsx o piano .json
  fill      calcola le colonne di raggiungimento di una cartella
  validate  verifica un documento, un piano o una cartella (uscita 0/1/2)
  export    il piano in JSON con i campi calcolati
  summary   raggiungimento per ente, missione e programma
  publish   il Piano o il Rapporto sui risultati (Word, HTML, PDF) e i dati aperti
  rollover  il piano del triennio successivo, con ciò che resta da decidere
  diff      cosa è cambiato tra due versioni di un piano, per il revisore
  demo      l'esempio incluso, dall'importazione al riepilogo

Opzioni di tutti i comandi: --lang it|en (altrimenti LANG; predefinito italiano), -h/--help.
pira COMANDO --help spiega il comando. pira --version stampa la versione.
Uscita: 0 riuscito; 1 validate ha trovato errori; 2 uso errato, file mancante o illeggibile,
cartella non PIRA; 3 errore interno.`,
  `pira — the Piano degli indicatori e dei risultati attesi di bilancio (PIRA) on .xlsx and JSON files

Usage: pira COMMAND [options]

  init      an empty plan from the catalogue of missions and programmes
  import    document (.txt, .docx, .pdf), table (.csv, .xlsx), plan (.json) → .xlsx workbook or .json plan
  fill      computes a workbook's achievement columns
  validate  checks a document, a plan or a workbook (exit 0/1/2)
  export    the plan as JSON with the computed fields
  summary   achievement by entity, mission and programme
  publish   the Piano or the Rapporto sui risultati (Word, HTML, PDF) and open data
  rollover  the plan of the next triennium, with what is left to decide
  diff      what changed between two versions of a plan, for a reviewer
  demo      the bundled example, from import to summary

Options of every command: --lang it|en (else LANG; default Italian), -h/--help.
pira COMMAND --help explains the command. pira --version prints the version.
Exit: 0 success; 1 validate found errors; 2 bad usage, missing or unreadable file, not a PIRA
workbook; 3 internal error.`
);
