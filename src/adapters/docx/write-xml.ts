/**
 * Tables and plain paragraphs as WordprocessingML text. The `docx` library builds an object for
 * every table cell, paragraph and run, then a second tree to serialise: for a plan of 10,000
 * indicators (some 150,000 cells) that takes minutes and gigabytes. These builders write the
 * same XML straight into strings, in time and memory linear in the plan; write.ts puts them
 * where docx left a placeholder. Styles they name (TableText, TableCaption, Lead, Small,
 * FootnoteReference) are defined in the document docx writes.
 */
import { escapeXml } from "../../core/publish";
import type { Cell, Column, FieldsBlock, TableBlock } from "../../core/publish";

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="B8C2CC"';
const BORDERS =
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`;
const CELL_MARGINS =
  '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>';

/** Runs of a text: its lines joined by line breaks; `rPr` the run properties. */
export function runsXml(text: string, rPr = ""): string {
  const lines = text.split("\n").map((l) => `<w:t xml:space="preserve">${escapeXml(l)}</w:t>`);
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${lines.join("<w:br/>")}</w:r>`;
}

export function paragraphXml(text: string, style?: string, extra = ""): string {
  const pPr =
    style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${extra}</w:pPr>` : "";
  return `<w:p>${pPr}${runsXml(text)}</w:p>`;
}

function footnoteRef(n: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${n}"/></w:r>`;
}

function cellParagraph(cell: Cell, numeric: boolean, bold: boolean): string {
  const pPr = `<w:pPr><w:pStyle w:val="TableText"/>${numeric ? '<w:jc w:val="right"/>' : ""}</w:pPr>`;
  let body = runsXml(cell.text, bold ? "<w:b/>" : "");
  if (cell.differs)
    body +=
      '<w:r><w:rPr><w:b/><w:color w:val="B3261E"/></w:rPr><w:t xml:space="preserve"> ≠</w:t></w:r>';
  for (const n of cell.notes ?? []) body += footnoteRef(n);
  return `<w:p>${pPr}${body}</w:p>`;
}

function cellXml(content: string, width: number, fill?: string): string {
  const shd = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shd}</w:tcPr>${content}</w:tc>`;
}

function tableXml(caption: string, widths: number[], rows: string[]): string {
  const total = widths.reduce((s, w) => s + w, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/>` +
    `${CELL_MARGINS}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>` +
    `<w:tblCaption w:val="${escapeXml(caption)}"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

/** The space after a table, so the next one does not touch it. */
const AFTER = '<w:p><w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr></w:p>';

/** Relative widths of a table's columns, by what they hold. */
function weight(column: Column, index: number, role: TableBlock["role"]): number {
  if (index === 0) return role === "summary" ? 5 : role === "data" ? 4 : 3;
  switch (column.label) {
    case "Algoritmo di calcolo":
      return 2.6;
    case "Tipologia":
      return 1.6;
    case "Fonte":
      return 1.4;
    case "Unità di misura":
      return 1.2;
    case "Esito":
      return 1.6;
    case "Budget":
      return 2.2;
    default:
      return column.numeric ? 1.5 : 1.6;
  }
}

export function columnWidths(b: TableBlock, total: number): number[] {
  const w = b.columns.map((c, i) => weight(c, i, b.role));
  const sum = w.reduce((s, x) => s + x, 0);
  return w.map((x) => Math.floor((x / sum) * total));
}

/**
 * A data table under its caption: the header row repeats on every page (w:tblHeader), no row
 * splits across pages, the first cell of each row in bold (it heads the row).
 */
export function dataTableXml(b: TableBlock, total: number): string {
  const widths = columnWidths(b, total);
  const header =
    "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" +
    b.columns
      .map((c, i) =>
        cellXml(cellParagraph({ text: c.label }, c.numeric, true), widths[i], "E6EDF5")
      )
      .join("") +
    "</w:tr>";
  const rows = b.rows.map(
    (row) =>
      "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
      row
        .map((cell, i) =>
          cellXml(cellParagraph(cell, b.columns[i]?.numeric ?? false, i === 0), widths[i])
        )
        .join("") +
      "</w:tr>"
  );
  return (
    paragraphXml(b.caption, "TableCaption") + tableXml(b.caption, widths, [header, ...rows]) + AFTER
  );
}

/** The scheda: label and value in two columns, the labels shaded; a list value one item a line. */
export function fieldsXml(b: FieldsBlock, total: number): string {
  const label = Math.floor(total * 0.24);
  const value = total - label;
  const rows = b.rows.map((r) => {
    const values = Array.isArray(r.value) ? r.value.map((v) => `• ${v}`) : [r.value];
    const content = values.map((v) => paragraphXml(v, "TableText")).join("");
    return (
      "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
      cellXml(
        `<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>${runsXml(r.label, "<w:b/>")}</w:p>`,
        label,
        "F2F5F9"
      ) +
      cellXml(content, value) +
      "</w:tr>"
    );
  });
  return (
    paragraphXml(b.caption, "TableCaption") + tableXml(b.caption, [label, value], rows) + AFTER
  );
}
