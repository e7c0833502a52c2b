/**
 * pdf.js in Node: `pdfjs-dist` ships ES modules only, and this program is compiled to CommonJS,
 * where `import()` would become `require()`. The module is loaded by Node's own loader: through a
 * function made at run time (so the compiler leaves its `import()` alone); where code runs in a
 * VM context (the test runner), through one compiled in the main context with Node's default
 * loader for dynamic imports. Loaded once.
 */
import * as vm from "node:vm";
import type { PdfLibrary } from "../adapters/pdf/read";

type Load = (specifier: string) => Promise<PdfLibrary>;

let loaded: Promise<PdfLibrary> | null = null;

function inMainContext(): Load {
  const options = {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  } as vm.RunningScriptOptions;
  return vm.runInThisContext("(specifier) => import(specifier)", options) as Load;
}

export function pdfLibrary(): Promise<PdfLibrary> {
  if (loaded) return loaded;
  const specifier = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
  const native = new Function("specifier", "return import(specifier)") as Load;
  loaded = native(specifier).catch(() => inMainContext()(specifier));
  return loaded;
}
