/**
 * Plans for the validation tests: a clean plan made the way `pira init` makes one (emptyPlan,
 * programmes from the catalogue) and filled in completely, and one-indicator plans to break one
 * rule at a time.
 */
import { addIndicator, emptyPlan } from "../../src/core/plan";
import type { Indicator, Plan, PlanValue, Programme } from "../../src/core/plan/types";
import { validatePlan, type ValidationOptions } from "../../src/core/validation";
import { formatItalianNumber, toPlanValue } from "../../src/core/values";

/** After the 2020 year end: the first year's actuals are due. */
export const AS_OF = "2021-03-31";

export const v = (text: string): PlanValue => toPlanValue(text);

export function values(texts: Record<string, string>): Record<string, PlanValue> {
  const out: Record<string, PlanValue> = {};
  for (const [k, t] of Object.entries(texts)) out[k] = v(t);
  return out;
}

/** Fills a programme's scheda: centro di responsabilità, objective, benefits, budget. */
export function fillProgramme(p: Programme, amount = 10000): void {
  p.responsible = "Segretario Generale";
  p.objective = "Sostenere la competitività delle imprese del territorio";
  p.benefits = ["Più imprese raggiunte dai servizi camerali"];
  p.stakeholders = "Imprese";
  p.budget = { raw: `€ ${formatItalianNumber(amount, 2)}`, amount };
}

/** Every field of an indicator filled in; targets for each year of 2020-2022. */
export function fullIndicator(
  plan: Plan,
  programme: string,
  fields: Partial<Indicator> = {}
): Indicator {
  return addIndicator(plan, {
    programme,
    name: "Imprese coinvolte nelle iniziative",
    formula: "Numero di imprese partecipanti",
    typology: "Realizzazione fisica",
    unit: "n.",
    source: "Rilevazione interna",
    polarity: "higher",
    polarityInferred: true,
    actuals: values({ "2020-09-30": "60", "2020-12-31": "110" }),
    targets: values({ "2020": "100", "2021": "110", "2022": "120" }),
    ...fields,
  });
}

/**
 * A plan as `pira init --year 2020` makes it (three catalogue programmes), then filled in by an
 * analyst: every scheda complete, indicators of every kind with every field, targets for the
 * triennium, year-end actuals, and a note where an actual falls short.
 */
export function cleanPlan(): Plan {
  const plan = emptyPlan({
    title: "PIRA 2020 — Camera di Commercio di Esempio",
    firstYear: 2020,
    entities: ["Camera di Commercio di Esempio"],
    programmes: ["011.005", "012.004", "032.003"],
  });
  const [promotion, market, services] = plan.programmes;
  fillProgramme(promotion, 150000);
  fillProgramme(market, 40000);
  fillProgramme(services, 25000);
  fullIndicator(plan, promotion.id);
  fullIndicator(plan, promotion.id, {
    name: "Grado di utilizzo delle risorse a budget",
    formula: "Risorse utilizzate / Risorse a budget",
    typology: "Realizzazione finanziaria",
    unit: "%",
    actuals: values({ "2020-09-30": "70%", "2020-12-31": "96%" }),
    targets: values({ "2020": "90%", "2021": "90%", "2022": "90%" }),
    reportedPerformance: v("100%"),
  });
  fullIndicator(plan, promotion.id, {
    name: "Eventi realizzati nella sede camerale",
    formula: "Numero di eventi realizzati",
    typology: "Output",
    actuals: values({ "2020-09-30": "20", "2020-12-31": "30" }),
    targets: values({ "2020": "50", "2021": "50", "2022": "50" }),
    reportedPerformance: v("60%"),
    notes: ["Eventi in presenza sospesi da marzo a dicembre per l'emergenza Covid-19."],
  });
  fullIndicator(plan, market.id, {
    name: "Tempo medio di evasione delle pratiche telematiche",
    formula: "Giorni tra il protocollo e l'evasione / Pratiche evase",
    typology: "Qualità erogata",
    unit: "giorni",
    polarity: "lower",
    actuals: values({ "2020-09-30": "2,1", "2020-12-31": "1,9" }),
    targets: values({ "2020": "3", "2021": "3", "2022": "2,5" }),
  });
  fullIndicator(plan, market.id, {
    name: "Attivazione del collegamento con il SUAP",
    formula: "Collegamento attivato",
    unit: "si/no",
    polarity: "yesno",
    actuals: values({ "2020-09-30": "no", "2020-12-31": "sì" }),
    targets: values({ "2020": "si", "2021": "si", "2022": "si" }),
  });
  fullIndicator(plan, market.id, {
    name: "Soddisfazione degli utenti della mediazione",
    formula: "Giudizio medio espresso nei questionari",
    typology: "Qualità erogata",
    unit: "giudizio",
    polarity: "qualitative",
    actuals: values({ "2020-09-30": "buono", "2020-12-31": "ottimo" }),
    targets: values({ "2020": "buono", "2021": "buono", "2022": "ottimo" }),
  });
  fullIndicator(plan, services.id, {
    name: "Giorni medi di presenza al lavoro",
    formula: "Giornate di presenza dei dipendenti / Giornate lavorative",
    typology: "Efficienza",
    unit: "Percentuale",
    actuals: values({ "2020-09-30": "76,44%", "2020-12-31": "76,07% (194/255)" }),
    targets: values({ "2020": "75%", "2021": "76%", "2022": "77%" }),
  });
  fullIndicator(plan, services.id, {
    name: "Valore della produzione",
    formula: "Proventi correnti",
    typology: "Salute economica",
    unit: "euro",
    actuals: values({ "2020-09-30": "€ 3.155.497", "2020-12-31": "€ 4.960.084" }),
    targets: values({ "2020": "4.900.000", "2021": "4.950.000", "2022": "5.000.000" }),
  });
  return plan;
}

/** A clean plan of one programme and one indicator, then changed by `change`. */
export function onePlan(
  change: (ind: Indicator, p: Programme, plan: Plan) => void = () => {}
): Plan {
  const plan = emptyPlan({
    title: "Prova",
    firstYear: 2020,
    entities: ["Camera di Prova"],
    programmes: ["011.005"],
  });
  const p = plan.programmes[0];
  fillProgramme(p);
  const ind = fullIndicator(plan, p.id);
  change(ind, p, plan);
  return plan;
}

/** The codes a plan yields (infos on budget totals left out: every plan has them). */
export function codes(plan: Plan, options: ValidationOptions = {}): string[] {
  return validatePlan(plan, { asOf: AS_OF, ...options })
    .diagnostics.map((d) => d.code)
    .filter((c) => c !== "PIRA-I063");
}
