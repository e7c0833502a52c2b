/** pira fill: the computed columns of a workbook, in place (atomically) or into another file. */
import { fillWorkbook } from "../../app/fill";
import { prepareStructure } from "../../app/structure";
import { checkLoaded } from "../../app/validate";
import { message } from "../../core/message";
import { count, EXIT, type Context } from "../context";
import { writeAtomic } from "../io";
import { aboutFile, guarded, openFileBackend, readFileInput } from "../load";
import { badOutput, outputKind } from "../output";
import { failed, FILE, FORMULAS, start } from "./common";
import { mappingFile, reportInPlace } from "./fill-in-place";
import type { MappingOverride } from "../../core/grid";
import { countsLine } from "./validate";
import { writerNote } from "../../adapters/xlsx/writer-note";

const OPTIONS = {
  output: { type: "string", short: "o" },
  formulas: { type: "string", choices: FORMULAS },
  regenerate: { type: "boolean" },
  force: { type: "boolean" },
  mapping: { type: "string" },
  sheet: { type: "string" },
} as const;

const STYLE_NAME = {
  native: message("formule Excel", "Excel formulas"),
  pira: message("funzioni PIRA", "PIRA functions"),
  values: message("valori", "values"),
};

export async function fill(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "fill", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const output = args.string("output") ?? input;
  if (outputKind(output) !== "xlsx") return ctx.fail(badOutput(output));
  // the workbook's own formula style unless --formulas says otherwise
  const style = args.string("formulas") as (typeof FORMULAS)[number] | undefined;
  const regenerate = args.flag("regenerate");

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const file = await readFileInput(ctx.path(input));
  if (!file.ok) return failed(ctx, file);
  if (file.kind !== "xlsx")
    return ctx.fail(
      message(
        `fill lavora su una cartella .xlsx: per «${input}» usare prima pira import ${input} -o piano.xlsx.`,
        `fill works on an .xlsx workbook: for «${input}» run pira import ${input} -o plan.xlsx first.`
      )
    );
  const opened = await openFileBackend(input, file.bytes);
  if (!opened.ok) return failed(ctx, opened);
  const workbook = opened.backend;
  let mapping: MappingOverride | undefined;
  const mappingPath = args.string("mapping");
  if (mappingPath !== undefined) {
    const m = await mappingFile(ctx, mappingPath);
    if (!m.ok) return failed(ctx, m);
    mapping = m.mapping;
  }
  const sheet = args.string("sheet");

  ctx.progress.step(message("Calcolo", "Computing"));
  // the PIRA tables' computed columns, or those beside the analyst's own tables (the app decides)
  const filled = await guarded(async () => {
    if (regenerate) {
      // Structure's action: Riepilogo and the mission sheets rebuilt from the tables
      const structure = await prepareStructure(workbook);
      if (!structure.ok) return structure;
      await structure.commit();
    }
    return fillWorkbook(workbook, {
      ...(style ? { style } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      ...(mapping ? { mapping } : {}),
    });
  });
  if (!filled.ok) return failed(ctx, aboutFile(input, filled));
  if (filled.form === "analyst")
    return reportInPlace(ctx, filled, {
      input,
      output,
      stamp: file.stamp,
      workbook,
      force: args.flag("force"),
    });

  const inPlace = ctx.path(output) === ctx.path(input);
  const unchanged = inPlace && filled.changed === 0 && !regenerate;
  if (!unchanged) {
    ctx.progress.step(message(`Scrittura di ${output}`, `Writing ${output}`));
    const w = await writeAtomic(ctx.path(output), await workbook.bytes(), {
      expect: file.stamp,
      overInput: true,
      force: args.flag("force"),
    });
    if (!w.ok) return ctx.fail(w.reason);
    // the whole workbook through ExcelJS: say so, and which parts it could not keep
    const note = writerNote(workbook.writer, output, "--regenerate");
    if (note) ctx.note(note);
  }
  ctx.progress.step(message("Verifica", "Checking"));
  const check = checkLoaded({ ...filled.workbook, diagnostics: filled.diagnostics });
  ctx.progress.done();

  const n = filled.workbook.plan.indicators.length;
  const changed = filled.changed;
  ctx.out(
    unchanged
      ? message(
          `${input}: ${count(n, "indicatore", "indicatori")}, già compilato (nessuna cella cambiata, file non riscritto).`,
          `${input}: ${count(n, "indicator", "indicators")}, already filled (no cell changed, file not rewritten).`
        )
      : message(
          `Compilato ${output}: ${count(n, "indicatore", "indicatori")}, ${count(changed, "cella calcolata cambiata", "celle calcolate cambiate")} (${STYLE_NAME[filled.style].it}).`,
          `Filled ${output}: ${count(n, "indicator", "indicators")}, ${count(changed, "computed cell", "computed cells")} changed (${STYLE_NAME[filled.style].en}).`
        )
  );
  if (filled.fallbacks > 0)
    ctx.out(
      message(
        `  ${count(filled.fallbacks, "riga scritta", "righe scritte")} come valori (formula non applicabile: vedi «Calcolato: Metodo»).`,
        `  ${count(filled.fallbacks, "row", "rows")} written as values (no formula applies: see «Calcolato: Metodo»).`
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
