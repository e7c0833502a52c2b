/**
 * What `pira import` writes and prints for an analyst's tables: the import report beside OUT
 * (OUT.import.json: the tables found, every cell not understood with its sheet and cell or line,
 * the columns kept as extra, the diagnostics) and the mapping used (OUT.mapping.json, which
 * `--mapping` reads back).
 */
import { basename, dirname, extname, join } from "node:path";
import type { AnalystPlan } from "../app/analyst";
import { mappingJson, placeLabel, type GridImportReport } from "../core/grid";
import type { Diagnostic } from "../core/diagnostics";
import { message } from "../core/message";
import { countDiagnostics, diagnosticsJson } from "../core/validation";
import type { Context } from "./context";
import { reportPathFor, writeAtomic } from "./io";

/** "out/plan.xlsx" → "out/plan.mapping.json". */
export function mappingPathFor(output: string): string {
  const ext = extname(output);
  return join(dirname(output), `${basename(output, ext)}.mapping.json`);
}

/** Cells not understood (an entry for a whole sheet of other data counts its cells). */
export function unplacedCells(report: GridImportReport): number {
  return report.notUnderstood.reduce((n, u) => n + u.cells, 0);
}

/**
 * The import report file (OUT.import.json), of either reader: its envelope — format, source,
 * output, the diagnostics — around what the reader found (`found`, in its order).
 */
export function importReportJson(
  diagnosticsFound: readonly Diagnostic[],
  input: string,
  output: string,
  found: Record<string, unknown>,
  ctx: Context
): string {
  const diagnostics = diagnosticsJson(
    { diagnostics: diagnosticsFound, counts: countDiagnostics(diagnosticsFound) },
    ctx.lang
  );
  return `${JSON.stringify(
    {
      format: "pira-import-report",
      version: 1,
      source: basename(input),
      output: basename(output),
      ...found,
      diagnostics: diagnostics.diagnostics,
      diagnosticCounts: diagnostics.counts,
    },
    null,
    2
  )}\n`;
}

function reportJson(loaded: AnalystPlan, input: string, output: string, ctx: Context): string {
  const r = loaded.analyst;
  return importReportJson(
    loaded.diagnostics,
    input,
    output,
    {
      mapping: basename(mappingPathFor(output)),
      tables: r.mapping.tables.map((t) => ({
        source: t.source,
        headerRows: t.headerRows,
        columns: t.columns.map((c) => `${c.at}: ${c.header || "—"} → ${c.field}`),
      })),
      counts: { ...r.counts, unplacedCells: unplacedCells(r) },
      notUnderstood: r.notUnderstood.map((u) => ({
        sheet: u.place.sheet,
        cell: u.place.cell,
        line: u.place.line,
        text: u.text,
        reason: ctx.t(u.reason),
        ...(u.cells > 1 ? { cells: u.cells } : {}),
      })),
      extraColumns: r.extraColumns,
    },
    ctx
  );
}

/** Writes the report and the mapping; the exit code when one could not be written, else null. */
export async function writeAnalystReport(
  loaded: AnalystPlan,
  input: string,
  output: string,
  outPath: string,
  force: boolean,
  ctx: Context
): Promise<number | null> {
  const files: [string, string, string][] = [
    [reportPathFor(outPath), reportPathFor(output), reportJson(loaded, input, output, ctx)],
    [
      mappingPathFor(outPath),
      mappingPathFor(output),
      mappingJson(loaded.analyst.mapping, ctx.lang),
    ],
  ];
  for (const [path, name, text] of files) {
    const w = await writeAtomic(path, text, { force });
    if (!w.ok)
      return ctx.fail(
        message(
          `${output} è stato scritto; ${name} no: ${w.reason.it}`,
          `${output} was written; ${name} was not: ${w.reason.en}`
        )
      );
  }
  return null;
}

const LISTED = 10;

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** The mapping file's name, the extra columns and the first cells not understood, on stderr. */
export function listAnalyst(report: GridImportReport, output: string, ctx: Context): void {
  ctx.out(
    message(
      `Mappatura delle colonne: ${mappingPathFor(output)}`,
      `Column mapping: ${mappingPathFor(output)}`
    )
  );
  if (report.extraColumns.length > 0) {
    const names = report.extraColumns.map((x) => `«${x.header}»`).join(", ");
    ctx.note(
      message(
        `  colonne tenute come proprie (campo extra): ${names}`,
        `  columns kept as own columns (extra field): ${names}`
      )
    );
  }
  for (const u of report.notUnderstood.slice(0, LISTED)) {
    const where = placeLabel(u.place);
    ctx.note(
      message(
        `  ${where.it}: «${short(u.text)}» — ${u.reason.it}`,
        `  ${where.en}: «${short(u.text)}» — ${u.reason.en}`
      )
    );
  }
  if (report.notUnderstood.length > LISTED)
    ctx.note(
      message(
        `  … e altre ${report.notUnderstood.length - LISTED}: vedi il rapporto.`,
        `  … and ${report.notUnderstood.length - LISTED} more: see the report.`
      )
    );
}
