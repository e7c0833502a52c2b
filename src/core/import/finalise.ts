/**
 * From drafts to the plan: programme codes settled (Prato schede through the summary table), ids
 * given, footnotes attached to the indicators they mark, the index of document lines.
 */
import { programmeTitle } from "../catalogue";
import { message } from "../message";
import {
  type Entity,
  type Indicator,
  type Programme,
  entityId,
  indicatorId,
  programmeId,
} from "../plan";
import type { EntityDraft, IndicatorDraft, ProgrammeDraft } from "./model";
import type { ParseResult } from "./parse";
import { IMPORT_CODES, REASONS, type Collector, type Layout } from "./report";
import { matchSummary } from "./summary";

export interface Built {
  entities: Entity[];
  programmes: Programme[];
  indicators: Indicator[];
  layouts: { entity: string; layout: Layout }[];
  sources: Record<string, { line: number }>;
}

export function finalise(parsed: ParseResult, report: Collector): Built {
  const out: Built = { entities: [], programmes: [], indicators: [], layouts: [], sources: {} };
  const entityIds = new Set<string>();
  const programmeIds = new Set<string>();
  const indicatorIds = new Set<string>();

  for (const e of parsed.entities) {
    e.id = entityId(e.name, entityIds);
    entityIds.add(e.id);
    out.entities.push({ id: e.id, name: e.name });
    for (const p of e.programmes) {
      settleCodes(e, p, report);
      p.id = programmeId(e.id, p.mission ?? "000", p.programme ?? "000", programmeIds);
      programmeIds.add(p.id);
      out.sources[p.id] = { line: p.line };
      out.programmes.push(toProgramme(p));
      // "<programme id>-i<n>" as indicatorId makes them, numbered in one pass (the programme id is new)
      p.indicators.forEach((d, n) => {
        d.id = `${p.id}-i${n + 1}`;
        if (indicatorIds.has(d.id)) d.id = indicatorId(p.id, indicatorIds);
        indicatorIds.add(d.id);
        out.sources[d.id] = { line: d.line };
      });
    }
    unmatchedSummaryRows(e, report);
    const layout = layoutOf(e);
    if (layout) out.layouts.push({ entity: e.id, layout });
  }
  attachFootnotes(parsed, report);
  for (const e of parsed.entities) {
    for (const p of e.programmes) {
      for (const d of p.indicators) out.indicators.push({ id: d.id, programme: p.id, ...d.fields });
    }
  }
  return out;
}

function layoutOf(e: EntityDraft): Layout | null {
  let pistoia = 0;
  let prato = 0;
  for (const p of e.programmes) {
    if (p.layout === "pistoia") pistoia++;
    else prato++;
  }
  if (pistoia === 0 && prato === 0) return null;
  return pistoia >= prato ? "pistoia" : "prato";
}

/** Mission and programme codes, and the programme's title, of one draft. */
function settleCodes(e: EntityDraft, p: ProgrammeDraft, report: Collector): void {
  if (p.layout === "prato") {
    const row = matchSummary(p, e.summary);
    if (row) {
      row.matched = true;
      if (p.mission !== null && row.mission !== null && p.mission !== row.mission) {
        report.diagnose({
          code: IMPORT_CODES.missionDisagrees,
          severity: "warning",
          message: message(
            `La scheda è sotto la missione ${p.mission} (riga ${p.missionLine}), la tabella di raccordo la pone sotto ${row.mission}: tenuta ${p.mission}.`,
            `The scheda sits under mission ${p.mission} (line ${p.missionLine}), the summary table puts it under ${row.mission}: kept ${p.mission}.`
          ),
          entity: e,
          programme: p,
          field: "mission",
          line: p.line,
        });
      }
      p.mission = p.mission ?? row.mission;
      p.programme = row.programme;
      if (row.programmeTitle !== "") p.title = row.programmeTitle;
    }
  }
  if (p.mission === null) {
    report.diagnose({
      code: IMPORT_CODES.missionUnknown,
      severity: "warning",
      message: message(
        "Missione non trovata per questo programma: indicarla a mano.",
        "No mission found for this programme: set it by hand."
      ),
      entity: e,
      programme: p,
      field: "mission",
      line: p.line,
    });
  }
  if (p.programme === null) {
    report.diagnose({
      code: IMPORT_CODES.programmeUnknown,
      severity: "warning",
      message: message(
        "Codice del programma non trovato (né un blocco «Programma», né una riga della tabella di raccordo): indicarlo a mano.",
        "No programme code found (neither a «Programma» block nor a summary table row): set it by hand."
      ),
      entity: e,
      programme: p,
      field: "programme",
      line: p.line,
    });
  }
  if (p.title === null || p.title === "") {
    const official =
      p.mission !== null && p.programme !== null
        ? programmeTitle(p.mission, p.programme)
        : undefined;
    if (official) {
      p.title = official;
      report.diagnose({
        code: IMPORT_CODES.titleFromCatalogue,
        severity: "info",
        message: message(
          `Titolo del programma non scritto nel documento: preso dal catalogo («${official}»).`,
          `Programme title not written in the document: taken from the catalogue («${official}»).`
        ),
        entity: e,
        programme: p,
        field: "title",
        line: p.line,
      });
    } else {
      report.diagnose({
        code: IMPORT_CODES.titleMissing,
        severity: "warning",
        message: message("Titolo del programma non trovato.", "Programme title not found."),
        entity: e,
        programme: p,
        field: "title",
        line: p.line,
      });
    }
  }
}

