/**
 * A Word document (.docx) as the table reader's blocks, in document order: headings and
 * paragraphs (with their heading level: Heading 1…n / Titolo 1…n, or an outline level), and tables
 * as grids — cells spanning columns (`w:gridSpan`) and rows (`w:vMerge` restart / continue) as
 * merged cells, a cell's paragraphs joined by line breaks, a table nested in a cell read as a table
 * of its own right after the one holding it. The package is checked by the zip guard first.
 *
 * Only what a reader of the document sees is data: hidden text (`w:vanish`, directly or by its
 * style) and hidden rows are left out, tracked deletions and moved-from text (`w:del`,
 * `w:moveFrom`) too, while insertions and moved-to text are read; of an `mc:AlternateContent`
 * (a text box, for one) only the choice is read, not the fallback copy of the same content; the
 * old formatting of a tracked format change is not the formatting. Footnote and endnote
 * references are kept with their place (the caller makes them notes of the indicator on that
 * row); what is not read — an embedded document (`w:altChunk`), an embedded object, a chart, a
 * sub-document — is reported with its place. A malformed document is refused with its line and
 * column, and what a file can claim is bounded: tables nest at most MAX_TABLE_DEPTH deep, a row
 * spans at most MAX_COLUMNS columns and the tables hold at most MAX_CELLS cells in all.
 */
import type { Grid, GridBlock, GridCell, Merge } from "../../core/grid";
import { message, type Message } from "../../core/message";
import { openZip, type ZipBytes } from "../zip";
import { parseXml } from "./read-xml";

/** A footnote or endnote reference, where it stands. */
export interface DocxNoteRef {
  kind: "footnote" | "endnote";
  id: string;
  /** the table (1-based number) and the 0-based row of the grid, or the paragraph */
  at: { table: number; row: number } | { paragraph: number };
}

/** A footnote's or endnote's text, by id. */
export interface DocxNote {
  kind: "footnote" | "endnote";
  id: string;
  text: string;
}

/** The note references and the notes' texts. */
export interface DocxNotes {
  refs: DocxNoteRef[];
  texts: DocxNote[];
}

export type DocxRead =
  | {
      ok: true;
      blocks: GridBlock[];
      notes: DocxNotes;
      /** what was not read, with its place */
      warnings: Message[];
    }
  | { ok: false; reason: Message };

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";
const FOOTNOTES = "word/footnotes.xml";
const ENDNOTES = "word/endnotes.xml";

/**
 * The longest document.xml read (16 MiB): a PIRA document of a hundred pages of tables is a few
 * megabytes of XML; this bounds the time and memory a small file inflating to hundreds of
 * megabytes of paragraphs could take.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** How deep tables may nest in one another. */
export const MAX_TABLE_DEPTH = 64;
/** How many grid columns a table row may span (Word itself stops at 63). */
export const MAX_COLUMNS = 1024;
/** How many cells the document's tables may hold in all (rows × width, as the grids are built). */
export const MAX_CELLS = 2_000_000;

/**
 * Elements whose content is not what the reader sees: tracked deletions and moved-from text, the
 * fallback copy of alternate content, and the former properties of a tracked format change.
 */
const UNSEEN = new Set([
  "w:del",
  "w:moveFrom",
  "mc:Fallback",
  "w:rPrChange",
  "w:pPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:tblGridChange",
  "w:sectPrChange",
  "w:numberingChange",
]);

/** Content that is not read, named in the report. */
const NOT_READ = new Map<string, Message>(
  Object.entries({
    "w:altChunk": message(
      "un contenuto incorporato (altChunk: un altro documento dentro questo)",
      "embedded content (altChunk: another document inside this one)"
    ),
    "w:object": message("un oggetto incorporato (OLE)", "an embedded (OLE) object"),
    "c:chart": message("un grafico", "a chart"),
    "w:subDoc": message("un documento secondario (subDoc)", "a sub-document (subDoc)"),
  })
);

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

interface Row {
  col: number;
  cells: GridCell[];
  /** hidden (`w:trPr/w:hidden`) or deleted (`w:trPr/w:del`): not read */
  unseen: boolean;
}

