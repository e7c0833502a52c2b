/**
 * A Word document (.docx) as the table reader's blocks, in document order: headings and
 * paragraphs (with their heading level: Heading 1…n / Titolo 1…n, or an outline level), and tables
 * as grids — cells spanning columns (`w:gridSpan`) and rows (`w:vMerge` restart / continue) as
 * merged cells, a cell's paragraphs joined by line breaks, a table nested in a cell read as a table
 * of its own right after the one holding it. The package is checked by the zip guard first.
 */
import type { Grid, GridBlock, GridCell, Merge } from "../../core/grid/types";
import { message, type Message } from "../../core/message";
import { openZip, type ZipBytes } from "../zip/safe-zip";
import { parseXml } from "./read-xml";

export type DocxRead = { ok: true; blocks: GridBlock[] } | { ok: false; reason: Message };

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";

interface Paragraph {
  text: string;
  style: string | null;
  outline: number | null;
}

interface Cell {
  paragraphs: string[];
  span: number;
  /** "restart", "continue" or null */
  vMerge: "restart" | "continue" | null;
}

interface Table {
  rows: { col: number; cells: GridCell[] }[];
  merges: Merge[];
  /** open vertical merges by grid column: the merge being extended */
  open: Map<number, Merge>;
  row: { col: number; cells: GridCell[] } | null;
  cell: Cell | null;
  /** tables nested in this one's cells, emitted after it */
  nested: Grid[];
  /** 1-based, in the order the tables start */
  number: number;
}

/** "heading 1", "Heading1", "Titolo 2", "Intestazione 3" → 1, 2, 3; "Title" / "Titolo" → 1. */
export function headingLevel(name: string | null): number | null {
  if (!name) return null;
  const t = name.replace(/\s+/g, "").toLowerCase();
  const m = /^(?:heading|titolo|intestazione)([1-9])$/.exec(t);
  if (m) return Number(m[1]);
  if (t === "title" || t === "titolo" || t === "titolodocumento") return 1;
  return null;
}

/** styleId → style name, from word/styles.xml (a style id may be localised or made up). */
function styleNames(xml: string | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!xml) return names;
  let id: string | null = null;
  parseXml(xml, {
    start(name, attr) {
      if (name === "w:style") id = attr("w:styleId") ?? null;
      else if (name === "w:name" && id !== null) names.set(id, attr("w:val") ?? "");
    },
    end(name) {
      if (name === "w:style") id = null;
    },
    text() {},
  });
  return names;
}

function toGrid(t: Table, number: number): Grid {
  let width = 0;
  for (const r of t.rows) width = Math.max(width, r.cells.length);
  const rows = t.rows.map((r) => {
    const out = r.cells.slice();
    while (out.length < width) out.push(null);
    return out;
  });
  const merges = t.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { rows, merges, origin: { kind: "docx", table: number } };
}

