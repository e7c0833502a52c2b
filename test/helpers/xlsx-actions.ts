/**
 * The app's actions on .xlsx bytes over the file backend, as `pira` runs them: what the tests of
 * the xlsx adapter read and fill through (there is no second, test-only API beside the app).
 */
import type { BufferLike } from "../../src/adapters/xlsx/buffer";
import type { WriteCellOptions } from "../../src/adapters/xlsx/cells";
import {
  UnpatchableWorkbook,
  XlsxFileBackend,
  type FileWriter,
} from "../../src/adapters/xlsx/file-backend";
import { UnreadableWorkbook } from "../../src/adapters/xlsx/read/refusal";
import { failure, type Failure } from "../../src/app/failure";
import { message } from "../../src/core/message";
import { fillWorkbook, type Filled } from "../../src/app/fill";
import { prepareStructure } from "../../src/app/structure";
import { readWorkbook } from "../../src/app/workbook";
import type { ReadResult } from "../../src/workbook/read/read";
import type { FormulaStyle } from "../../src/workbook/write/row-cells";

async function guarded<T>(work: () => Promise<T | Failure>): Promise<T | Failure> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return failure(e.reason, "checkText");
    // a write the package cannot take exactly is refused, as pira fill refuses it (src/cli/load.ts)
    if (e instanceof UnpatchableWorkbook) return failure(e.reason, "checkInput");
    throw e;
  }
}

async function open(
  bytes: BufferLike,
  options: WriteCellOptions = {}
): Promise<XlsxFileBackend | Failure> {
  const opened = await XlsxFileBackend.open(bytes, options);
  return opened.ok ? opened.backend : failure(opened.reason, "checkText");
}

/** .xlsx bytes → the plan of its PIRA tables, with diagnostics (sheet and cell) and rows. */
export async function readXlsxPlan(
  bytes: BufferLike
): Promise<{ ok: true; result: ReadResult } | Failure> {
  const file = await open(bytes);
  if (!(file instanceof XlsxFileBackend)) return file;
  return guarded(async () => {
    const r = await readWorkbook(file);
    return r.ok ? { ok: true as const, result: r.read } : r;
  });
}

/** How the filled file was written: into the package (every other part kept), or by ExcelJS. */
export type FillWriter = { kind: "package" } | Exclude<FileWriter, { kind: "unchanged" }>;

export interface FilledXlsx {
  ok: true;
  bytes: Uint8Array;
  writer: FillWriter;
  read: ReadResult;
  fill: Pick<Filled, "patch" | "changed" | "fallbacks" | "rows" | "cells">;
  diagnostics: Filled["diagnostics"];
}

/** `pira fill` on .xlsx bytes (`regenerate`: `--regenerate`, Structure first). */
export async function fillXlsxFile(
  bytes: BufferLike,
  options: WriteCellOptions & { style?: FormulaStyle; regenerate?: boolean } = {}
): Promise<FilledXlsx | Failure> {
  const { style, regenerate, ...write } = options;
  const file = await open(bytes, write);
  if (!(file instanceof XlsxFileBackend)) return file;
  return guarded(async () => {
    if (regenerate) {
      const structure = await prepareStructure(file);
      if (!structure.ok) return structure;
      await structure.commit();
    }
    const f = await fillWorkbook(file, style ? { style } : {});
    if (!f.ok) return f;
    // read as the analyst's own table (a damaged PIRA workbook can be): not what these helpers fill
    if (f.form !== "pira")
      return failure(
        message(
          "non è una cartella PIRA: letta come tabella propria dell'analista",
          "not a PIRA workbook: read as the analyst's own table"
        ),
        "checkInput"
      );
    const writer: FillWriter = file.writer.kind === "unchanged" ? { kind: "package" } : file.writer;
    return {
      ok: true as const,
      bytes: await file.bytes(),
      writer,
      read: f.workbook.read,
      fill: f,
      diagnostics: f.diagnostics,
    };
  });
}
