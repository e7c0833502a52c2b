/** pira import: a document, plan or workbook → a workbook or plan, with the import report. */
import type { LoadedPlan } from "../../app/loaded";
import { message } from "../../core/message";
import { countDiagnostics } from "../../core/validation";
import { EXIT, type Context } from "../context";
import { reportPathFor, writeAtomic } from "../io";
import { isAnalystPlan } from "../../app/analyst";
import { loadForImport } from "../analyst";
import {
  importReportJson,
  listAnalyst,
  mappingPathFor,
  unplacedCells,
  writeAnalystReport,
} from "../analyst-report";
import { guardOverwrite, writePlan } from "../output";
import { failed, FILE, FORMULAS, planOutput, start } from "./common";

const OPTIONS = {
  output: { type: "string", short: "o" },
  formulas: { type: "string", choices: FORMULAS },
  force: { type: "boolean" },
  sheet: { type: "string" },
  mapping: { type: "string" },
} as const;

/** How many not-understood cells are listed on the terminal (all are in the report). */
const LISTED = 10;

export async function importCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "import", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const output = planOutput(ctx, args, message("il file da scrivere", "the file to write"));
  if (typeof output === "number") return output;
  const outPath = ctx.path(output);
  const refused = await guardOverwrite(outPath, args.flag("force"));
  if (refused) return ctx.fail(refused);

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  // a text: the pane's Import preview (a text with nothing of a plan in it is refused); an
  // analyst's table (CSV, Word, a workbook that is not a PIRA workbook): the table reader
  const mappingPath = args.string("mapping");
  const loaded = await loadForImport(ctx.path(input), {
    sheet: args.string("sheet"),
    mapping: mappingPath === undefined ? undefined : ctx.path(mappingPath),
  });
  if (!loaded.ok) return failed(ctx, loaded);
  const { plan, report, settings } = loaded.loaded;
  for (const w of loaded.loaded.warnings) ctx.note(w);

  ctx.progress.step(message(`Scrittura di ${output}`, `Writing ${output}`));
  // the workbook's own settings travel with its plan; --formulas chooses the style
  const formulas = args.string("formulas") as (typeof FORMULAS)[number] | undefined;
  const force = args.flag("force");
  // every file the import writes is checked before the first is written: none replaced unasked
  const analystPlan = isAnalystPlan(loaded.loaded) ? loaded.loaded : null;
  const besides = analystPlan
    ? [reportPathFor(outPath), mappingPathFor(outPath)]
    : report
      ? [reportPathFor(outPath)]
      : [];
  for (const path of besides) {
    const taken = await guardOverwrite(path, force);
    if (taken) return ctx.fail(taken);
  }
  const written = await writePlan(
    plan,
    outPath,
    { ...settings, formulaStyle: formulas ?? settings.formulaStyle },
    { expect: loaded.stamp, force }
  );
  if (!written.ok)
    return ctx.fail(
      message(`${written.reason.it} Nessun file scritto.`, `${written.reason.en} No file written.`)
    );
  let reportName: string | null = null;
  const analyst = analystPlan?.analyst ?? null;
  if (analystPlan) {
    reportName = reportPathFor(output);
    const failedWrite = await writeAnalystReport(analystPlan, input, output, outPath, force, ctx);
    if (failedWrite !== null) return failedWrite;
  } else if (report) {
    // each output's outcome told as it is: the plan is written by now
    reportName = reportPathFor(output);
    const w = await writeAtomic(
      reportPathFor(outPath),
      reportJson(loaded.loaded, input, output, ctx),
      { force }
    );
    if (!w.ok)
      return ctx.fail(
        message(
          `${output} è stato scritto; il rapporto d'importazione ${reportName} no: ${w.reason.it}`,
          `${output} was written; the import report ${reportName} was not: ${w.reason.en}`
        )
      );
  }
  ctx.progress.done();

  const counts = countDiagnostics(loaded.loaded.diagnostics);
  const notUnderstood = analyst ? unplacedCells(analyst) : report ? report.counts.notUnderstood : 0;
  ctx.out(message(`Importato ${input} → ${output}`, `Imported ${input} → ${output}`));
  ctx.out(
    message(
      `  enti:                ${plan.entities.length}`,
      `  entities:            ${plan.entities.length}`
    )
  );
  ctx.out(
    message(
      `  programmi:           ${plan.programmes.length}`,
      `  programmes:          ${plan.programmes.length}`
    )
  );
  ctx.out(
    message(
      `  indicatori:          ${plan.indicators.length}`,
      `  indicators:          ${plan.indicators.length}`
    )
  );
  ctx.out(
    message(`  celle non comprese:  ${notUnderstood}`, `  cells not understood: ${notUnderstood}`)
  );
  ctx.out(
    message(
      `  segnalazioni:        ${counts.error} errori, ${counts.warning} avvisi, ${counts.info} informazioni`,
      `  diagnostics:         ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`
    )
  );
  if (reportName)
    ctx.out(message(`Rapporto d'importazione: ${reportName}`, `Import report: ${reportName}`));
  if (analyst) listAnalyst(analyst, output, ctx);
  for (const n of report?.notUnderstood.slice(0, LISTED) ?? [])
    ctx.note(
      message(
        `  riga ${n.line}: «${short(n.text)}» — ${n.reason.it}`,
        `  line ${n.line}: «${short(n.text)}» — ${n.reason.en}`
      )
    );
  if (!analyst && notUnderstood > LISTED)
    ctx.note(
      message(
        `  … e altre ${notUnderstood - LISTED}: vedi il rapporto.`,
        `  … and ${notUnderstood - LISTED} more: see the report.`
      )
    );
  ctx.note(
    message(
      `Per verificare il piano: pira validate ${output}`,
      `To check the plan: pira validate ${output}`
    )
  );
  return EXIT.ok;
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** The import report file: what was found, what was not understood and why, the importer's choices. */
function reportJson(loaded: LoadedPlan, input: string, output: string, ctx: Context): string {
  const report = loaded.report!;
  return importReportJson(
    loaded.diagnostics,
    input,
    output,
    {
      layouts: report.layouts,
      counts: report.counts,
      notUnderstood: report.notUnderstood.map((n) => ({
        line: n.line,
        text: n.text,
        reason: ctx.t(n.reason),
      })),
    },
    ctx
  );
}
