/** pira export: the plan as JSON with its computed fields, on stdout or into a file. */
import { extname } from "node:path";
import { exportPlanJson } from "../../app/export";
import { message } from "../../core/message";
import { count, EXIT, type Context } from "../context";
import { writeAtomic } from "../io";
import { loadAnyInput } from "../analyst";
import { failed, FILE, start } from "./common";

const OPTIONS = { output: { type: "string", short: "o" }, force: { type: "boolean" } } as const;

export async function exportCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "export", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const output = args.string("output");
  if (output !== undefined && extname(output).toLowerCase() !== ".json")
    return ctx.fail(
      message(
        `export scrive JSON: il file d'uscita deve finire in .json, non «${output}» (per una cartella: pira import).`,
        `export writes JSON: the output file must end in .json, not «${output}» (for a workbook: pira import).`
      )
    );
  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const loaded = await loadAnyInput(ctx.path(input));
  if (!loaded.ok) return failed(ctx, loaded);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  // computed with the workbook's own outcome thresholds
  const json = exportPlanJson(loaded.loaded);
  ctx.progress.done();
  if (output === undefined) {
    ctx.json(json);
    return EXIT.ok;
  }
  const w = await writeAtomic(ctx.path(output), json, {
    expect: loaded.stamp,
    force: args.flag("force"),
  });
  if (!w.ok) return ctx.fail(w.reason);
  const plan = loaded.loaded.plan;
  ctx.note(
    message(
      `Esportato ${output}: ${count(plan.programmes.length, "programma", "programmi")}, ${count(plan.indicators.length, "indicatore", "indicatori")}.`,
      `Exported ${output}: ${count(plan.programmes.length, "programme", "programmes")}, ${count(plan.indicators.length, "indicator", "indicators")}.`
    )
  );
  return EXIT.ok;
}
