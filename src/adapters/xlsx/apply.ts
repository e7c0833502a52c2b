/** A workbook description applied with ExcelJS: sheets, tables, formats, validations, bands, outline. */
import ExcelJS from "exceljs";
import {
  parseRange,
  cellParts,
  type BandFormat,
  type SheetSpec,
  type TableSpec,
  type WorkbookSpec,
} from "../../workbook";
import { styleCell, writeCell, type WriteCellOptions } from "./cells";
import { BAND_FILLS } from "./looks";

function bandRules(b: BandFormat): ExcelJS.ConditionalFormattingRule[] {
  const r = parseRange(b.range);
  const cell = r ? b.range.split(":")[0].replace(/\$/g, "") : "A1";
  const rule = (
    formula: string,
    argb: string,
    priority: number
  ): ExcelJS.ConditionalFormattingRule => ({
    type: "expression",
    priority,
    formulae: [formula],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
  });
  return [
    rule(`AND(ISNUMBER(${cell}),${cell}<${b.low})`, BAND_FILLS.red, 1),
    rule(`AND(ISNUMBER(${cell}),${cell}>=${b.low},${cell}<${b.high})`, BAND_FILLS.amber, 2),
    rule(`AND(ISNUMBER(${cell}),${cell}>=${b.high})`, BAND_FILLS.green, 3),
  ];
}

function addTable(ws: ExcelJS.Worksheet, t: TableSpec, options: WriteCellOptions): void {
  const rows = t.rows.map((r) => t.columns.map((_, j) => cellParts(r[j] ?? null)));
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: ws.getCell(t.row, t.col).address,
    headerRow: true,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.name, filterButton: true })),
    // Values are written cell by cell below (formulas, formats, styles).
    rows: rows.map((r) => r.map(() => null)),
  });
  t.columns.forEach((c, j) => {
    const col = ws.getColumn(t.col + j);
    if (c.width) col.width = c.width;
    if (c.format) col.numFmt = c.format;
    if (c.wrap) col.alignment = { vertical: "top", wrapText: true };
    styleCell(ws.getCell(t.row, t.col + j), c.computed ? "computedHeader" : "header");
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(t.row + 1 + i);
    r.forEach((spec, j) => {
      const column = t.columns[j];
      const cell = row.getCell(t.col + j);
      writeCell(
        cell,
        column.format && !spec.format ? { ...spec, format: column.format } : spec,
        options
      );
      if (column.wrap && !spec.style) cell.alignment = { vertical: "top", wrapText: true };
    });
  });
}

export function addSheet(
  wb: ExcelJS.Workbook,
  s: SheetSpec,
  options: WriteCellOptions = {}
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name, {
    properties: {
      tabColor: s.tabColor ? { argb: s.tabColor } : undefined,
      outlineLevelRow: s.groups.length ? 1 : 0,
    } as ExcelJS.WorksheetProperties,
    views: s.freeze ? [{ state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows }] : [],
  });
  if (s.groups.length)
    ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  for (const w of s.widths) ws.getColumn(w.col).width = w.width;
  for (const t of s.tables) addTable(ws, t, options);
  for (const b of s.blocks) {
    b.cells.forEach((r, i) => {
      const row = ws.getRow(b.row + i);
      r.forEach((c, j) => {
        const spec = cellParts(c);
        if (spec.value === null && spec.formula === undefined && !spec.style && !spec.format)
          return;
        writeCell(row.getCell(b.col + j), spec, options);
      });
    });
  }
  // ExcelJS has worksheet.dataValidations (a range address may be a key) but does not type it.
  const validations = (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of s.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: v.strict,
      ...(v.strict
        ? { errorStyle: "stop", error: "Scegliere un valore dell'elenco (foglio Elenchi)." }
        : {}),
    });
  }
  for (const b of s.bands) ws.addConditionalFormatting({ ref: b.range, rules: bandRules(b) });
  for (const h of s.highlights ?? [])
    ws.addConditionalFormatting({
      ref: h.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [h.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: BAND_FILLS[h.color] } },
          },
        },
      ],
    });
  for (const g of s.groups) {
    for (let r = g.from; r <= g.to; r++) ws.getRow(r).outlineLevel = 1;
  }
  return ws;
}

/** A new ExcelJS workbook from a description. */
export function applySpec(spec: WorkbookSpec, options: WriteCellOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PIRA per Excel";
  wb.title = spec.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of spec.sheets) addSheet(wb, s, options);
  return wb;
}

/**
 * Replaces (or adds) sheets of an existing workbook, e.g. the generated ones after a fill;
 * `removeMatching` also removes other existing sheets with matching names (stale mission sheets).
 */
export function replaceSheets(
  wb: ExcelJS.Workbook,
  sheets: SheetSpec[],
  options: WriteCellOptions & { removeMatching?: RegExp } = {}
): void {
  const stale = options.removeMatching;
  if (stale)
    for (const ws of [...wb.worksheets]) if (stale.test(ws.name)) wb.removeWorksheet(ws.id);
  for (const s of sheets) {
    const old = wb.getWorksheet(s.name);
    if (old) wb.removeWorksheet(old.id);
    addSheet(wb, s, options);
  }
}
