/**
 * The Word document's styles and page: Title and Heading 1–4 (Word builds the table of contents
 * from the headings), Italian as the text's language, A4 landscape for the wide indicator tables.
 */
import type { IStylesOptions } from "docx";
import { PageOrientation } from "docx";

/** Twips (1/1440 inch) from millimetres. */
export const mm = (x: number): number => Math.round((x * 1440) / 25.4);

/** A4, turned: docx takes the portrait size and swaps it for a landscape page. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: mm(15),
  orientation: PageOrientation.LANDSCAPE,
};

/** The width text and tables have on a page, in twips. */
export const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

export const FONT = "Arial";
/** half-points */
export const SIZE = { body: 20, table: 16, note: 16, small: 18 };

const heading = (size: number, color: string, before: number) => ({
  run: { font: FONT, size, bold: true, color },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: "it-IT" } },
      paragraph: { spacing: { after: 100 } },
    },
    title: {
      run: { font: FONT, size: 44, bold: true, color: "0B3A6E" },
      paragraph: { spacing: { after: 200 } },
    },
    heading1: heading(32, "0B3A6E", 360),
    heading2: heading(28, "0B3A6E", 300),
    heading3: heading(24, "0B3A6E", 240),
    heading4: heading(21, "1A1A1A", 200),
  },
  paragraphStyles: [
    {
      id: "Lead",
      name: "Sintesi",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: FONT, size: 21, color: "1A1A1A" },
      paragraph: {
        spacing: { before: 60, after: 160 },
        border: { left: { style: "single", size: 18, color: "0B4F9C", space: 6 } },
        shading: { type: "clear", fill: "F2F5F9", color: "auto" },
      },
    },
    {
      id: "TableText",
      name: "Testo tabella",
      basedOn: "Normal",
      run: { font: FONT, size: SIZE.table },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: "TableCaption",
      name: "Didascalia tabella",
      basedOn: "Normal",
      next: "Normal",
      run: { font: FONT, size: SIZE.small, bold: true },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
    },
    {
      id: "Small",
      name: "Testo piccolo",
      basedOn: "Normal",
      run: { font: FONT, size: SIZE.small, color: "4A4A4A" },
    },
  ],
};
