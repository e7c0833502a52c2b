/**
 * The sheets of a checked .xlsx package as grids, read straight from its parts (workbook, shared
 * strings, styles, each sheet's XML) in one linear scan each — the same grids as grid.ts gets
 * through ExcelJS (values, number formats, merged cells, each cell's address), at a fraction of the
 * time and memory: an import reads the values only, never the whole workbook model.
 * Cached formula results are the values; dates (a date number format, or t="d") become dd/mm/yyyy.
 */
import type JSZip from "jszip";
import type { Grid, GridCell, Merge } from "../../core/grid/types";
import { message, type Message } from "../../core/message";
import { reopen, type CheckedZipBytes } from "../zip/safe-zip";
import { findHeaderRow } from "../../workbook/headers";
import { TABLES } from "../../workbook/names";
import type { Scalar } from "../../workbook/spec";
import {
  partText,
  REL_TYPE,
  relationships,
  relsPath,
  sheetEntries,
  WORKBOOK,
  WORKBOOK_RELS,
} from "./package/parts";
import { attribute, unescapeXml } from "./package/xml";
import type { GridsRead, SheetGrid } from "./grid";

/** Excel's own escapes of characters XML cannot hold: "_x000D_". */
function unescapeExcel(s: string): string {
  const t = s.includes("&") ? unescapeXml(s) : s;
  return t.includes("_x")
    ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : t;
}

/**
 * The text of the <t> elements between from and to, leaving out phonetic runs (<rPh>). `phonetic`
 * is where the next <rPh> is at or after `from` (-1: none), kept by the caller so that no search
 * runs past the element (a search for an absent tag would scan to the end of the part every time).
 */
function textRuns(xml: string, from: number, to: number, phonetic = -1): string {
  let out = "";
  let i = from;
  while (i < to) {
    const t = xml.indexOf("<t", i);
    if (t < 0 || t >= to) break;
    if (phonetic >= i && phonetic < t) {
      const end = xml.indexOf("</rPh>", phonetic);
      i = end < 0 ? to : end + 6;
      continue;
    }
    const after = xml[t + 2];
    if (after !== ">" && after !== " " && after !== "/") {
      i = t + 2;
      continue;
    }
    const open = xml.indexOf(">", t);
    if (open < 0 || open >= to) break;
    if (xml[open - 1] === "/") {
      i = open + 1;
      continue;
    }
    const close = xml.indexOf("</t>", open);
    if (close < 0 || close > to) break;
    out += xml.slice(open + 1, close);
    i = close + 4;
  }
  return unescapeExcel(out);
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let i = 0;
  let phonetic = xml.indexOf("<rPh");
  for (;;) {
    const si = xml.indexOf("<si", i);
    if (si < 0) break;
    const head = xml.indexOf(">", si);
    if (xml[head - 1] === "/") {
      out.push("");
      i = head + 1;
      continue;
    }
    const end = xml.indexOf("</si>", head);
    if (end < 0) break;
    if (phonetic >= 0 && phonetic < head) phonetic = xml.indexOf("<rPh", head);
    out.push(textRuns(xml, head + 1, end, phonetic));
    i = end + 5;
  }
  return out;
}

const BUILTIN_FORMATS: Record<number, string> = {
  9: "0%",
  10: "0.00%",
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "dd/mm/yyyy hh:mm",
};

/** The number format code of each cell style (cellXfs index). */
function styleFormats(xml: string | undefined): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const tag of xml.match(/<numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attribute(tag, "numFmtId"));
    const code = attribute(tag, "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return [];
  return (xml.slice(start, end).match(/<xf\b[^>]*>/g) ?? []).map((tag) => {
    const id = Number(attribute(tag, "numFmtId") ?? "0");
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
  });
}

/** A number format that shows a date (day, month or year codes outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmy]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare) && !/general/i.test(bare);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Excel serial day → dd/mm/yyyy (1900 system with its leap-year bug, or 1904). */
function serialDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const epoch = Date.UTC(1899, 11, 30);
  const d = new Date(epoch + days * 86400000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "BC12" → [12, 55]; 1-based row and column. */
function cellRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return col > 0 && Number.isInteger(row) && row > 0 ? [row, col] : null;
}

/** The value of attribute `name` in a short start tag, without a regular expression. */
function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const i = tag.indexOf(key);
  if (i < 0) return undefined;
  const start = i + key.length;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
}

interface Cells {
  r: number[];
  c: number[];
  v: GridCell[];
  f: (string | null)[];
}

