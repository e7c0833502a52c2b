/** Reading a Word document's headings, paragraphs and tables (merged cells, nested tables) as blocks. */
import JSZip from "jszip";
import { documentBlocks, headingLevel, readDocx } from "../../src/adapters/docx/read";
import { parseXml } from "../../src/adapters/docx/read-xml";
import type { Grid, GridBlock } from "../../src/core/grid";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function doc(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
}
const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

function blocks(xml: string, styles?: Map<string, string>): GridBlock[] {
  const r = documentBlocks(xml, styles);
  if (!r.ok) throw new Error(r.why);
  return r.blocks;
}

function grid(b: GridBlock): Grid {
  if (b.kind !== "grid") throw new Error("not a grid");
  return b.grid;
}

test("headings by style id, by style name and by outline level; body paragraphs numbered", () => {
  const xml = doc(
    p("Piano 2023", "Titolo1") +
      p("testo") +
      p("Missione 011", "Custom7") +
      `<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Programma 005</w:t></w:r></w:p>` +
      p("")
  );
  expect(blocks(xml, new Map([["Custom7", "heading 2"]]))).toEqual([
    { kind: "text", text: "Piano 2023", level: 1, paragraph: 1 },
    { kind: "text", text: "testo", level: null, paragraph: 2 },
    { kind: "text", text: "Missione 011", level: 2, paragraph: 3 },
    { kind: "text", text: "Programma 005", level: 3, paragraph: 4 },
  ]);
  expect(headingLevel("Heading3")).toBe(3);
  expect(headingLevel("Titolo 2")).toBe(2);
  expect(headingLevel("Normale")).toBeNull();
});

test("gridSpan and vMerge become merged cells; a continued cell is empty", () => {
  const xml = doc(
    `<w:tbl>` +
      `<w:tr>${tc("Indicatore", '<w:vMerge w:val="restart"/>')}${tc("Target", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("2021")}${tc("2022")}</w:tr>` +
      `<w:tr>${tc("A")}${tc("1")}${tc("2")}</w:tr>` +
      `</w:tbl>`
  );
  const g = grid(blocks(xml)[0]);
  expect(g.rows).toEqual([
    ["Indicatore", "Target", null],
    [null, "2021", "2022"],
    ["A", "1", "2"],
  ]);
  expect(g.merges).toEqual([
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 2 },
  ]);
  expect(g.origin).toEqual({ kind: "docx", table: 1 });
});

test("gridBefore shifts a row; a cell's paragraphs are joined by line breaks", () => {
  const xml = doc(
    `<w:tbl><w:tr>${tc("a")}${tc("b")}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>${p("riga uno")}${p("riga due")}</w:tc></w:tr></w:tbl>`
  );
  expect(grid(blocks(xml)[0]).rows).toEqual([
    ["a", "b"],
    [null, "riga uno\nriga due"],
  ]);
});

test("a nested table is a table of its own, right after the one holding it", () => {
  const inner = `<w:tbl><w:tr>${tc("Indicatore")}${tc("Target 2021")}</w:tr><w:tr>${tc("A")}${tc("1")}</w:tr></w:tbl>`;
  const xml = doc(
    `<w:tbl><w:tr>${tc("Missione")}${tc("011")}</w:tr><w:tr><w:tc>${p("Indicatori")}${inner}<w:p/></w:tc>${tc("")}</w:tr></w:tbl>` +
      p("dopo")
  );
  const b = blocks(xml);
  expect(b.map((x) => x.kind)).toEqual(["grid", "grid", "text"]);
  expect(grid(b[0]).rows).toEqual([
    ["Missione", "011"],
    ["Indicatori", null],
  ]);
  expect(grid(b[1]).rows).toEqual([
    ["Indicatore", "Target 2021"],
    ["A", "1"],
  ]);
  expect([grid(b[0]).origin, grid(b[1]).origin]).toEqual([
    { kind: "docx", table: 1 },
    { kind: "docx", table: 2 },
  ]);
});

