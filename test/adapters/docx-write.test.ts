/**
 * The Word writer (src/adapters/docx/write*.ts) on the reference document's plan and on the bundled
 * example, both documents: the package opened as a zip — well-formed XML with balanced elements,
 * heading styles (Heading 1–3) and a TOC field over them, every table's header row marked to
 * repeat (w:tblHeader), the charts as PNG images with their alternative text (descr), the notes as
 * footnotes. (LibreOffice opening it and converting it to PDF/A: test/cli/publish.test.ts.)
 */
import JSZip from "jszip";
import { fillPlaceholders, writeDocx } from "../../src/adapters/docx/write";
import { importDocument } from "../../src/core/import";
import type { Plan } from "../../src/core/plan/types";
import { buildDocument, type PublishedDocument } from "../../src/core/publish";
import { exampleDocument } from "../../src/examples";
import { seedText } from "../helpers/seed";

const seed = importDocument(seedText()).plan;
const example = importDocument(exampleDocument).plan;

interface Opened {
  zip: JSZip;
  document: string;
  styles: string;
  footnotes: string;
}

async function open(doc: PublishedDocument): Promise<Opened> {
  const zip = await JSZip.loadAsync(await writeDocx(doc));
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return {
    zip,
    document: await text("word/document.xml"),
    styles: await text("word/styles.xml"),
    footnotes: await text("word/footnotes.xml"),
  };
}

/** Balanced, properly nested elements (tags read by a plain scan: names, "/" and "/>"). */
function wellFormed(xml: string): string | null {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<([/?!]?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, mark, name, self] = m;
    if (mark === "?" || mark === "!") continue;
    if (mark === "/") {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open}>`;
    } else if (!self) stack.push(name);
  }
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml)) return "a bare &";
  return stack.length ? `unclosed <${stack[stack.length - 1]}>` : null;
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe.each([
  ["reference document", seed],
  ["bundled example", example],
])("%s", (_name, plan: Plan) => {
  describe.each(["piano", "rapporto"] as const)("%s", (kind) => {
    const doc = buildDocument(plan, { kind, date: "2021-04-30" });
    let w: Opened;
    beforeAll(async () => {
      w = await open(doc);
    });

    it("is a Word package of well-formed parts", async () => {
      expect(w.zip.file("[Content_Types].xml")).not.toBeNull();
      for (const name of Object.keys(w.zip.files).filter(
        (n) => n.endsWith(".xml") || n.endsWith(".rels")
      ))
        expect({
          name,
          problem: wellFormed(await (w.zip.file(name) as JSZip.JSZipObject).async("string")),
        }).toEqual({ name, problem: null });
      expect(w.document.includes("PIRA-XML-CHUNK-")).toBe(false);
    });

    it("uses Word's heading styles, and a TOC field builds the contents from Heading 1–3", () => {
      for (const level of [1, 2, 3]) {
        expect(w.styles).toContain(`w:styleId="Heading${level}"`);
        expect(count(w.document, new RegExp(`<w:pStyle w:val="Heading${level}"/>`, "g"))).toBe(
          doc.blocks.filter((b) => b.type === "heading" && b.level === level).length
        );
      }
      expect(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/.test(w.document)).toBe(true);
      expect(w.zip.file("word/settings.xml")).not.toBeNull();
    });

    it("every table's header row repeats on each page; every indicator has its row", () => {
      const tables = count(w.document, /<w:tbl>/g);
      expect(tables).toBe(
        doc.blocks.filter((b) => b.type === "table" || b.type === "fields").length +
          doc.blocks.filter((b) => b.type === "chart").length
      );
      const withHeader =
        doc.blocks.filter((b) => b.type === "table").length +
        doc.blocks.filter((b) => b.type === "chart").length;
      expect(count(w.document, /<w:tblHeader\/>/g)).toBe(withHeader);
      for (const ind of plan.indicators.slice(0, 25))
        expect(w.document).toContain(
          ind.name
            .trim()
            .replace(/&/g, "&amp;")
            .replace(/'/g, "&#39;")
            .replace(/"/g, "&quot;")
            .replace(/</g, "&lt;")
            .replace(/>/g, "&gt;")
        );
    });

    it("writes Italian as the text's language and A4 landscape pages", () => {
      expect(w.styles).toContain('w:lang w:val="it-IT"');
      expect(w.document.includes('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')).toBe(
        true
      );
    });
  });

  it("the Rapporto's charts are PNG images with their alternative text", async () => {
    const doc = buildDocument(plan, { kind: "rapporto", date: "2021-04-30" });
    const w = await open(doc);
    const charts = doc.blocks.flatMap((b) => (b.type === "chart" ? [b.chart] : []));
    const media = Object.keys(w.zip.files).filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(charts.length);
    for (const m of media) {
      const bytes = await (w.zip.file(m) as JSZip.JSZipObject).async("uint8array");
      expect(Buffer.from(bytes.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
    }
    const descr = [...w.document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descr).toHaveLength(charts.length);
    charts.forEach((c, i) =>
      expect(descr[i]).toContain(
        c.description
          .slice(0, 40)
          .replace(/'/g, "&apos;")
          .replace(/&(?!apos;)/g, "&amp;")
          .slice(0, 30)
      )
    );
  });

  it("the Rapporto's notes are Word footnotes, each referred to from its cell", async () => {
    const doc = buildDocument(plan, { kind: "rapporto", date: "2021-04-30" });
    const w = await open(doc);
    const notes = doc.blocks.flatMap((b) => (b.type === "table" ? b.notes : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(w.document).toContain(`<w:footnoteReference w:id="${n.number}"/>`);
      expect(w.footnotes).toContain(`<w:footnote w:id="${n.number}">`);
    }
  });
});

it("texts with markup, quotes and control characters stay well-formed text", async () => {
  const plan: Plan = {
    ...example,
    title: "Piano <w:p> & \u0001",
    indicators: example.indicators.map((ind, i) =>
      i === 0
        ? {
            ...ind,
            name: `A <w:tbl> & "b" \u0007 'c'`,
            formula: "x\u000by < z",
            notes: ["</w:t>nota\u0002"],
          }
        : ind
    ),
  };
  const w = await open(buildDocument(plan, { kind: "rapporto", date: "2021-04-30" }));
  expect(wellFormed(w.document)).toBeNull();
  expect(wellFormed(w.footnotes)).toBeNull();
  // characters XML 1.0 does not allow
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
  expect(notXml.test(w.document)).toBe(false);
  expect(notXml.test(w.footnotes)).toBe(false);
  expect(w.document.includes("A &lt;w:tbl&gt; &amp; &quot;b&quot;  &#39;c&#39;")).toBe(true);
  expect(w.footnotes.includes("&lt;/w:t&gt;nota")).toBe(true);
});

describe("placeholders", () => {
  it("each is replaced in place; one missing is a programming error", () => {
    const xml =
      '<w:body><w:p><w:r><w:t xml:space="preserve">PIRA-XML-CHUNK-0</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>PIRA-XML-CHUNK-1</w:t></w:r></w:p></w:body>';
    expect(fillPlaceholders(xml, ["<A/>", "<B/>"])).toBe("<w:body><A/><w:p/><B/></w:body>");
    expect(() => fillPlaceholders(xml, ["<A/>", "<B/>", "<C/>"])).toThrow(/placeholder 2/);
  });
});