function sheetCells(
  xml: string,
  strings: string[],
  formats: (string | null)[],
  date1904: boolean
): Cells {
  const out: Cells = { r: [], c: [], v: [], f: [] };
  const dataStart = xml.indexOf("<sheetData");
  if (dataStart < 0) return out;
  const dataEnd = xml.indexOf("</sheetData>", dataStart);
  const limit = dataEnd < 0 ? xml.length : dataEnd;
  let row = 0;
  let col = 0;
  let i = dataStart;
  // where the next "</c>" and "<v>" are: searches never run ahead more than once in all
  let nextClose = 0;
  let nextValue = 0;
  while (i < limit) {
    const lt = xml.indexOf("<", i + 1);
    if (lt < 0 || lt >= limit) break;
    i = lt;
    if (xml.startsWith("<row", lt) && (xml[lt + 4] === " " || xml[lt + 4] === ">")) {
      const gt = xml.indexOf(">", lt);
      const r = attr(xml.slice(lt, gt), "r");
      row = r !== undefined ? Number(r) : row + 1;
      col = 0;
      i = gt;
      continue;
    }
    if (!(
      xml.startsWith("<c", lt) &&
      (xml[lt + 2] === " " || xml[lt + 2] === ">" || xml[lt + 2] === "/")
    ))
      continue;
    const gt = xml.indexOf(">", lt);
    const tag = xml.slice(lt, gt + 1);
    const ref = attr(tag, "r");
    const at = ref !== undefined ? cellRef(ref) : null;
    if (at) [row, col] = at;
    else col++;
    if (tag.endsWith("/>")) {
      i = gt;
      continue;
    }
    if (nextClose >= 0 && nextClose < gt) nextClose = xml.indexOf("</c>", gt);
    const end = nextClose < 0 ? limit : nextClose;
    const type = attr(tag, "t") ?? "n";
    const style = Number(attr(tag, "s") ?? "0");
    const format = formats[style] ?? null;
    let value: GridCell = null;
    if (type === "inlineStr") value = textRuns(xml, gt + 1, end);
    else {
      if (nextValue >= 0 && nextValue < gt) nextValue = xml.indexOf("<v>", gt);
      const vs = nextValue;
      if (vs >= 0 && vs < end) {
        const vo = xml.indexOf(">", vs);
        const ve = xml.indexOf("</v>", vo);
        const raw = xml[vo - 1] === "/" || ve < 0 ? "" : xml.slice(vo + 1, ve);
        if (type === "s") value = strings[Number(raw)] ?? null;
        else if (type === "str" || type === "e") value = unescapeExcel(raw);
        else if (type === "b") value = raw === "1";
        else if (type === "d") {
          const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
          value = m ? `${m[3]}/${m[2]}/${m[1]}` : raw;
        } else if (raw !== "") {
          const n = Number(raw);
          value = !Number.isFinite(n)
            ? raw
            : format !== null && isDateFormat(format)
              ? serialDate(n, date1904)
              : n;
        }
      }
    }
    i = end;
    if (value === null || value === "") continue;
    out.r.push(row);
    out.c.push(col);
    out.v.push(value);
    out.f.push(format);
  }
  return out;
}

function merges(xml: string): { top: number; left: number; bottom: number; right: number }[] {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return out;
  const end = xml.indexOf("</mergeCells>", start);
  const part = xml.slice(start, end < 0 ? xml.length : end);
  for (const tag of part.match(/<mergeCell\b[^>]*>/g) ?? []) {
    const ref = attribute(tag, "ref") ?? "";
    const [a, b] = ref.split(":");
    const tl = cellRef(a ?? "");
    const br = cellRef(b ?? a ?? "");
    if (tl && br) out.push({ top: tl[0], left: tl[1], bottom: br[0], right: br[1] });
  }
  return out;
}

