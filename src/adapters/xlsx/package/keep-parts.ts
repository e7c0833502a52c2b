/**
 * After ExcelJS has written a whole workbook again: the parts of the original package that it
 * dropped and that can be put back as they were — those the package itself or the workbook
 * points to and that no sheet needs: custom document properties (docProps/custom.xml, where a
 * sensitivity label lives), custom XML data (customXml/…), a thumbnail — with their own
 * relationships and content types. What cannot be put back (a chart a sheet held, say) is listed,
 * so the caller can say so.
 */
import { openEditable, repack, reopen, written, type CheckedZipBytes } from "../../zip";
import {
  partText,
  relationships,
  relativeTarget,
  relsPath,
  WORKBOOK,
  WORKBOOK_RELS,
  type Relationship,
} from "./parts";
import { attribute } from "./xml";

const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS = "_rels/.rels";

/** Workbook relationships that point to parts no sheet needs (safe to put back as they were). */
const WORKBOOK_LEVEL = /\/customXml$/;

export interface KeptParts {
  bytes: CheckedZipBytes;
  /** parts put back */
  kept: string[];
  /** parts of the original that the new package does not have (calcChain, which Excel rebuilds, aside) */
  lost: string[];
}

interface Types {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

function contentTypes(xml: string): Types {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const tag of xml.match(/<Default\b[^>]*>/g) ?? [])
    defaults.set(
      (attribute(tag, "Extension") ?? "").toLowerCase(),
      attribute(tag, "ContentType") ?? ""
    );
  for (const tag of xml.match(/<Override\b[^>]*>/g) ?? [])
    overrides.set(
      (attribute(tag, "PartName") ?? "").replace(/^\//, ""),
      attribute(tag, "ContentType") ?? ""
    );
  return { defaults, overrides };
}

function extensionOf(part: string): string {
  const dot = part.lastIndexOf(".");
  return dot < 0 ? "" : part.slice(dot + 1).toLowerCase();
}

export async function keepParts(
  original: CheckedZipBytes,
  rewritten: Uint8Array
): Promise<KeptParts> {
  const from = await reopen(original);
  const editable = await openEditable(written(rewritten));
  const to = editable.zip;
  const fromTypes = contentTypes((await partText(from, CONTENT_TYPES)) ?? "");
  let types = (await partText(to, CONTENT_TYPES)) ?? "";
  const toTypes = contentTypes(types);
  const kept: string[] = [];

  /** Copies a part and everything its own relationships point to, with their content types. */
  const copy = async (part: string, seen: Set<string>): Promise<boolean> => {
    if (seen.has(part) || to.file(part)) return true;
    const file = from.file(part);
    if (!file) return false;
    seen.add(part);
    to.file(part, await file.async("uint8array"), { createFolders: false });
    kept.push(part);
    const override = fromTypes.overrides.get(part);
    const ext = extensionOf(part);
    if (override)
      types = types.replace(
        /<\/Types>/,
        `<Override PartName="/${part}" ContentType="${override}"/></Types>`
      );
    else if (!toTypes.defaults.has(ext) && fromTypes.defaults.has(ext)) {
      types = types.replace(
        /<\/Types>/,
        `<Default Extension="${ext}" ContentType="${fromTypes.defaults.get(ext)}"/></Types>`
      );
      toTypes.defaults.set(ext, fromTypes.defaults.get(ext) as string);
    }
    const own = await partText(from, relsPath(part));
    if (own !== undefined) {
      to.file(relsPath(part), own, { createFolders: false });
      for (const r of relationships(own, part))
        if (!/TargetMode\s*=\s*"External"/.test(r.tag)) await copy(r.target, seen);
    }
    return true;
  };

  /** Puts back the relationships of `owner` (its rels part `rels`) whose parts are missing. */
  const relink = async (owner: string, rels: string, wanted: (r: Relationship) => boolean) => {
    const before = await partText(from, rels);
    let after = await partText(to, rels);
    if (before === undefined || after === undefined) return;
    const used = new Set(relationships(after, owner).map((r) => r.id));
    for (const r of relationships(before, owner)) {
      if (!wanted(r) || /TargetMode\s*=\s*"External"/.test(r.tag) || to.file(r.target)) continue;
      if (!(await copy(r.target, new Set()))) continue;
      let id = r.id;
      for (let n = 1; used.has(id); n++) id = `rIdKept${n}`;
      used.add(id);
      after = after.replace(
        /<\/Relationships>/,
        `<Relationship Id="${id}" Type="${attribute(r.tag, "Type") ?? ""}" Target="${owner === "" ? r.target : relativeTarget(owner, r.target)}"/></Relationships>`
      );
    }
    to.file(rels, after, { createFolders: false });
  };

  await relink("", ROOT_RELS, () => true);
  await relink(WORKBOOK, WORKBOOK_RELS, (r) => WORKBOOK_LEVEL.test(r.type));
  to.file(CONTENT_TYPES, types, { createFolders: false });

  const lost = Object.keys(from.files).filter(
    (p) =>
      !from.files[p].dir &&
      !to.file(p) &&
      !/(^|\/)_rels\/[^/]*\.rels$/.test(p) &&
      !/^xl\/calcChain\.xml$/.test(p)
  );
  const bytes = await repack(editable);
  return { bytes, kept, lost };
}
