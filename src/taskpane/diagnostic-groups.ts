/** The Verifica view's diagnostics grouped for display: by severity (errors first), then by programme. */
import type { Lang } from "../core/message";
import type { Plan } from "../core/plan";
import type { Severity, WorkbookDiagnostic } from "../workbook";

/** The contract's diagnostic (docs/diagnostics.md): the core's validation and the workbook's read. */
export type PaneDiagnostic = WorkbookDiagnostic;

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

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
