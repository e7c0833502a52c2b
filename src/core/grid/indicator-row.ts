/**
 * One indicator row of a table: its cells by column (values, texts, the analyst's own columns,
 * the programme's code columns) into a draft, under the programme the row or the context names.
 */
import { message } from "../message";
import { piraFromPlanValue } from "../values";
import type { ColumnPlan } from "./columns";
import { fieldPath } from "./fields";
import { newIndicatorDraft, type GridIndicatorDraft } from "./model";
import { placeOf } from "./place";
import { equalsSign, GRID_CODES, type GridReport } from "./report";
import { programmeOfRow, type RowCodes } from "./row-programme";
import type { Schede } from "./schede";
import { cellValue } from "./value";
import type { GridView } from "./view";
import { placeYearsCell } from "./years-cell";

export function readIndicatorRow(
  report: GridReport,
  schede: Schede,
  view: GridView,
  r: number,
  columns: ColumnPlan[],
  nameCol: ColumnPlan,
  group: string | null,
  codeColumns: boolean
): GridIndicatorDraft {
  const place = placeOf(view.grid, r, nameCol.column);
  const ind = newIndicatorDraft(place, view.text(r, nameCol.column));
  ind.group = group;
  const codes: RowCodes = {};
  for (const col of columns) {
    const c = col.column;
    const v = view.value(r, c);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    view.use(r, c);
    let or = r;
    let oc = c;
    if (view.hasMerges) [or, oc] = view.owner(r, c);
    const k = col.kind;
    if (k.f === "target" || k.f === "actual" || k.f === "reported") {
      const at = () => placeOf(view.grid, or, oc);
      if (k.f !== "reported" && typeof v === "string")
        if (placeYearsCell(v, k.f, ind, col.header, at, report)) continue;
      const read = cellValue(v, view.format(or, oc));
      if (read === null) continue;
      if (!read.readable) {
        const text = view.text(r, c);
        report.diagnose({
          code: GRID_CODES.valueUnreadable,
          severity: "warning",
          message: message(
            `Indicatore «${ind.name}», «${col.header}»: «${text}» non è un valore leggibile, tenuto come testo.`,
            `Indicator «${ind.name}», «${col.header}»: «${text}» is not a readable value, kept as text.`
          ),
          indicator: ind,
          field: fieldPath(k),
          place: placeOf(view.grid, or, oc),
        });
      }
      if (read.pira?.equals)
        report.diagnose(
          equalsSign(ind, col.header, read.value.raw, fieldPath(k), placeOf(view.grid, or, oc))
        );
      if (k.f === "reported") ind.reported = read.value;
      else if (k.f === "target") ind.targets[k.key] = read.value;
      else ind.actuals[k.key] = read.value;
      if (k.f !== "reported") ind.readings.push(read.pira ?? piraFromPlanValue(read.value));
      continue;
    }
    const text = view.text(r, c);
    if (k.f === "extra") {
      ind.extra[col.extraKey] = text;
      continue;
    }
    if (k.f === "text" && k.field !== "polarity") {
      if (k.field === "notes") ind.notes.push(text);
      else if (k.field !== "name") ind[k.field] = text;
      continue;
    }
    const cellPlace = () => placeOf(view.grid, or, oc);
    if (k.f === "text") ind.polarityText = { text, header: col.extraKey, place: cellPlace() };
    else if (k.f === "programme") {
      if (
        k.field === "mission" ||
        k.field === "code" ||
        k.field === "title" ||
        k.field === "missionTitle"
      )
        codes[k.field] = { value: typeof v === "number" ? v : text, place: cellPlace };
      else ind.rowValues.push({ field: k.field, header: col.extraKey, text, place: cellPlace });
    } else if (k.f === "objective")
      ind.rowValues.push({
        field: "objectiveOrGroup",
        header: col.extraKey,
        text,
        place: cellPlace,
      });
  }
  const draft = codeColumns ? programmeOfRow(schede, codes, place) : schede.ofContext(place);
  draft.indicators.push(ind);
  return ind;
}