/** The blocks of a document.xml text. */
export function documentBlocks(
  xml: string,
  styles: Map<string, string> = new Map()
): { ok: true; blocks: GridBlock[] } | { ok: false; why: string } {
  const blocks: GridBlock[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let inText = false;
  let inProperties = 0;
  let paragraphNo = 0;
  let tableNo = 0;
  const level = (p: Paragraph): number | null => {
    const byStyle =
      p.style === null
        ? null
        : (headingLevel(styles.get(p.style) ?? p.style) ?? headingLevel(p.style));
    return byStyle ?? (p.outline !== null && p.outline < 9 ? p.outline + 1 : null);
  };
  const r = parseXml(xml, {
    start(name, attr, selfClosing) {
      switch (name) {
        case "w:p":
          paragraphs.push({ text: "", style: null, outline: null });
          break;
        case "w:pPr":
          if (!selfClosing) inProperties++;
          break;
        case "w:pStyle":
          if (paragraphs.length) paragraphs[paragraphs.length - 1].style = attr("w:val") ?? null;
          break;
        case "w:outlineLvl":
          if (paragraphs.length) {
            const v = Number(attr("w:val"));
            if (Number.isInteger(v)) paragraphs[paragraphs.length - 1].outline = v;
          }
          break;
        case "w:t":
          if (!selfClosing) inText = true;
          break;
        case "w:tab":
          if (inProperties === 0 && paragraphs.length)
            paragraphs[paragraphs.length - 1].text += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (paragraphs.length) paragraphs[paragraphs.length - 1].text += "\n";
          break;
        case "w:noBreakHyphen":
          if (paragraphs.length) paragraphs[paragraphs.length - 1].text += "-";
          break;
        case "w:tbl":
          tables.push({
            rows: [],
            merges: [],
            open: new Map(),
            row: null,
            cell: null,
            nested: [],
            number: ++tableNo,
          });
          break;
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t) t.row = { col: 0, cells: [] };
          break;
        }
        case "w:gridBefore": {
          const t = tables[tables.length - 1];
          const v = Number(attr("w:val"));
          if (t?.row && t.cell === null && Number.isInteger(v) && v > 0 && v < 1000) {
            for (let k = 0; k < v; k++) t.row.cells.push(null);
            t.row.col += v;
          }
          break;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (t) t.cell = { paragraphs: [], span: 1, vMerge: null };
          break;
        }
        case "w:gridSpan": {
          const t = tables[tables.length - 1];
          const v = Number(attr("w:val"));
          if (t?.cell && Number.isInteger(v) && v > 1 && v < 1000) t.cell.span = v;
          break;
        }
        case "w:vMerge": {
          const t = tables[tables.length - 1];
          if (t?.cell) t.cell.vMerge = attr("w:val") === "restart" ? "restart" : "continue";
          break;
        }
      }
    },
    end(name) {
      switch (name) {
        case "w:t":
          inText = false;
          break;
        case "w:pPr":
          if (inProperties > 0) inProperties--;
          break;
        case "w:p": {
          const p = paragraphs.pop();
          if (!p) break;
          const t = tables[tables.length - 1];
          if (t?.cell) t.cell.paragraphs.push(p.text);
          else {
            paragraphNo++;
            if (p.text.trim() !== "")
              blocks.push({ kind: "text", text: p.text, level: level(p), paragraph: paragraphNo });
          }
          break;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (!t?.cell || !t.row) break;
          const cell = t.cell;
          t.cell = null;
          const row = t.row;
          const r = t.rows.length;
          const c = row.col;
          const text = cell.paragraphs.join("\n").trim();
          if (cell.vMerge === "continue") {
            const m = t.open.get(c);
            if (m) m.bottom = r;
            row.cells.push(null);
            for (let k = 1; k < cell.span; k++) row.cells.push(null);
          } else {
            row.cells.push(text === "" ? null : text);
            for (let k = 1; k < cell.span; k++) row.cells.push(null);
            const merge: Merge = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
            t.merges.push(merge);
            for (let k = 0; k < cell.span; k++) t.open.delete(c + k);
            if (cell.vMerge === "restart") t.open.set(c, merge);
          }
          row.col += cell.span;
          break;
        }
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case "w:tbl": {
          const t = tables.pop();
          if (!t) break;
          const grid = toGrid(t, t.number);
          const outer = tables[tables.length - 1];
          if (outer) outer.nested.push(grid, ...t.nested);
          else {
            blocks.push({ kind: "grid", grid });
            for (const g of t.nested) blocks.push({ kind: "grid", grid: g });
          }
          break;
        }
      }
    },
    text(text) {
      if (inText && paragraphs.length) paragraphs[paragraphs.length - 1].text += text;
    },
  });
  if (!r.ok) return r;
  return { ok: true, blocks };
}

function notDocx(why: string, whyEn = why): DocxRead {
  return {
    ok: false,
    reason: message(
      `Il file non è un documento Word .docx leggibile (${why}).`,
      `The file is not a readable Word .docx document (${whyEn}).`
    ),
  };
}

/** .docx bytes → blocks, or why the file cannot be read. */
export async function readDocx(bytes: ZipBytes): Promise<DocxRead> {
  const opened = await openZip(bytes);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const doc = opened.zip.file(DOCUMENT);
  if (!doc) return notDocx(`manca ${DOCUMENT}`, `${DOCUMENT} is missing`);
  const xml = await doc.async("string");
  const stylesFile = opened.zip.file(STYLES);
  const styles = styleNames(stylesFile ? await stylesFile.async("string") : null);
  const read = documentBlocks(xml, styles);
  if (!read.ok) return notDocx(read.why);
  return { ok: true, blocks: read.blocks };
}
