/**
 * The published document (src/core/publish) as a Word file (.docx), in Node and in the browser.
 * The `docx` library writes the package: styles (Title, Heading 1–4 …), the title page, the table
 * of contents (a TOC field over Heading 1–3, which Word updates on opening), the headings, the
 * chart images, the footnotes, the properties. Tables and paragraphs, the bulk of a large plan,
 * are written as XML by write-xml.ts and put in the places docx held for them. Editable
 * throughout: nothing is an image but the charts.
 */
import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun } from "docx";
import JSZip from "jszip";
import { italianDate } from "../../core/publish";
import type { PublishedDocument } from "../../core/publish";
import { blocksToWord, PLACEHOLDER } from "./write-blocks";
import { PAGE, STYLES } from "./write-styles";

const DOCUMENT_PART = "word/document.xml";

function wordDocument(
  doc: PublishedDocument,
  children: Paragraph[],
  footnotes: Record<string, { children: Paragraph[] }>
): Document {
  return new Document({
    creator: "PIRA per Excel",
    title: doc.title,
    subject: doc.subtitle,
    description: `${doc.title} — ${doc.subtitle}`,
    keywords: "PIRA; piano degli indicatori; risultati attesi di bilancio; DPCM 18/9/2012",
    styles: STYLES,
    features: { updateFields: true },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PAGE.orientation },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 28 })] }),
          new Paragraph({
            style: "Small",
            children: [new TextRun(`Documento del ${italianDate(doc.date)}`)],
          }),
          new Paragraph({ style: "TableCaption", children: [new TextRun("Indice")] }),
          new TableOfContents("Indice", { hyperlink: true, headingStyleRange: "1-3" }),
          ...children,
        ],
      },
    ],
  });
}

/**
 * The document part with each placeholder paragraph replaced by its chunk. One pass: the
 * placeholders come in order, each inside a paragraph of its own.
 */
export function fillPlaceholders(xml: string, chunks: string[]): string {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < chunks.length; k++) {
    const marker = `>${PLACEHOLDER}${k}<`;
    const at = xml.indexOf(marker, from);
    if (at < 0) throw new Error(`placeholder ${k} missing from the Word document`);
    const start = xml.lastIndexOf("<w:p>", at);
    const end = xml.indexOf("</w:p>", at);
    if (start < from || end < 0)
      throw new Error(`placeholder ${k} is not in a paragraph of its own`);
    out.push(xml.slice(from, start), chunks[k]);
    from = end + "</w:p>".length;
  }
  out.push(xml.slice(from));
  return out.join("");
}

/** The .docx file's bytes. */
export async function writeDocx(doc: PublishedDocument): Promise<Uint8Array> {
  const body = blocksToWord(doc.blocks);
  const packed = await Packer.pack(wordDocument(doc, body.children, body.footnotes), "uint8array");
  const zip = await JSZip.loadAsync(packed);
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw new Error("docx wrote no word/document.xml");
  zip.file(DOCUMENT_PART, fillPlaceholders(await part.async("string"), body.chunks));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    // level 1: about a tenth of level 6's time on a large document, for a file a third larger
    compressionOptions: { level: 1 },
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
