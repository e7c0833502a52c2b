/**
 * Every action of the task pane (src/app) through the Office backend (src/adapters/office) on the
 * strict fake Excel, in the order an analyst runs them, with the context.sync() calls and the
 * bytes each one took. Used by office-actions.test.ts and by scripts/bench/50-office-syncs.js
 * (which transpiles this file with the code it runs).
 */
import { OfficeBackend } from "../../../src/adapters/office/backend";
import { prepareCreate } from "../../../src/app/create";
import { exportPlanJson } from "../../../src/app/export";
import { fillWorkbook } from "../../../src/app/fill";
import type { Failure } from "../../../src/app/failure";
import type { TextInput } from "../../../src/app/input";
import { previewImport } from "../../../src/app/import";
import { newPlan } from "../../../src/app/new-plan";
import { defaultProgrammes } from "../../../src/app/plan-choices";
import { defaultSettings } from "../../../src/app/settings";
import { loadSettings, prepareStoreSettings } from "../../../src/app/settings-store";
import { prepareStructure } from "../../../src/app/structure";
import { prepareSummary } from "../../../src/app/summary";
import { validateWorkbook } from "../../../src/app/validate";
import { readWorkbook } from "../../../src/app/workbook";
import type { Plan } from "../../../src/core/plan/types";
import type { FakeExcel } from "../office-fake";

export interface Step {
  action: string;
  /** context.sync() calls */
  syncs: number;
  /** the largest request or response of the step, in bytes */
  largest: number;
  /** request and response bytes of the step */
  bytes: number;
  /** batches Excel refused (a response over 5 MB, retried in smaller chunks) */
  refused: number;
  /** what the action reported (counts), for the reader */
  detail: string;
}

/** The plan replicated to exactly n indicators (copies with their own ids, entities, programmes). */
export function replicate(plan: Plan, n: number): Plan {
  const out: Plan = { ...plan, entities: [], programmes: [], indicators: [] };
  for (let k = 1; out.indicators.length < n; k++) {
    const sfx = `-c${k}`;
    for (const e of plan.entities)
      out.entities.push({ ...e, id: e.id + sfx, name: `${e.name} (${k})` });
    for (const p of plan.programmes)
      out.programmes.push({ ...p, id: p.id + sfx, entity: p.entity + sfx });
    for (const i of plan.indicators) {
      if (out.indicators.length >= n) break;
      out.indicators.push({ ...i, id: i.id + sfx, programme: i.programme + sfx });
    }
  }
  const used = new Set(out.indicators.map((i) => i.programme));
  out.programmes = out.programmes.filter((p) => used.has(p.id));
  const entities = new Set(out.programmes.map((p) => p.entity));
  out.entities = out.entities.filter((e) => entities.has(e.id));
  return out;
}

/** A plan as the pane imports it: the document's text when there is one, else the plan's JSON. */
export function importInput(plan: Plan, documentText?: string): TextInput {
  if (documentText !== undefined) return { name: null, text: documentText };
  return { name: "piano.json", text: exportPlanJson({ plan, settings: defaultSettings("excel") }) };
}

function expectOk<T>(what: string, r: T | Failure): T {
  const f = r as Failure;
  if (f.ok === false) throw new Error(`${what} failed: ${f.reason.en}`);
  return r as T;
}

/**
 * Runs every action on `excel` (a workbook with one sheet of the analyst's), the plan coming in
 * through Import; throws on the first action that fails.
 */
export async function runActions(excel: FakeExcel, input: TextInput): Promise<Step[]> {
  const uninstall = excel.install();
  const steps: Step[] = [];
  const backend = new OfficeBackend();
  const step = async <T>(
    action: string,
    run: () => Promise<T>,
    detail: (r: T) => string = () => ""
  ) => {
    const syncs = excel.syncs;
    const batches = excel.batches.length;
    const r = await run();
    const mine = excel.batches.slice(batches);
    steps.push({
      action,
      syncs: excel.syncs - syncs,
      largest: Math.max(0, ...mine.map((b) => Math.max(b.request, b.response))),
      bytes: mine.reduce((n, b) => n + b.request + b.response, 0),
      refused: mine.filter((b) => b.refused).length,
      detail: detail(r),
    });
    return r;
  };
  try {
    const settings = defaultSettings("excel");
    const empty = expectOk(
      "new plan",
      newPlan({
        title: "",
        firstYear: 2024,
        entities: ["Comune di Prova"],
        programmes: defaultProgrammes(),
      })
    );
    const created = await step("new plan: prepare", () =>
      prepareCreate(backend, empty.plan, settings)
    );
    await step(
      "new plan: commit",
      () => created.commit(),
      (c) => `${c.sheets.length} sheets`
    );

    const preview = expectOk(
      "import preview",
      await step(
        "import: preview",
        async () => previewImport(input),
        (p) => (p.ok ? `${p.plan.indicators.length} indicators` : "")
      )
    );
    const imported = await step(
      "import: prepare",
      () => prepareCreate(backend, preview.plan, preview.settings),
      (p) => `replaces ${p.replaced.length} sheets`
    );
    await step(
      "import: commit",
      () => imported.commit(),
      (c) => `${c.indicators} indicators, ${c.sheets.length} sheets`
    );

    const structure = expectOk(
      "structure",
      await step("structure: prepare", () => prepareStructure(backend))
    );
    await step(
      "structure: commit",
      () => structure.commit(),
      (s) => `${s.sheets.length} sheets`
    );

    const filled = expectOk(
      "fill",
      await step(
        "fill",
        () => fillWorkbook(backend, { style: "pira" }),
        (f) => (f.ok && f.form === "pira" ? `${f.cells} cells, ${f.changed} changed` : "")
      )
    );
    void filled;

    const checked = expectOk(
      "validate",
      await step(
        "validate",
        () => validateWorkbook(backend),
        (v) => (v.ok ? `${v.diagnostics.length} diagnostics` : "")
      )
    );
    const at = checked.diagnostics.find((d) => d.sheet && d.cell);
    await step("go to a diagnostic's cell", () =>
      at ? backend.selectCell(at.sheet!, at.cell!) : backend.selectCell("Indicatori", "A2")
    );

    const summary = expectOk(
      "summary",
      await step(
        "summary: prepare",
        () => prepareSummary(backend),
        (s) => (s.ok ? `${s.rows.length} rows` : "")
      )
    );
    await step("summary: commit", () => summary.commit());

    const changed = {
      ...settings,
      thresholds: { low: 0.3, high: 0.5 },
      disabledRules: ["PIRA-W001"],
    };
    const store = await step("settings: prepare", () => prepareStoreSettings(backend, changed));
    await step(
      "settings: store",
      () => store.commit(),
      (s) => `in ${s}`
    );
    const loaded = await step(
      "settings: read",
      () => loadSettings(backend),
      (s) => `thresholds ${s.thresholds.low}/${s.thresholds.high}`
    );
    if (loaded.thresholds.low !== 0.3 || loaded.thresholds.high !== 0.5)
      throw new Error(`settings read back as ${JSON.stringify(loaded.thresholds)}`);

    const exported = expectOk(
      "export",
      await step("export (read the tables)", () => readWorkbook(backend))
    );
    void exportPlanJson(exported);
  } finally {
    uninstall();
  }
  return steps;
}
