/**
 * pdf.js in the pane and the workbench: a chunk of its own, fetched only when a PDF is opened (the
 * first screen does not carry it). Its worker code comes as a second chunk and runs as pdf.js's
 * in-page worker (`globalThis.pdfjsWorker`), so no worker script has to be served separately.
 */
import type { PdfLibrary } from "../adapters/pdf/read";

let loading: Promise<PdfLibrary> | null = null;

export function loadPdfLibrary(): Promise<PdfLibrary> {
  if (!loading) {
    loading = (async () => {
      const [library, worker] = await Promise.all([
        import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
        import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
      ]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return library as unknown as PdfLibrary;
    })().catch((e: unknown) => {
      loading = null; // a failed load (network) can be retried
      throw e;
    });
  }
  return loading;
}
