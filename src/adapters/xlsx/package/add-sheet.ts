/**
 * A new, empty (and hidden) sheet added to an .xlsx package: its part, its relationship, its
 * content type and its entry in xl/workbook.xml — every other part kept byte for byte. The fill
 * in place stores its mappings in such a sheet (workbook/analyst/mapping-store.ts) and then writes cells
 * into it through the package patch (index.ts).
 */
import { reopen, written, type CheckedZipBytes } from "../../zip";
import { partText, relationships, sheetEntries, WORKBOOK, WORKBOOK_RELS } from "./parts";
import { attribute, escapeText } from "./xml";
import type { PackagePatch } from "./index";

const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  "<sheetData/></worksheet>";

const encoder = new TextEncoder();

/** Adds sheet `name` (hidden unless `visible`), unless the workbook has a sheet of that name. */
export async function addSheetToPackage(
  bytes: CheckedZipBytes,
  name: string,
  hidden = true
): Promise<PackagePatch> {
  const zip = await reopen(bytes);
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  const types = await partText(zip, CONTENT_TYPES);
  if (!workbook || !rels || !types)
    return { ok: false, why: "no xl/workbook.xml, its relationships or [Content_Types].xml" };
  const entries = sheetEntries(workbook);
  if (entries.some((e) => e.name.toLowerCase() === name.toLowerCase())) return { ok: true, bytes };
  const close = workbook.indexOf("</sheets>");
  if (close < 0) return { ok: false, why: "no <sheets> in xl/workbook.xml" };
  // the relationships namespace prefix the workbook's own sheets use (r:id as a rule)
  const prefix = /\s([A-Za-z0-9]+):id\s*=/.exec(entries[0]?.tag ?? "")?.[1] ?? "r";
  if (!new RegExp(`xmlns:${prefix}="`).test(workbook))
    return { ok: false, why: "no relationships namespace in xl/workbook.xml" };

  const ids = new Set(relationships(rels, WORKBOOK).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rId = `rId${n}`;
  const sheetIds = entries.map((e) => Number(attribute(e.tag, "sheetId") ?? 0));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  let k = sheetId;
  while (zip.file(`xl/worksheets/sheet${k}.xml`)) k++;
  const part = `xl/worksheets/sheet${k}.xml`;

  const state = hidden ? ' state="hidden"' : "";
  const entry = `<sheet name="${escapeText(name).replace(/"/g, "&quot;")}" sheetId="${sheetId}"${state} ${prefix}:id="${rId}"/>`;
  zip.file(WORKBOOK, workbook.slice(0, close) + entry + workbook.slice(close));
  const relsClose = rels.lastIndexOf("</Relationships>");
  if (relsClose < 0) return { ok: false, why: "xl/_rels/workbook.xml.rels not closed" };
  zip.file(
    WORKBOOK_RELS,
    rels.slice(0, relsClose) +
      `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${k}.xml"/>` +
      rels.slice(relsClose)
  );
  const typesClose = types.lastIndexOf("</Types>");
  if (typesClose < 0) return { ok: false, why: "[Content_Types].xml not closed" };
  zip.file(
    CONTENT_TYPES,
    types.slice(0, typesClose) +
      `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/>` +
      types.slice(typesClose)
  );
  zip.file(part, encoder.encode(EMPTY_SHEET));
  const out = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { ok: true, bytes: written(out) };
}
