/** pira validate: the diagnostics of a document, plan or workbook; exit 0 clean, 1 errors, 2 usage. */
import { checkLoaded } from "../../app/check";
import type { XlsxFileBackend } from "../../adapters/xlsx/file-backend";
import { message, type Lang } from "../../core/message";
import type { Plan } from "../../core/plan";
import { diagnosticsJson, diagnosticsText, type ValidationResult } from "../../core/validation";
import { EXIT, type Context } from "../context";
import { writeAtomic, type WriteOptions } from "../io";
import { guarded, loadAnyInput } from "../load";
import { failed, FILE, FORMATS, start } from "./common";

const OPTIONS = {
  format: { type: "string", choices: FORMATS },
  "as-of": { type: "string" },
  disable: { type: "string", multiple: true },
  sheet: { type: "boolean" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

export function countsLine(counts: ValidationResult["counts"], lang: Lang): string {
  const { error, warning, info } = counts;
  return lang === "it"
    ? `${error} ${error === 1 ? "errore" : "errori"}, ${warning} ${warning === 1 ? "avviso" : "avvisi"}, ${info} ${info === 1 ? "informazione" : "informazioni"}`
    : `${error} ${error === 1 ? "error" : "errors"}, ${warning} ${warning === 1 ? "warning" : "warnings"}, ${info} info`;
}

export async function validate(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "validate", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const asOf = args.string("as-of");
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    return ctx.fail(
      message(
        `--as-of vuole una data AAAA-MM-GG, non «${asOf}».`,
        `--as-of takes a date YYYY-MM-DD, not «${asOf}».`
      )
    );

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const loaded = await loadAnyInput(ctx.path(input));
  if (!loaded.ok) return failed(ctx, loaded);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  ctx.progress.step(message("Verifica", "Checking"));
  const disabled = args.list("disable");
  const result = checkLoaded(loaded.loaded, {
    ...(disabled.length ? { disabledRules: disabled } : {}),
    ...(asOf ? { asOf } : {}),
  });
  ctx.progress.done();

  if (args.string("format") === "json") {
    ctx.json(JSON.stringify(diagnosticsJson(result, ctx.lang), null, 2));
  } else {
    const text = diagnosticsText(result, ctx.lang).trimEnd();
    if (text !== "") ctx.out(text);
    const notUnderstood = loaded.loaded.report?.counts.notUnderstood ?? 0;
    if (notUnderstood > 0)
      ctx.note(
        message(
          `${notUnderstood} celle del documento non comprese: pira import ${input} -o piano.xlsx le elenca nel rapporto.`,
          `${notUnderstood} cells of the document not understood: pira import ${input} -o plan.xlsx lists them in its report.`
        )
      );
    ctx.note(
      message(
        `${input}: ${countsLine(result.counts, "it")}.`,
        `${input}: ${countsLine(result.counts, "en")}.`
      )
    );
  }
  if (args.flag("sheet")) {
    const written = await writeReportSheet(
      ctx,
      input,
      args.string("output") ?? input,
      loaded.workbook,
      result,
      loaded.loaded.plan,
      { expect: loaded.stamp, overInput: true, force: args.flag("force") }
    );
    if (written !== EXIT.ok) return written;
  }
  return result.counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}

/**
 * --sheet: the diagnostics as a "Verifica" sheet in the workbook (links to their cells), written
 * in place atomically or into -o. The sheet is the add-in's own: rebuilt, never merged.
 */
async function writeReportSheet(
  ctx: Context,
  input: string,
  output: string,
  workbook: XlsxFileBackend | null,
  result: ValidationResult,
  plan: Plan,
  options: WriteOptions
): Promise<number> {
  if (!workbook)
    return ctx.fail(
      message(
        `--sheet scrive in una cartella .xlsx: «${input}» non lo è.`,
        `--sheet writes into an .xlsx workbook: «${input}» is not one.`
      )
    );
  // the workbook layer's sheet writer, loaded only for --sheet (a plan JSON is checked without it)
  const [{ writeValidationSheet }, { writerNote }] = await Promise.all([
    import("../../app/validate"),
    import("../../adapters/xlsx/writer-note"),
  ]);
  const sheet = await guarded(async () => ({
    ok: true as const,
    name: await writeValidationSheet(workbook, plan, result, ctx.lang),
  }));
  if (!sheet.ok) return failed(ctx, sheet);
  const w = await writeAtomic(ctx.path(output), await workbook.bytes(), options);
  if (!w.ok) return ctx.fail(w.reason);
  ctx.note(
    message(`Foglio «Verifica» scritto in ${output}.`, `Sheet «Verifica» written to ${output}.`)
  );
  const note = writerNote(workbook.writer, output);
  if (note) ctx.note(note);
  return EXIT.ok;
}
