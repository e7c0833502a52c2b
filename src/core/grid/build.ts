/**
 * From drafts to the plan: programme fields written on every row settled (one value per programme
 * → the programme's field; different values → kept on each indicator), codes and titles checked
 * against the catalogue, ids given, polarity read or inferred.
 */
import { programmeTitle } from "../catalogue";
import { readBudget, IS_PARETO, withoutPareto } from "../import";
import { message } from "../message";
import { inferPolarity, readPolarity } from "../performance";
import { entityId, programmeId, type Indicator, type Programme } from "../plan";
import {
  isSchedaField,
  type GridIndicatorDraft,
  type GridProgrammeDraft,
  type RowProgrammeValue,
  type SchedaField,
} from "./model";
import { GRID_CODES, type GridReport } from "./report";
import type { Place } from "./types";

export interface BuiltFromGrids {
  entity: { id: string; name: string };
  programmes: Programme[];
  indicators: Indicator[];
  sources: Record<string, Place>;
}

/** Row values of one field across a programme's indicators: one value → the programme's. */
function settleRowValues(d: GridProgrammeDraft, report: GridReport): void {
  const byField = new Map<string, { ind: GridIndicatorDraft; v: RowProgrammeValue }[]>();
  for (const ind of d.indicators) {
    for (const v of ind.rowValues) {
      const list = byField.get(v.field) ?? [];
      list.push({ ind, v });
      byField.set(v.field, list);
    }
  }
  for (const [field, list] of byField) {
    const distinct = new Set(list.map((x) => x.v.text));
    const target = (field === "objectiveOrGroup" ? "objective" : field) as SchedaField;
    const already = d.fields[target];
    if (distinct.size === 1 && (already === undefined || distinct.has(already))) {
      d.fields[target] = list[0].v.text;
      continue;
    }
    if (field === "objectiveOrGroup") {
      for (const { ind, v } of list) {
        if (ind.group === null) ind.group = v.text;
        else ind.extra[v.header] = v.text;
      }
      continue;
    }
    if (!isSchedaField(field)) continue;
    for (const { ind, v } of list) ind.extra[v.header] = v.text;
    report.diagnose({
      code: GRID_CODES.programmeFieldVaries,
      severity: "warning",
      message: message(
        `Colonna «${list[0].v.header}»: valori diversi negli indicatori dello stesso programma; tenuti su ogni indicatore (campo extra), il programma resta senza.`,
        `Column «${list[0].v.header}»: different values across the indicators of one programme; kept on each indicator (extra field), the programme has none.`
      ),
      programme: d,
      field: target,
      place: list[0].v.place(),
    });
  }
}

function codesAndTitle(d: GridProgrammeDraft, report: GridReport): void {
  if (d.mission === null)
    report.diagnose({
      code: GRID_CODES.missionUnknown,
      severity: "warning",
      message: message(
        "Missione non trovata per questo programma (né una colonna, né una riga o un titolo «Missione …»): indicarla a mano.",
        "No mission found for this programme (no column, no «Missione …» row or heading): set it by hand."
      ),
      programme: d,
      field: "mission",
      place: d.place,
    });
  if (d.programme === null)
    report.diagnose({
      code: GRID_CODES.programmeUnknown,
      severity: "warning",
      message: message(
        "Codice del programma non trovato (né una colonna, né una riga o un titolo «Programma …», né un titolo del catalogo): indicarlo a mano.",
        "No programme code found (no column, no «Programma …» row or heading, no catalogue title): set it by hand."
      ),
      programme: d,
      field: "programme",
      place: d.place,
    });
  if (d.title !== null && d.title !== "") return;
  const official =
    d.mission !== null && d.programme !== null ? programmeTitle(d.mission, d.programme) : undefined;
  if (official) {
    d.title = official;
    report.diagnose({
      code: GRID_CODES.titleFromCatalogue,
      severity: "info",
      message: message(
        `Titolo del programma non scritto: preso dal catalogo («${official}»).`,
        `Programme title not written: taken from the catalogue («${official}»).`
      ),
      programme: d,
      field: "title",
      place: d.place,
    });
  }
}

function polarityOf(ind: GridIndicatorDraft, report: GridReport) {
  if (ind.polarityText) {
    const p = readPolarity(ind.polarityText.text);
    if (p) return { polarity: p, inferred: false };
    ind.extra[ind.polarityText.header] = ind.polarityText.text;
    report.diagnose({
      code: GRID_CODES.polarityUnknown,
      severity: "warning",
      message: message(
        `Indicatore «${ind.name}»: polarità «${ind.polarityText.text}» non riconosciuta (crescente, decrescente, sì/no, qualitativo): dedotta, il testo è tenuto come campo extra.`,
        `Indicator «${ind.name}»: polarity «${ind.polarityText.text}» not recognised (crescente, decrescente, sì/no, qualitativo): inferred, the text is kept as an extra field.`
      ),
      indicator: ind,
      field: "polarity",
      place: ind.polarityText.place,
    });
  }
  // the readings of the import (each value read once)
  const values = ind.readings;
  const inference = inferPolarity({ name: ind.name, formula: ind.formula, unit: ind.unit, values });
  return { polarity: inference.polarity, inferred: inference.inferred };
}

function nonEmpty(extra: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(extra).length > 0 ? { ...extra } : undefined;
}

export function build(
  drafts: GridProgrammeDraft[],
  entityName: string,
  report: GridReport
): BuiltFromGrids {
  const entity = { id: entityId(entityName), name: entityName };
  const programmes: Programme[] = [];
  const indicators: Indicator[] = [];
  const sources: Record<string, Place> = {};
  const taken = new Set<string>();
  for (const d of drafts) {
    settleRowValues(d, report);
    codesAndTitle(d, report);
    d.id = programmeId(entity.id, d.mission ?? "000", d.programme ?? "000", taken);
    taken.add(d.id);
    sources[d.id] = d.place;
    const f = d.fields;
    const programme: Programme = {
      id: d.id,
      entity: entity.id,
      mission: d.mission ?? "",
      programme: d.programme ?? "",
      title: d.title ?? "",
      strategicArea: f.strategicArea ?? null,
      strategicProgramme: f.strategicProgramme ?? null,
      objective: f.objective ?? null,
      benefits: d.benefits,
      description: f.description ?? null,
      budget: f.budget === undefined ? null : readBudget(f.budget),
      responsible: f.responsible ?? null,
      stakeholders: f.stakeholders ?? null,
      phases: [],
    };
    const extra = nonEmpty(d.extra);
    if (extra) programme.extra = extra;
    programmes.push(programme);
    d.indicators.forEach((ind, n) => {
      ind.id = `${d.id}-i${n + 1}`;
      sources[ind.id] = ind.place;
      const p = polarityOf(ind, report);
      const out: Indicator = {
        id: ind.id,
        programme: d.id,
        kind: "indicator",
        group: ind.group,
        // "(INDICATORE PARETO)" after a name: Unioncamere's benchmark tag, as the document importer reads it
        name: withoutPareto(ind.name),
        formula: ind.formula,
        typology: ind.typology,
        unit: ind.unit,
        source: ind.source,
        pareto: IS_PARETO.test(ind.name),
        polarity: p.polarity,
        polarityInferred: p.inferred,
        actuals: ind.actuals,
        targets: ind.targets,
        reportedPerformance: ind.reported,
        notes: ind.notes,
      };
      if (ind.baseline) out.baseline = ind.baseline;
      const x = nonEmpty(ind.extra);
      if (x) out.extra = x;
      indicators.push(out);
    });
  }
  return { entity, programmes, indicators, sources };
}