function toProgramme(p: ProgrammeDraft): Programme {
  return {
    id: p.id,
    entity: p.entity.id,
    mission: p.mission ?? "",
    programme: p.programme ?? "",
    title: p.title ?? "",
    strategicArea: p.strategicArea,
    strategicProgramme:
      p.layout === "prato" ? (p.strategicProgramme ?? p.heading) : p.strategicProgramme,
    objective: p.objective,
    benefits: p.benefits,
    description: p.description,
    budget: p.budget,
    responsible: p.responsible,
    stakeholders: p.stakeholders,
    phases: p.phases,
  };
}

function unmatchedSummaryRows(e: EntityDraft, report: Collector): void {
  for (const row of e.summary) {
    if (row.matched) continue;
    for (const line of row.lines) {
      for (const c of line.cells)
        if (c.text !== "") report.add(line.no, c.text, REASONS.summaryUnmatched);
    }
  }
}

/**
 * Each footnote mark goes to the first explanation of the same mark after it in its entity
 * (else the last one before it); explanations nobody marks are kept in the report.
 */
function attachFootnotes(parsed: ParseResult, report: Collector): void {
  const used = new Set<number>();
  for (const e of parsed.entities) {
    const defs = parsed.footnotes.filter((f) => f.entity === e || f.entity === null);
    for (const p of e.programmes) {
      for (const d of p.indicators) {
        for (const m of d.marks) {
          const same = defs.filter((f) => f.definition.mark === m.mark);
          const after = same.find((f) => f.definition.line.no > m.line);
          const chosen = after ?? same.filter((f) => f.definition.line.no < m.line).pop();
          if (chosen) {
            used.add(parsed.footnotes.indexOf(chosen));
            if (!d.fields.notes.includes(chosen.definition.text))
              d.fields.notes.push(chosen.definition.text);
          } else {
            unexplained(e, p, d, m.mark, m.line, report);
          }
        }
      }
    }
  }
  parsed.footnotes.forEach((f, i) => {
    if (used.has(i)) return;
    report.add(f.definition.line.no, f.definition.text, REASONS.footnoteUnreferenced);
    report.diagnose({
      code: IMPORT_CODES.footnoteUnreferenced,
      severity: "warning",
      message: message(
        `La nota ${f.definition.mark} non è richiamata da nessun valore.`,
        `Footnote ${f.definition.mark} is not referenced by any value.`
      ),
      entity: f.entity,
      line: f.definition.line.no,
    });
  });
}

function unexplained(
  e: EntityDraft,
  p: ProgrammeDraft,
  d: IndicatorDraft,
  mark: string,
  line: number,
  report: Collector
): void {
  report.diagnose({
    code: IMPORT_CODES.footnoteUnexplained,
    severity: "warning",
    message: message(
      `Il richiamo di nota ${mark} di «${d.fields.name}» non ha una nota che lo spieghi.`,
      `Footnote mark ${mark} of «${d.fields.name}» has no footnote explaining it.`
    ),
    entity: e,
    programme: p,
    indicator: d,
    field: "notes",
    line,
  });
}
