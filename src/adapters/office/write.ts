/**
 * Queues the writing of one described sheet through Office.js: whole 2-D ranges per table and
 * block (no sync here, except the Batch's split of an oversized request: every call is reserved
 * in the Batch before it is queued).
 *
 * The outline (Range.group, ExcelApi 1.10) is above the manifest's minimum: it is used only
 * where the running Excel has it, and otherwise the sheet is written without it and a note says so.
 */
import {
  parseRange,
  cellParts,
  type Block,
  type CellStyle,
  type SheetSpec,
  type TableSpec,
} from "../../workbook";
import { payloadSize, type Batch } from "./batch";
import { toArrays } from "./cells";
import { NO_OUTLINE, type Notes, type Requirements } from "./requirements";

/** What writing a sheet needs beside the sheet: the Excel's requirement sets, where to note gaps. */
export interface WriteEnv {
  requirements: Requirements;
  notes: Notes;
}

/** Characters → points (Excel's default column, 8.43 characters, is 48 points). */
const POINTS_PER_CHAR = 5.7;

const FILL = { header: "#D9E1F2", computedHeader: "#FCE4D6" } as const;
const BAND_FILLS = { red: "#F8CBAD", amber: "#FFE699", green: "#C6EFCE" } as const;

/** Navigation properties and assignments styleRange makes for each style (the Batch reserves them). */
const STYLE_MEMBERS: Record<CellStyle, number> = {
  title: 4,
  header: 7,
  computedHeader: 8,
  label: 3,
  total: 3,
  wrap: 3,
  muted: 3,
  link: 4,
};

/** A new range with a style, its calls reserved first. */
async function styled(
  batch: Batch,
  sheet: Excel.Worksheet,
  at: [row: number, col: number, rows: number, cols: number],
  style: CellStyle
): Promise<void> {
  await batch.calls(1, STYLE_MEMBERS[style]);
  styleRange(sheet.getRangeByIndexes(...at), style);
}

function styleRange(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  switch (style) {
    case "title":
      f.font.bold = true;
      f.font.size = 14;
      break;
    case "header":
    case "computedHeader":
      f.font.bold = true;
      if (style === "computedHeader") f.font.italic = true;
      f.fill.color = FILL[style];
      f.wrapText = true;
      f.verticalAlignment = "Top";
      break;
    case "label":
    case "total":
      f.font.bold = true;
      break;
    case "wrap":
      f.wrapText = true;
      f.verticalAlignment = "Top";
      break;
    case "muted":
      f.font.color = "#7F7F7F";
      break;
    case "link":
      f.font.color = "#0563C1";
      f.font.underline = "Single";
      break;
  }
}

/** Rows of `height` written in chunks that fit the request limit. */
async function writeRows(
  sheet: Excel.Worksheet,
  batch: Batch,
  top: number,
  left: number,
  cells: Block["cells"],
  width: number,
  columnFormats: (string | undefined)[] = []
): Promise<void> {
  if (!cells.length || !width) return;
  const arrays = toArrays(cells, width, columnFormats);
  const perRow = Math.max(
    1,
    Math.ceil((payloadSize(arrays.formulas) + payloadSize(arrays.numberFormat)) / cells.length)
  );
  const rowsPerChunk = Math.max(1, Math.floor(batch.maxBytes / perRow));
  for (let start = 0; start < cells.length; start += rowsPerChunk) {
    const end = Math.min(cells.length, start + rowsPerChunk);
    await batch.calls(1, 2, perRow * (end - start));
    const range = sheet.getRangeByIndexes(top - 1 + start, left - 1, end - start, width);
    range.numberFormat = arrays.numberFormat.slice(start, end);
    range.formulas = arrays.formulas.slice(start, end);
  }
}

/** Styles and links of a block, one command per run of equal style in a row. */
async function decorate(
  sheet: Excel.Worksheet,
  batch: Batch,
  top: number,
  left: number,
  cells: Block["cells"]
): Promise<void> {
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    let j = 0;
    while (j < row.length) {
      const c = cellParts(row[j] ?? null);
      if (c.link !== undefined) {
        const link = {
          documentReference: c.link,
          textToDisplay: c.value === null || c.value === undefined ? c.link : String(c.value),
        };
        await batch.calls(1, 1, payloadSize(link));
        sheet.getRangeByIndexes(top - 1 + i, left - 1 + j, 1, 1).hyperlink = link;
      }
      const style = c.style;
      let k = j + 1;
      while (style && k < row.length && cellParts(row[k] ?? null).style === style) k++;
      if (style) await styled(batch, sheet, [top - 1 + i, left - 1 + j, 1, k - j], style);
      j = k;
    }
  }
}