test("content controls and tracked insertions are read; deleted text and field codes are not", () => {
  const xml = doc(
    `<w:sdt><w:sdtContent><w:p><w:ins><w:r><w:t>nuovo</w:t></w:r></w:ins><w:del><w:r><w:delText>vecchio</w:delText></w:r></w:del>` +
      `<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t xml:space="preserve"> testo &amp; &#8364;</w:t></w:r></w:p></w:sdtContent></w:sdt>`
  );
  expect(blocks(xml)).toEqual([
    { kind: "text", text: "nuovo testo & €", level: null, paragraph: 1 },
  ]);
});

test("a document type declaration is refused (no entity is ever expanded)", () => {
  const xxe =
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
    `<w:document ${W}><w:body>${p("&x;")}</w:body></w:document>`;
  const r = documentBlocks(xxe);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.why).toMatch(/document type declaration/);
  const bomb = `<!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><a>&b;</a>`;
  expect(documentBlocks(bomb).ok).toBe(false);
  // an unknown entity stays as written
  expect(blocks(doc(p("&x; e &lt;tag&gt;")))).toEqual([
    { kind: "text", text: "&x; e <tag>", level: null, paragraph: 1 },
  ]);
});

test("malformed XML is a reason, not a throw", () => {
  expect(documentBlocks("<w:document><w:p").ok).toBe(false);
  expect(documentBlocks("<w:p><w:t>&#99999999;</w:t></w:p>").ok).toBe(false);
  const seen: string[] = [];
  expect(
    parseXml(`<a x='1>2' y="3"/>`, {
      start: (n, a) => seen.push(`${n}:${a("x")}:${a("y")}`),
      end() {},
      text() {},
    })
  ).toEqual({ ok: true });
  expect(seen).toEqual(["a:1>2:3"]);
});

test("readDocx: a package without word/document.xml, and bytes that are not a zip", async () => {
  const zip = new JSZip();
  zip.file("hello.txt", "x");
  const r = await readDocx(await zip.generateAsync({ type: "uint8array" }));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.en).toMatch(/word\/document\.xml is missing/);
  const bad = await readDocx(new TextEncoder().encode("not a zip"));
  expect(bad.ok).toBe(false);
});

test("a document written by the docx library (as H5's publisher writes them): headings and merged cells", async () => {
  const d = await import("docx");
  const cell = (text: string, more: Record<string, unknown> = {}) =>
    new d.TableCell({ children: [new d.Paragraph(text)], ...more });
  const doc = new d.Document({
    sections: [
      {
        children: [
          new d.Paragraph({
            text: "Missione 011 – Competitività e sviluppo delle imprese",
            heading: d.HeadingLevel.HEADING_2,
          }),
          new d.Paragraph({
            text: "Programma 005 – Promozione",
            heading: d.HeadingLevel.HEADING_3,
          }),
          new d.Table({
            rows: [
              new d.TableRow({
                children: [cell("Indicatore", { rowSpan: 2 }), cell("Target", { columnSpan: 2 })],
              }),
              new d.TableRow({ children: [cell("2023"), cell("2024")] }),
              new d.TableRow({
                children: [cell("Imprese assistite"), cell("≥ 300"), cell("≥ 320")],
              }),
            ],
          }),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await d.Packer.toBuffer(doc));
  const r = await readDocx(bytes);
  if (!r.ok) throw new Error(r.reason.en);
  expect(r.blocks.slice(0, 2)).toEqual([
    {
      kind: "text",
      text: "Missione 011 – Competitività e sviluppo delle imprese",
      level: 2,
      paragraph: 1,
    },
    { kind: "text", text: "Programma 005 – Promozione", level: 3, paragraph: 2 },
  ]);
  const g = grid(r.blocks[2]);
  expect(g.rows).toEqual([
    ["Indicatore", "Target", null],
    [null, "2023", "2024"],
    ["Imprese assistite", "≥ 300", "≥ 320"],
  ]);
  const { importGrids } = await import("../../src/core/grid");
  const imported = importGrids(r.blocks);
  expect(imported.ok && imported.plan.indicators[0].targets["2024"]).toMatchObject({
    raw: "≥ 320",
    value: 320,
  });
  expect(imported.ok && imported.plan.programmes[0]).toMatchObject({
    mission: "011",
    programme: "005",
  });
});
