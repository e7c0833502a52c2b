/**
 * A published PDF into the table reader's blocks, for every front end: the words of its pages
 * (the pdf.js library handed in by the front end: Node and the browser load it differently), their
 * layout rebuilt into headings, paragraphs and tables; a PDF with no text (a scan) is said so.
 */
import { readPdfWords, type PdfLibrary } from "../adapters/pdf/read";
import type { GridBlock } from "../core/grid";
import { message } from "../core/message";
import { layoutPdf } from "../core/pdf";
import { readAnalystTables } from "./analyst";
import { failure, type Failure } from "./failure";
import type { ImportPreview } from "./import";

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

/** The pane's and the workbench's import of a PDF: its plan to preview, or why there is none. */
export async function previewPdf(
  library: PdfLibrary,
  name: string,
  bytes: Uint8Array
): Promise<ImportPreview | Failure> {
  const blocks = await readPdfBlocks(library, bytes);
  if (!blocks.ok)
    return failure(
      message(`«${name}»: ${blocks.reason.it}`, `«${name}»: ${blocks.reason.en}`),
      blocks.remedy
    );
  const r = readAnalystTables(name, blocks.blocks);
  if (!r.ok) return r;
  return { ...r, kind: "document" };
}
