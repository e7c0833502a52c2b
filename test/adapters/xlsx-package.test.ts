/**
 * pira fill on a file rewrites only the Indicatori sheet's part and the styles inside the
 * original package (src/adapters/xlsx/package): the cells it writes are those ExcelJS would
 * write, every other part stays byte for byte, and a file it does not expect goes the ExcelJS way.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  applyPatch,
  loadWorkbook,
  planToXlsx,
  readTables,
  toBuffer,
} from "../../src/adapters/xlsx";
import { fillXlsxFile } from "../helpers/xlsx-actions";
import { readCounts } from "../../src/adapters/xlsx/read";
import { written } from "../../src/adapters/zip/safe-zip";
import { patchSheetXml } from "../../src/adapters/xlsx/package/sheet";
import { StyleTable } from "../../src/adapters/xlsx/package/styles";
import { escapeText } from "../../src/adapters/xlsx/package/xml";
import { utf8Of } from "../../src/adapters/xlsx/package/parts";
import { fillTables } from "../helpers/fill-tables";
import { columnLetters } from "../../src/core/a1";
import { referencePlan } from "../fixtures/plans";
import { headerIndex } from "./xlsx-edit";
import { workbookTables } from "../helpers/exceljs-reading";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(bytes);
  if (!l.ok) throw new Error(l.reason.en);
  return l.workbook;
}

/** An analyst's workbook: the reference plan, computed columns empty, one target changed. */
async function analystWorkbook(): Promise<Uint8Array> {
  const wb = await load(await planToXlsx(referencePlan(), { formulas: "none" }));
  const ws = wb.getWorksheet("Indicatori")!;
  ws.getCell(2, headerIndex(ws, "Target 2020")).value = 0.5;
  return toBuffer(wb);
}

/** What the ExcelJS path writes for the same fill. */
async function viaExcelJS(bytes: Uint8Array, style: "native" | "pira" | "values") {
  const t = await readTables(bytes);
  if (!t.ok) throw new Error(t.reason.en);
  const { fill } = fillTables(t.tables, { style });
  const wb = await load(bytes);
  applyPatch(wb, fill!.patch);
  return toBuffer(wb);
}

type CellView = { v: unknown; f: string | null; fmt: string };

/** Every cell of every sheet: value (formula results included), formula, number format. */
async function cells(bytes: Uint8Array): Promise<Record<string, CellView>> {
  const wb = await load(bytes);
  const out: Record<string, CellView> = {};
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const formula = c.type === ExcelJS.ValueType.Formula ? (c.formula ?? null) : null;
        const v = formula !== null ? (c.result ?? null) : c.value;
        out[`${ws.name}!${c.address}`] = {
          v: v instanceof Date ? v.toISOString() : v,
          f: formula,
          fmt: c.numFmt || "General",
        };
      })
    )
  );
  return out;
}

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f) out.set(name, await f.async("uint8array"));
  }
  return out;
}

async function withParts(
  bytes: Uint8Array,
  parts: Record<string, string>,
  edit?: (zip: JSZip) => Promise<void>
) {
  const zip = await JSZip.loadAsync(bytes);
  for (const [k, v] of Object.entries(parts)) zip.file(k, v);
  if (edit) await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(bytes)).file(name)?.async("string");
}

