/**
 * The package writer (src/adapters/xlsx/package/write.ts): a described workbook written straight
 * as XML gives, read back by ExcelJS, the same cells, formats, styles, tables, lists, bands,
 * links, panes and outline as the ExcelJS writer; every part is well-formed; and the rules of
 * spec.ts hold: formula-like text carries the quote prefix, no number beyond Excel's range.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { applySpec, loadWorkbook, specToXlsx, toBuffer } from "../../src/adapters/xlsx";
import { layout, validationSheet } from "../../src/workbook";
import { emptySheet, type WorkbookSpec } from "../../src/workbook/write/spec";
import { referencePlan } from "../fixtures/plans";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(bytes);
  if (!l.ok) throw new Error(l.reason.en);
  return l.workbook;
}

/** What a reader sees of a workbook, sheet by sheet. */
async function view(bytes: Uint8Array) {
  const wb = await load(bytes);
  const sheets: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const formula = c.type === ExcelJS.ValueType.Formula ? (c.formula ?? null) : null;
        const value = formula !== null ? (c.result ?? null) : c.value;
        cells[c.address] = {
          // links: their text here (ExcelJS reads only links with a relationship; Excel writes an
          // internal link as a location alone, as the package writer does: checked apart below)
          value: value && typeof value === "object" && "hyperlink" in value ? value.text : value,
          formula,
          numFmt: c.numFmt || "General",
          bold: !!c.font?.bold,
          italic: !!c.font?.italic,
          size: c.font?.size ?? 11,
          color: c.font?.color?.argb ?? null,
          fill: c.fill && "fgColor" in c.fill ? (c.fill.fgColor?.argb ?? null) : null,
          wrap: !!c.alignment?.wrapText,
          top: c.alignment?.vertical === "top",
        };
      })
    );
    const model = ws.model as unknown as {
      conditionalFormattings?: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const tables = (
      ws as unknown as {
        getTables(): { table: { name: string; tableRef: string; columns: { name: string }[] } }[];
      }
    )
      .getTables()
      .map((t) => ({
        name: t.table.name,
        ref: t.table.tableRef,
        columns: t.table.columns.map((c) => c.name),
      }));
    const columns: Record<number, unknown> = {};
    for (let c = 1; c <= ws.columnCount; c++) {
      const col = ws.getColumn(c);
      // a column at Excel's default width with only a look (wrap) is no column to compare
      if ((col.width && col.width > 9.15) || col.numFmt)
        columns[c] = { width: col.width ?? null, numFmt: col.numFmt ?? null };
    }
    const outline: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.outlineLevel) outline.push(n);
    });
    sheets[ws.name] = {
      cells,
      tables,
      columns,
      outline,
      tabColor: ws.properties.tabColor?.argb ?? null,
      frozen: ws.views.map((v) => ({
        state: v.state,
        x: (v as { xSplit?: number }).xSplit ?? 0,
        y: (v as { ySplit?: number }).ySplit ?? 0,
      })),
      validations: Object.entries(
        (
          ws as unknown as {
            dataValidations: {
              model: Record<string, { formulae: string[]; showErrorMessage?: boolean }>;
            };
          }
        ).dataValidations.model
      )
        .map(([range, v]) => [range, v.formulae, !!v.showErrorMessage])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      bands: (model.conditionalFormattings ?? []).map((f) => [
        f.ref,
        f.rules.map((r) => r.formulae),
      ]),
    };
  });
  return { sheets: wb.worksheets.map((w) => w.name), detail: sheets };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("string"));
  return out;
}

const viaExcelJS = (spec: WorkbookSpec, cachedResults = true) =>
  toBuffer(applySpec(spec, { cachedResults }));

