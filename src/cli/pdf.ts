/**
 * Word → PDF/A with LibreOffice, for `pira publish -o OUT.pdf`. LibreOffice runs headless in a
 * temporary folder of its own, with a profile of its own (so it neither meets a LibreOffice the
 * user has open nor changes the user's settings): the profile is seeded with PDF/A-2 as the PDF
 * version, and the export filter is also given it as an option (LibreOffice 7.4 and later read
 * the JSON form; older ones the profile). The result is checked: a PDF, and a PDF/A one.
 */
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { message, type Message } from "../core/message";

const NAMES = ["soffice", "libreoffice"];
/** a large plan's document converts in well under a minute; a hung office gives up here */
const TIMEOUT_MS = 10 * 60 * 1000;

/** LibreOffice's program: $PIRA_SOFFICE, else soffice or libreoffice on the PATH; null if none. */
export async function findLibreOffice(
  env: Record<string, string | undefined>
): Promise<string | null> {
  const candidates = env.PIRA_SOFFICE
    ? [env.PIRA_SOFFICE]
    : (env.PATH ?? "")
        .split(delimiter)
        .filter((d) => d)
        .flatMap((d) => NAMES.map((n) => join(d, process.platform === "win32" ? `${n}.exe` : n)));
  for (const c of candidates) {
    try {
      await access(c, constants.X_OK);
      return c;
    } catch {
      // not there: the next one
    }
  }
  return null;
}

export const NO_LIBREOFFICE = message(
  "Per il PDF serve LibreOffice (Writer), che non è stato trovato (soffice o libreoffice nel PATH, o la variabile PIRA_SOFFICE). " +
    "Installarlo: su Debian/Ubuntu «apt-get install libreoffice-writer-nogui»; su Windows e macOS da https://www.libreoffice.org. " +
    "Intanto il documento si può avere in Word (-o FILE.docx) o in HTML (-o FILE.html).",
  "PDF needs LibreOffice (Writer), which was not found (soffice or libreoffice on the PATH, or the PIRA_SOFFICE variable). " +
    "Install it: on Debian/Ubuntu «apt-get install libreoffice-writer-nogui»; on Windows and macOS from https://www.libreoffice.org. " +
    "Meanwhile the document can be had as Word (-o FILE.docx) or HTML (-o FILE.html)."
);

/** The profile's settings: PDF/A-2b as the version of every PDF export. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export"><prop oor:name="SelectPdfVersion" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
`;

const FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

function run(
  program: string,
  args: string[],
  cwd: string
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (b: Buffer) => {
      if (output.length < 8000) output += b.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, output: output + String(e), timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

export type PdfResult =
  { ok: true; pdf: Uint8Array; pdfA: boolean } | { ok: false; reason: Message };

/** A PDF/A marker in the document's XMP metadata (pdfaid:part). */
function isPdfA(pdf: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(pdf);
  return /pdfaid:part\s*(=\s*["']|>)\s*[123]/.test(text);
}

/** Converts Word bytes to PDF/A with the LibreOffice at `program`. */
export async function wordToPdf(program: string, docx: Uint8Array): Promise<PdfResult> {
  const dir = await mkdtemp(join(tmpdir(), "pira-pdf-"));
  try {
    const profile = join(dir, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    const input = join(dir, "documento.docx");
    await writeFile(input, docx);
    const out = join(dir, "out");
    await mkdir(out);
    const r = await run(
      program,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        FILTER,
        "--outdir",
        out,
        input,
      ],
      dir
    );
    let pdf: Uint8Array;
    try {
      pdf = new Uint8Array(await readFile(join(out, "documento.pdf")));
    } catch {
      const why = r.timedOut ? "timeout" : `exit ${r.code ?? "?"}; ${r.output.trim().slice(-400)}`;
      return {
        ok: false,
        reason: message(
          `LibreOffice non ha prodotto il PDF (${why}).`,
          `LibreOffice produced no PDF (${why}).`
        ),
      };
    }
    if (new TextDecoder("latin1").decode(pdf.subarray(0, 5)) !== "%PDF-")
      return {
        ok: false,
        reason: message(
          "LibreOffice ha scritto un file che non è un PDF.",
          "LibreOffice wrote a file that is not a PDF."
        ),
      };
    return { ok: true, pdf, pdfA: isPdfA(pdf) };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