function toGrid(name: string, cells: Cells, declared: ReturnType<typeof merges>): Grid | null {
  const n = cells.v.length;
  if (n === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let k = 0; k < n; k++) {
    if (cells.r[k] < top) top = cells.r[k];
    if (cells.r[k] > bottom) bottom = cells.r[k];
    if (cells.c[k] < left) left = cells.c[k];
    if (cells.c[k] > right) right = cells.c[k];
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const rows: GridCell[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    rows[i] = new Array<GridCell>(width).fill(null);
    formats[i] = new Array<string | null>(width).fill(null);
  }
  for (let k = 0; k < n; k++) {
    rows[cells.r[k] - top][cells.c[k] - left] = cells.v[k];
    formats[cells.r[k] - top][cells.c[k] - left] = cells.f[k];
  }
  const m: Merge[] = declared.map((d) => ({
    top: d.top - top,
    left: d.left - left,
    bottom: d.bottom - top,
    right: d.right - left,
  }));
  return { rows, merges: m, formats, origin: { kind: "sheet", sheet: name, row: top, col: left } };
}

function notReadable(why: string): GridsRead {
  return {
    ok: false,
    reason: message(
      `Il file non è una cartella di lavoro .xlsx leggibile (${why}).`,
      `The file is not a readable .xlsx workbook (${why}).`
    ),
  };
}

/** The grids of a checked package's sheets (only `sheet` when given, case-insensitive). */
export async function packageGrids(bytes: CheckedZipBytes, sheet?: string): Promise<GridsRead> {
  let zip: JSZip;
  try {
    zip = await reopen(bytes);
  } catch (e) {
    return notReadable(e instanceof Error ? e.message : String(e));
  }
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  if (!workbook || !rels) return notReadable("xl/workbook.xml");
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*"(?:1|true)"/.test(workbook);
  const links = relationships(rels, WORKBOOK);
  const stylesTarget = links.find((l) => /\/styles$/.test(l.type))?.target;
  const stringsTarget = links.find((l) => /\/sharedStrings$/.test(l.type))?.target;
  const entries = sheetEntries(workbook);
  const names = entries.map((e) => e.name);
  const wanted = sheet?.trim().toLowerCase();
  const chosen =
    wanted === undefined ? entries : entries.filter((e) => e.name.trim().toLowerCase() === wanted);
  if (chosen.length === 0) {
    const list = names.map((s) => `«${s}»`).join(", ");
    const reason: Message = message(
      `Il foglio «${sheet}» non c'è (fogli: ${list}).`,
      `There is no sheet «${sheet}» (sheets: ${list}).`
    );
    return { ok: false, reason };
  }
  const strings = sharedStrings(stringsTarget ? await partText(zip, stringsTarget) : undefined);
  const formats = styleFormats(stylesTarget ? await partText(zip, stylesTarget) : undefined);
  const grids: SheetGrid[] = [];
  for (const e of chosen) {
    const target = links.find((l) => l.id === e.id)?.target;
    const xml = target ? await partText(zip, target) : undefined;
    if (!xml) continue;
    const grid = toGrid(e.name, sheetCells(xml, strings, formats, date1904), merges(xml));
    if (grid) grids.push({ sheet: e.name, grid });
  }
  return { ok: true, grids, sheets: names };
}

const PIRA_NAMES = new Set([TABLES.programmes, TABLES.indicators].map((n) => n.toLowerCase()));

/**
 * Whether a checked package holds the PIRA tables as the workbook reader finds them (read.ts): an
 * Excel table named Programmi or Indicatori, or a sheet of that name with their header row among
 * its first rows. Only the small parts are read, and a sheet's cells only when it has that name.
 */
export async function holdsPiraTables(bytes: CheckedZipBytes): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await reopen(bytes);
  } catch {
    return false;
  }
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  if (!workbook || !rels) return false;
  const links = relationships(rels, WORKBOOK);
  for (const e of sheetEntries(workbook)) {
    const target = links.find((l) => l.id === e.id)?.target;
    if (!target) continue;
    const sheetRels = await partText(zip, relsPath(target));
    for (const rel of sheetRels ? relationships(sheetRels, target) : []) {
      if (!REL_TYPE.table.test(rel.type)) continue;
      const xml = await partText(zip, rel.target);
      const tag = xml ? /<table\b[^>]*>/.exec(xml)?.[0] : undefined;
      const name = tag ? (attribute(tag, "displayName") ?? attribute(tag, "name") ?? "") : "";
      if (PIRA_NAMES.has(name.toLowerCase())) return true;
    }
    const key = e.name.trim().toLowerCase();
    if (!PIRA_NAMES.has(key)) continue;
    const grids = await packageGrids(bytes, e.name);
    const grid = grids.ok ? grids.grids[0]?.grid : undefined;
    if (!grid) continue;
    const rows = grid.rows.slice(0, 20) as Scalar[][];
    if (
      findHeaderRow(rows, key === TABLES.programmes.toLowerCase() ? "programmes" : "indicators") >=
      0
    )
      return true;
  }
  return false;
}
