/** pira validate: the diagnostics of a document, plan or workbook; exit 0 clean, 1 errors, 2 usage. */
import { message, type Lang } from "../../core/message";
import { diagnosticsJson, diagnosticsText, type ValidationResult } from "../../core/validation";
import { checkLoaded } from "../check";
import { EXIT, type Context } from "../context";
import { loadPlan } from "../load";
import { FILE, FORMATS, start } from "./common";

const OPTIONS = {
  format: { type: "string", choices: FORMATS },
  "as-of": { type: "string" },
  disable: { type: "string", multiple: true },
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
  const loaded = await loadPlan(ctx.path(input));
  if (!loaded.ok) return ctx.fail(loaded.reason);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  ctx.progress.step(message("Verifica", "Checking"));
  const disabled = args.list("disable");
  const result = checkLoaded(loaded.loaded, {
    ...(disabled.length ? { disabledRules: disabled } : {}),
    ...(asOf ? { asOf } : {}),
  });
  ctx.progress.done();

  if (args.string("format") === "json") {
    ctx.out(JSON.stringify(diagnosticsJson(result, ctx.lang), null, 2));
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
  return result.counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}
