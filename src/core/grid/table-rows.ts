/**
 * One table from its header: the columns planned and recorded in the mapping, then each data row
 * — an indicator, a continuation of the previous one, a section or label row, a group caption —
 * until the next header (or the end).
 */
import { message } from "../message";
import { planColumns, type ColumnPlan } from "./columns";
import { continuation } from "./continuation";
import { isHeaderRow, mayBeHeaderRow } from "./header";
import { readIndicatorRow } from "./indicator-row";
import type { GridIndicatorDraft } from "./model";
import { placeOf, sourceName } from "./place";
import type { ReadState } from "./read-state";
import { GRID_CODES, GRID_REASONS } from "./report";
import { isLabelCell, labelRow, sectionText } from "./section-rows";
import { recordMapping } from "./table-mapping";
import type { GridView } from "./view";

/** Reads a table from its header; returns the row where the next header (or the end) is. */
export function readTable(
  state: ReadState,
  view: GridView,
  headerRows: number[],
  texts: string[],
  dataStart: number,
  reasons: Map<number, typeof GRID_REASONS.outsideTable>
): number {
  const { report, options, known, schede } = state;
  const source = sourceName(view.grid);
  // the data runs to the next header after a blank row (a repeated header may end it sooner)
  let end = dataStart;
  while (
    end < view.height &&
    !(view.blankRow(end - 1) && !view.blankRow(end) && isHeaderRow(view, end, known))
  )
    end++;
  const planned = planColumns(
    view,
    texts,
    dataStart,
    end,
    source,
    { option: options.firstYear ?? null, titleYears: state.titles.years },
    options.mapping
  );
  state.tableYears.push({ year: planned.baseYear, from: planned.baseFrom });
  for (const hr of headerRows) view.useRow(hr);
  recordMapping(report, view, headerRows, planned);

  const nameCol = planned.columns.find((c) => c.kind.f === "text" && c.kind.field === "name");
  const codeColumns = planned.columns.some(
    (c) =>
      c.kind.f === "programme" &&
      (c.kind.field === "mission" ||
        c.kind.field === "code" ||
        c.kind.field === "title" ||
        c.kind.field === "missionTitle")
  );
  let previous: GridIndicatorDraft | null = null;
  let pendingGroup: { r: number; c: number; text: string } | null = null;
  let group: string | null = null;
  const dropPending = () => {
    if (pendingGroup) reasons.set(pendingGroup.r, GRID_REASONS.lonelyRow);
    pendingGroup = null;
  };

  let r = dataStart;
  for (; r < view.height; r++) {
    const own = view.filled(r);
    if (own.length === 0) continue;
    const repeated = nameCol !== undefined && mayBeHeaderRow(view, r, nameCol.column);
    if ((repeated || view.blankRow(r - 1)) && isHeaderRow(view, r, known)) break;
    const place = () => placeOf(view.grid, r, own[0]);

    const coveredFromAbove =
      view.hasMerges &&
      planned.columns.some((c) => {
        const [rr] = view.owner(r, c.column);
        return rr < r && rr >= dataStart;
      });
    if (own.length === 1 && !coveredFromAbove) {
      const col = planned.columns.find((x) => x.column === own[0]);
      const textColumn =
        col !== undefined &&
        ((col.kind.f === "text" && col.kind.field !== "name" && col.kind.field !== "polarity") ||
          col.kind.f === "extra");
      if (previous && textColumn && view.spanRight(r, own[0]) === own[0] && !pendingGroup) {
        if (continuation(report, view, r, planned.columns, previous)) continue;
      }
      const text = view.rawText(r, own[0]);
      if (sectionText(schede, text, place())) {
        view.use(r, own[0]);
        dropPending();
        group = null;
        previous = null;
        continue;
      }
      dropPending();
      pendingGroup = { r, c: own[0], text };
      continue;
    }
    if (own.length === 2 && !coveredFromAbove && isLabelCell(view.rawText(r, own[0]))) {
      if (labelRow(schede, view, r, own[0], own[1])) {
        dropPending();
        previous = null;
        continue;
      }
    }

    const name = nameCol ? view.text(r, nameCol.column) : "";
    if (name === "") {
      if (previous && continuation(report, view, r, planned.columns, previous)) continue;
      reasons.set(r, GRID_REASONS.noName);
      report.diagnose({
        code: GRID_CODES.rowWithoutName,
        severity: "warning",
        message: message(
          "Riga con valori ma senza il nome dell'indicatore: non importata (le sue celle sono nel rapporto).",
          "Row with values but no indicator name: not imported (its cells are in the report)."
        ),
        place: place(),
      });
      continue;
    }
    if (pendingGroup) {
      group = pendingGroup.text;
      view.use(pendingGroup.r, pendingGroup.c);
      pendingGroup = null;
    }
    previous = readIndicatorRow(
      report,
      schede,
      view,
      r,
      planned.columns,
      nameCol as ColumnPlan,
      group,
      codeColumns
    );
  }
  dropPending();
  return r;
}
