/**
 * The summaries of the published documents, from the summary rows of src/core/results: the table
 * by entity, mission and programme, and the line under each heading that sums up its part.
 */
import type { SummaryRow } from "../results";
import { formatItalianNumber } from "../values";
import { countText, euroText, percentText } from "./format";
import type { Cell, Column, DocumentKind, TableBlock } from "./model";

/** The summary rows, found by entity id, "entity|mission" and programme id. */
export class SummaryIndex {
  readonly total: SummaryRow;
  private readonly entities = new Map<string, SummaryRow>();
  private readonly missions = new Map<string, SummaryRow>();
  private readonly programmes = new Map<string, SummaryRow>();

  constructor(readonly rows: SummaryRow[]) {
    let total: SummaryRow | undefined;
    for (const r of rows) {
      if (r.level === "total") total = r;
      else if (r.level === "entity") this.entities.set(r.code, r);
      else if (r.level === "mission") this.missions.set(`${r.entity}|${r.code}`, r);
      else if (r.programme) this.programmes.set(r.programme, r);
    }
    if (!total) throw new Error("summary without its total row");
    this.total = total;
  }

  entity(id: string): SummaryRow | undefined {
    return this.entities.get(id);
  }
  mission(entity: string, code: string): SummaryRow | undefined {
    return this.missions.get(`${entity}|${code}`);
  }
  programme(id: string): SummaryRow | undefined {
    return this.programmes.get(id);
  }
}

function rowLabel(r: SummaryRow, programmeLabel: (id: string) => string | undefined): string {
  if (r.level === "total") return "Totale";
  if (r.level === "entity") return r.label;
  const own = r.programme ? programmeLabel(r.programme) : undefined;
  if (own) return own;
  const what = r.level === "mission" ? "Missione" : "Programma";
  return r.label ? `${what} ${r.code} – ${r.label}` : `${what} ${r.code}`;
}

const num = (n: number): Cell => ({ text: formatItalianNumber(n) });

/** The table of the summary rows: all of them in the Rapporto, the plan's counts in the Piano. */
export function summaryTable(
  kind: DocumentKind,
  rows: SummaryRow[],
  firstYear: number,
  programmeLabel: (id: string) => string | undefined = () => undefined
): TableBlock {
  const columns: Column[] = [{ label: "Ente, missione, programma", numeric: false }];
  const add = (label: string) => columns.push({ label, numeric: true });
  // "Totale", not "Indicatori": a reader of tables takes a column named so for the indicators' names
  add("Totale");
  add(`Con target ${firstYear}`);
  if (kind === "rapporto") {
    add("Con consuntivo");
    add("Raggiunti");
    add("Parzialmente raggiunti");
    add("Non raggiunti");
    add("Non calcolabili");
    add("Raggiungimento medio");
  }
  add("Budget");
  const body = rows.map((r): Cell[] => {
    const cells: Cell[] = [
      { text: rowLabel(r, programmeLabel) },
      num(r.indicators),
      num(r.withTarget),
    ];
    if (kind === "rapporto")
      cells.push(
        num(r.withActual),
        num(r.achieved),
        num(r.partly),
        num(r.notAchieved),
        num(r.notComputed),
        { text: r.meanAchievement === null ? "n.d." : percentText(r.meanAchievement, 1) }
      );
    cells.push({ text: r.budget === null ? "" : euroText(r.budget) });
    return cells;
  });
  return {
    type: "table",
    caption:
      kind === "rapporto"
        ? `Risultati ${firstYear} per ente, missione e programma (numero di indicatori)`
        : `Numero di indicatori e budget per ente, missione e programma`,
    columns,
    rows: body,
    notes: [],
    role: "summary",
  };
}

/** The line that sums up a part: its indicators and, in the Rapporto, their outcomes. */
export function summaryLine(kind: DocumentKind, r: SummaryRow, firstYear: number): string {
  const n = countText(r.indicators, "indicatore", "indicatori");
  const budget = r.budget === null ? "" : ` Budget: ${euroText(r.budget)}.`;
  if (kind === "piano") {
    return `${n}, ${r.withTarget} con il target ${firstYear}.${budget}`;
  }
  if (r.indicators === 0) return `Nessun indicatore.${budget}`;
  const mean =
    r.meanAchievement === null
      ? "raggiungimento medio non calcolabile"
      : `raggiungimento medio ${percentText(r.meanAchievement, 1)}`;
  const many = (k: number, one: string, more: string) => `${k} ${k === 1 ? one : more}`;
  return (
    `${n}: ${many(r.achieved, "raggiunto", "raggiunti")}, ` +
    `${many(r.partly, "parzialmente raggiunto", "parzialmente raggiunti")}, ` +
    `${many(r.notAchieved, "non raggiunto", "non raggiunti")}, ` +
    `${many(r.notComputed, "non calcolabile", "non calcolabili")}; ${mean}.${budget}`
  );
}
