/** Where a grid's cell is in its file: sheet and A1 address, CSV line, Word table and cell. */
import { columnLetters } from "../a1";
import { message, type Message } from "../message";
import type { Grid, Place } from "./types";

/** The grid's name in the mapping and the report: the sheet, "CSV", "Tabella N". */
export function sourceName(grid: Grid): string {
  const o = grid.origin;
  if (o.kind === "sheet") return o.sheet;
  if (o.kind === "csv") return "CSV";
  if (o.kind === "pdf") return `Tabella ${o.table} (pagina ${o.page})`;
  return `Tabella ${o.table}`;
}

/** The 1-based row number the file gives a grid row (sheet row, CSV record, Word table row). */
export function rowNumber(grid: Grid, r: number): number {
  return grid.origin.kind === "sheet" ? grid.origin.row + r : r + 1;
}

/** The column's letter in its file ("C"). */
export function columnAt(grid: Grid, c: number): string {
  return columnLetters(grid.origin.kind === "sheet" ? grid.origin.col + c : c + 1);
}

export function placeOf(grid: Grid, r: number, c: number): Place {
  const o = grid.origin;
  const cell = `${columnAt(grid, c)}${rowNumber(grid, r)}`;
  if (o.kind === "sheet") return { sheet: o.sheet, cell, line: null };
  if (o.kind === "csv") return { sheet: null, cell, line: o.lines[r] ?? r + 1 };
  return { sheet: sourceName(grid), cell, line: null };
}

export function paragraphPlace(paragraph: number): Place {
  return { sheet: null, cell: null, line: paragraph };
}

/** "Indicatori!C5", "riga 14 (C12)", "Tabella 2, C3", "paragrafo 7". */
export function placeLabel(p: Place): Message {
  if (p.sheet !== null && p.cell !== null) {
    if (p.sheet.startsWith("Tabella "))
      return message(
        `${p.sheet}, cella ${p.cell}`,
        `${p.sheet.replace("Tabella", "Table").replace("(pagina", "(page")}, cell ${p.cell}`
      );
    return message(`${p.sheet}!${p.cell}`, `${p.sheet}!${p.cell}`);
  }
  if (p.line !== null && p.cell !== null)
    return message(`riga ${p.line} (${p.cell})`, `line ${p.line} (${p.cell})`);
  if (p.line !== null) return message(`paragrafo ${p.line}`, `paragraph ${p.line}`);
  return message("", "");
}
