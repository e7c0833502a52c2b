/**
 * What the user is told when a workbook was not written into its own package but whole, by
 * ExcelJS: why, which of the parts ExcelJS does not know were put back, and which are gone.
 */
import { message, type Message } from "../../core/message";
import type { FileWriter } from "./file-backend";

const LISTED = 6;

function listed(parts: string[]): string {
  const shown = parts.slice(0, LISTED).join(", ");
  return parts.length > LISTED ? `${shown} … (+${parts.length - LISTED})` : shown;
}

/** The note for a file written by `writer`, or null when the package itself was patched. */
export function writerNote(writer: FileWriter, file: string, reason?: string): Message | null {
  if (writer.kind !== "exceljs") return null;
  const why = writer.why ?? reason;
  const because = why ? ` (${why})` : "";
  const kept = writer.kept ?? [];
  const lost = writer.lost;
  const keptIt = kept.length
    ? ` Rimesse com'erano le parti che ExcelJS non conosce: ${listed(kept)}.`
    : "";
  const keptEn = kept.length
    ? ` Put back as they were, parts ExcelJS does not know: ${listed(kept)}.`
    : "";
  if (lost === undefined)
    return message(
      `Nota: la cartella è stata riscritta per intero${because} da ExcelJS; grafici, immagini e altre parti che ExcelJS non conosce possono non esserci più: controllare ${file}.`,
      `Note: the whole workbook was written again${because} by ExcelJS; charts, images and other parts ExcelJS does not know may be gone: check ${file}.`
    );
  return message(
    `Nota: la cartella è stata riscritta per intero${because} da ExcelJS.${keptIt} ${
      lost.length
        ? `Non è stato possibile conservare: ${listed(lost)}: controllare ${file}.`
        : `Nessuna parte del file originale è andata persa (${file}).`
    }`,
    `Note: the whole workbook was written again${because} by ExcelJS.${keptEn} ${
      lost.length
        ? `Could not be kept: ${listed(lost)}: check ${file}.`
        : `No part of the original file was lost (${file}).`
    }`
  );
}
