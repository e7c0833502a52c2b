/**
 * The package cut down to the sheets that can hold the PIRA tables, for reading them: a
 * workbook's mission sheets, summary and lists are most of its size and none of its input, and
 * ExcelJS parses every sheet it is given. The cut package is only ever read, never written.
 */
import type JSZip from "jszip";
import { SHEETS, TABLES } from "../../../workbook/names";
import { openEditable, repack, type Editable } from "../../zip/repack";
import type { CheckedZipBytes } from "../../zip/safe-zip";
import {
  partText,
  REL_TYPE,
  relationships,
  relsPath,
  sheetEntries,
  WORKBOOK,
  WORKBOOK_RELS,
} from "./parts";
import { attribute } from "./xml";

const TABLE_NAMES = new Set(Object.values(TABLES).map((t) => t.toLowerCase()));
const SHEET_NAMES = new Set([SHEETS.programmes, SHEETS.indicators].map((s) => s.toLowerCase()));

/** Whether a sheet part holds one of the PIRA tables. */
async function holdsPiraTable(zip: JSZip, sheetPath: string): Promise<boolean> {
  const rels = await partText(zip, relsPath(sheetPath));
  if (!rels) return false;
  for (const rel of relationships(rels, sheetPath)) {
    if (!REL_TYPE.table.test(rel.type)) continue;
    const xml = await partText(zip, rel.target);
    const tag = xml ? /<table\b[^>]*>/.exec(xml)?.[0] : undefined;
    const name = tag ? (attribute(tag, "displayName") ?? attribute(tag, "name") ?? "") : "";
    if (TABLE_NAMES.has(name.toLowerCase())) return true;
  }
  return false;
}

/**
 * The bytes of a package holding only the sheets with PIRA tables (or named Programmi /
 * Indicatori); the same bytes when there is nothing to leave out or the package is not shaped
 * as expected (the caller then reads the whole workbook, which also reports a broken file).
 */
export async function tablesOnly(bytes: CheckedZipBytes): Promise<CheckedZipBytes> {
  let editable: Editable;
  try {
    editable = await openEditable(bytes);
  } catch {
    return bytes;
  }
  const zip = editable.zip;
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  if (!workbook || !rels) return bytes;
  const links = relationships(rels, WORKBOOK);
  const drop: { tag: string; path: string; rel: string }[] = [];
  for (const { name, id, tag } of sheetEntries(workbook)) {
    const link = links.find((l) => l.id === id);
    if (!link || !zip.file(link.target)) return bytes;
    if (SHEET_NAMES.has(name.toLowerCase()) || (await holdsPiraTable(zip, link.target))) continue;
    drop.push({ tag, path: link.target, rel: link.tag });
  }
  if (drop.length === 0) return bytes;
  let wb = workbook;
  let wbRels = rels;
  for (const d of drop) {
    wb = wb.replace(d.tag, "");
    wbRels = wbRels.replace(d.rel, "");
    zip.remove(d.path);
    zip.remove(relsPath(d.path));
  }
  // sheet positions change: names scoped by position and the active tab would point elsewhere
  wb = wb
    .replace(/<definedNames\b[\s\S]*?<\/definedNames>|<definedNames\s*\/>/, "")
    .replace(/\s(activeTab|firstSheet)\s*=\s*"[^"]*"/g, "");
  zip.file(WORKBOOK, wb);
  zip.file(WORKBOOK_RELS, wbRels);
  // the sheets kept are copied as stored: nothing inflated or deflated again
  return repack(editable);
}