async function writeTable(sheet: Excel.Worksheet, batch: Batch, t: TableSpec): Promise<void> {
  const width = t.columns.length;
  const names = [t.columns.map((c) => c.name)];
  await batch.calls(3, 5, payloadSize(names) + t.name.length + t.style.length);
  const header = sheet.getRangeByIndexes(t.row - 1, t.col - 1, 1, width);
  header.values = names;
  const table = sheet.tables.add(
    sheet.getRangeByIndexes(t.row - 1, t.col - 1, 1 + t.rows.length, width),
    true
  );
  table.name = t.name;
  table.style = t.style;
  table.showBandedRows = true;
  await writeRows(
    sheet,
    batch,
    t.row + 1,
    t.col,
    t.rows,
    width,
    t.columns.map((c) => c.format)
  );
  for (let j = 0; j < t.columns.length; j++) {
    const c = t.columns[j];
    if (c.computed) await styled(batch, sheet, [t.row - 1, t.col - 1 + j, 1, 1], "computedHeader");
    if (c.wrap && t.rows.length)
      await styled(batch, sheet, [t.row, t.col - 1 + j, t.rows.length, 1], "wrap");
  }
}

/** Outline groups (ExcelApi 1.10), called only where the running Excel has that set. */
async function groupRows(sheet: Excel.Worksheet, batch: Batch, groups: SheetSpec["groups"]) {
  for (const g of groups) {
    await batch.calls(1, 1);
    sheet.getRange(`${g.from}:${g.to}`).group("ByRows");
  }
}

export async function writeSheet(
  sheet: Excel.Worksheet,
  batch: Batch,
  s: SheetSpec,
  env: WriteEnv
): Promise<void> {
  for (const t of s.tables) await writeTable(sheet, batch, t);
  for (const b of s.blocks) {
    const width = Math.max(0, ...b.cells.map((r) => r.length));
    await writeRows(sheet, batch, b.row, b.col, b.cells, width);
    await decorate(sheet, batch, b.row, b.col, b.cells);
  }
  for (const w of s.widths) {
    await batch.calls(1, 2);
    sheet.getRangeByIndexes(0, w.col - 1, 1, 1).format.columnWidth = w.width * POINTS_PER_CHAR;
  }
  for (const v of s.validations) {
    const rule: Excel.DataValidationRule = {
      list: { inCellDropDown: true, source: `=${v.source}` },
    };
    const alert: Excel.DataValidationErrorAlert = {
      showAlert: v.strict,
      style: "Stop",
      title: "PIRA",
      message: "Scegliere un valore dell'elenco (foglio Elenchi).",
    };
    await batch.calls(1, 4, payloadSize(rule) + payloadSize(alert));
    const dv = sheet.getRange(v.range).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = rule;
    dv.errorAlert = alert;
  }
  for (const b of s.bands) {
    const first = parseRange(b.range);
    if (!first) continue;
    const cell = b.range.split(":")[0].replace(/\$/g, "");
    const rules: [string, string][] = [
      [`=AND(ISNUMBER(${cell}),${cell}<${b.low})`, BAND_FILLS.red],
      [`=AND(ISNUMBER(${cell}),${cell}>=${b.low},${cell}<${b.high})`, BAND_FILLS.amber],
      [`=AND(ISNUMBER(${cell}),${cell}>=${b.high})`, BAND_FILLS.green],
    ];
    await batch.calls(1 + rules.length, 7 * rules.length, payloadSize(rules));
    const range = sheet.getRange(b.range);
    for (const [formula, color] of rules) {
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = color;
    }
  }
  for (const h of s.highlights ?? []) {
    await batch.calls(2, 7, payloadSize(h));
    const cf = sheet.getRange(h.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${h.formula}`;
    cf.custom.format.fill.color = BAND_FILLS[h.color];
  }
  if (s.groups.length) {
    if (env.requirements.isSetSupported("ExcelApi", "1.10"))
      await groupRows(sheet, batch, s.groups);
    else env.notes.add(NO_OUTLINE);
  }
  if (s.freeze) {
    const { rows, cols } = s.freeze;
    await batch.calls(1, 2);
    if (rows && cols) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
    else if (rows) sheet.freezePanes.freezeRows(rows);
    else if (cols) sheet.freezePanes.freezeColumns(cols);
  }
  if (s.tabColor) {
    await batch.calls(0, 1);
    sheet.tabColor = `#${s.tabColor.slice(-6)}`;
  }
}
