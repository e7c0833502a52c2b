/** Riepilogo: the summary as a generated sheet (rebuilt on demand, never read back). */
import { cellAddress } from "../../core/a1";
import type { Thresholds } from "../write/computed";
import { FORMATS, euroFormat } from "../columns/formats";
import { SHEETS, SUMMARY_COLUMNS, SUMMARY_LEVELS } from "../columns/names";
import { emptySheet, type CellInput, type CellSpec, type SheetSpec } from "../write/spec";
import type { SummaryRow } from "../write/summary";

const HEADERS = Object.values(SUMMARY_COLUMNS);
const WIDTHS = [12, 12, 50, 11, 11, 14, 11, 14, 14, 14, 16];

/** `links`: mission code → internal reference of its sheet. */
export function summarySheet(
  rows: SummaryRow[],
  thresholds: Thresholds,
  title: string,
  links: Record<string, string> = {}
): SheetSpec {
  const sheet = emptySheet(SHEETS.summary, "generated");
  const header: CellInput[] = HEADERS.map((h) => ({ value: h, style: "header" }));
  const body = rows.map((r): CellInput[] => {
    const style: CellSpec["style"] = r.level === "programme" ? undefined : "total";
    const cell = (value: CellSpec["value"], extra: Partial<CellSpec> = {}): CellSpec => ({
      value,
      ...(style ? { style } : {}),
      ...extra,
    });
    const link =
      r.level === "mission" && links[r.code] ? { link: links[r.code], style: "link" as const } : {};
    return [
      cell(SUMMARY_LEVELS[r.level]),
      cell(r.code, { format: FORMATS.text }),
      cell(r.label, link),
      cell(r.indicators),
      cell(r.withTarget),
      cell(r.withActual),
      cell(r.achieved),
      cell(r.partly),
      cell(r.notAchieved),
      cell(r.meanAchievement, { format: FORMATS.achievement }),
      cell(r.budget, { format: euroFormat(2) }),
    ];
  });
  sheet.blocks.push({
    row: 1,
    col: 1,
    cells: [[{ value: title || SHEETS.summary, style: "title" }]],
  });
  sheet.blocks.push({ row: 3, col: 1, cells: [header, ...body] });
  const meanCol = HEADERS.indexOf(SUMMARY_COLUMNS.mean) + 1;
  if (body.length) {
    sheet.bands.push({
      range: `${cellAddress(4, meanCol)}:${cellAddress(3 + body.length, meanCol)}`,
      ...thresholds,
    });
  }
  sheet.widths = WIDTHS.map((width, i) => ({ col: i + 1, width }));
  sheet.freeze = { rows: 3, cols: 0 };
  sheet.tabColor = "FF2F5597";
  return sheet;
}