describe("pira fill writes into the package: only the computed cells change", () => {
  it.each([["native"], ["pira"], ["values"]] as const)(
    "%s: the same cells as the ExcelJS writer, every other part byte for byte",
    async (style) => {
      const input = await analystWorkbook();
      const filled = await fillXlsxFile(input, { style });
      if (!filled.ok) throw new Error(filled.reason.en);
      expect(filled.writer).toEqual({ kind: "package" });
      expect(await cells(filled.bytes)).toEqual(await cells(await viaExcelJS(input, style)));

      const before = await entries(input);
      const after = await entries(filled.bytes);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      const changed = [...after.keys()].filter(
        (k) => Buffer.compare(Buffer.from(after.get(k)!), Buffer.from(before.get(k)!)) !== 0
      );
      expect(changed.sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet3.xml"]);

      // filling again changes nothing
      const again = await fillXlsxFile(filled.bytes, { style });
      if (!again.ok) throw new Error(again.reason.en);
      expect(again.fill!.changed).toBe(0);
    },
    60_000
  );

  it("without cached results: formulas only, and Excel asked to recalculate on open", async () => {
    // a workbook as Excel saves it: no fullCalcOnLoad (ExcelJS always writes one)
    const input = await withParts(await analystWorkbook(), {}, async (zip) => {
      const wb = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", wb.replace(/<calcPr\b[^>]*\/>/, '<calcPr calcId="191029"/>'));
    });
    expect(await partText(input, "xl/workbook.xml")).not.toMatch(/fullCalcOnLoad/);
    const filled = await fillXlsxFile(input, { style: "native", cachedResults: false });
    if (!filled.ok) throw new Error(filled.reason.en);
    expect(filled.writer.kind).toBe("package");
    expect(await partText(filled.bytes, "xl/workbook.xml")).toMatch(
      /<calcPr\b[^>]*fullCalcOnLoad="1"/
    );
    const sheet = (await partText(filled.bytes, "xl/worksheets/sheet3.xml"))!;
    expect(sheet).toMatch(/<f>/);
    expect(sheet).not.toMatch(/<\/f><v>/);
  });

  it("keeps what ExcelJS would drop (a part it does not know) and drops a stale calcChain", async () => {
    const types = (await partText(await analystWorkbook(), "[Content_Types].xml"))!;
    const input = await withParts(
      await analystWorkbook(),
      {
        "customXml/item1.xml": "<protocollo>2026/123</protocollo>",
        "xl/calcChain.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="AB2" i="3"/></calcChain>',
        "[Content_Types].xml": types.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
        ),
      },
      async (zip) => {
        const rels = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(
          "</Relationships>",
          '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
        );
        zip.file("xl/_rels/workbook.xml.rels", rels);
      }
    );
    const filled = await fillXlsxFile(input, { style: "native" });
    if (!filled.ok) throw new Error(filled.reason.en);
    expect(filled.writer.kind).toBe("package");
    expect(await partText(filled.bytes, "customXml/item1.xml")).toBe(
      "<protocollo>2026/123</protocollo>"
    );
    expect(await partText(filled.bytes, "xl/calcChain.xml")).toBeUndefined();
    expect(await partText(filled.bytes, "xl/_rels/workbook.xml.rels")).not.toMatch(/calcChain/);
    expect(await partText(filled.bytes, "[Content_Types].xml")).not.toMatch(/calcChain/);
    // the reason for writing into the package: ExcelJS loses the part
    expect(
      await partText(await viaExcelJS(input, "native"), "customXml/item1.xml")
    ).toBeUndefined();
  }, 60_000);

  it("goes the ExcelJS way, with the reason, when a computed cell heads a shared formula", async () => {
    const input = await analystWorkbook();
    const zip = await JSZip.loadAsync(input);
    const path = "xl/worksheets/sheet3.xml";
    const xml = await zip.file(path)!.async("string");
    const ws = (await load(input)).getWorksheet("Indicatori")!;
    const ref = `${columnLetters(headerIndex(ws, "Calcolato: Raggiungimento"))}2`;
    // the range runs past the table: cells the patch does not write would lose their formula
    const next = ref.replace("2", "100000");
    zip.file(
      path,
      xml.replace(
        new RegExp(`<c r="${ref}"([^>]*)/>`),
        `<c r="${ref}"$1><f t="shared" ref="${ref}:${next}" si="0">1+1</f><v>2</v></c>`
      )
    );
    const odd = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const filled = await fillXlsxFile(odd, { style: "values" });
    if (!filled.ok) throw new Error(filled.reason.en);
    expect(filled.writer).toEqual({
      kind: "exceljs",
      why: `cell ${ref} heads a shared or array formula`,
    });
    const t = await readTables(filled.bytes);
    if (!t.ok) throw new Error(t.reason.en);
    const again = fillTables(t.tables, { style: "values" });
    expect(again.fill!.changed).toBe(0);
  }, 60_000);
});

describe("reading the tables scans only their sheets", () => {
  it("gives the same tables as the whole workbook, without the generated sheets", async () => {
    const bytes = await planToXlsx(referencePlan());
    const whole = await load(bytes);
    expect(whole.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Riepilogo", "Elenchi", "M011 Competitività e sviluppo"])
    );
    const before = { ...readCounts };
    const t = await readTables(bytes);
    // one opening of the package, three sheet parts scanned (Piano, Programmi, Indicatori)
    expect(readCounts.opens - before.opens).toBe(1);
    expect(readCounts.scans - before.scans).toBe(3);
    if (!t.ok) throw new Error(t.reason.en);
    expect(t.tables).toEqual(workbookTables(whole));
  });
});

