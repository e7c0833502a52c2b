/**
 * Sheets of the add-in's own (Verifica, Riepilogo, the mission sheets) written into an existing
 * package: a sheet of the same name is replaced in its place, a new one goes where the
 * description puts it, a matching stale one (removeMatching) is taken out; every other part of
 * the file — the analyst's sheets, custom document properties such as a sensitivity label,
 * charts, anything this program does not know — stays byte for byte. Text is written inline (the
 * shared strings are left alone) and the styles part only grows. When the package is not shaped
 * as expected the result says why, and the caller writes the workbook with ExcelJS instead.
 */
import type { SheetSpec } from "../../../workbook";
import { openEditable, repack } from "../../zip";
import type { CheckedZipBytes } from "../../zip";
import {
  partText,
  REL_TYPE,
  relationships,
  relativeTarget,
  relsPath,
  sheetEntries,
  WORKBOOK,
  WORKBOOK_RELS,
  type SheetEntry,
} from "./parts";
import type { PackagePatch } from "./index";
import { StyleTable } from "./styles";
import { writeSheet } from "./write-sheet";
import { attribute, escapeAttribute, withAttribute } from "./xml";

const CONTENT_TYPES = "[Content_Types].xml";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface SheetsOptions {
  /** also take out existing sheets whose names match (stale mission sheets) */
  removeMatching?: RegExp;
  /** write formulas' cached results (default true) */
  cachedResults?: boolean;
}

class Refused extends Error {}

