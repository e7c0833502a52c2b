/** A PDF's words, laid out again as lines, tables and headings (pure): see document.ts. */
export { layoutPdf, type PdfLayout } from "./document";
export type { PdfWord, PdfPage, Steps } from "./types";
