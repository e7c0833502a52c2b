/**
 * pira rollover: the plan of the next triennium (.xlsx or .json), and beside it the report of what
 * needs the analyst (NEXT.rollover.json); the notes are also printed, the first ones in full.
 */
import { dirname, basename, extname, join } from "node:path";
import { rolloverLoaded, rolloverReportJson } from "../../app/rollover";
import { message } from "../../core/message";
import { count, EXIT, type Context } from "../context";
import { writeAtomic } from "../io";
import { loadAnyInput } from "../analyst";
import { guardOverwrite, writePlan } from "../output";
import { failed, FILE, planOutput, start } from "./common";

const OPTIONS = {
  output: { type: "string", short: "o" },
  year: { type: "string" },
  force: { type: "boolean" },
} as const;

/** How many notes are printed on the terminal (all are in the report). */
const LISTED = 15;

/** NEXT.xlsx → NEXT.rollover.json, beside it. */
export function rolloverReportPath(output: string): string {
  const ext = extname(output);
  return join(dirname(output), `${basename(output, ext)}.rollover.json`);
}

export async function rolloverCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "rollover", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const output = planOutput(
    ctx,
    args,
    message("il piano del nuovo triennio da scrivere", "the next triennium's plan to write")
  );
  if (typeof output === "number") return output;
  const yearText = args.string("year");
  if (yearText !== undefined && !/^\s*\d{4}\s*$/.test(yearText))
    return ctx.fail(
      message(`--year vuole un anno, non «${yearText}».`, `--year takes a year, not «${yearText}».`)
    );
  const force = args.flag("force");
  const outPath = ctx.path(output);
  const reportPath = rolloverReportPath(outPath);
  for (const path of [outPath, reportPath]) {
    const refused = await guardOverwrite(path, force);
    if (refused) return ctx.fail(refused);
  }

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const loaded = await loadAnyInput(ctx.path(input));
  if (!loaded.ok) return failed(ctx, loaded);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  const old = loaded.loaded.plan;
  const r = rolloverLoaded(loaded.loaded, yearText === undefined ? undefined : Number(yearText));
  if (!r.ok) return failed(ctx, r);
  const { plan, notes } = r.result;

  ctx.progress.step(message(`Scrittura di ${output}`, `Writing ${output}`));
  const written = await writePlan(plan, outPath, r.settings, { expect: loaded.stamp, force });
  if (!written.ok)
    return ctx.fail(
      message(`${written.reason.it} Nessun file scritto.`, `${written.reason.en} No file written.`)
    );
  const report = await writeAtomic(reportPath, rolloverReportJson(old, r.result, ctx.lang), {
    force,
  });
  ctx.progress.done();
  if (!report.ok) return ctx.fail(report.reason);
  const reportName = rolloverReportPath(output);
  ctx.note(
    message(
      `Scritto ${output}: triennio ${plan.firstYear}-${plan.firstYear + 2}, ${count(plan.programmes.length, "programma", "programmi")}, ${count(plan.indicators.length, "indicatore", "indicatori")}; ${count(notes.length, "punto da vedere", "punti da vedere")} in ${reportName}.`,
      `Wrote ${output}: triennium ${plan.firstYear}-${plan.firstYear + 2}, ${count(plan.programmes.length, "programme", "programmes")}, ${count(plan.indicators.length, "indicator", "indicators")}; ${count(notes.length, "point to look at", "points to look at")} in ${reportName}.`
    )
  );
  for (const n of notes.slice(0, LISTED)) ctx.note(`  ${n.message[ctx.lang]}`);
  if (notes.length > LISTED)
    ctx.note(
      message(
        `  … e altri ${notes.length - LISTED} nel rapporto.`,
        `  … and ${notes.length - LISTED} more in the report.`
      )
    );
  return EXIT.ok;
}
