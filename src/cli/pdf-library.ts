/**
 * pdf.js in Node: `pdfjs-dist` ships ES modules only, and this program is compiled to CommonJS,
 * where `import()` would become `require()`. The module is loaded by Node's own loader (a
 * function compiled in the main context with Node's default dynamic-import loader), once.
 */
import * as vm from "node:vm";
import type { PdfLibrary } from "../adapters/pdf/read";

let loaded: Promise<PdfLibrary> | null = null;

export function pdfLibrary(): Promise<PdfLibrary> {
  if (loaded) return loaded;
  const options = {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  } as vm.RunningScriptOptions;
  const load = vm.runInThisContext("(specifier) => import(specifier)", options) as (
    s: string
  ) => Promise<PdfLibrary>;
  loaded = load(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));
  return loaded;
}