interface Table {
  rows: Row[];
  merges: Merge[];
  /** open vertical merges by grid column: the merge being extended */
  open: Map<number, Merge>;
  row: Row | null;
  cell: Cell | null;
  /** 1-based, in the order the tables start */
  number: number;
  /** where its grid goes in the blocks (a nested table's comes right after its holder's) */
  slot: number;
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

/** What word/styles.xml says: styleId → style name, and the styles whose text is hidden. */
export interface DocxStyles {
  names: Map<string, string>;
  hidden: Set<string>;
}

const on = (v: string | undefined) => v === undefined || !/^(?:0|false|off)$/i.test(v);

/** The styles of a word/styles.xml text (a style id may be localised or made up). */
export function readStyles(xml: string | null): DocxStyles {
  const names = new Map<string, string>();
  const hidden = new Set<string>();
  if (!xml) return { names, hidden };
  let id: string | null = null;
  let inRun = 0;
  parseXml(xml, {
    start(name, attr, selfClosing) {
      if (name === "w:style") id = attr("w:styleId") ?? null;
      else if (name === "w:name" && id !== null) names.set(id, attr("w:val") ?? "");
      else if (name === "w:rPr" && !selfClosing) inRun++;
      else if (name === "w:vanish" && inRun > 0 && id !== null && on(attr("w:val"))) hidden.add(id);
    },
    end(name) {
      if (name === "w:style") id = null;
      else if (name === "w:rPr" && inRun > 0) inRun--;
    },
    text() {},
  });
  return { names, hidden };
}

export type DocumentRead =
  | {
      ok: true;
      blocks: GridBlock[];
      refs: DocxNoteRef[];
      /** the notes, when the text is a footnotes.xml or an endnotes.xml */
      notes: DocxNote[];
      warnings: Message[];
    }
  | { ok: false; why: string; it?: string; at?: { line: number; column: number } };

function emptyStyles(): DocxStyles {
  return { names: new Map(), hidden: new Set() };
}

/** The blocks of a document.xml text. */
export function documentBlocks(
  xml: string,
  stylesIn: DocxStyles | Map<string, string> = emptyStyles()
): DocumentRead {
  const styles: DocxStyles =
    stylesIn instanceof Map ? { names: stylesIn, hidden: new Set() } : stylesIn;
  // a table's grid is put in its slot when the table ends; text blocks come when no table is open
  const slots: (GridBlock | null)[] = [];
  const refs: DocxNoteRef[] = [];
  const warnings: Message[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let inText = false;
  let inProperties = 0;
  let inRowProperties = 0;
  let inRun = false;
  let runHidden = false;
  let paragraphHidden = false;
  let unseen = 0;
  let paragraphNo = 0;
  let tableNo = 0;
  let cells = 0;
  let fault: { why: string; it: string } | null = null;
  const notes: DocxNote[] = [];
  let note: { kind: DocxNote["kind"]; id: string; paragraphs: string[] } | null = null;
  const level = (p: Paragraph): number | null => {
    const byStyle =
      p.style === null
        ? null
        : (headingLevel(styles.names.get(p.style) ?? p.style) ?? headingLevel(p.style));
    return byStyle ?? (p.outline !== null && p.outline < 9 ? p.outline + 1 : null);
  };
  /** where the content being read is: a table row, else the paragraph about to be numbered */
  const here = (): DocxNoteRef["at"] => {
    const t = tables[tables.length - 1];
    if (t) return { table: t.number, row: t.rows.length };
    return { paragraph: paragraphNo + 1 };
  };
  const hereText = (): Message => {
    const at = here();
    return "table" in at
      ? message(`tabella ${at.table}, riga ${at.row + 1}`, `table ${at.table}, row ${at.row + 1}`)
      : message(`paragrafo ${at.paragraph}`, `paragraph ${at.paragraph}`);
  };
  const visible = () => !runHidden && !paragraphHidden;
  const append = (s: string) => {
    if (paragraphs.length && visible()) paragraphs[paragraphs.length - 1].text += s;
  };
  const r = parseXml(xml, {
    start(name, attr, selfClosing) {
      if (fault) return;
      if (unseen > 0) {
        if (UNSEEN.has(name) && !selfClosing) unseen++;
        return;
      }
      if (UNSEEN.has(name)) {
        if (!selfClosing) unseen++;
        // a deleted row: `w:del` in the row's properties
        if (name === "w:del" && inRowProperties > 0) {
          const t = tables[tables.length - 1];
          if (t?.row) t.row.unseen = true;
        }
        return;
      }
      const what = NOT_READ.get(name);
      if (what) {
        const where = hereText();
        warnings.push(
          message(
            `Word, ${where.it}: ${what.it} non è letto; se contiene dati, copiarli nel documento.`,
            `Word, ${where.en}: ${what.en} is not read; if it holds data, copy it into the document.`
          )
        );
      }
      switch (name) {
        case "w:footnote":
        case "w:endnote": {
          const type = attr("w:type");
          note =
            type === undefined || type === "normal"
              ? {
                  kind: name === "w:footnote" ? "footnote" : "endnote",
                  id: attr("w:id") ?? "",
                  paragraphs: [],
                }
              : null;
          break;
        }
        case "w:p": {
          paragraphs.push({ text: "", style: null, outline: null });
          paragraphHidden = false;
          break;
        }
        case "w:pPr":
          if (!selfClosing) inProperties++;
          break;
        case "w:trPr":
          if (!selfClosing) inRowProperties++;
          break;
        case "w:hidden":
          if (inRowProperties > 0 && on(attr("w:val"))) {
            const t = tables[tables.length - 1];
            if (t?.row) t.row.unseen = true;
          }
          break;
        case "w:pStyle":
          if (paragraphs.length) {
            const style = attr("w:val") ?? null;
            paragraphs[paragraphs.length - 1].style = style;
            if (style !== null && styles.hidden.has(style)) paragraphHidden = true;
          }
          break;
        case "w:outlineLvl":
          if (paragraphs.length) {
            const v = Number(attr("w:val"));
            if (Number.isInteger(v)) paragraphs[paragraphs.length - 1].outline = v;
          }
          break;
        case "w:r":
          if (!selfClosing) {
            inRun = true;
            runHidden = false;
          }
          break;
        case "w:rStyle": {
          const style = attr("w:val");
          if (inRun && inProperties === 0 && style !== undefined && styles.hidden.has(style))
            runHidden = true;
          break;
        }
        case "w:vanish":
          // in a run's properties (in the paragraph's, it hides only the paragraph mark)
          if (inRun && inProperties === 0) runHidden = on(attr("w:val"));
          break;
        case "w:t":
          if (!selfClosing) inText = true;
          break;
        case "w:tab":
          if (inProperties === 0) append("\t");
          break;
        case "w:br":
        case "w:cr":
          append("\n");
          break;
        case "w:noBreakHyphen":
          append("-");
          break;
        case "w:footnoteReference":
        case "w:endnoteReference": {
          const id = attr("w:id");
          if (id !== undefined && visible())
            refs.push({
              kind: name === "w:footnoteReference" ? "footnote" : "endnote",
              id,
              at: here(),
            });
          break;
        }
        case "w:tbl": {
          if (tables.length >= MAX_TABLE_DEPTH) {
            fault = {
              why: `tables nested more than ${MAX_TABLE_DEPTH} deep`,
              it: `tabelle annidate per più di ${MAX_TABLE_DEPTH} livelli`,
            };
            return;
          }
          slots.push(null);
          tables.push({
            rows: [],
            merges: [],
            open: new Map(),
            row: null,
            cell: null,
            number: ++tableNo,
            slot: slots.length - 1,
          });
          break;
        }
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t) t.row = { col: 0, cells: [], unseen: false };
          break;
        }
        case "w:gridBefore": {
          const t = tables[tables.length - 1];
          const v = Number(attr("w:val"));
          if (t?.row && t.cell === null && Number.isInteger(v) && v > 0 && v <= MAX_COLUMNS) {
            for (let k = 0; k < v && t.row.cells.length < MAX_COLUMNS; k++) t.row.cells.push(null);
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
          if (t?.cell && Number.isInteger(v) && v > 1) t.cell.span = Math.min(v, MAX_COLUMNS + 1);
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
      if (fault) return;
      if (unseen > 0) {
        if (UNSEEN.has(name)) unseen--;
        return;
      }
      switch (name) {
        case "w:footnote":
        case "w:endnote": {
          const text = note ? note.paragraphs.join("\n").trim() : "";
          if (note && text !== "") notes.push({ kind: note.kind, id: note.id, text });
          note = null;
          break;
        }
        case "w:t":
          inText = false;
          break;
        case "w:r":
          inRun = false;
          runHidden = false;
          break;
        case "w:pPr":
          if (inProperties > 0) inProperties--;
          break;
        case "w:trPr":
          if (inRowProperties > 0) inRowProperties--;
          break;
        case "w:p": {
          const p = paragraphs.pop();
          paragraphHidden = false;
          if (!p) break;
          const t = tables[tables.length - 1];
          if (t?.cell) t.cell.paragraphs.push(p.text);
          else if (!t && note) note.paragraphs.push(p.text);
          else if (!t) {
            paragraphNo++;
            if (p.text.trim() !== "")
              slots.push({ kind: "text", text: p.text, level: level(p), paragraph: paragraphNo });
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
          if (c + cell.span > MAX_COLUMNS) {
            fault = {
              why: `table ${t.number}, row ${r + 1} spans more than ${MAX_COLUMNS} columns`,
              it: `la tabella ${t.number}, riga ${r + 1}, occupa più di ${MAX_COLUMNS} colonne`,
            };
            return;
          }
          const text = cell.paragraphs.join("\n").trim();
          if (cell.vMerge === "continue") {
            const m = t.open.get(c);
            if (m && !row.unseen) m.bottom = r;
            row.cells.push(null);
            for (let k = 1; k < cell.span; k++) row.cells.push(null);
          } else {
            row.cells.push(text === "" ? null : text);
            for (let k = 1; k < cell.span; k++) row.cells.push(null);
            if (!row.unseen) {
              const merge: Merge = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
              if (cell.span > 1 || cell.vMerge === "restart") t.merges.push(merge);
              for (let k = 0; k < cell.span; k++) t.open.delete(c + k);
              if (cell.vMerge === "restart") t.open.set(c, merge);
            }
          }
          row.col += cell.span;
          break;
        }
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t?.row && !t.row.unseen) t.rows.push(t.row);
          if (t) t.row = null;
          break;
        }
        case "w:tbl": {
          const t = tables.pop();
          if (!t) break;
          let width = 0;
          for (const row of t.rows) width = Math.max(width, row.cells.length);
          cells += width * t.rows.length;
          if (cells > MAX_CELLS) {
            fault = {
              why: `the tables hold more than ${MAX_CELLS.toLocaleString("en")} cells`,
              it: `le tabelle contengono più di ${MAX_CELLS.toLocaleString("it")} celle`,
            };
            return;
          }
          slots[t.slot] = { kind: "grid", grid: toGrid(t, width) };
          break;
        }
      }
    },
    text(text) {
      if (fault || unseen > 0) return;
      if (inText) append(text);
    },
    wantsText: () => inText && unseen === 0 && fault === null,
  });
  if (!r.ok) return r;
  // set by the handlers (which TypeScript's flow analysis does not follow)
  const stopped = fault as { why: string; it: string } | null;
  if (stopped) return { ok: false, why: stopped.why, it: stopped.it };
  const blocks: GridBlock[] = [];
  for (const b of slots) if (b !== null) blocks.push(b);
  return { ok: true, blocks, refs, notes, warnings };
}

function toGrid(t: Table, width: number): Grid {
  const rows = t.rows.map((r) => {
    const out = r.cells;
    while (out.length < width) out.push(null);
    return out;
  });
  const merges = t.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { rows, merges, origin: { kind: "docx", table: t.number } };
}

/** The text of each footnote (or endnote) of a footnotes.xml (endnotes.xml) text, read as the
 * document is (hidden and deleted text left out); the separators Word keeps there are not notes. */
export function noteTexts(xml: string, styles: DocxStyles = emptyStyles()): DocxNote[] {
  const r = documentBlocks(xml, styles);
  return r.ok ? r.notes : [];
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
  // the size the zip guard has checked against the member's real stream
  const size = opened.members.find((m) => m.name === DOCUMENT)?.size ?? 0;
  if (size > MAX_DOCUMENT_BYTES) {
    const mb = (b: number, lang: string) =>
      (b / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 });
    return notDocx(
      `${DOCUMENT} è di ${mb(size, "it")} MB di XML, oltre i ${mb(MAX_DOCUMENT_BYTES, "it")} MB che si leggono: dividere il documento, o salvarne le tabelle in un file a parte`,
      `${DOCUMENT} is ${mb(size, "en")} MB of XML, past the ${mb(MAX_DOCUMENT_BYTES, "en")} MB that are read: split the document, or save its tables in a file of their own`
    );
  }
  const xml = await doc.async("string");
  const stylesFile = opened.zip.file(STYLES);
  const styles = readStyles(stylesFile ? await stylesFile.async("string") : null);
  const read = documentBlocks(xml, styles);
  if (!read.ok) {
    const it = read.it ?? read.why;
    return read.at
      ? notDocx(
          `${DOCUMENT}, riga ${read.at.line}, colonna ${read.at.column}: ${it}`,
          `${DOCUMENT}, line ${read.at.line}, column ${read.at.column}: ${read.why}`
        )
      : notDocx(it, read.why);
  }
  const texts: DocxNote[] = [];
  for (const [path, kind] of [
    [FOOTNOTES, "footnote"],
    [ENDNOTES, "endnote"],
  ] as const) {
    const f = opened.zip.file(path);
    if (f) texts.push(...noteTexts(await f.async("string"), styles).filter((n) => n.kind === kind));
  }
  return {
    ok: true,
    blocks: read.blocks,
    notes: { refs: read.refs, texts },
    warnings: read.warnings,
  };
}
