/**
 * A Word document's footnotes and endnotes as notes of their indicator, as the text importer does
 * with footnote markers: a note referenced on a table's row goes to the indicator read from that
 * row (or the last one above it in the same table, when an indicator spans rows). A reference
 * outside the tables, above every indicator, or to a note that is not in the document is said.
 */
import type { Place } from "../core/grid";
import { message, type Message } from "../core/message";
import type { Plan } from "../core/plan";

export interface NoteRef {
  kind: "footnote" | "endnote";
  id: string;
  at: { table: number; row: number } | { paragraph: number };
}

export interface NoteText {
  kind: "footnote" | "endnote";
  id: string;
  text: string;
}

function rowOf(cell: string | null): number | null {
  const m = cell === null ? null : /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : null;
}

/** Adds each referenced note to its indicator's notes; what could not be placed, in words. */
export function attachWordNotes(
  plan: Plan,
  sources: Readonly<Record<string, Place>>,
  refs: readonly NoteRef[],
  texts: readonly NoteText[]
): Message[] {
  const warnings: Message[] = [];
  const byKey = new Map(texts.map((t) => [`${t.kind}:${t.id}`, t.text]));
  // the indicators of each table, by the 1-based row they start on
  const rows = new Map<string, { row: number; id: string }[]>();
  for (const ind of plan.indicators) {
    const place = sources[ind.id];
    const row = rowOf(place?.cell ?? null);
    if (!place?.sheet || row === null) continue;
    const list = rows.get(place.sheet) ?? [];
    list.push({ row, id: ind.id });
    rows.set(place.sheet, list);
  }
  for (const list of rows.values()) list.sort((a, b) => a.row - b.row);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  for (const ref of refs) {
    const what =
      ref.kind === "footnote"
        ? message(`La nota a piè di pagina ${ref.id}`, `Footnote ${ref.id}`)
        : message(`La nota di chiusura ${ref.id}`, `Endnote ${ref.id}`);
    const text = byKey.get(`${ref.kind}:${ref.id}`);
    if (text === undefined) {
      warnings.push(
        message(
          `${what.it} è richiamata ma non c'è nel documento.`,
          `${what.en} is referenced but is not in the document.`
        )
      );
      continue;
    }
    if ("paragraph" in ref.at) {
      warnings.push(
        message(
          `${what.it} («${text}») è richiamata nel paragrafo ${ref.at.paragraph}, fuori dalle tabelle: non è collegata a nessun indicatore.`,
          `${what.en} («${text}») is referenced in paragraph ${ref.at.paragraph}, outside the tables: it is not attached to any indicator.`
        )
      );
      continue;
    }
    const row = ref.at.row + 1;
    let chosen: string | null = null;
    for (const r of rows.get(`Tabella ${ref.at.table}`) ?? []) if (r.row <= row) chosen = r.id;
    const ind = chosen === null ? undefined : byId.get(chosen);
    if (!ind) {
      warnings.push(
        message(
          `${what.it} («${text}») è richiamata nella tabella ${ref.at.table}, riga ${row}, dove non c'è un indicatore: non è collegata.`,
          `${what.en} («${text}») is referenced in table ${ref.at.table}, row ${row}, where there is no indicator: it is not attached.`
        )
      );
      continue;
    }
    if (!ind.notes.includes(text)) ind.notes.push(text);
  }
  return warnings;
}
