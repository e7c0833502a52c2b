/**
 * An Excel table with a total row (Table Design → Total Row): the row of SUBTOTAL formulas at the
 * bottom of the table's range is not an indicator, and fill never writes into it — on the package
 * path and on the ExcelJS path.
 */
import JSZip from "jszip";
import { planToXlsx, readTables } from "../../src/adapters/xlsx";
import { readXlsxPlan, fillXlsxFile } from "../helpers/xlsx-actions";
import { referencePlan } from "../fixtures/plans";

const SUBTOTAL = "SUBTOTAL(101,Indicatori[Calcolato: Raggiungimento])";

/** The sheet part holding table `name`, and the table part. */
async function tableParts(zip: JSZip, name: string): Promise<{ sheet: string; table: string }> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    if (!new RegExp(`\\sname="${name}"`).test(xml)) continue;
    for (const rels of Object.keys(zip.files).filter((p) => /worksheets\/_rels\//.test(p))) {
      const f = zip.file(rels);
      if (!f) continue;
      const r = await f.async("string");
      if (r.includes(path.replace("xl/", "../")))
        return { sheet: rels.replace("_rels/", "").replace(/\.rels$/, ""), table: path };
    }
  }
  throw new Error(`no table ${name}`);
}

/** The workbook with a total row added to Indicatori, as Excel saves one. */
async function withTotalRow(bytes: Uint8Array): Promise<{ bytes: Uint8Array; row: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const { sheet, table } = await tableParts(zip, "Indicatori");
  let t = await zip.file(table)!.async("string");
  const ref = /\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(t)!;
  const row = Number(ref[4]) + 1;
  t = t
    .replace(/(<table\b[^>]*?)\sref="[^"]*"/, `$1 ref="${ref[1]}${ref[2]}:${ref[3]}${row}"`)
    .replace(/\stotalsRowShown="0"/, "")
    .replace(/<table\b/, '<table totalsRowCount="1"');
  zip.file(table, t);
  let s = await zip.file(sheet)!.async("string");
  const header = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(s)![1];
  // the column of «Calcolato: Raggiungimento»: find its header cell's address by its text
  const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
  const index = shared
    .match(/<si>[\s\S]*?<\/si>/g)!
    .findIndex((x) => x.includes(">Calcolato: Raggiungimento<"));
  const col = new RegExp(`<c r="([A-Z]+)1"[^>]*t="s"><v>${index}</v>`).exec(header)![1];
  s = s.replace(
    "</sheetData>",
    `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>Totale</t></is></c>` +
      `<c r="${col}${row}"><f>${SUBTOTAL}</f><v>0.5</v></c></row></sheetData>`
  );
  zip.file(sheet, s);
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), row };
}

describe("a table's total row", () => {
  it("is not read as an indicator", async () => {
    const plan = referencePlan();
    const { bytes } = await withTotalRow(await planToXlsx(plan));
    const t = await readTables(bytes);
    if (!t.ok) throw new Error(t.reason.en);
    expect(t.tables.indicators!.rows).toHaveLength(plan.indicators.length);
    const r = await readXlsxPlan(bytes);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.result.plan).toEqual(plan);
    expect(r.result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it.each([[false], [true]])("is never written by fill (regenerate: %s)", async (regenerate) => {
    const { bytes, row } = await withTotalRow(
      await planToXlsx(referencePlan(), { formulas: "none" })
    );
    const filled = await fillXlsxFile(bytes, { style: "native", regenerate });
    if (!filled.ok) throw new Error(filled.reason.en);
    // both write into the package now (--regenerate: the generated sheets as parts of their own)
    expect(filled.writer.kind).toBe("package");
    for (const b of filled.fill!.patch.blocks) expect(b.row + b.cells.length - 1).toBeLessThan(row);
    const zip = await JSZip.loadAsync(filled.bytes);
    const { sheet, table } = await tableParts(zip, "Indicatori");
    const xml = await zip.file(sheet)!.async("string");
    const totals = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)![1];
    expect(totals).toContain(`<f>${SUBTOTAL}</f>`);
    expect(totals.match(/<f>/g)).toHaveLength(1);
    expect(await zip.file(table)!.async("string")).toMatch(/totalsRowCount="1"/);
  });
});
