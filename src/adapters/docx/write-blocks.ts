/**
 * The blocks of a published document as Word content. Headings (in Word's heading styles, so the
 * table of contents finds them) and charts (PNG images with their alternative text) are `docx`
 * objects; tables and plain paragraphs are WordprocessingML written by write-xml.ts, which docx
 * holds a place for: one placeholder paragraph for each run of them, replaced in write.ts.
 */
import { HeadingLevel, ImageRun, Paragraph, TextRun } from "docx";
import type { Chart, Block, Note, TableBlock } from "../../core/publish";
import { chartScene, encodePng, rasterize } from "../../core/publish";
import { dataTableXml, fieldsXml, paragraphXml } from "./write-xml";
import { SIZE, TEXT_WIDTH } from "./write-styles";

export type Footnotes = Record<string, { children: Paragraph[] }>;

/** The text of a placeholder paragraph: write.ts finds it by this, with the chunk's number. */
export const PLACEHOLDER = "PIRA-XML-CHUNK-";

export interface WordBody {
  children: Paragraph[];
  /** the XML of each placeholder, by its number */
  chunks: string[];
  footnotes: Footnotes;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** Width of a chart on the page, in pixels at 96 to the inch (about 18 cm). */
const CHART_WIDTH = 680;

function chartImage(c: Chart): Paragraph[] {
  const scene = chartScene(c);
  const png = encodePng(rasterize(scene, 2));
  const height = Math.round((scene.height / scene.width) * CHART_WIDTH);
  return [
    new Paragraph({ style: "TableCaption", keepNext: true, children: [new TextRun(c.title)] }),
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: CHART_WIDTH, height },
          altText: { name: c.id, title: c.title, description: c.description },
        }),
      ],
    }),
  ];
}

function chartData(c: Chart): TableBlock {
  return {
    type: "table",
    caption: `Dati del grafico: ${c.title}`,
    columns: [
      { label: c.dataColumns[0], numeric: false },
      { label: c.dataColumns[1], numeric: true },
    ],
    rows: c.bars.map((b) => [{ text: b.label }, { text: b.valueText }]),
    notes: [],
    role: "data",
  };
}

function footnote(n: Note): { children: Paragraph[] } {
  return {
    children: [
      new Paragraph({
        style: "FootnoteText",
        children: n.text
          .split("\n")
          .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, size: SIZE.note })),
      }),
    ],
  };
}

export function blocksToWord(blocks: Block[]): WordBody {
  const children: Paragraph[] = [];
  const chunks: string[] = [];
  const footnotes: Footnotes = {};
  let xml: string[] = [];
  const flush = () => {
    if (xml.length === 0) return;
    children.push(new Paragraph({ children: [new TextRun(`${PLACEHOLDER}${chunks.length}`)] }));
    chunks.push(xml.join(""));
    xml = [];
  };
  const table = (b: TableBlock, width = TEXT_WIDTH) => {
    xml.push(dataTableXml(b, width));
    for (const n of b.notes) footnotes[String(n.number)] = footnote(n);
  };
  for (const b of blocks) {
    switch (b.type) {
      case "heading":
        flush();
        children.push(
          new Paragraph({
            heading: HEADINGS[b.level - 1],
            // each part (the summary, an entity, the method note) begins a page
            pageBreakBefore: b.level === 1,
            children: [new TextRun(b.text)],
          })
        );
        break;
      case "paragraph":
        xml.push(
          paragraphXml(
            b.text,
            b.style === "lead" ? "Lead" : b.style === "small" ? "Small" : undefined
          )
        );
        break;
      case "list":
        for (const item of b.items) xml.push(paragraphXml(`• ${item}`));
        break;
      case "fields":
        xml.push(fieldsXml(b, TEXT_WIDTH));
        break;
      case "table":
        table(b);
        break;
      case "chart":
        flush();
        children.push(...chartImage(b.chart));
        table(chartData(b.chart), Math.floor(TEXT_WIDTH * 0.6));
        break;
    }
  }
  flush();
  return { children, chunks, footnotes };
}
