/**
 * pira fill on an analyst's own workbook (no PIRA tables, an indicator table the table reader
 * maps), as the app filled it (app/fill.ts → app/analyst-fill.ts): the computed columns beside
 * their table, the mapping stored in the workbook's hidden sheet «PIRA Mappature». `--mapping
 * MAP.json` goes over the stored one; `--sheet NAME` fills only that sheet. A second fill changes
 * nothing and writes nothing.
 */
import type { InPlaceFilled } from "../../app/analyst-fill";
import { failure, type Failure } from "../../app/failure";
import { checkLoaded } from "../../app/validate";
import { UnpatchableWorkbook, type XlsxFileBackend } from "../../adapters/xlsx/file-backend";
import { readMapping, type MappingOverride } from "../../core/grid";
import { message } from "../../core/message";
import { count, EXIT, type Context } from "../context";
import { decodeText, readInput, writeAtomic, type FileStamp } from "../io";
import { aboutFile } from "../load";
import { countsLine } from "./validate";

export interface InPlaceRun {
  input: string;
  output: string;
  stamp: FileStamp;
  workbook: XlsxFileBackend;
  force: boolean;
}

const STYLE_NAME = {
  native: message("formule Excel", "Excel formulas"),
  pira: message("funzioni PIRA", "PIRA functions"),
  values: message("valori", "values"),
};

/** The mapping file given with --mapping, its remarks noted. */
export async function mappingFile(
  ctx: Context,
  path: string
): Promise<{ ok: true; mapping: MappingOverride } | Failure> {
  const file = await readInput(ctx.path(path));
  if (!file.ok) return failure(file.reason, "checkInput");
  const r = readMapping(decodeText(file.value).text);
  if (!r.ok) return aboutFile(path, failure(r.reason, "checkInput"));
  for (const w of r.warnings) ctx.note(w);
  return { ok: true, mapping: r.mapping };
}

/** Writes the workbook filled beside the analyst's tables and says what was done. */
export async function reportInPlace(
  ctx: Context,
  filled: InPlaceFilled,
  run: InPlaceRun
): Promise<number> {
  const { input, output, workbook } = run;
  const inPlace = ctx.path(output) === ctx.path(input);
  const unchanged = inPlace && filled.changed === 0;
  // the analyst's cells the fill wrote, and whether a mapping was stored (a change of its own)
  const cells = filled.sheets.reduce((k, sheet) => k + sheet.changed, 0);
  const stored = filled.sheets.some((sheet) => sheet.storedMapping);
  // their workbook is patched exactly (their cells, charts, pivot tables untouched) or not written
  if (workbook.writer.kind === "exceljs")
    return ctx.fail(new UnpatchableWorkbook(workbook.writer.why ?? "ExcelJS").reason);
  if (!unchanged) {
    ctx.progress.step(message(`Scrittura di ${output}`, `Writing ${output}`));
    const w = await writeAtomic(ctx.path(output), await workbook.bytes(), {
      expect: run.stamp,
      overInput: true,
      force: run.force,
    });
    if (!w.ok) return ctx.fail(w.reason);
  }
  ctx.progress.step(message("Verifica", "Checking"));
  const check = checkLoaded(filled.loaded);
  ctx.progress.done();

  const n = filled.loaded.plan.indicators.length;
  const style = STYLE_NAME[filled.style];
  for (const s of filled.sheets) {
    const cols = `${s.columns[0].at}:${s.columns[s.columns.length - 1].at}`;
    ctx.out(
      message(
        `  «${s.sheet}»: ${count(s.rows, "indicatore", "indicatori")}, colonne calcolate ${cols}.`,
        `  «${s.sheet}»: ${count(s.rows, "indicator", "indicators")}, computed columns ${cols}.`
      )
    );
  }
  ctx.out(
    unchanged
      ? message(
          `${input}: ${count(n, "indicatore", "indicatori")}, già compilato (nessuna cella cambiata, file non riscritto).`,
          `${input}: ${count(n, "indicator", "indicators")}, already filled (no cell changed, file not rewritten).`
        )
      : message(
          `Compilato ${output} accanto alle tabelle dell'analista: ${count(n, "indicatore", "indicatori")}, ${count(cells, "cella cambiata", "celle cambiate")} (${style.it})${stored ? "; mappatura salvata nel foglio nascosto «PIRA Mappature»" : ""}.`,
          `Filled ${output} beside the analyst's tables: ${count(n, "indicator", "indicators")}, ${count(cells, "cell", "cells")} changed (${style.en})${stored ? "; mapping stored in the hidden sheet «PIRA Mappature»" : ""}.`
        )
  );
  if (filled.fallbacks > 0)
    ctx.out(
      message(
        `  ${count(filled.fallbacks, "riga scritta", "righe scritte")} come valori (testo che le formule non leggono, o colonna mancante: vedi «Calcolato: Metodo»).`,
        `  ${count(filled.fallbacks, "row", "rows")} written as values (text the formulas cannot read, or a missing column: see «Calcolato: Metodo»).`
      )
    );
  ctx.out(
    message(
      `Verifica: ${countsLine(check.counts, "it")} — pira validate ${output} per i dettagli.`,
      `Check: ${countsLine(check.counts, "en")} — pira validate ${output} for the details.`
    )
  );
  return EXIT.ok;
}
