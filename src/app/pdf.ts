/**
 * A published PDF into the table reader's blocks, for every front end: the words of its pages
 * (the pdf.js library handed in by the front end: Node and the browser load it differently), their
 * layout rebuilt into headings, paragraphs and tables; a PDF with no text (a scan) is said so.
 */
import { readPdfWords, type PdfLibrary } from "../adapters/pdf/read";
import type { GridBlock } from "../core/grid";
import { message } from "../core/message";
import { layoutPdf } from "../core/pdf/document";
import { failure, type Failure } from "./failure";

export async function readPdfBlocks(
  library: PdfLibrary,
  bytes: Uint8Array
): Promise<{ ok: true; blocks: GridBlock[]; pages: number } | Failure> {
  const read = await readPdfWords(library, bytes);
  if (!read.ok) return failure(read.reason, "checkText");
  const layout = layoutPdf(read.pages);
  if (layout.words === 0)
    return failure(
      message(
        `Il PDF (${read.pages.length} ${read.pages.length === 1 ? "pagina" : "pagine"}) non contiene testo: è una scansione (immagini). Serve il PDF stampato dal documento (Word, LibreOffice), o il documento stesso (.docx), o un riconoscimento del testo (OCR) fatto prima.`,
        `The PDF (${read.pages.length} ${read.pages.length === 1 ? "page" : "pages"}) holds no text: it is a scan (images). The PDF printed from the document (Word, LibreOffice), the document itself (.docx), or text recognition (OCR) done first is needed.`
      ),
      "checkText"
    );
  return { ok: true, blocks: layout.blocks, pages: read.pages.length };
}
