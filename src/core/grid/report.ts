/**
 * The grid import's report while it is read: cells and paragraphs that found no place (with their
 * place and why), diagnostics about the records (their ids are known only at the end), the
 * mapping of each table and the columns kept as extra.
 */
import { diagnostic, type Diagnostic, type Severity } from "../diagnostics";
import { message, type Message } from "../message";
import type { Place, TableMapping, Unplaced } from "./types";

/** Diagnostic codes of the table reader (the 920 range). */
export const GRID_CODES = {
  noIndicator: "PIRA-E920",
  codesFromTitle: "PIRA-I921",
  titleFromCatalogue: "PIRA-I922",
  missionUnknown: "PIRA-W923",
  programmeUnknown: "PIRA-W924",
  firstYearNotFound: "PIRA-W925",
  valueUnreadable: "PIRA-W926",
  programmeFieldVaries: "PIRA-W927",
  extraColumn: "PIRA-I928",
  columnConflict: "PIRA-W929",
  polarityUnknown: "PIRA-W930",
  rowContinued: "PIRA-I931",
  rowWithoutName: "PIRA-W932",
  yearFromContext: "PIRA-I933",
  titleDiffers: "PIRA-W934",
  lowConfidence: "PIRA-W935",
  signMaybeLost: "PIRA-I936",
  yearEmpty: "PIRA-W937",
  misreadLayout: "PIRA-E938",
} as const;

export const GRID_REASONS = {
  outsideTable: message(
    "cella fuori da ogni tabella di indicatori",
    "cell outside any indicator table"
  ),
  noHeader: message(
    "nessuna intestazione di tabella di indicatori riconosciuta in questa tabella",
    "no indicator table header recognised in this table"
  ),
  aboveHeader: message("testo sopra l'intestazione della tabella", "text above the table's header"),
  prose: message("testo fuori dalle tabelle", "text outside the tables"),
  caption: message("titolo di una tabella (non è un dato)", "a table's caption (not data)"),
  lonelyRow: message(
    "riga di una sola cella non seguita da indicatori (né sezione né indicatore)",
    "a one-cell row with no indicators after it (neither a section nor an indicator)"
  ),
  noName: message("riga senza il nome dell'indicatore", "row without the indicator's name"),
  heading: message("titolo di sezione non riconosciuto", "section heading not recognised"),
  verticalOutside: message(
    "riga fuori dai blocchi «campo | valore» della scheda verticale",
    "row outside the «field | value» blocks of the vertical sheet"
  ),
  verticalUnknown: message(
    "blocco di campi che non è né un obiettivo né un indicatore (nessun campo come Missione, Algoritmo di calcolo, Target primo anno)",
    "a block of fields that is neither an objective nor an indicator (no field such as Missione, Algoritmo di calcolo, Target primo anno)"
  ),
} as const;

interface HasId {
  id: string;
}

export interface Pending {
  code: string;
  severity: Severity;
  message: Message;
  programme?: HasId | null;
  indicator?: HasId | null;
  field?: string | null;
  place?: Place | null;
}

export class GridReport {
  readonly notUnderstood: Unplaced[] = [];
  readonly tables: TableMapping[] = [];
  readonly extraColumns: { source: string; header: string; at: string }[] = [];
  placed = 0;
  private readonly pending: Pending[] = [];

  reject(place: Place, text: string, reason: Message, cells = 1): void {
    if (text !== "") this.notUnderstood.push({ place, text, reason, cells });
  }

  diagnose(d: Pending): void {
    this.pending.push(d);
  }

  finish(entity: string): Diagnostic[] {
    return this.pending.map((d) =>
      diagnostic(d.code, d.severity, d.message, {
        entity,
        programme: d.programme?.id || null,
        indicator: d.indicator?.id || null,
        field: d.field ?? null,
        sheet: d.place?.sheet ?? null,
        cell: d.place?.cell ?? null,
        line: d.place?.line ?? null,
      })
    );
  }
}

/** A value written after «=» ("=90%"): read as the number, the sign it may have lost said. */
export function equalsSign(
  indicator: HasId & { name: string },
  header: string,
  raw: string,
  field: string,
  place: Place
): Pending {
  return {
    code: GRID_CODES.signMaybeLost,
    severity: "info",
    message: message(
      `Indicatore «${indicator.name}», «${header}»: «${raw}» letto come il numero dopo «=»; può essere un valore esatto o un «≥» perso nella stampa in PDF: controllare la polarità.`,
      `Indicator «${indicator.name}», «${header}»: «${raw}» read as the number after «=»; it may be an exact value or a «≥» lost when printed to PDF: check the polarity.`
    ),
    indicator,
    field,
    place,
  };
}
