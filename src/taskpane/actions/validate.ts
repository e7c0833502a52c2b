/**
 * Validate: the plan read from the tables, checked by the core's rules, each diagnostic pointing
 * at the cell to fix; problems met reading the tables come first.
 */
import type { Lang } from "../../core/message";
import type { Plan } from "../../core/plan/types";
import { validatePlan } from "../../core/validation";
import type { Severity, WorkbookDiagnostic } from "../../workbook/diagnostics";
import type { WorkbookBackend } from "../backend";
import type { Settings } from "../settings";
import type { Failure } from "./failure";
import { Locator } from "./locate";
import { readWorkbook } from "./workbook";

/** The contract's diagnostic (architecture.md): the core's validation and the workbook's read. */
export type PaneDiagnostic = WorkbookDiagnostic;

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface Validated {
  ok: true;
  plan: Plan;
  diagnostics: PaneDiagnostic[];
  counts: Counts;
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function countOf(diagnostics: readonly PaneDiagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
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

export interface ProgrammeGroup {
  /** programme id, or null for diagnostics about no programme (the plan, an entity, the sheets) */
  programme: string | null;
  label: string;
  diagnostics: PaneDiagnostic[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  programmes: ProgrammeGroup[];
}

/** Diagnostics by severity (errors first), then by programme in the plan's order. */
export function groupDiagnostics(
  diagnostics: readonly PaneDiagnostic[],
  plan: Plan,
  general: Record<Lang, string>,
  lang: Lang
): SeverityGroup[] {
  const order = new Map(plan.programmes.map((p, i) => [p.id, i]));
  const label = (id: string | null): string => {
    if (id === null) return general[lang];
    const p = plan.programmes.find((x) => x.id === id);
    if (!p) return id;
    const entity = plan.entities.length > 1 ? plan.entities.find((e) => e.id === p.entity) : null;
    return [`${p.mission}.${p.programme}`, p.title, entity ? `(${entity.name})` : ""]
      .filter(Boolean)
      .join(" ");
  };
  return SEVERITIES.map((severity) => {
    const own = diagnostics.filter((d) => d.severity === severity);
    const ids = [...new Set(own.map((d) => d.programme))].sort((a, b) => {
      const x = a === null ? -1 : (order.get(a) ?? Number.MAX_SAFE_INTEGER);
      const y = b === null ? -1 : (order.get(b) ?? Number.MAX_SAFE_INTEGER);
      return x - y;
    });
    return {
      severity,
      count: own.length,
      programmes: ids.map((id) => ({
        programme: id,
        label: label(id),
        diagnostics: own.filter((d) => d.programme === id),
      })),
    };
  }).filter((g) => g.count > 0);
}