function refuse(why: string): never {
  throw new Refused(why);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first `prefix`N`suffix` path not in the package. */
function freePath(taken: (p: string) => boolean, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!taken(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}

interface Current {
  entry: SheetEntry;
  path: string;
  relTag: string;
}

/** The order of the sheets afterwards (as update.ts orders them for the ExcelJS writer). */
function order(before: string[], spec: string[]): string[] {
  const out = [...before];
  const has = (n: string) => out.some((x) => x.toLowerCase() === n.toLowerCase());
  spec.forEach((name, i) => {
    if (has(name)) return;
    const previous =
      i > 0 ? out.findIndex((x) => x.toLowerCase() === spec[i - 1].toLowerCase()) : -1;
    if (previous >= 0) return void out.splice(previous + 1, 0, name);
    const next = spec.slice(i + 1).find(has);
    if (next !== undefined)
      out.splice(
        out.findIndex((x) => x.toLowerCase() === next.toLowerCase()),
        0,
        name
      );
    else out.push(name);
  });
  return out;
}

/** Writes `sheets` into the package (see the top of this file). */
export async function replaceSheetsInPackage(
  bytes: CheckedZipBytes,
  sheets: SheetSpec[],
  options: SheetsOptions = {}
): Promise<PackagePatch> {
  try {
    return { ok: true, bytes: await replace(bytes, sheets, options) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, why: e.message };
    throw e;
  }
}

async function replace(
  bytes: CheckedZipBytes,
  sheets: SheetSpec[],
  options: SheetsOptions
): Promise<CheckedZipBytes> {
  const editable = await openEditable(bytes);
  const zip = editable.zip;
  let workbook = (await partText(zip, WORKBOOK)) ?? refuse("no xl/workbook.xml");
  let rels = (await partText(zip, WORKBOOK_RELS)) ?? refuse("no workbook relationships");
  let types = (await partText(zip, CONTENT_TYPES)) ?? refuse("no [Content_Types].xml");
  if (!/<sheets>[\s\S]*<\/sheets>/.test(workbook)) refuse("no <sheets> in xl/workbook.xml");
  const links = relationships(rels, WORKBOOK);
  const stylesPath = links.find((l) => REL_TYPE.styles.test(l.type))?.target;
  const stylesXml = stylesPath ? await partText(zip, stylesPath) : undefined;
  const styles = stylesXml ? StyleTable.parse(stylesXml) : undefined;
  if (!stylesPath || !styles) refuse("no styles part with cell formats");

  const current: Current[] = sheetEntries(workbook).map((entry) => {
    const link = links.find((l) => l.id === entry.id);
    if (!link || !zip.file(link.target)) refuse(`no part for sheet «${entry.name}»`);
    return { entry, path: link.target, relTag: link.tag };
  });
  const wanted = new Set(sheets.map((s) => s.name.toLowerCase()));
  const goes = (c: Current) =>
    wanted.has(c.entry.name.toLowerCase()) || !!options.removeMatching?.test(c.entry.name);

  // table names and ids of the sheets that stay: a new table must not take one
  const takenNames = new Set<string>();
  let maxTableId = 0;
  const dropParts: string[] = [];
  for (const c of current) {
    const own = await partText(zip, relsPath(c.path));
    const targets = own ? relationships(own, c.path) : [];
    for (const t of targets) {
      if (!REL_TYPE.table.test(t.type)) {
        if (goes(c) && !/\/(printerSettings|hyperlink)$/.test(t.type))
          refuse(`sheet «${c.entry.name}» holds more than tables (${t.type.split("/").pop()})`);
        if (goes(c) && /printerSettings$/.test(t.type)) dropParts.push(t.target);
        continue;
      }
      const xml = (await partText(zip, t.target)) ?? "";
      const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      maxTableId = Math.max(maxTableId, Number(attribute(tag, "id") ?? 0) || 0);
      if (goes(c)) dropParts.push(t.target);
      else takenNames.add((attribute(tag, "name") ?? "").toLowerCase());
    }
  }
  for (const s of sheets)
    for (const t of s.tables)
      if (takenNames.has(t.name.toLowerCase()))
        refuse(`table name «${t.name}» taken on another sheet`);

  // parts of the sheets that go
  const removeType = (part: string) => {
    types = types.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`),
      ""
    );
  };
  for (const p of dropParts) {
    zip.remove(p);
    removeType(p);
  }
  for (const c of current)
    if (goes(c)) {
      zip.remove(c.path);
      zip.remove(relsPath(c.path));
      removeType(c.path);
    }

  // the new sheet list: kept entries in place, the description's sheets where it puts them
  const names = order(
    current
      .filter((c) => !goes(c) || wanted.has(c.entry.name.toLowerCase()))
      .map((c) => c.entry.name),
    sheets.map((s) => s.name)
  );
  const byName = (n: string) => current.find((c) => c.entry.name.toLowerCase() === n.toLowerCase());
  const spec = (n: string) => sheets.find((s) => s.name.toLowerCase() === n.toLowerCase());
  let nextSheetId = Math.max(
    0,
    ...current.map((c) => Number(attribute(c.entry.tag, "sheetId")) || 0)
  );
  const usedIds = new Set(links.map((l) => l.id));
  const newRelId = () => {
    for (let n = 1; ; n++) if (!usedIds.has(`rId${n}`)) return (usedIds.add(`rId${n}`), `rId${n}`);
  };
  let tableId = maxTableId;
  const entries: string[] = [];
  const oldIndex = new Map(current.map((c, i) => [c.entry.name.toLowerCase(), i]));
  const newIndex = new Map<number, number>();
  for (const name of names) {
    const s = spec(name);
    const old = byName(name);
    if (!s) {
      const o = old as Current;
      newIndex.set(oldIndex.get(o.entry.name.toLowerCase()) as number, entries.length);
      entries.push(o.entry.tag);
      continue;
    }
    // the add-in's sheet: a replaced one keeps its part's path, relationship and sheetId
    const path = old?.path ?? freePath((p) => !!zip.file(p), "xl/worksheets/sheet", ".xml");
    let relId = old?.entry.id;
    if (old) newIndex.set(oldIndex.get(old.entry.name.toLowerCase()) as number, entries.length);
    else {
      relId = newRelId();
      rels = rels.replace(
        /<\/Relationships>/,
        `<Relationship Id="${relId}" Type="${DOC_REL}/worksheet" Target="${relativeTarget(WORKBOOK, path)}"/></Relationships>`
      );
    }
    const part = writeSheet(s, {
      styles,
      cachedResults: options.cachedResults !== false,
      nextTableId: () => ++tableId,
      selected: false,
    });
    zip.file(path, part.bytes, { createFolders: false });
    types = types.replace(
      /<\/Types>/,
      `<Override PartName="/${path}" ContentType="${CT}.worksheet+xml"/></Types>`
    );
    if (part.tables.length) {
      const tableRels: string[] = [];
      part.tables.forEach((t, k) => {
        const tablePath = freePath((p) => !!zip.file(p), "xl/tables/table", ".xml");
        zip.file(tablePath, t.xml, { createFolders: false });
        types = types.replace(
          /<\/Types>/,
          `<Override PartName="/${tablePath}" ContentType="${CT}.table+xml"/></Types>`
        );
        tableRels.push(
          `<Relationship Id="rId${k + 1}" Type="${DOC_REL}/table" Target="${relativeTarget(path, tablePath)}"/>`
        );
      });
      zip.file(
        relsPath(path),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tableRels.join("")}</Relationships>`,
        { createFolders: false }
      );
    }
    const sheetId = old ? attribute(old.entry.tag, "sheetId") : String(++nextSheetId);
    entries.push(
      old
        ? old.entry.tag
        : `<sheet name="${escapeAttribute(s.name)}" sheetId="${sheetId}" r:id="${relId}"/>`
    );
  }
  for (const c of current)
    if (goes(c) && !wanted.has(c.entry.name.toLowerCase())) rels = rels.replace(c.relTag, "");

  // the sheet list and everything that counts sheets by position
  if (!/\sxmlns:r\s*=/.test(/<workbook\b[^>]*>/.exec(workbook)?.[0] ?? ""))
    refuse("xl/workbook.xml without the r namespace prefix");
  workbook = workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${entries.join("")}</sheets>`);
  workbook = workbook.replace(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g, (tag) => {
    const start = /^<definedName\b[^>]*>/.exec(tag)?.[0] ?? tag;
    const local = attribute(start, "localSheetId");
    if (local === undefined) return tag;
    const to = newIndex.get(Number(local));
    return to === undefined
      ? ""
      : withAttribute(start, "localSheetId", String(to)) + tag.slice(start.length);
  });
  workbook = workbook.replace(/<workbookView\b[^>]*>/g, (tag) => {
    let out = tag;
    for (const a of ["activeTab", "firstSheet"]) {
      const v = attribute(tag, a);
      if (v !== undefined) out = withAttribute(out, a, String(newIndex.get(Number(v)) ?? 0));
    }
    return out;
  });
  // formulas of the sheets taken out are in calcChain: Excel rebuilds a missing one
  const calcChain = links.find((l) => REL_TYPE.calcChain.test(l.type));
  if (calcChain && current.some(goes)) {
    zip.remove(calcChain.target);
    rels = rels.replace(calcChain.tag, "");
    removeType(calcChain.target);
  }
  zip.file(WORKBOOK, workbook, { createFolders: false });
  zip.file(WORKBOOK_RELS, rels, { createFolders: false });
  zip.file(CONTENT_TYPES, types, { createFolders: false });
  if (styles.changed) zip.file(stylesPath, styles.toXml(), { createFolders: false });
  return repack(editable);
}
