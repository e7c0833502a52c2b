/**
 * What a file chosen in the workbench's «Apri» is, from its first bytes and its name, before
 * anything is replaced: an .xlsx workbook, a CSV (text) table, or something the workbench cannot
 * open — an .xls or .ods to save as .xlsx, a Word or PDF document whose plan «Importa» reads, a
 * damaged package, a binary file named .csv — with what to do instead.
 */
import { message, type Message } from "../core/message";
import { looksBinary } from "../taskpane/components/read-file";

export type FileKind = { kind: "xlsx" } | { kind: "csv" } | { kind: "refused"; reason: Message };

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** The package's part names and mimetype as latin-1 text (zip stores names uncompressed). */
function zipNames(bytes: Uint8Array): string {
  let s = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return s;
}

const word = (name: string) =>
  message(
    `«${name}» è un documento Word, non una cartella di lavoro: per leggerne il piano usare «Importa» nel pannello (incollandone il testo).`,
    `«${name}» is a Word document, not a workbook: to read its plan use «Import» in the pane (pasting its text).`
  );
const pdf = (name: string) =>
  message(
    `«${name}» è un PDF, non una cartella di lavoro: per leggerne il piano caricarlo in «Importa › Carica un file…» nel pannello.`,
    `«${name}» is a PDF, not a workbook: to read its plan load it in «Import › Load a file…» in the pane.`
  );
const saveAsXlsx = (name: string, what: { it: string; en: string }) =>
  message(
    `«${name}» è ${what.it}: il banco di prova apre solo .xlsx e .csv. Aprirlo in Excel o LibreOffice, salvarlo come .xlsx (Cartella di lavoro di Excel) e aprire quello.`,
    `«${name}» is ${what.en}: the workbench opens only .xlsx and .csv. Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook) and open that.`
  );
const XLS = { it: "un file .xls (Excel 97-2003)", en: "an .xls file (Excel 97-2003)" };
const ODS = { it: "un foglio OpenDocument (.ods)", en: "an OpenDocument spreadsheet (.ods)" };
export const damaged = (name: string) =>
  message(
    `«${name}» non si apre: il file è danneggiato o incompleto. Riaprirlo in Excel e salvarlo di nuovo come .xlsx (o scaricarlo di nuovo), poi riprovare.`,
    `«${name}» cannot be opened: the file is damaged or incomplete. Open it again in Excel and save it again as .xlsx (or download it again), then try again.`
  );
const notTable = (name: string) =>
  message(
    `«${name}» non è un file .xlsx né un testo CSV: il banco di prova apre cartelle di lavoro .xlsx e tabelle .csv. Per un PIRA in Word, PDF o testo usare «Importa» nel pannello.`,
    `«${name}» is neither an .xlsx file nor CSV text: the workbench opens .xlsx workbooks and .csv tables. For a PIRA in Word, PDF or text use «Import» in the pane.`
  );

/** What the chosen file is; refused files come with the reason and what to do. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const names = zipNames(bytes);
    if (names.includes("xl/workbook.xml") || names.includes("xl/workbook.bin"))
      return names.includes("xl/workbook.bin")
        ? {
            kind: "refused",
            reason: saveAsXlsx(name, { it: "un file .xlsb", en: "an .xlsb file" }),
          }
        : { kind: "xlsx" };
    if (names.includes("word/document.xml")) return { kind: "refused", reason: word(name) };
    if (names.includes("application/vnd.oasis.opendocument.spreadsheet"))
      return { kind: "refused", reason: saveAsXlsx(name, ODS) };
    if (names.includes("application/vnd.oasis.opendocument.text"))
      return { kind: "refused", reason: word(name) };
    if (ext === "ods") return { kind: "refused", reason: saveAsXlsx(name, ODS) };
    if (ext === "docx" || ext === "odt") return { kind: "refused", reason: word(name) };
    // a zip that does not say what it is: an .xlsx cut short, or not a workbook at all
    return {
      kind: "refused",
      reason: ext === "xlsx" || ext === "xlsm" ? damaged(name) : notTable(name),
    };
  }
  if (startsWith(bytes, OLE))
    return { kind: "refused", reason: ext === "doc" ? word(name) : saveAsXlsx(name, XLS) };
  if (startsWith(bytes, PDF)) return { kind: "refused", reason: pdf(name) };
  if (ext === "xls") return { kind: "refused", reason: saveAsXlsx(name, XLS) };
  if (ext === "ods") return { kind: "refused", reason: saveAsXlsx(name, ODS) };
  if (ext === "doc" || ext === "docx" || ext === "odt" || ext === "rtf")
    return { kind: "refused", reason: word(name) };
  if (ext === "pdf") return { kind: "refused", reason: pdf(name) };
  if (ext === "xlsx" || ext === "xlsm") return { kind: "refused", reason: damaged(name) };
  if ((ext === "csv" || ext === "tsv") && !looksBinary(bytes)) return { kind: "csv" };
  return { kind: "refused", reason: notTable(name) };
}
