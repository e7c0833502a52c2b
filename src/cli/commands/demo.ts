/** pira demo: the bundled example imported, written, filled, checked, summarised. */
import { prepareCreate } from "../../app/create";
import { fillWorkbook } from "../../app/fill";
import { previewImport } from "../../app/import";
import { defaultSettings } from "../../app/settings";
import { summariseLoaded } from "../../app/summary";
import { checkLoaded } from "../../app/validate";
import { XlsxFileBackend } from "../../adapters/xlsx/file-backend";
import { message } from "../../core/message";
import { diagnosticsText } from "../../core/validation";
import { exampleDocument, exampleTitle } from "../../examples";
import { count, EXIT, type Context } from "../context";
import { writeAtomic } from "../io";
import { badOutput, outputKind } from "../output";
import { summaryText } from "../summary-table";
import { start } from "./common";
import { countsLine } from "./validate";

const OPTIONS = { output: { type: "string", short: "o" }, force: { type: "boolean" } } as const;

const NOTHING = message("l'esempio non ha un piano.", "the example has no plan.");

const LAYOUT = {
  pistoia: message("un ente a blocchi di programma", "one entity in programme blocks"),
  prato: message("un ente a schede", "one entity in schede"),
};

export async function demo(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "demo", argv, OPTIONS, { min: 0, max: 0, what: message("", "") });
  if (typeof args === "number") return args;
  const output = args.string("output") ?? "pira-demo.xlsx";
  if (outputKind(output) !== "xlsx") return ctx.fail(badOutput(output));

  ctx.out(`${exampleTitle}\n`);
  ctx.progress.step(message("Importazione dell'esempio", "Importing the example"));
  // the actions of the pane's Import (preview, then create) and Fill, on a new file
  const preview = previewImport({ name: null, text: exampleDocument });
  if (!preview.ok || !preview.report)
    return ctx.fail(preview.ok ? NOTHING : preview.reason, EXIT.internal);
  const { plan, report } = preview;
  const c = report.counts;
  const layouts = report.layouts.map((l) => LAYOUT[l.layout]);
  ctx.out(
    message(
      `1. Importato il documento d'esempio (${exampleDocument.split("\n").length} righe; ${layouts.map((l) => l.it).join(", ")}): ${count(c.entities, "ente", "enti")}, ${count(c.programmes, "programma", "programmi")}, ${count(c.indicators, "indicatore", "indicatori")}, ${count(c.notUnderstood, "cella non compresa", "celle non comprese")}.`,
      `1. Imported the example document (${exampleDocument.split("\n").length} lines; ${layouts.map((l) => l.en).join(", ")}): ${count(c.entities, "entity", "entities")}, ${count(c.programmes, "programme", "programmes")}, ${count(c.indicators, "indicator", "indicators")}, ${count(c.notUnderstood, "cell", "cells")} not understood.`
    )
  );

  ctx.progress.step(message("Compilazione", "Filling"));
  const file = XlsxFileBackend.create();
  await (await prepareCreate(file, plan, defaultSettings(file.kind))).commit();
  const filled = await fillWorkbook(file, { style: "native" });
  if (!filled.ok) return ctx.fail(filled.reason, EXIT.internal);
  if (filled.form !== "pira") throw new Error("the demo's workbook holds the PIRA tables");
  const written = await writeAtomic(ctx.path(output), await file.bytes(), {
    force: args.flag("force"),
  });
  if (!written.ok) return ctx.fail(written.reason);
  ctx.out(
    message(
      `2. Scritta e compilata ${output}: ${count(filled.cells, "cella calcolata", "celle calcolate")} con formule Excel (${count(filled.fallbacks, "riga", "righe")} come valori).`,
      `2. Wrote and filled ${output}: ${count(filled.cells, "cell", "cells")} computed with Excel formulas (${count(filled.fallbacks, "row", "rows")} as values).`
    )
  );

  ctx.progress.step(message("Verifica", "Checking"));
  const check = checkLoaded({ ...filled.workbook, diagnostics: filled.diagnostics });
  ctx.progress.done();
  ctx.out(
    message(
      `3. Verifica: ${countsLine(check.counts, "it")}.`,
      `3. Check: ${countsLine(check.counts, "en")}.`
    )
  );
  const text = diagnosticsText(check, ctx.lang).trimEnd();
  if (text !== "") ctx.out(`${text.replace(/^/gm, "   ")}`);
  ctx.out(message("\n4. Riepilogo:\n", "\n4. Summary:\n"));
  ctx.out(summaryText(summariseLoaded(filled.workbook), ctx.lang));
  ctx.out(
    message(
      `\nAprire ${output} in Excel (o LibreOffice): le colonne «Calcolato: …» si ricalcolano da sole.`,
      `\nOpen ${output} in Excel (or LibreOffice): the «Calcolato: …» columns recompute by themselves.`
    )
  );
  return EXIT.ok;
}
