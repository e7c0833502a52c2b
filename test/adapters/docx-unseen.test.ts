/**
 * Only what a reader of a Word document sees is data (issue 18): hidden text and rows, deleted and
 * moved-from revisions, the fallback copy of a text box; a malformed document is refused with its
 * place; what is not read is said; and what a file claims (spans, nesting) is bounded.
 */
import JSZip from "jszip";
import { documentBlocks, readDocx, readStyles } from "../../src/adapters/docx/read";
import type { Grid, GridBlock } from "../../src/core/grid";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
const run = (text: string, props = "") =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t>${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const tc = (...runs: string[]) => `<w:tc>${p(...runs)}</w:tc>`;
const tr = (cells: string[], props = "") =>
  `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;
const HEADER = tr([tc(run("Indicatore")), tc(run("Target 2021"))]);

function blocks(xml: string, styles = readStyles(null)): GridBlock[] {
  const r = documentBlocks(xml, styles);
  if (!r.ok) throw new Error(r.why);
  return r.blocks;
}
const grids = (b: GridBlock[]): Grid[] => b.flatMap((x) => (x.kind === "grid" ? [x.grid] : []));

test("hidden text is not glued to the value; a hidden row is not read", () => {
  const xml = doc(
    table(
      HEADER,
      tr([tc(run("Pratiche evase")), tc(run("150"), run("9999", "<w:vanish/>"))]),
      tr([tc(run("Riga nascosta")), tc(run("1"))], "<w:hidden/>"),
      tr([tc(run("Visibile"), run(" di nuovo", '<w:vanish w:val="false"/>')), tc(run("2"))])
    )
  );
  expect(grids(blocks(xml))[0].rows).toEqual([
    ["Indicatore", "Target 2021"],
    ["Pratiche evase", "150"],
    ["Visibile di nuovo", "2"],
  ]);
});

test("text hidden by its character style is not read; a paragraph mark's vanish hides nothing else", () => {
  const styles = readStyles(
    `<w:styles ${W}><w:style w:type="character" w:styleId="Nascosto"><w:name w:val="Nascosto"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`
  );
  const xml = doc(
    `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run("visibile")}${run("segreto", '<w:rStyle w:val="Nascosto"/>')}</w:p>`
  );
  expect(blocks(xml, styles)).toEqual([
    { kind: "text", text: "visibile", level: null, paragraph: 1 },
  ]);
});

test("deleted and moved-from revisions are out, inserted and moved-to in; a deleted row is out", () => {
  const xml = doc(
    table(
      HEADER,
      tr([
        tc(run("A")),
        `<w:tc><w:p><w:moveFrom w:id="1">${run("999")}</w:moveFrom><w:del w:id="2">${run("8")}</w:del><w:ins w:id="3">${run("150")}</w:ins><w:moveTo w:id="4">${run("!")}</w:moveTo></w:p></w:tc>`,
      ]),
      tr([tc(run("Cancellata")), tc(run("3"))], '<w:del w:id="5"/>'),
      // the old formatting of a tracked change is not the formatting
      tr([
        tc(run("B", '<w:rPrChange w:id="6"><w:rPr><w:vanish/></w:rPr></w:rPrChange>')),
        tc(run("4")),
      ])
    )
  );
  expect(grids(blocks(xml))[0].rows).toEqual([
    ["Indicatore", "Target 2021"],
    ["A", "150!"],
    ["B", "4"],
  ]);
});

test("a table in a text box is read once: the alternate content's choice, not its fallback", () => {
  const inner = table(HEADER, tr([tc(run("Nel riquadro")), tc(run("7"))]));
  const xml = doc(
    `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></w:pict></mc:Fallback>` +
      `</mc:AlternateContent></w:r></w:p>`
  );
  const g = grids(blocks(xml));
  expect(g).toHaveLength(1);
  expect(g[0].rows[1]).toEqual(["Nel riquadro", "7"]);
});

test.each([
  ["a paragraph left open", doc(`<w:p>${run("x")}`), /<w:p> non è mai chiuso|<w:body>/],
  ["a table left open", doc(`<w:tbl>${HEADER}`) + "", /mai chiuso|ancora aperto/],
  ["an end tag for another element", doc(`<w:p>${run("x")}</w:tbl>`), /ancora aperto/],
])("malformed XML (%s) is refused with its place", async (_what, xml) => {
  const r = documentBlocks(xml);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.at).toEqual({ line: expect.any(Number), column: expect.any(Number) });
  const read = await readDocx(await docx(xml));
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.reason.it).toMatch(/word\/document\.xml, riga \d+, colonna \d+/);
});

async function docx(xml: string, more: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", xml);
  for (const [k, v] of Object.entries(more)) zip.file(k, v);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("footnote references keep their place and their text; altChunk and objects are reported", async () => {
  const xml = doc(
    table(HEADER, tr([tc(run("A"), '<w:r><w:footnoteReference w:id="2"/></w:r>'), tc(run("1"))])) +
      `<w:altChunk r:id="rId9"/>` +
      p(`<w:r><w:object/></w:r>`)
  );
  const notes =
    `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p>${run("—")}</w:p></w:footnote>` +
    `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${run(" Fonte: registro imprese")}${run(" (bozza)", "<w:vanish/>")}</w:p></w:footnote></w:footnotes>`;
  const r = await readDocx(await docx(xml, { "word/footnotes.xml": notes }));
  if (!r.ok) throw new Error(r.reason.en);
  expect(r.notes.refs).toEqual([{ kind: "footnote", id: "2", at: { table: 1, row: 1 } }]);
  expect(r.notes.texts).toEqual([{ kind: "footnote", id: "2", text: "Fonte: registro imprese" }]);
  expect(r.warnings.map((w) => w.en)).toEqual([
    expect.stringMatching(/paragraph 1: embedded content \(altChunk/),
    expect.stringMatching(/paragraph 1: an embedded \(OLE\) object is not read/),
  ]);
});

describe("bounded by the content, not by what the file claims", () => {
  test("a huge gridSpan is refused, not built", () => {
    const cell = '<w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p/></w:tc>';
    const before = process.memoryUsage().heapUsed;
    const r = documentBlocks(doc(table(tr([cell, cell]).repeat(1000))));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.it).toMatch(/occupa più di 1024 colonne/);
  });

  test("many spanning rows are refused by the cells they would make", () => {
    const cell = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>';
    const r = documentBlocks(doc(table(tr([cell]).repeat(3000))));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.it).toMatch(/più di 2\.000\.000 celle/);
  });

  test("nested tables come in document order, each once; nesting past the cap is refused", () => {
    const nest = (depth: number) => {
      let s = "";
      for (let k = 0; k < depth; k++) s += `<w:tbl><w:tr><w:tc>${p(run(`t${k + 1}`))}`;
      for (let k = 0; k < depth; k++) s += "</w:tc></w:tr></w:tbl>";
      return doc(s);
    };
    const g = grids(blocks(nest(60)));
    expect(g.map((x) => x.rows[0][0])).toEqual(Array.from({ length: 60 }, (_, k) => `t${k + 1}`));
    expect(g.map((x) => (x.origin.kind === "docx" ? x.origin.table : 0))).toEqual(
      Array.from({ length: 60 }, (_, k) => k + 1)
    );
    const deep = documentBlocks(nest(300));
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.it).toMatch(/annidate per più di 64 livelli/);
  });

  test("many sibling tables nested in nested cells: no stack overflow, all of them read", () => {
    const n = 150_000;
    const inner = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>".repeat(n);
    const xml = doc(
      `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>${inner}<w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>`
    );
    const r = documentBlocks(xml);
    expect(r.ok && r.blocks.length).toBe(n + 2);
  });
});

test("a document.xml past the bound is refused by its checked size, before it is read", async () => {
  const { MAX_DOCUMENT_BYTES } = await import("../../src/adapters/docx/read");
  const para = "<w:p><w:r><w:t>Lorem ipsum dolor sit amet</w:t></w:r></w:p>";
  const xml = doc(para.repeat(Math.ceil(MAX_DOCUMENT_BYTES / para.length) + 1));
  const r = await readDocx(await docx(xml));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason.en).toMatch(/word\/document\.xml is [\d.]+ MB of XML, past the 16 MB/);
});

test("a tag named like an Object property is only a tag", () => {
  const r = documentBlocks(doc(`<w:p><constructor/><toString>${run("x")}</toString></w:p>`));
  expect(r.ok && r.blocks).toEqual([{ kind: "text", text: "x", level: null, paragraph: 1 }]);
  expect(r.ok && r.warnings).toEqual([]);
});
