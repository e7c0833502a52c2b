/**
 * A workbook description (WorkbookSpec) written straight as an .xlsx package: each sheet's XML
 * (write-sheet.ts), its tables, one shared-string table, the styles built from Excel's defaults
 * (styles.ts) and the theme ExcelJS writes. No spreadsheet model is built: a 10,000-indicator
 * plan is written in a fraction of the time and memory the ExcelJS writer (apply.ts) takes,
 * and the rules of spec.ts (quote prefix, numbers beyond Excel's range) hold in every cell.
 */
import type { WorkbookSpec } from "../../../workbook";
import type { CheckedZipBytes } from "../../zip";
import { ZipBuilder } from "../../zip";

const encoder = new TextEncoder();
import { utf8Of } from "./parts";
import { BASE_STYLES, StyleTable } from "./styles";
import { MAIN_NS, REL_NS, writeSheet } from "./write-sheet";
import { escapeAttribute, escapeCellText, escapeText } from "./xml";

const THEME: string = require("exceljs/lib/xlsx/xml/theme1.js");

const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface WriteOptions {
  /** write formulas' cached results (default true) */
  cachedResults?: boolean;
  /** the package's dates (default: now) */
  date?: Date;
}

/** The shared strings of the workbook, in order of first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly pieces: string[] = [];
  uses = 0;
  add = (text: string): number => {
    this.uses++;
    const hit = this.index.get(text);
    if (hit !== undefined) return hit;
    const i = this.index.size;
    this.index.set(text, i);
    this.pieces.push(`<si><t xml:space="preserve">${escapeCellText(text)}</t></si>`);
    return i;
  };
  xml(): string[] {
    return [
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.index.size}">`,
      ...this.pieces,
      "</sst>",
    ];
  }
}

function relationships(items: { id: string; type: string; target: string }[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
    items
      .map(
        (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttribute(r.target)}"/>`
      )
      .join("") +
    "</Relationships>"
  );
}

function coreProperties(title: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeText(title)}</dc:title>` : "") +
    "<dc:creator>PIRA per Excel</dc:creator>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

const APP_PROPERTIES =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  "<Application>PIRA per Excel</Application></Properties>";

function rank(path: string, first: string[]): number {
  const i = first.indexOf(path);
  return i < 0 ? first.length : i;
}

/** The package of a described workbook. */
export async function specToXlsx(
  spec: WorkbookSpec,
  options: WriteOptions = {}
): Promise<CheckedZipBytes> {
  // each part deflated as it is written (zip/write-zip.ts: the platform's deflate)
  const zip = new ZipBuilder();
  const put = (path: string, data: string | Uint8Array) =>
    zip.add(path, typeof data === "string" ? encoder.encode(data) : data);
  const date = options.date ?? new Date();
  const styles = StyleTable.parse(BASE_STYLES) as StyleTable;
  const strings = new SharedStrings();
  let tableId = 0;
  const overrides: [string, string][] = [];
  const sheetEntries: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];

  for (const [k, sheet] of spec.sheets.entries()) {
    const n = k + 1;
    const part = writeSheet(sheet, {
      styles,
      shared: strings.add,
      cachedResults: options.cachedResults !== false,
      nextTableId: () => ++tableId,
      selected: k === 0,
    });
    const path = `xl/worksheets/sheet${n}.xml`;
    await zip.add(path, part.chunks);
    overrides.push([`/${path}`, `${CT}.spreadsheetml.worksheet+xml`]);
    if (part.tables.length) {
      await put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        relationships(
          part.tables.map((t, i) => ({
            id: `rId${i + 1}`,
            type: `${DOC_REL}/table`,
            target: `../tables/table${t.id}.xml`,
          }))
        )
      );
      for (const t of part.tables) {
        await put(`xl/tables/table${t.id}.xml`, t.xml);
        overrides.push([`/xl/tables/table${t.id}.xml`, `${CT}.spreadsheetml.table+xml`]);
      }
    }
    sheetEntries.push(
      `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`
    );
    workbookRels.push({
      id: `rId${n}`,
      type: `${DOC_REL}/worksheet`,
      target: `worksheets/sheet${n}.xml`,
    });
  }

  const m = spec.sheets.length;
  workbookRels.push(
    { id: `rId${m + 1}`, type: `${DOC_REL}/styles`, target: "styles.xml" },
    { id: `rId${m + 2}`, type: `${DOC_REL}/sharedStrings`, target: "sharedStrings.xml" },
    { id: `rId${m + 3}`, type: `${DOC_REL}/theme`, target: "theme/theme1.xml" }
  );
  await put("xl/styles.xml", styles.toXml());
  await put("xl/sharedStrings.xml", utf8Of(strings.xml()));
  await put("xl/theme/theme1.xml", THEME);
  await put(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<workbookPr defaultThemeVersion="164011"/>' +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" activeTab="0"/></bookViews>' +
      `<sheets>${sheetEntries.join("")}</sheets>` +
      '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
  await put("xl/_rels/workbook.xml.rels", relationships(workbookRels));
  await put("docProps/core.xml", coreProperties(spec.title, date));
  await put("docProps/app.xml", APP_PROPERTIES);
  await put(
    "_rels/.rels",
    relationships([
      { id: "rId1", type: `${DOC_REL}/officeDocument`, target: "xl/workbook.xml" },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
      },
      { id: "rId3", type: `${DOC_REL}/extended-properties`, target: "docProps/app.xml" },
    ])
  );
  overrides.push(
    ["/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`],
    ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
    ["/xl/theme/theme1.xml", `${CT}.theme+xml`],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", `${CT}.extended-properties+xml`]
  );
  await put(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides
        .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
        .join("") +
      "</Types>"
  );
  // [Content_Types].xml and the package relationships first, as Excel writes them (file-type
  // sniffers look there)
  return zip.build((path) => rank(path, ["[Content_Types].xml", "_rels/.rels"]));
}