describe("the sheet part", () => {
  const cellsOf = (rows: [number, number, object][]) => {
    const m = new Map<number, Map<number, object>>();
    for (const [r, c, spec] of rows) {
      if (!m.has(r)) m.set(r, new Map());
      m.get(r)!.set(c, spec);
    }
    return m as Parameters<typeof patchSheetXml>[1];
  };
  const sheet = (data: string, extra = "") =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/>${extra}<sheetData>${data}</sheetData></worksheet>`;

  it("puts cells in column order, adds missing rows in row order, keeps the rest as it was", () => {
    const xml = sheet(
      '<row r="1" spans="1:2"><c r="A1" s="2"><v>1</v></c><c r="C1" s="3"/></row><row r="3"><c r="A3"><v>3</v></c></row>'
    );
    const out = patchSheetXml(
      xml,
      cellsOf([
        [1, 2, { value: 'a<b & "c"' }],
        [1, 3, { formula: 'IF(A1>0,"sì","no")', value: "sì", format: "0%" }],
        [2, 2, { value: 7 }],
        [4, 1, { value: true }],
      ]),
      (base, look) => (look.format === "0%" ? 100 + base : base)
    );
    expect(out.ok && out.pieces.join("")).toEqual(
      sheet(
        '<row r="1"><c r="A1" s="2"><v>1</v></c>' +
          '<c r="B1" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; "c"</t></is></c>' +
          '<c r="C1" s="103" t="str"><f>IF(A1&gt;0,"sì","no")</f><v>sì</v></c></row>' +
          '<row r="2"><c r="B2"><v>7</v></c></row>' +
          '<row r="3"><c r="A3"><v>3</v></c></row>' +
          '<row r="4"><c r="A4" t="b"><v>1</v></c></row>'
      ).replace('<dimension ref="A1:B3"/>', '<dimension ref="A1:C4"/>')
    );
  });

  it("gives a new cell its row's or its column's format, and writes add-in functions as Excel stores them", () => {
    const xml = sheet(
      '<row r="1" s="5" customFormat="1"/>',
      '<cols><col min="2" max="4" width="9" style="7"/></cols>'
    );
    const out = patchSheetXml(
      xml,
      cellsOf([
        [1, 1, { value: 1 }],
        [2, 3, { formula: "PIRA.PERFORMANCE(A2,B2)" }],
      ]),
      (b) => b
    );
    expect(out.ok && out.pieces.join("")).toContain(
      '<row r="1" s="5" customFormat="1"><c r="A1" s="5"><v>1</v></c></row>'
    );
    expect(out.ok && out.pieces.join("")).toContain(
      '<row r="2"><c r="C2" s="7"><f>_xldudf_PIRA_PERFORMANCE(A2,B2)</f></c></row>'
    );
  });

  it("replaces a shared formula whose whole range it writes, and refuses one it would cut", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>'
    );
    const both = patchSheetXml(
      xml,
      cellsOf([
        [1, 1, { value: 1 }],
        [2, 1, { value: 2 }],
      ]),
      (b) => b
    );
    expect(both.ok && both.pieces.join("")).toContain(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'
    );
    expect(patchSheetXml(xml, cellsOf([[1, 1, { value: 1 }]]), (b) => b)).toEqual({
      ok: false,
      why: "cell A1 heads a shared or array formula",
    });
  });

  it("refuses what it does not expect", () => {
    const cells = cellsOf([[1, 1, { value: 1 }]]);
    expect(patchSheetXml("<x:worksheet><x:sheetData/></x:worksheet>", cells, (b) => b)).toEqual({
      ok: false,
      why: "namespace prefixes",
    });
    expect(patchSheetXml(sheet('<row><c r="A1"/></row>'), cells, (b) => b)).toEqual({
      ok: false,
      why: "a row without its number",
    });
    expect(patchSheetXml(sheet('<row r="1"><c><v>1</v></c></row>'), cells, (b) => b)).toEqual({
      ok: false,
      why: "row 1: a cell without its address",
    });
  });
});

describe("cell text in XML", () => {
  it("escapes markup, writes forbidden characters as Excel does and the rest past Latin-1 as references", () => {
    expect(escapeText('a<b & "c" sì – € 😀 \u0001')).toBe(
      'a&lt;b &amp; "c" sì &#8211; &#8364; &#128512; _x0001_'
    );
  });
});

describe("a part's bytes from pieces of text", () => {
  it("encodes UTF-8 piece by piece, growing when the text is not one byte a character", () => {
    const pieces = ["<t>", "città ", "€".repeat(300), " 😀", "</t>"];
    expect(new TextDecoder().decode(utf8Of(pieces))).toBe(pieces.join(""));
    expect(utf8Of([]).length).toBe(0);
  });
});

describe("the styles part", () => {
  const styles = (numFmts: string) =>
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}<fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

  it("reuses built-in and existing formats, adds the others once, copies the cell's look", () => {
    const t = StyleTable.parse(
      styles(
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0 &quot;€&quot;"/></numFmts>'
      )
    )!;
    expect(t.withFormat(1, '#,##0 "€"')).toBe(1); // already so
    expect(t.withFormat(0, "0%")).toBe(2); // built-in 9
    expect(t.withFormat(1, "0.000%")).toBe(3); // new custom 165, keeps the alignment
    expect(t.withFormat(1, "0.000%")).toBe(3);
    const xml = t.toXml();
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0 &quot;€&quot;"/><numFmt numFmtId="165" formatCode="0.000%"/></numFmts>'
    );
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain('<xf numFmtId="9" fontId="0" applyNumberFormat="1"/>');
    expect(xml).toContain(
      '<xf numFmtId="165" fontId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>'
    );
  });

  it.each([[""], ['<numFmts count="0"/>']])(
    "adds the numFmts element when the file has none: %j",
    (none) => {
      const t = StyleTable.parse(styles(none))!;
      expect(t.withFormat(0, "0.0%")).toBe(2);
      expect(t.toXml()).toMatch(
        /^<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts>/
      );
    }
  );
});
