/**
 * Where a diagnostic points in a workbook, for every front end: the cell of the field to fix (the
 * "Target 2021" cell of an indicator's row, the "Titolo" cell of a programme's row), else the
 * row's name cell (indicators) or Id cell (programmes). `pira validate` and the pane's Verifica
 * view point at the same cell.
 */
import type { Diagnostic } from "../core/diagnostics";
import { cellAddress } from "../core/a1";
import { canonicalHeader, INDICATOR_COLUMNS, PROGRAMME_COLUMNS, slotHeader } from "../workbook";
import type { IndicatorLocation, TableData, WorkbookTables } from "../workbook";

export interface CellLocation {
  sheet: string;
  cell: string;
}

const INDICATOR_FIELDS: Record<string, string> = {
  id: INDICATOR_COLUMNS.id,
  programme: INDICATOR_COLUMNS.programme,
  kind: INDICATOR_COLUMNS.kind,
  group: INDICATOR_COLUMNS.group,
  name: INDICATOR_COLUMNS.name,
  formula: INDICATOR_COLUMNS.formula,
  typology: INDICATOR_COLUMNS.typology,
  unit: INDICATOR_COLUMNS.unit,
  source: INDICATOR_COLUMNS.source,
  pareto: INDICATOR_COLUMNS.pareto,
  polarity: INDICATOR_COLUMNS.polarity,
  polarityInferred: INDICATOR_COLUMNS.polarityInferred,
  reportedPerformance: INDICATOR_COLUMNS.reported,
  notes: INDICATOR_COLUMNS.notes,
};

const PROGRAMME_FIELDS: Record<string, string> = {
  ...PROGRAMME_COLUMNS,
  budget: PROGRAMME_COLUMNS.budgetRaw,
};

/** The column header of a plan field ("targets.2021" → "Target 2021"), or null. */
function fieldHeader(kind: "indicator" | "programme", field: string | null): string | null {
  if (!field) return null;
  if (kind === "programme") return PROGRAMME_FIELDS[field.split(".")[0]] ?? null;
  const slot = /^(actuals|targets)\.(.+)$/.exec(field);
  if (slot) return slotHeader({ section: slot[1] as "actuals" | "targets", key: slot[2] });
  return INDICATOR_FIELDS[field] ?? null;
}

function columnOf(table: TableData, header: string | null): number {
  if (!header) return -1;
  const wanted = canonicalHeader(header);
  return table.header.findIndex((h) => canonicalHeader(h) === wanted);
}

export class Locator {
  private readonly programmeRows = new Map<string, number>();

  constructor(
    private readonly tables: WorkbookTables,
    private readonly indicators: Record<string, IndicatorLocation>
  ) {
    const p = tables.programmes;
    if (p) {
      const id = columnOf(p, PROGRAMME_COLUMNS.id);
      if (id >= 0)
        p.rows.forEach((row, i) => {
          const v = row[id];
          if (v !== null && v !== "" && !this.programmeRows.has(String(v).trim()))
            this.programmeRows.set(String(v).trim(), p.row + 1 + i);
        });
    }
  }

  /** An indicator's cell for a field (its name cell when the field has no column). */
  indicator(id: string, field: string | null = null): CellLocation | null {
    const at = this.indicators[id];
    const table = this.tables.indicators;
    if (!at || !table) return null;
    let c = columnOf(table, fieldHeader("indicator", field));
    if (c < 0) c = Math.max(0, columnOf(table, INDICATOR_COLUMNS.name));
    return { sheet: at.sheet, cell: cellAddress(at.row, table.col + c) };
  }

  /** A programme's cell for a field (its Id cell when the field has no column). */
  programme(id: string, field: string | null = null): CellLocation | null {
    const table = this.tables.programmes;
    const row = this.programmeRows.get(id);
    if (!table || row === undefined) return null;
    let c = columnOf(table, fieldHeader("programme", field));
    if (c < 0) c = Math.max(0, columnOf(table, PROGRAMME_COLUMNS.id));
    return { sheet: table.sheet, cell: cellAddress(row, table.col + c) };
  }

  /** Every indicator's and programme's row cell, in the form validatePlan takes. */
  all(): Record<string, CellLocation> {
    const out: Record<string, CellLocation> = {};
    for (const id of this.programmeRows.keys()) {
      const at = this.programme(id);
      if (at) out[id] = at;
    }
    for (const id of Object.keys(this.indicators)) {
      const at = this.indicator(id);
      if (at) out[id] = at;
    }
    return out;
  }

  /** A validation diagnostic at its field's own cell, when the tables have it. */
  place<D extends Diagnostic>(d: D): D {
    const at = d.indicator
      ? this.indicator(d.indicator, d.field)
      : d.programme
        ? this.programme(d.programme, d.field)
        : null;
    if (!at) return d;
    if (d.sheet && d.cell && d.sheet !== at.sheet) return d; // points elsewhere on purpose
    return { ...d, sheet: at.sheet, cell: at.cell };
  }
}
