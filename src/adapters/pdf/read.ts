/**
 * A PDF's pages as positioned words, with Mozilla's pdf.js (`pdfjs-dist`): each text run with its
 * left edge, baseline (from the top of the page), width and font size. The library is handed in
 * (Node loads it one way, the browser another: see src/cli/pdf-library.ts and the pane's import),
 * so this adapter is the same everywhere; what the words mean is decided in src/core/pdf.
 */
import { message, type Message } from "../../core/message";
import type { PdfPage, PdfWord } from "../../core/pdf";

/** The part of pdf.js this adapter uses. */
export interface PdfLibrary {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument> };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup?(): void;
  }>;
  destroy(): Promise<void>;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(x: unknown): x is TextItem {
  const t = x as TextItem;
  return typeof t?.str === "string" && Array.isArray(t.transform) && typeof t.width === "number";
}

export type PdfRead = { ok: true; pages: PdfPage[] } | { ok: false; reason: Message };

/** The pages of a PDF as words; a file that is not a PDF (or is damaged) gets the reason. */
export async function readPdfWords(library: PdfLibrary, bytes: Uint8Array): Promise<PdfRead> {
  if (new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).indexOf("%PDF-") < 0)
    return {
      ok: false,
      reason: message("Il file non è un PDF.", "The file is not a PDF."),
    };
  let doc: PdfDocument;
  try {
    // a copy: pdf.js takes the buffer over
    doc = await library.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      reason: message(
        `Il PDF non si apre (${why}): è danneggiato o protetto da password?`,
        `The PDF does not open (${why}): is it damaged or password-protected?`
      ),
    };
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const words: PdfWord[] = [];
      // the viewport's transform takes PDF space (y up) to the page seen (y down, rotation applied)
      const [va, vb, vc, vd, ve, vf] = view.transform;
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim() === "") continue;
        const [a, b, c, d, e, f] = item.transform;
        const x = va * e + vc * f + ve;
        const y = vb * e + vd * f + vf;
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        words.push({ text: item.str, x, y, width: item.width, size });
      }
      pages.push({ number: n, width: view.width, height: view.height, words });
      page.cleanup?.();
    }
    return { ok: true, pages };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      reason: message(`Il PDF non si legge (${why}).`, `The PDF cannot be read (${why}).`),
    };
  } finally {
    await doc.destroy();
  }
}
