/**
 * The Excel tables (table parts) of a sheet, with one rule for a table's name: its displayName —
 * the name Excel shows, formulas use and Office.js gives as Table.name — else its name.
 */
import type JSZip from "jszip";
import { parseRange } from "../../../workbook";
import { partText, REL_TYPE, relationships, relsPath } from "../package/parts";
import { attr, tagName } from "./xml-text";

export interface TablePart {
  name: string;
  /** the range as written ("A1:F20"), header row included */
  ref: string;
  /** 1-based, inclusive; null when the ref is not a range */
  range: { top: number; left: number; bottom: number; right: number } | null;
  /** rows of totals at its bottom (totalsRowCount) */
  totals: number;
  /** the table part's path in the package */
  path: string;
}

/** The start tag of a table part's <table> element. */
function tableTag(xml: string): string {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return "";
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return "";
    if (xml[lt + 1] !== "?" && xml[lt + 1] !== "!" && tagName(xml, lt) === "table")
      return xml.slice(lt, gt + 1);
    i = gt + 1;
  }
}

export function tableName(tag: string): string {
  return attr(tag, "displayName") ?? attr(tag, "name") ?? "";
}

/** The table parts of the sheet whose part is `sheetPath`, in the order its relationships list them. */
export async function sheetTableParts(zip: JSZip, sheetPath: string): Promise<TablePart[]> {
  const rels = await partText(zip, relsPath(sheetPath));
  const out: TablePart[] = [];
  for (const rel of rels ? relationships(rels, sheetPath) : []) {
    if (!REL_TYPE.table.test(rel.type)) continue;
    const xml = await partText(zip, rel.target);
    if (xml === undefined) continue;
    const tag = tableTag(xml);
    const ref = attr(tag, "ref") ?? "";
    const r = parseRange(ref);
    out.push({
      name: tableName(tag),
      ref,
      range: r
        ? { top: r.row, left: r.col, bottom: r.row + r.rows - 1, right: r.col + r.cols - 1 }
        : null,
      totals: Math.max(0, Number(attr(tag, "totalsRowCount") ?? 0) || 0),
      path: rel.target,
    });
  }
  return out;
}
