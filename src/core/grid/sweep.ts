/**
 * The last pass over a grid: every non-empty cell that found no place goes to the report (nothing
 * read is lost silently); a grid with no indicator table in it (a sheet of other data) as one
 * entry, from its first cell, with the count of its cells.
 */
import { message } from "../message";
import { placeOf } from "./place";
import { GRID_REASONS, type GridReport } from "./report";
import type { Place } from "./types";
import type { GridView } from "./view";

/**
 * Every non-empty cell that found no place goes to the report; a grid with no indicator table in
 * it (a sheet of other data) as one entry, from its first cell, with the count of its cells.
 */
export function sweep(
  report: GridReport,
  view: GridView,
  reasons: Map<number, typeof GRID_REASONS.outsideTable>,
  tables: number
): void {
  const whole: { place: Place; texts: string[]; cells: number } = {
    place: placeOf(view.grid, 0, 0),
    texts: [],
    cells: 0,
  };
  for (let r = 0; r < view.height; r++) {
    const row = view.grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (view.isUsed(r, c)) {
        report.placed++;
        continue;
      }
      if (tables === 0) {
        if (whole.cells === 0) whole.place = placeOf(view.grid, r, c);
        if (whole.texts.length < 6) whole.texts.push(view.rawText(r, c).slice(0, 60));
        whole.cells++;
        continue;
      }
      const reason = reasons.get(r) ?? GRID_REASONS.outsideTable;
      report.reject(placeOf(view.grid, r, c), view.rawText(r, c), reason);
    }
  }
  if (whole.cells > 0) {
    const more = whole.cells > whole.texts.length ? " | …" : "";
    report.reject(
      whole.place,
      whole.texts.join(" | ") + more,
      message(
        `${GRID_REASONS.noHeader.it} (${whole.cells} ${whole.cells === 1 ? "cella" : "celle"})`,
        `${GRID_REASONS.noHeader.en} (${whole.cells} ${whole.cells === 1 ? "cell" : "cells"})`
      ),
      whole.cells
    );
  }
}
