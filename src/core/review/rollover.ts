/**
 * The plan of the next triennium (the December rollover). What carries: entities, programmes with
 * their scheda (titles as the catalogue gives them), indicators with formula, unit, source,
 * typology, polarity and the analyst's own columns; targets by calendar year (the new 2021 and
 * 2022 are the old 2021 and 2022). The new third year stays empty — only the analyst can set it.
 * The closed year's observed value (31/12, else the latest of that year) becomes the baseline.
 * Observed values, reported achievements and notes do not carry. Linear in the plan's size.
 */
import { message } from "../message";
import type { Baseline, Indicator, Plan, PlanValue } from "../plan";
import { BUNDLED_CATALOGUE, nextProgramme, type RolloverCatalogue } from "./programmes";
import { nextTitle } from "./title";
import type { RolloverNote, RolloverResult } from "./types";
import { absent, lessDemanding } from "./values";

export type { RolloverCatalogue } from "./programmes";

function label(v: PlanValue): string {
  return v.raw.trim() === "" ? String(v.value ?? "") : v.raw;
}

/** The closed year's observation: 31/12 when it is a value, else the latest day of that year. */
export function closedYearObservation(ind: Indicator, closedYear: number): Baseline | null {
  const yearEnd = `${closedYear}-12-31`;
  const end = ind.actuals[yearEnd];
  if (!absent(end) && end.kind !== "missing") return { date: yearEnd, ...copyValue(end) };
  let best: string | null = null;
  for (const [date, v] of Object.entries(ind.actuals)) {
    if (!date.startsWith(`${closedYear}-`) || absent(v) || v.kind === "missing") continue;
    if (best === null || date > best) best = date;
  }
  return best === null ? null : { date: best, ...copyValue(ind.actuals[best]) };
}

function copyValue(v: PlanValue): PlanValue {
  return { ...v };
}

function nextIndicator(
  ind: Indicator,
  year: number,
  programme: string,
  notes: RolloverNote[]
): Indicator {
  const note = (kind: RolloverNote["kind"], field: string, it: string, en: string) =>
    notes.push({ kind, programme, indicator: ind.id, field, message: message(it, en) });
  const targets: Record<string, PlanValue> = {};
  for (const [key, v] of Object.entries(ind.targets)) {
    if (/^\d{4}$/.test(key) && Number(key) >= year) targets[key] = copyValue(v);
  }
  if (!absent(ind.targets.triennium))
    note(
      "triennium-target-dropped",
      "targets.triennium",
      `Indicatore «${ind.name}»: il target del triennio precedente («${label(ind.targets.triennium)}») non è riportato; indicare quello del triennio ${year}-${year + 2}.`,
      `Indicator «${ind.name}»: the previous triennium's target («${label(ind.targets.triennium)}») is not carried; state the ${year}-${year + 2} one.`
    );
  const out: Indicator = {
    id: ind.id,
    programme,
    kind: ind.kind,
    group: ind.group,
    name: ind.name,
    formula: ind.formula,
    typology: ind.typology,
    unit: ind.unit,
    source: ind.source,
    pareto: ind.pareto,
    polarity: ind.polarity,
    polarityInferred: ind.polarityInferred,
    actuals: {},
    targets,
    reportedPerformance: null,
    notes: [],
  };
  const baseline = closedYearObservation(ind, year - 1);
  if (baseline) out.baseline = baseline;
  else
    note(
      "no-baseline",
      "baseline",
      `Indicatore «${ind.name}»: nessun valore osservato nel ${year - 1}, quindi nessun valore di partenza.`,
      `Indicator «${ind.name}»: no value observed in ${year - 1}, so no baseline.`
    );
  if (ind.extra) out.extra = { ...ind.extra };
  const missing: number[] = [];
  for (let y = year; y <= year + 2; y++) {
    const t = targets[String(y)];
    if (absent(t) || t.kind === "missing") missing.push(y);
    else if (baseline && lessDemanding(t, baseline, ind))
      note(
        "target-below-baseline",
        `targets.${y}`,
        `Indicatore «${ind.name}»: il target ${y} «${label(t)}» è già sotto il valore di partenza «${label(baseline)}» (${baseline.date}).`,
        `Indicator «${ind.name}»: the ${y} target «${label(t)}» is already below the baseline «${label(baseline)}» (${baseline.date}).`
      );
  }
  if (missing.length > 0) {
    const years = missing.join(", ");
    const many = missing.length > 1;
    const fresh = missing.includes(year + 2);
    note(
      "target-missing",
      `targets.${missing[0]}`,
      `Indicatore «${ind.name}»: ${many ? "mancano i target" : "manca il target"} ${years}${fresh ? ` (${year + 2}: il nuovo anno del triennio)` : ""}.`,
      `Indicator «${ind.name}»: the ${years} ${many ? "targets are" : "target is"} missing${fresh ? ` (${year + 2}: the triennium's new year)` : ""}.`
    );
  }
  return out;
}

/**
 * The plan of the triennium starting in `year` (by default the plan's first year + 1), with what
 * needs the analyst. A year not after the plan's first one is a programming error (RangeError):
 * the front ends check it first (`rolloverYearProblem`).
 */
export function rollover(
  plan: Plan,
  year: number = plan.firstYear + 1,
  catalogue: RolloverCatalogue = BUNDLED_CATALOGUE
): RolloverResult {
  if (rolloverYearProblem(plan, year) !== null) throw new RangeError(`rollover to ${year}`);
  const notes: RolloverNote[] = [];
  const title = nextTitle(plan.title, plan.firstYear, year);
  if (title !== plan.title)
    notes.push({
      kind: "plan-title",
      programme: null,
      indicator: null,
      field: "title",
      message: message(
        `Titolo del piano: «${plan.title}» diventa «${title}».`,
        `Plan title: «${plan.title}» becomes «${title}».`
      ),
    });
  const programmes = plan.programmes.map((p) => {
    const r = nextProgramme(p, catalogue);
    notes.push(...r.notes);
    return r.programme;
  });
  const indicatorNotes: RolloverNote[] = [];
  const indicators = plan.indicators.map((ind) =>
    nextIndicator(ind, year, ind.programme, indicatorNotes)
  );
  notes.push(...indicatorNotes);
  return {
    year,
    notes,
    plan: {
      format: "pira-plan",
      version: 1,
      title,
      firstYear: year,
      entities: plan.entities.map((e) => ({ ...e })),
      programmes,
      indicators,
    },
  };
}

/** Why a year cannot start the next triennium of a plan, or null. */
export function rolloverYearProblem(plan: Plan, year: number) {
  if (!Number.isInteger(year) || year <= plan.firstYear || year > 2100)
    return message(
      `l'anno del nuovo triennio deve essere successivo al primo anno del piano (${plan.firstYear}): trovato ${year}.`,
      `the new triennium's year must come after the plan's first year (${plan.firstYear}): found ${year}.`
    );
  return null;
}
