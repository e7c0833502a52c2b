/** pira fill: the computed columns of a workbook, in place (atomically) or into another file. */
import { message } from "../../core/message";
import { fillXlsx } from "../../adapters/xlsx";
import { checkLoaded } from "../check";
import { count, EXIT, type Context } from "../context";
import { readInput, writeAtomic } from "../io";
import { inputKind, workbookLocations } from "../load";
import { badOutput, outputKind } from "../output";
import { FILE, FORMULAS, start } from "./common";
import { countsLine } from "./validate";

const OPTIONS = {
  output: { type: "string", short: "o" },
  formulas: { type: "string", choices: FORMULAS },
  regenerate: { type: "boolean" },
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
  const style = (args.string("formulas") ?? "native") as (typeof FORMULAS)[number];

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const file = await readInput(ctx.path(input));
  if (!file.ok) return ctx.fail(file.reason);
  if (inputKind(input, file.value) !== "xlsx")
    return ctx.fail(
      message(
        `fill lavora su una cartella .xlsx: per «${input}» usare prima pira import ${input} -o piano.xlsx.`,
        `fill works on an .xlsx workbook: for «${input}» run pira import ${input} -o plan.xlsx first.`
      )
    );
  ctx.progress.step(message("Calcolo", "Computing"));
  const filled = await fillXlsx(file.value, { style, regenerate: args.flag("regenerate") });
  if (!filled.ok)
    return ctx.fail(message(`«${input}»: ${filled.reason.it}`, `«${input}»: ${filled.reason.en}`));
  const blocking = filled.diagnostics.find((d) => d.severity === "error" && d.code === "PIRA-X009");
  if (blocking || !filled.fill)
    return ctx.fail(blocking?.message ?? message("niente da calcolare.", "nothing to compute."));

  const inPlace = ctx.path(output) === ctx.path(input);
  const unchanged = inPlace && filled.fill.changed === 0 && !args.flag("regenerate");
  if (!unchanged) {
    ctx.progress.step(message(`Scrittura di ${output}`, `Writing ${output}`));
    const w = await writeAtomic(ctx.path(output), filled.bytes);
    if (!w.ok) return ctx.fail(w.reason);
    if (filled.writer.kind === "exceljs") {
      // the whole workbook through ExcelJS: say so, as parts it does not know are not written back
      const why = filled.writer.why ?? "--regenerate";
      ctx.note(
        message(
          `Nota: la cartella è stata riscritta per intero (${why}); grafici, immagini e altre parti che ExcelJS non conosce possono non esserci più: controllare ${output}.`,
          `Note: the whole workbook was written again (${why}); charts, images and other parts ExcelJS does not know may be gone: check ${output}.`
        )
      );
    }
  }
  ctx.progress.step(message("Verifica", "Checking"));
  const check = checkLoaded({
    plan: filled.read.plan,
    locations: workbookLocations(filled.read),
    diagnostics: filled.diagnostics,
    workbook: filled.read,
  });
  ctx.progress.done();

  const n = filled.read.plan.indicators.length;
  const changed = filled.fill.changed;
  ctx.out(
    unchanged
      ? message(
          `${input}: ${count(n, "indicatore", "indicatori")}, già compilato (nessuna cella cambiata, file non riscritto).`,
          `${input}: ${count(n, "indicator", "indicators")}, already filled (no cell changed, file not rewritten).`
        )
      : message(
          `Compilato ${output}: ${count(n, "indicatore", "indicatori")}, ${count(changed, "cella calcolata cambiata", "celle calcolate cambiate")} (${STYLE_NAME[style].it}).`,
          `Filled ${output}: ${count(n, "indicator", "indicators")}, ${count(changed, "computed cell", "computed cells")} changed (${STYLE_NAME[style].en}).`
        )
  );
  if (filled.fill.fallbacks > 0)
    ctx.out(
      message(
        `  ${count(filled.fill.fallbacks, "riga scritta", "righe scritte")} come valori (formula non applicabile: vedi «Calcolato: Metodo»).`,
        `  ${count(filled.fill.fallbacks, "row", "rows")} written as values (no formula applies: see «Calcolato: Metodo»).`
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
