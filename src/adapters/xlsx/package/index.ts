/**
 * A fill patch written straight into the .xlsx package: only the patched sheet's part and the
 * styles part are rewritten (and a stale calcChain dropped); every other part of the file —
 * charts, pivot tables, images, comments, parts ExcelJS does not know — stays byte for byte, and
 * the work is proportional to one sheet, not to the whole workbook. When the file is not shaped
 * as expected the result says why, and the caller writes the workbook with ExcelJS instead.
 */
import type { Patch } from "../../../workbook";
import { cellParts, type CellSpec } from "../../../workbook";
import { openEditable, platformPart, repack, checkZip, type CheckedZipBytes } from "../../zip";
import type { BufferLike } from "../buffer";
import {
  partText,
  REL_TYPE,
  relationships,
  sheetRelationshipId,
  utf8Of,
  WORKBOOK,
  WORKBOOK_RELS,
} from "./parts";
import { patchSheetXml, type CellsByRow } from "./sheet";
import { StyleTable } from "./styles";
import { withAttribute } from "./xml";

export type PackagePatch = { ok: true; bytes: CheckedZipBytes } | { ok: false; why: string };

export interface PackagePatchOptions {
  /** write formulas' cached results (default true); false also asks Excel to recalculate on open */
  cachedResults?: boolean;
}

const CONTENT_TYPES = "[Content_Types].xml";

function cellsOf(patch: Patch): CellsByRow {
  const out: CellsByRow = new Map();
  for (const b of patch.blocks) {
    b.cells.forEach((row, i) => {
      const cols = out.get(b.row + i) ?? new Map<number, CellSpec>();
      out.set(b.row + i, cols);
      row.forEach((c, j) => cols.set(b.col + j, cellParts(c)));
    });
  }
  return out;
}

/** Elements that follow calcPr in CT_Workbook: a new calcPr goes before the first of them. */
const AFTER_CALC_PR =
  /<(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;

function withFullCalcOnLoad(workbookXml: string): string {
  const calcPr = /<calcPr\b[^>]*\/?>/.exec(workbookXml);
  if (calcPr)
    return workbookXml.replace(calcPr[0], withAttribute(calcPr[0], "fullCalcOnLoad", "1"));
  const at = AFTER_CALC_PR.exec(workbookXml);
  if (!at) return workbookXml;
  return (
    workbookXml.slice(0, at.index) + '<calcPr fullCalcOnLoad="1"/>' + workbookXml.slice(at.index)
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The patch written into a package, after checking it (zip/safe-zip.ts). */
export async function patchPackage(
  bytes: BufferLike,
  patch: Patch,
  options: PackagePatchOptions = {}
): Promise<PackagePatch> {
  const checked = await checkZip(bytes);
  if (!checked.ok) return { ok: false, why: checked.reason.en };
  return patchCheckedPackage(checked.bytes, patch, options);
}

/** patchPackage for a package already checked. */
export async function patchCheckedPackage(
  bytes: CheckedZipBytes,
  patch: Patch,
  options: PackagePatchOptions = {}
): Promise<PackagePatch> {
  const editable = await openEditable(bytes);
  const zip = editable.zip;
  const workbook = await partText(zip, WORKBOOK);
  const rels = await partText(zip, WORKBOOK_RELS);
  if (!workbook || !rels) return { ok: false, why: "no xl/workbook.xml or its relationships" };
  const id = sheetRelationshipId(workbook, patch.sheet);
  const links = relationships(rels, WORKBOOK);
  const sheetPath = links.find((l) => l.id === id)?.target;
  // the sheet, the one large part, inflated by the platform (JSZip's inflate: ~0.1 s on 4 MB)
  const inflated = sheetPath ? await platformPart(bytes, sheetPath) : null;
  const sheet = inflated
    ? new TextDecoder().decode(inflated)
    : sheetPath
      ? await partText(zip, sheetPath)
      : undefined;
  if (!sheetPath || sheet === undefined)
    return { ok: false, why: `no part for sheet «${patch.sheet}»` };
  const stylesPath = links.find((l) => REL_TYPE.styles.test(l.type))?.target;
  const stylesXml = stylesPath ? await partText(zip, stylesPath) : undefined;
  const styles = stylesXml ? StyleTable.parse(stylesXml) : undefined;
  if (!stylesPath || !styles) return { ok: false, why: "no styles part with cell formats" };

  const patched = patchSheetXml(
    sheet,
    cellsOf(patch),
    (base, look) => styles.withLook(base, look),
    options.cachedResults !== false,
    patch.theirs ? new Set(patch.theirs.ownColumns) : undefined
  );
  if (!patched.ok) return patched;
  zip.file(sheetPath, utf8Of(patched.pieces));
  if (styles.changed) zip.file(stylesPath, styles.toXml());

  // calcChain lists the formula cells in calculation order; one that no longer matches the
  // cells makes Excel repair the file, and Excel rebuilds a missing one
  const calcChain = links.find((l) => REL_TYPE.calcChain.test(l.type));
  if (calcChain) {
    zip.remove(calcChain.target);
    zip.file(WORKBOOK_RELS, rels.replace(calcChain.tag, ""));
    const types = await partText(zip, CONTENT_TYPES);
    if (types)
      zip.file(
        CONTENT_TYPES,
        types.replace(
          new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(calcChain.target)}"[^>]*/>`),
          ""
        )
      );
  }
  if (options.cachedResults === false) zip.file(WORKBOOK, withFullCalcOnLoad(workbook));

  // only the parts written again are deflated; the others are copied as stored
  return { ok: true, bytes: await repack(editable) };
}
