/**
 * An analyst's own monitoring workbook, written part by part as Excel writes one (ExcelJS cannot
 * write pivot tables): a sheet «Monitoraggio» whose indicator table has
 * - with no header, a column of formulas filled down (one shared formula, G3:G10, two rows past
 *   the table) that show blank when the target is met: =IF(F3>=E3,"","sotto target"), each with its cached empty text;
 * - a column of formulas with no cached value, as openpyxl and other generators write them (H);
 * - a column of style-only cells (a border, no value) inside the table (I);
 * a bar chart of the actuals (drawing + chart parts), and a sheet «Pivot» with a pivot table
 * over the table (pivotTable, pivotCacheDefinition, pivotCacheRecords), each with its
 * relationships and content types. The parts are kept as written, so a test can compare every
 * part and every cell before and after.
 */
import JSZip from "jszip";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** An indicator row: code, name, unit, target 2021, actual 2021. */
export type AnalystRow = [string, string, string, number | string, number | string];

/**
 * A column right of the table (G, H, … in order), holding in each indicator row: a formula filled
 * down (one shared formula, past the table by `filledPast` rows), a formula with no cached value,
 * a style only, nothing, or a note (text).
 */
export type AnalystExtra = "shared" | "uncached" | "style" | "blank" | "note";

export interface AnalystSpec {
  rows: AnalystRow[];
  extras: AnalystExtra[];
  filledPast: number;
}

/** The indicator rows: code, name, unit, target 2021, actual 2021 (every target met). */
export const ROWS: AnalystRow[] = [
  ["A1", "Pratiche evase entro 30 giorni", "%", 90, 94.5],
  ["A2", "Imprese assistite", "n.", 120, 133],
  ["A3", "Tempo medio di evasione", "giorni", 10, 12],
  ["B1", "Eventi di promozione", "n.", 8, 9],
  ["B2", "Visure rilasciate online", "%", 70, 71.2],
  ["B3", "Partecipanti ai corsi", "n.", 300, 312],
];
export const FIRST = 3;
export const LAST = FIRST + ROWS.length - 1;
/** the last row of the filled-down formula (past the table) */
export const FILLED = LAST + 2;

