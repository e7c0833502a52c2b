/**
 * New plans and records with every field present (nulls and empty lists where nothing is known).
 */
import { findProgramme, lookupProgramme, parseProgrammeCode } from "../catalogue";
import { entityId, indicatorId, programmeId } from "./ids";
import type { Entity, Indicator, Plan, Programme } from "./types";

export interface EmptyPlanOptions {
  title: string;
  /** first year of the triennium */
  firstYear: number;
  /** names (ids made by entityId) or entities with a chosen id */
  entities: ReadonlyArray<string | { name: string; id?: string }>;
  /**
   * Programmes to create for EVERY entity, as codes "011.005" (e.g. the catalogue's:
   * `programmes().map(p => p.code)`), titled from the catalogue. A retired code (032.004) is created
   * as its replacement (032.003). Default: none.
   */
  programmes?: ReadonlyArray<string>;
}

/**
 * An empty plan. Throws RangeError (a programming error: check the input first) when firstYear is
 * not an integer 1900..2100, or a programme code is not a valid code ("011.005").
 */
export function emptyPlan(options: EmptyPlanOptions): Plan {
  if (
    !Number.isInteger(options.firstYear) ||
    options.firstYear < 1900 ||
    options.firstYear > 2100
  ) {
    throw new RangeError(
      `emptyPlan: firstYear must be an integer 1900..2100, got ${options.firstYear}`
    );
  }
  const entities: Entity[] = [];
  const taken = new Set<string>();
  for (const e of options.entities) {
    const name = typeof e === "string" ? e : e.name;
    const wanted = typeof e === "string" ? undefined : e.id;
    const id =
      wanted !== undefined && wanted !== "" && !taken.has(wanted) ? wanted : entityId(name, taken);
    taken.add(id);
    entities.push({ id, name });
  }
  const programmes: Programme[] = [];
  const programmeIds = new Set<string>();
  for (const entity of entities) {
    for (const code of options.programmes ?? []) {
      const parsed = parseProgrammeCode(code);
      if (parsed === null)
        throw new RangeError(`emptyPlan: "${code}" is not a programme code such as "011.005"`);
      const look = lookupProgramme(parsed.mission, parsed.programme);
      const target =
        look.status === "replaced"
          ? look.replacedBy
          : findProgramme(parsed.mission, parsed.programme);
      const mission = target?.mission ?? parsed.mission;
      const programme = target?.programme ?? parsed.programme;
      const id = programmeId(entity.id, mission, programme, programmeIds);
      programmeIds.add(id);
      programmes.push(
        newProgramme({ id, entity: entity.id, mission, programme, title: target?.title ?? "" })
      );
    }
  }
  return {
    format: "pira-plan",
    version: 1,
    title: options.title,
    firstYear: options.firstYear,
    entities,
    programmes,
    indicators: [],
  };
}

export type NewProgrammeFields = Pick<Programme, "id" | "entity" | "mission" | "programme"> &
  Partial<Programme>;

/** A programme with every optional field at its empty value (null, [], title ""). */
export function newProgramme(fields: NewProgrammeFields): Programme {
  return {
    id: fields.id,
    entity: fields.entity,
    mission: fields.mission,
    programme: fields.programme,
    title: fields.title ?? "",
    strategicArea: fields.strategicArea ?? null,
    strategicProgramme: fields.strategicProgramme ?? null,
    objective: fields.objective ?? null,
    benefits: fields.benefits ?? [],
    description: fields.description ?? null,
    budget: fields.budget ?? null,
    responsible: fields.responsible ?? null,
    stakeholders: fields.stakeholders ?? null,
    phases: fields.phases ?? [],
  };
}

export type NewIndicatorFields = Pick<Indicator, "id" | "programme" | "name"> & Partial<Indicator>;

/**
 * An indicator with every optional field at its empty value: kind "indicator", polarity "higher"
 * marked inferred (polarityInferred true unless a polarity is given), no values.
 */
export function newIndicator(fields: NewIndicatorFields): Indicator {
  const ind: Indicator = {
    id: fields.id,
    programme: fields.programme,
    kind: fields.kind ?? "indicator",
    group: fields.group ?? null,
    name: fields.name,
    formula: fields.formula ?? null,
    typology: fields.typology ?? null,
    unit: fields.unit ?? null,
    source: fields.source ?? null,
    pareto: fields.pareto ?? false,
    polarity: fields.polarity ?? "higher",
    polarityInferred: fields.polarityInferred ?? fields.polarity === undefined,
    actuals: fields.actuals ?? {},
    targets: fields.targets ?? {},
    reportedPerformance: fields.reportedPerformance ?? null,
    notes: fields.notes ?? [],
  };
  if (fields.performance !== undefined) ind.performance = fields.performance;
  if (fields.outcome !== undefined) ind.outcome = fields.outcome;
  return ind;
}

/** Add a new indicator to a programme of the plan, with a fresh id; returns it. */
export function addIndicator(plan: Plan, fields: Omit<NewIndicatorFields, "id">): Indicator {
  const id = indicatorId(fields.programme, new Set(plan.indicators.map((i) => i.id)));
  const ind = newIndicator({ ...fields, id });
  plan.indicators.push(ind);
  return ind;
}

/** Add a new programme to an entity of the plan, with a fresh id; returns it. */
export function addProgramme(plan: Plan, fields: Omit<NewProgrammeFields, "id">): Programme {
  const id = programmeId(
    fields.entity,
    fields.mission,
    fields.programme,
    new Set(plan.programmes.map((p) => p.id))
  );
  const prog = newProgramme({ ...fields, id });
  plan.programmes.push(prog);
  return prog;
}
