/**
 * Completeness as DPCM 18/9/2012 art. 3 requires: every programme has indicators, a centro di
 * responsabilità and objectives; every indicator has a name, an algoritmo di calcolo, a tipologia,
 * a unit, a source, a target for each year of the triennium, and an actual once the period is
 * closed ("n.d." is an answer: the achievement rules ask for its note).
 */
import { message, type Message } from "../message";
import { basisActual } from "../performance/indicator";
import type { Indicator, PlanValue, Programme } from "../plan/types";
import type { Context } from "./context";
import { Grouped } from "./grouped";
import { fieldLabel, indicatorLabel, programmeLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

const blank = (s: string | null | undefined): boolean => (s ?? "").trim() === "";

/** No value at all: the key is absent, or the cell is empty. */
function absent(v: PlanValue | undefined): boolean {
  return v === undefined || (v.kind === "missing" && v.raw.trim() === "" && v.value === null);
}

interface FieldRule {
  code: string;
  field: "formula" | "typology" | "unit" | "source";
  /** progress indicators (Prato's "indicatore di avanzamento") carry only name, formula, values */
  progressToo: boolean;
  what: Message;
  fix: Message;
}

const FIELD_RULES: readonly FieldRule[] = [
  {
    code: C.indicatorWithoutFormula,
    field: "formula",
    progressToo: true,
    what: message("l'algoritmo di calcolo", "the calculation algorithm (formula)"),
    fix: message(
      "Scrivere come si calcola il valore (es. «Risorse utilizzate / Risorse a budget»).",
      "State how the value is computed (e.g. «Risorse utilizzate / Risorse a budget»)."
    ),
  },
  {
    code: C.indicatorWithoutTypology,
    field: "typology",
    progressToo: false,
    what: message("la tipologia", "the typology"),
    fix: message(
      "Indicare la tipologia (DPCM 18/9/2012 art. 6: realizzazione fisica, risultato, impatto, realizzazione finanziaria…).",
      "State the typology (DPCM 18/9/2012 art. 6: realizzazione fisica, risultato, impatto, realizzazione finanziaria…)."
    ),
  },
  {
    code: C.indicatorWithoutUnit,
    field: "unit",
    progressToo: false,
    what: message("l'unità di misura", "the unit of measure"),
    fix: message(
      "Indicare l'unità (%, n., euro, giorni, sì/no).",
      "State the unit (%, n., euro, giorni, sì/no)."
    ),
  },
  {
    code: C.indicatorWithoutSource,
    field: "source",
    progressToo: false,
    what: message("la fonte dei dati", "the data source"),
    fix: message(
      "Indicare da dove vengono i dati (contabilità, registro imprese, rilevazione interna…).",
      "State where the data come from (accounts, business register, internal survey…)."
    ),
  },
];

function programmeChecks(ctx: Context, p: Programme): void {
  const label = programmeLabel(p);
  if ((ctx.indicatorsOf.get(p.id) ?? []).length === 0) {
    ctx.emit(
      C.programmeWithoutIndicators,
      message(
        `Il programma ${label} non ha indicatori: il DPCM 18/9/2012 art. 3 chiede per ogni programma gli indicatori che misurano i suoi obiettivi. Aggiungerne almeno uno, o togliere il programma.`,
        `Programme ${label} has no indicators: DPCM 18/9/2012 art. 3 asks for the indicators measuring each programme's objectives. Add at least one, or remove the programme.`
      ),
      ctx.atProgramme(p, "indicators")
    );
  }
  if (blank(p.responsible)) {
    ctx.emit(
      C.programmeWithoutResponsible,
      message(
        `Il programma ${label} non indica il centro di responsabilità: indicare l'unità organizzativa a cui è attribuito (DPCM 18/9/2012 art. 3).`,
        `Programme ${label} states no centro di responsabilità: state the organisational unit it is assigned to (DPCM 18/9/2012 art. 3).`
      ),
      ctx.atProgramme(p, "responsible")
    );
  }
  if (blank(p.objective) && p.benefits.every((b) => blank(b))) {
    ctx.emit(
      C.programmeWithoutObjectives,
      message(
        `Il programma ${label} non ha obiettivi né benefici attesi: descrivere l'obiettivo che gli indicatori misurano.`,
        `Programme ${label} has no objective nor expected benefits: describe the objective its indicators measure.`
      ),
      ctx.atProgramme(p, "objective")
    );
  }
}

function fieldChecks(ctx: Context, grouped: Grouped, ind: Indicator): void {
  const name = indicatorLabel(ind);
  for (const r of FIELD_RULES) {
    if (ind.kind === "progress" && !r.progressToo) continue;
    grouped.applies(r.code, ind);
    if (!blank(ind[r.field])) continue;
    grouped.add({
      code: r.code,
      signature: "",
      ind,
      field: r.field,
      single: message(
        `Indicatore ${name}: manca ${r.what.it}. ${r.fix.it}`,
        `Indicator ${name}: ${r.what.en} is missing. ${r.fix.en}`
      ),
      group: (n, scope) =>
        message(
          `Nessuno dei ${n} indicatori ${scope.it} indica ${r.what.it}. ${r.fix.it}`,
          `None of the ${n} indicators ${scope.en} states ${r.what.en}. ${r.fix.en}`
        ),
    });
  }
}

function targetChecks(ctx: Context, grouped: Grouped, ind: Indicator): void {
  const name = indicatorLabel(ind);
  const fy = ctx.firstYear;
  const first = String(fy);
  if (ind.kind === "progress") {
    if (ctx.typed(ind.targets.triennium).kind !== "missing") return;
    if (ctx.typed(ind.targets[first]).kind !== "missing") return;
    ctx.emit(
      C.firstTargetMissing,
      message(
        `Indicatore di avanzamento ${name}: manca il target (del triennio o del ${fy}). Indicare il valore obiettivo.`,
        `Progress indicator ${name}: the target (triennium or ${fy}) is missing. State the target value.`
      ),
      ctx.atIndicator(ind, "targets.triennium")
    );
    return;
  }
  const t0 = ind.targets[first];
  if (ctx.typed(t0).kind === "missing") {
    const written = t0 && t0.raw.trim() ? ` (scritto ${quoted(t0.raw)})` : "";
    const writtenEn = t0 && t0.raw.trim() ? ` (written ${quoted(t0.raw)})` : "";
    ctx.emit(
      C.firstTargetMissing,
      message(
        `Indicatore ${name}: manca il target ${fy}${written}, quindi il raggiungimento non si calcola. Indicare il valore obiettivo del ${fy}.`,
        `Indicator ${name}: the ${fy} target is missing${writtenEn}, so the achievement cannot be computed. State the ${fy} target value.`
      ),
      ctx.atIndicator(ind, `targets.${first}`)
    );
  }
  grouped.applies(C.laterTargetsMissing, ind);
  const missing = [fy + 1, fy + 2].filter(
    (y) => ctx.typed(ind.targets[String(y)]).kind === "missing"
  );
  if (missing.length === 0) return;
  const years = missing.join(", ");
  const many = missing.length > 1;
  const raws = [
    ...new Set(missing.map((y) => ind.targets[String(y)]?.raw.trim() ?? "").filter(Boolean)),
  ].map(quoted);
  const written = raws.length
    ? message(
        ` (${many ? "scritti" : "scritto"} ${raws.join(", ")})`,
        ` (written ${raws.join(", ")})`
      )
    : message("", "");
  const fix = message(
    `Indicare il valore obiettivo di ogni anno del triennio ${fy}-${fy + 2} (DPCM 18/9/2012 art. 3).`,
    `State the target of every year of the triennium ${fy}-${fy + 2} (DPCM 18/9/2012 art. 3).`
  );
  const what = message(
    many ? `i target ${years}` : `il target ${years}`,
    many ? `the ${years} targets` : `the ${years} target`
  );
  grouped.add({
    code: C.laterTargetsMissing,
    signature: years,
    ind,
    field: `targets.${missing[0]}`,
    single: message(
      `Indicatore ${name}: ${many ? "mancano" : "manca"} ${what.it}${written.it}. ${fix.it}`,
      `Indicator ${name}: ${what.en} ${many ? "are" : "is"} missing${written.en}. ${fix.en}`
    ),
    group: (n, scope) =>
      message(
        `Nessuno dei ${n} indicatori ${scope.it} ha ${what.it}${written.it}. ${fix.it}`,
        `None of the ${n} indicators ${scope.en} has ${what.en}${written.en}. ${fix.en}`
      ),
  });
}

function actualChecks(ctx: Context, grouped: Grouped, ind: Indicator): void {
  if (!ctx.closed) return;
  grouped.applies(C.actualMissing, ind);
  const basis = basisActual(ind, ctx.firstYear);
  if (!absent(basis.value)) return;
  // neither closing has a value: the year end is the one due
  const key =
    basis.value === undefined && !(basis.key in ind.actuals) ? `${ctx.firstYear}-12-31` : basis.key;
  const field = `actuals.${key}`;
  const what = fieldLabel(field);
  const fix = message(
    "Inserire il valore osservato, oppure «n.d.» con una nota che spieghi perché non è disponibile.",
    "Enter the observed value, or «n.d.» with a note saying why it is not available."
  );
  grouped.add({
    code: C.actualMissing,
    signature: field,
    ind,
    field,
    single: message(
      `Indicatore ${indicatorLabel(ind)}: manca il ${what.it}, periodo chiuso. ${fix.it}`,
      `Indicator ${indicatorLabel(ind)}: the ${what.en} is missing, and the period is closed. ${fix.en}`
    ),
    group: (n, scope) =>
      message(
        `Nessuno dei ${n} indicatori ${scope.it} ha il ${what.it}, periodo chiuso. ${fix.it}`,
        `None of the ${n} indicators ${scope.en} has its ${what.en}, and the period is closed. ${fix.en}`
      ),
  });
}

export function completeness(ctx: Context): void {
  for (const p of ctx.plan.programmes) programmeChecks(ctx, p);
  const grouped = new Grouped(ctx);
  for (const ind of ctx.plan.indicators) {
    if (blank(ind.name)) {
      ctx.emit(
        C.indicatorWithoutName,
        message(
          `Un indicatore (${ind.id}) non ha nome: indicare che cosa misura.`,
          `An indicator (${ind.id}) has no name: state what it measures.`
        ),
        ctx.atIndicator(ind, "name")
      );
    }
    fieldChecks(ctx, grouped, ind);
    targetChecks(ctx, grouped, ind);
    actualChecks(ctx, grouped, ind);
  }
  grouped.flush();
}