function rels(items: [string, string, string][]): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG}">` +
    items
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`
      )
      .join("") +
    "</Relationships>"
  );
}

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export const DEFAULT_SPEC: AnalystSpec = {
  rows: ROWS,
  extras: ["shared", "uncached", "style"],
  filledPast: 2,
};

const letter = (col: number): string =>
  col <= 26
    ? String.fromCharCode(64 + col)
    : String.fromCharCode(64 + Math.floor((col - 1) / 26)) +
      String.fromCharCode(65 + ((col - 1) % 26));

export function analystPackageParts(spec: AnalystSpec = DEFAULT_SPEC): Record<string, string> {
  const ROWS = spec.rows;
  const LAST = FIRST + ROWS.length - 1;
  const FILLED = LAST + spec.filledPast;
  const right = letter(6 + spec.extras.length);
  const strings: string[] = [];
  const sst = (s: string): number => {
    const i = strings.indexOf(s);
    if (i >= 0) return i;
    strings.push(s);
    return strings.length - 1;
  };
  const text = (ref: string, s: string, style = 0) =>
    `<c r="${ref}"${style ? ` s="${style}"` : ""} t="s"><v>${sst(s)}</v></c>`;
  const num = (ref: string, n: number | string) =>
    typeof n === "number" ? `<c r="${ref}"><v>${n}</v></c>` : text(ref, n);

  // G, H and I have no header: their formulas show blank, their cells hold nothing visible
  const header = [
    "Codice",
    "Indicatore",
    "Unità di misura",
    "Algoritmo",
    "Target 2021",
    "Consuntivo 2021",
  ];
  const rows: string[] = [];
  rows.push(
    `<row r="1" spans="1:9">${text("A1", "Monitoraggio indicatori 2021 - Camera di commercio")}</row>`
  );
  rows.push(
    `<row r="2" spans="1:9">${header.map((h, i) => text(`${"ABCDEF"[i]}2`, h, 1)).join("")}</row>`
  );
  const sharedCol = spec.extras.indexOf("shared");
  ROWS.forEach(([code, name, unit, target, actual], k) => {
    const r = FIRST + k;
    const extras = spec.extras.map((kind, j) => {
      const at = `${letter(7 + j)}${r}`;
      switch (kind) {
        case "shared":
          // the head in the first row, the others refer to it by si; a met target shows ""
          return j === sharedCol && k === 0
            ? `<c r="${at}" t="str"><f t="shared" ref="${at}:${letter(7 + j)}${FILLED}" si="0">IF(F${r}&gt;=E${r},"","sotto target")</f><v></v></c>`
            : j === sharedCol
              ? `<c r="${at}" t="str"><f t="shared" si="0"/><v></v></c>`
              : `<c r="${at}" t="str"><f>IF(F${r}&gt;=E${r},"","sotto target")</f><v></v></c>`;
        case "uncached":
          return `<c r="${at}"><f>IF(E${r}=0,"",F${r}/E${r}-1)</f></c>`;
        case "style":
          return `<c r="${at}" s="2"/>`;
        case "note":
          return text(at, `nota ${k + 1}`);
        default:
          return "";
      }
    });
    rows.push(
      `<row r="${r}" spans="1:9">${text(`A${r}`, code)}${text(`B${r}`, name)}${text(`C${r}`, unit)}${text(`D${r}`, "rilevazione interna")}${num(`E${r}`, target)}${num(`F${r}`, actual)}${extras.join("")}</row>`
    );
  });
  // filled down past the table, as analysts do: more rows with only the formula
  if (sharedCol >= 0)
    for (let r = LAST + 1; r <= FILLED; r++)
      rows.push(
        `<row r="${r}" spans="1:9"><c r="${letter(7 + sharedCol)}${r}" t="str"><f t="shared" si="0"/><v></v></c></row>`
      );
  const sheet1 =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<dimension ref="A1:${right}${Math.max(FILLED, LAST)}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="34" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>`;

  const pivotSheet =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A3:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>` +
    `<row r="3">${text("A3", "Etichette di riga")}${text("B3", "Somma di Consuntivo 2021")}</row>` +
    `<row r="4">${text("A4", "%")}<c r="B4"><v>165.7</v></c></row>` +
    `<row r="5">${text("A5", "giorni")}<c r="B5"><v>12</v></c></row>` +
    `<row r="6">${text("A6", "n.")}<c r="B6"><v>454</v></c></row>` +
    `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  const units = ["%", "giorni", "n."];
  const cached = (v: number | string) =>
    typeof v === "number" ? `<n v="${v}"/>` : `<s v="${esc(v)}"/>`;
  const cacheDefinition =
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshedBy="Analista" refreshedDate="44316.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${ROWS.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A2:F${LAST}" sheet="Monitoraggio"/></cacheSource>` +
    `<cacheFields count="6">` +
    `<cacheField name="Codice" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="Indicatore" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="Unità di misura" numFmtId="0"><sharedItems count="3">${units.map((u) => `<s v="${esc(u)}"/>`).join("")}</sharedItems></cacheField>` +
    `<cacheField name="Algoritmo" numFmtId="0"><sharedItems/></cacheField>` +
    `<cacheField name="Target 2021" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="8" maxValue="300"/></cacheField>` +
    `<cacheField name="Consuntivo 2021" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="9" maxValue="312"/></cacheField>` +
    `</cacheFields></pivotCacheDefinition>`;
  const cacheRecords =
    `${HEAD}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${ROWS.length}">` +
    ROWS.map(
      ([code, name, unit, target, actual]) =>
        `<r><s v="${esc(code)}"/><s v="${esc(name)}"/><x v="${Math.max(0, units.indexOf(unit))}"/><s v="rilevazione interna"/>${cached(target)}${cached(actual)}</r>`
    ).join("") +
    `</pivotCacheRecords>`;
  const pivotTable =
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="TabellaPivot1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Valori" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
    `<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="6"><pivotField showAll="0"/><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField showAll="0"/><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields>` +
    `<rowFields count="1"><field x="2"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i></rowItems>` +
    `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Somma di Consuntivo 2021" fld="5" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;

  const chart =
    `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    `<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Monitoraggio!$F$2</c:f></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>Monitoraggio!$A$${FIRST}:$A$${LAST}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Monitoraggio!$F$${FIRST}:$F$${LAST}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${ROWS.length}"/>` +
    ROWS.map((r, i) =>
      typeof r[4] === "number" ? `<c:pt idx="${i}"><c:v>${r[4]}</c:v></c:pt>` : ""
    ).join("") +
    `</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
  const drawing =
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${LAST + 2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${LAST + 17}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

  const styles =
    `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normale" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

  const workbook =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets><sheet name="Monitoraggio" sheetId="1" r:id="rId1"/><sheet name="Pivot" sheetId="2" r:id="rId2"/></sheets>` +
    `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId5"/></pivotCaches></workbook>`;

  const sharedStrings =
    `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
    "</sst>";

  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    [
      ["/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`],
      ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
      ["/xl/worksheets/sheet2.xml", `${CT}.spreadsheetml.worksheet+xml`],
      ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
      ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
      ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
      ["/xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`],
      ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
      ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
      ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
      ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
      ["/docProps/app.xml", `${CT}.extended-properties+xml`],
    ]
      .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
      .join("") +
    "</Types>";

  return {
    "[Content_Types].xml": types,
    "_rels/.rels":
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "docProps/app.xml": `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    "docProps/core.xml": `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Analista</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "worksheet", "worksheets/sheet2.xml"],
      ["rId3", "styles", "styles.xml"],
      ["rId4", "sharedStrings", "sharedStrings.xml"],
      ["rId5", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
    ]),
    "xl/worksheets/sheet1.xml": sheet1,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([["rId1", "drawing", "../drawings/drawing1.xml"]]),
    "xl/worksheets/sheet2.xml": pivotSheet,
    "xl/worksheets/_rels/sheet2.xml.rels": rels([
      ["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"],
    ]),
    "xl/drawings/drawing1.xml": drawing,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", "chart", "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": chart,
    "xl/pivotTables/pivotTable1.xml": pivotTable,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([
      ["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"],
    ]),
    "xl/pivotCache/pivotCacheDefinition1.xml": cacheDefinition,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([
      ["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"],
    ]),
    "xl/pivotCache/pivotCacheRecords1.xml": cacheRecords,
    "xl/styles.xml": styles,
    "xl/sharedStrings.xml": sharedStrings,
  };
}

/** The package's bytes (each part deflated, [Content_Types].xml first as Excel writes it). */
export async function analystWorkbook(
  parts: Record<string, string> = analystPackageParts()
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every part of a package, as bytes. */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("nodebuffer"));
  return out;
}

/** The <c> elements of a worksheet part, by address, as written. */
export function cellElements(sheetXml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
  for (let m = re.exec(sheetXml); m; m = re.exec(sheetXml)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[0])?.[1];
    if (ref) out.set(ref, m[0]);
  }
  return out;
}
