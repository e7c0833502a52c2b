/**
 * pira diff: what changed between two versions of a plan, for a reviewer — as text (grouped by
 * programme, flagged first), as the contract's JSON, or as an Excel sheet (-o DIFF.xlsx).
 */
import { extname } from "node:path";
import { diffJson, diffLoaded, programmeLabels } from "../../app/diff";
import { message } from "../../core/message";
import { diffText } from "../../core/review";
import { count, EXIT, type Context } from "../context";
import { writeAtomic } from "../io";
import { loadAnyInput } from "../analyst";
import { guardOverwrite } from "../output";
import { failed, FORMATS, start } from "./common";

const OPTIONS = {
  format: { type: "string", choices: FORMATS },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

const FILES = message("la versione precedente e quella nuova", "the older and the newer version");

export async function diffCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "diff", argv, OPTIONS, { min: 2, max: 2, what: FILES });
  if (typeof args === "number") return args;
  const [oldInput, newInput] = args.positionals;
  const output = args.string("output");
  if (output !== undefined && extname(output).toLowerCase() !== ".xlsx")
    return ctx.fail(
      message(
        `-o scrive il confronto in una cartella Excel: il file deve finire in .xlsx, non «${output}».`,
        `-o writes the comparison as an Excel workbook: the file must end in .xlsx, not «${output}».`
      )
    );
  const force = args.flag("force");
  if (output !== undefined) {
    const refused = await guardOverwrite(ctx.path(output), force);
    if (refused) return ctx.fail(refused);
  }
  const loaded = [];
  for (const input of [oldInput, newInput]) {
    ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
    const l = await loadAnyInput(ctx.path(input));
    if (!l.ok) return failed(ctx, l);
    for (const w of l.loaded.warnings) ctx.note(w);
    loaded.push(l.loaded);
  }
  const [old, next] = loaded;
  ctx.progress.step(message("Confronto", "Comparing"));
  const diff = diffLoaded(old, next);
  if (output !== undefined) {
    // the workbook writer (ExcelJS) loaded only when a sheet is asked for
    const { diffWorkbook } = await import("../../app/diff-workbook");
    const bytes = await diffWorkbook(diff, old.plan, next.plan);
    const w = await writeAtomic(ctx.path(output), bytes, { force });
    if (!w.ok) return ctx.fail(w.reason);
  }
  ctx.progress.done();
  if (args.string("format") === "json") ctx.json(diffJson(diff));
  else ctx.out(diffText(diff, ctx.lang, programmeLabels(next.plan, old.plan)).trimEnd());
  if (output !== undefined)
    ctx.note(
      message(
        `Scritto ${output}: ${count(diff.changes.length, "modifica", "modifiche")}, ${count(diff.counts.flagged, "segnalata", "segnalate")}.`,
        `Wrote ${output}: ${count(diff.changes.length, "change", "changes")}, ${count(diff.counts.flagged, "flagged", "flagged")}.`
      )
    );
  return EXIT.ok;
}
