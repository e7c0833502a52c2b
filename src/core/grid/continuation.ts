/** A row with no name continuing the previous indicator's text cells (a cell split over rows). */
import { message } from "../message";
import type { ColumnPlan } from "./columns";
import type { GridIndicatorDraft } from "./model";
import { placeOf } from "./place";
import { GRID_CODES, type GridReport } from "./report";
import type { GridView } from "./view";

export function continuation(
  report: GridReport,
  view: GridView,
  r: number,
  columns: ColumnPlan[],
  previous: GridIndicatorDraft
): boolean {
  const own = new Set(view.filled(r));
  const parts: { col: ColumnPlan; text: string }[] = [];
  for (const col of columns) {
    if (!own.has(col.column)) continue;
    const k = col.kind;
    const textual = (k.f === "text" && k.field !== "polarity") || k.f === "extra";
    if (!textual) return false;
    parts.push({ col, text: view.rawText(r, col.column) });
  }
  if (parts.length === 0 || parts.length !== own.size) return false;
  for (const { col, text } of parts) {
    const k = col.kind;
    if (k.f === "extra")
      previous.extra[col.extraKey] = previous.extra[col.extraKey]
        ? `${previous.extra[col.extraKey]}\n${text}`
        : text;
    else if (k.f === "text" && k.field === "notes") previous.notes.push(text);
    else if (k.f === "text") {
      const f = k.field as "formula" | "typology" | "unit" | "source" | "group";
      previous[f] = previous[f] ? `${previous[f]} ${text}` : text;
    }
    view.use(r, col.column);
  }
  report.diagnose({
    code: GRID_CODES.rowContinued,
    severity: "info",
    message: message(
      `Riga senza nome: il suo testo continua l'indicatore «${previous.name}».`,
      `Row without a name: its text continues the indicator «${previous.name}».`
    ),
    indicator: previous,
    place: placeOf(view.grid, r, [...own][0]),
  });
  return true;
}