describe("package writer", () => {
  it.each([["native"], ["pira"], ["values"], ["none"]] as const)(
    "%s: what ExcelJS reads is what the ExcelJS writer wrote",
    async (formulas) => {
      const spec = layout(referencePlan(), { formulas });
      spec.sheets.push(validationSheet({ diagnostics: [] }, { plan: referencePlan() }));
      expect(await view(await specToXlsx(spec))).toEqual(await view(await viaExcelJS(spec)));
    }
  );

  it("internal links are written as Excel writes them: a location, no relationship", async () => {
    const spec = layout(referencePlan());
    const links: string[] = [];
    (await load(await viaExcelJS(spec))).eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = c.value as { hyperlink?: string } | null;
          if (v && typeof v === "object" && v.hyperlink)
            links.push(`${ws.name}|${c.address}|${v.hyperlink}`);
        })
      )
    );
    expect(links.length).toBeGreaterThan(10);
    const p = await parts(await specToXlsx(spec));
    const names = spec.sheets.map((s) => s.name);
    const found: string[] = [];
    names.forEach((name, i) => {
      const xml = p.get(`xl/worksheets/sheet${i + 1}.xml`)!;
      for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g))
        found.push(`${name}|${m[1]}|${m[2].replace(/&apos;/g, "'")}`);
    });
    expect(found.sort()).toEqual(links.sort());
    expect(
      [...p.keys()].some((k) => /worksheets\/_rels\/.*rels$/.test(k) && /hyperlink/.test(p.get(k)!))
    ).toBe(false);
  });

  it("without cached results, formulas carry none", async () => {
    const spec = layout(referencePlan(), { formulas: "native" });
    const bytes = await specToXlsx(spec, { cachedResults: false });
    expect(await view(bytes)).toEqual(await view(await viaExcelJS(spec, false)));
  });

  it("writes well-formed parts, each declared in [Content_Types].xml", async () => {
    const bytes = await specToXlsx(layout(referencePlan()));
    const all = await parts(bytes);
    const { window } = new JSDOM("");
    for (const [name, xml] of all) {
      const doc = new window.DOMParser().parseFromString(xml, "application/xml");
      expect([name, doc.getElementsByTagName("parsererror").length]).toEqual([name, 0]);
    }
    const types = all.get("[Content_Types].xml")!;
    for (const name of all.keys())
      if (!name.endsWith(".rels") && name !== "[Content_Types].xml")
        expect([name, types.includes(`PartName="/${name}"`)]).toEqual([name, true]);
  });
});

describe("the rules of spec.ts in the package writer", () => {
  const hostile = [
    '=HYPERLINK("http://example.org/x","clicca")',
    "+39 055 123",
    "-2+3",
    "@SUM(A1)",
    "\tTAB",
    "＝1+1",
  ];

  function specWith(values: (string | number)[]): WorkbookSpec {
    const sheet = emptySheet("Prova", "input");
    sheet.blocks.push({ row: 1, col: 1, cells: values.map((v) => [v]) });
    return { title: "prova", sheets: [sheet] };
  }

  it("formula-like text gets a cell format with the quote prefix; other text does not", async () => {
    const bytes = await specToXlsx(specWith([...hostile, "testo normale"]));
    const p = await parts(bytes);
    const sheet = p.get("xl/worksheets/sheet1.xml")!;
    const styles = p.get("xl/styles.xml")!;
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
    const styleOf = (ref: string) =>
      Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet)![1] ?? 0);
    hostile.forEach((_, i) => expect(xfs[styleOf(`A${i + 1}`)]).toContain('quotePrefix="1"'));
    expect(xfs[styleOf(`A${hostile.length + 1}`)]).not.toContain("quotePrefix");
    const wb = await load(bytes);
    hostile.forEach((h, i) => expect(wb.getWorksheet("Prova")!.getCell(i + 1, 1).value).toBe(h));
  });

  it("a number beyond Excel's range is written as #NUM!, never as Infinity", async () => {
    const bytes = await specToXlsx(
      specWith([Infinity, -Infinity, NaN, 1.5e308, 9.99999999999999e307])
    );
    const sheet = (await parts(bytes)).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).not.toMatch(/Infinity|NaN|e\+308/);
    expect(sheet.match(/t="e"><v>#NUM!<\/v>/g)).toHaveLength(4);
    expect(sheet).toContain("<v>9.99999999999999e+307</v>");
    const ws = (await load(bytes)).getWorksheet("Prova")!;
    expect(ws.getCell("A1").value).toEqual({ error: "#NUM!" });
  });

  it("the ExcelJS writer follows the same rules (Text format instead of the prefix)", async () => {
    const wb = await load(await viaExcelJS(specWith([...hostile, Infinity])));
    const ws = wb.getWorksheet("Prova")!;
    hostile.forEach((h, i) => {
      expect(ws.getCell(i + 1, 1).value).toBe(h);
      expect(ws.getCell(i + 1, 1).numFmt).toBe("@");
    });
    expect(ws.getCell(hostile.length + 1, 1).value).toEqual({ error: "#NUM!" });
  });
});
