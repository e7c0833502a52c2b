/**
 * A programme's indicator tables: one for its progress indicator(s), one for its indicators, one
 * per sub-table (group), as the reference document lays them out. The Piano shows the targets of
 * the triennium; the Rapporto adds the observed values, the computed achievement and outcome, a
 * mark where a reported figure differs from the computed one, and the notes.
 */
import { type Achievement, interimKey, yearEndKey } from "../performance";
import type { Indicator } from "../plan";
import { italianDate, percentText, shown } from "./format";
import type { Cell, Column, DocumentKind, Note, TableBlock } from "./model";
import type { NoteBook } from "./notes";

/** What the table needs to know of each indicator's result (Rapporto). */
export interface IndicatorResult {
  achievement: Achievement;
  /** the outcome band, when the achievement is computed */
  outcome: string | null;
  /** the reported figure, when it differs from the computed one */
  reportedDiffers: string | null;
}

interface ColumnSpec {
  column: Column;
  /** dropped from a table where every row leaves it empty */
  optional: boolean;
  /** the cell's text */
  value: (ind: Indicator) => string;
  /** the cell with its note references (numbering the notes it adds to `notes`) */
  decorate?: (ind: Indicator, cell: Cell, notes: Note[]) => Cell;
}

function column(label: string, value: (ind: Indicator) => string | null): ColumnSpec {
  return { column: { label, numeric: false }, optional: true, value: (ind) => value(ind) ?? "" };
}

function targetLabel(key: string): string {
  return key === "triennium" ? "Target triennio" : `Target ${key}`;
}

function yearKeys(indicators: Indicator[], firstYear: number): string[] {
  const keys = new Set([0, 1, 2].map((k) => String(firstYear + k)));
  for (const ind of indicators) for (const k of Object.keys(ind.targets)) keys.add(k);
  return [...keys].sort((a, b) => {
    const ya = /^\d+$/.test(a);
    const yb = /^\d+$/.test(b);
    if (ya && yb) return Number(a) - Number(b);
    if (ya !== yb) return ya ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

function actualKeys(indicators: Indicator[], firstYear: number): string[] {
  const keys = new Set([interimKey(firstYear), yearEndKey(firstYear)]);
  for (const ind of indicators) for (const k of Object.keys(ind.actuals)) keys.add(k);
  return [...keys].sort();
}

/** The name as the reference document writes it, Unioncamere benchmark indicators tagged. */
function nameText(ind: Indicator): string {
  const name = ind.name.trim();
  return ind.pareto && !/indicatore pareto/i.test(name) ? `${name} (INDICATORE PARETO)` : name;
}

function achievementText(r: IndicatorResult): string {
  const a = r.achievement;
  if (a.ok) return percentText(a.value);
  return a.code === "missing" ? "n.d." : "non calcolabile";
}

/** The columns, in order: the Piano's, and the Rapporto's with the observed values and the results. */
function columnSpecs(
  kind: DocumentKind,
  indicators: Indicator[],
  firstYear: number,
  results: Map<string, IndicatorResult>,
  book: NoteBook
): ColumnSpec[] {
  const noteCell = (ind: Indicator, cell: Cell, notes: Note[]): Cell => {
    const own = ind.notes.filter((n) => n.trim() !== "").map((n) => book.add(n.trim()));
    if (own.length === 0) return cell;
    notes.push(...own);
    return { ...cell, notes: [...(cell.notes ?? []), ...own.map((n) => n.number)] };
  };
  const specs: ColumnSpec[] = [
    {
      column: { label: "Indicatore", numeric: false },
      optional: false,
      value: nameText,
      decorate: kind === "piano" ? noteCell : undefined,
    },
    column("Algoritmo di calcolo", (i) => i.formula),
    column("Tipologia", (i) => i.typology),
    column("Unità di misura", (i) => i.unit),
    column("Fonte", (i) => i.source),
  ];
  if (kind === "rapporto") {
    for (const key of actualKeys(indicators, firstYear)) {
      specs.push({
        column: { label: `Consuntivo al ${italianDate(key)}`, numeric: true },
        optional: true,
        value: (ind) => shown(ind.actuals[key]),
      });
    }
  }
  for (const key of yearKeys(indicators, firstYear)) {
    specs.push({
      column: { label: targetLabel(key), numeric: true },
      optional: !/^\d+$/.test(key) || Number(key) > firstYear + 2,
      value: (ind) => shown(ind.targets[key]),
    });
  }
  if (kind === "rapporto") {
    const result = (ind: Indicator) => results.get(ind.id);
    specs.push(
      {
        column: { label: "Raggiungimento", numeric: true },
        optional: false,
        value: (ind) => {
          const r = result(ind);
          return r ? achievementText(r) : "";
        },
        // the indicator's notes explain its deviation: they go with its achievement
        decorate: (ind, withNotes, notes) => {
          const cell = noteCell(ind, withNotes, notes);
          const r = result(ind);
          if (!r || r.reportedDiffers === null || !r.achievement.ok) return cell;
          const note = book.add(
            `Raggiungimento riportato nel piano: ${r.reportedDiffers}; calcolato dai valori (consuntivo contro target): ${achievementText(r)}.`
          );
          notes.push(note);
          return { ...cell, differs: true, notes: [...(cell.notes ?? []), note.number] };
        },
      },
      {
        column: { label: "Esito", numeric: false },
        optional: false,
        value: (ind) => {
          const r = result(ind);
          return r ? (r.outcome ?? achievementText(r)) : "";
        },
      }
    );
  }
  return specs;
}

/**
 * The table of some indicators of one programme. Notes get their numbers in reading order
 * (row by row, left to right), as footnotes do.
 */
export function indicatorTable(
  caption: string,
  kind: DocumentKind,
  indicators: Indicator[],
  firstYear: number,
  results: Map<string, IndicatorResult>,
  book: NoteBook
): TableBlock {
  const specs = columnSpecs(kind, indicators, firstYear, results, book);
  // which optional columns hold something: decided before any note is numbered
  const kept = specs.filter((s) => !s.optional || indicators.some((ind) => s.value(ind).trim()));
  return tableOf(caption, kept, indicators);
}

function tableOf(caption: string, specs: ColumnSpec[], indicators: Indicator[]): TableBlock {
  const notes: Note[] = [];
  const rows = indicators.map((ind) =>
    specs.map((s) => {
      const cell: Cell = { text: s.value(ind).trim() };
      return s.decorate ? s.decorate(ind, cell, notes) : cell;
    })
  );
  return {
    type: "table",
    caption,
    columns: specs.map((s) => s.column),
    rows,
    notes,
    role: "indicators",
  };
}
