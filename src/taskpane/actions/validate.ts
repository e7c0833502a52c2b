/**
 * Validate: the plan read from the tables, checked by the core's rules, each diagnostic pointing
 * at the cell to fix; problems met reading the tables come first.
 */
import type { Plan } from "../../core/plan/types";
import { validatePlan } from "../../core/validation";
import type { WorkbookBackend } from "../backend";
import type { Settings } from "../settings";
import type { Failure } from "./failure";
import { countOf, type Counts, type PaneDiagnostic } from "./group";
import { Locator } from "./locate";
import { readWorkbook } from "./workbook";

export interface Validated {
  ok: true;
  plan: Plan;
  diagnostics: PaneDiagnostic[];
  counts: Counts;
}

/** A diagnostic's cell: the field's own cell when the tables have it, else what it carries. */
function placed(d: PaneDiagnostic, locator: Locator): PaneDiagnostic {
  const at = d.indicator
    ? locator.indicator(d.indicator, d.field)
    : d.programme
      ? locator.programme(d.programme, d.field)
      : null;
  if (!at) return d;
  if (d.sheet && d.cell && d.sheet !== at.sheet) return d; // points elsewhere on purpose
  return { ...d, sheet: at.sheet, cell: at.cell };
}

export async function validateWorkbook(
  backend: WorkbookBackend,
  settings: Settings
): Promise<Validated | Failure> {
  const r = await readWorkbook(backend);
  if (!r.ok) return r;
  const locator = new Locator(r.tables, r.read.locations);
  const result = validatePlan(r.read.plan, {
    disabledRules: settings.disabledRules,
    locations: locator.all(),
    thresholds: settings.thresholds,
  });
  const disabled = new Set(settings.disabledRules);
  const diagnostics = [
    ...r.read.diagnostics.filter((d) => !disabled.has(d.code)),
    ...result.diagnostics.map((d) => placed(d as PaneDiagnostic, locator)),
  ];
  return { ok: true, plan: r.read.plan, diagnostics, counts: countOf(diagnostics) };
}
