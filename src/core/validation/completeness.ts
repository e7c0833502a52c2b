/**
 * Completeness as DPCM 18/9/2012 art. 3 requires: every programme has indicators, a centro di
 * responsabilità and objectives; every indicator has a name, an algoritmo di calcolo, a tipologia,
 * a unit, a source, a target for each year of the triennium, and an actual once the period is
 * closed ("n.d." is an answer: the achievement rules ask for its note).
 */
import { message, type Message } from "../message";
import { basisActual } from "../performance";
import type { Indicator, PlanValue, Programme } from "../plan";
import type { ValidationContext } from "./context";
import { Grouped, type Finding, type FindingText } from "./grouped";
import { fieldLabel, indicatorLabel, programmeLabel, quoted } from "./labels";
import { CODES as C } from "./rules";

/**
 * "dei 5", "degli 8": the article before a number is the one its Italian name takes (otto,
 * undici, ottanta, ottocento, undicimila… start with a vowel).
 */
export function dei(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const vowel = digits[0] === "8" || (digits.startsWith("11") && digits.length % 3 === 2);
  return vowel ? "degli" : "dei";
}

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
  text: FindingText;
}

function fieldRule(
  code: string,
  field: FieldRule["field"],
  progressToo: boolean,
  what: Message,
  fix: Message
): FieldRule {
  return {
    code,
    field,
    progressToo,
    text: {
      single: (f) =>
        message(
          `Indicatore ${indicatorLabel(f.ind)}: manca ${what.it}. ${fix.it}`,
          `Indicator ${indicatorLabel(f.ind)}: ${what.en} is missing. ${fix.en}`
        ),
      group: (_f, n, scope) =>
        message(
          `Nessuno ${dei(n)} ${n} indicatori ${scope.it} indica ${what.it}. ${fix.it}`,
          `None of the ${n} indicators ${scope.en} states ${what.en}. ${fix.en}`
        ),
    },
  };
}

const FIELD_RULES: readonly FieldRule[] = [
  fieldRule(
    C.indicatorWithoutFormula,
    "formula",
    true,
    message("l'algoritmo di calcolo", "the calculation algorithm (formula)"),
    message(
      "Scrivere come si calcola il valore (es. «Risorse utilizzate / Risorse a budget»).",
      "State how the value is computed (e.g. «Risorse utilizzate / Risorse a budget»)."
    )
  ),
  fieldRule(
    C.indicatorWithoutTypology,
    "typology",
    false,
    message("la tipologia", "the typology"),
    message(
      "Indicare la tipologia (DPCM 18/9/2012 art. 6: realizzazione fisica, risultato, impatto, realizzazione finanziaria…).",
      "State the typology (DPCM 18/9/2012 art. 6: realizzazione fisica, risultato, impatto, realizzazione finanziaria…)."
    )
  ),
  fieldRule(
    C.indicatorWithoutUnit,
    "unit",
    false,
    message("l'unità di misura", "the unit of measure"),
    message(
      "Indicare l'unità (%, n., euro, giorni, sì/no).",
      "State the unit (%, n., euro, giorni, sì/no)."
    )
  ),
  fieldRule(
    C.indicatorWithoutSource,
    "source",
    false,
    message("la fonte dei dati", "the data source"),
    message(
      "Indicare da dove vengono i dati (contabilità, registro imprese, rilevazione interna…).",
      "State where the data come from (accounts, business register, internal survey…)."
    )
  ),
];

function programmeChecks(ctx: ValidationContext, p: Programme): void {
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

function fieldChecks(grouped: Grouped, ind: Indicator): void {
  for (const r of FIELD_RULES) {
    if (ind.kind === "progress" && !r.progressToo) continue;
    grouped.applies(r.code, ind);
    if (blank(ind[r.field]))
      grouped.add({ code: r.code, signature: "", ind, field: r.field, text: r.text });
  }
}

function targetChecks(
  ctx: ValidationContext,
  grouped: Grouped,
  later: FindingText,
  ind: Indicator
): void {
  const fy = ctx.firstYear;
  const [first, y1, y2] = ctx.years;
  if (ind.kind === "progress") {
    if (ctx.typed(ind.targets.triennium).kind !== "missing") return;
    if (ctx.typed(ind.targets[first]).kind !== "missing") return;
    const name = indicatorLabel(ind);
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
    const name = indicatorLabel(ind);
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
  const second = ctx.typed(ind.targets[y1]).kind === "missing";
  // a rolled-over plan: the new year's target is W040's, one per indicator (baseline.ts)
  const third = ctx.typed(ind.targets[y2]).kind === "missing" && !ctx.rolledOver;
  if (!second && !third) return;
  const missing = second && third ? [y1, y2] : second ? [y1] : [y2];
  const raws = missing.map((y) => ind.targets[y]?.raw.trim() ?? "");

  grouped.add({
    code: C.laterTargetsMissing,
    signature: `${missing.join(",")}|${raws.join("|")}`,
    ind,
    field: `targets.${missing[0]}`,
    text: later,
    data: { missing, raws },
  });
}

/** W010's words: the missing years, the text written there ("n.d."), the fix. */
function laterTargetsText(fy: number): FindingText {
  const fix = message(
    `Indicare il valore obiettivo di ogni anno del triennio ${fy}-${fy + 2} (DPCM 18/9/2012 art. 3).`,
    `State the target of every year of the triennium ${fy}-${fy + 2} (DPCM 18/9/2012 art. 3).`
  );
  const parts = (f: Finding) => {
    const { missing, raws } = f.data as { missing: string[]; raws: string[] };
    const years = missing.join(", ");
    const many = missing.length > 1;
    const written = [...new Set(raws.filter(Boolean))].map(quoted);
    return {
      many,
      what: message(
        many ? `i target ${years}` : `il target ${years}`,
        many ? `the ${years} targets` : `the ${years} target`
      ),
      written: written.length
        ? message(
            ` (${many ? "scritti" : "scritto"} ${written.join(", ")})`,
            ` (written ${written.join(", ")})`
          )
        : message("", ""),
    };
  };
  return {
    single: (f) => {
      const { many, what, written } = parts(f);
      const name = indicatorLabel(f.ind);
      return message(
        `Indicatore ${name}: ${many ? "mancano" : "manca"} ${what.it}${written.it}. ${fix.it}`,
        `Indicator ${name}: ${what.en} ${many ? "are" : "is"} missing${written.en}. ${fix.en}`
      );
    },
    group: (f, n, scope) => {
      const { what, written } = parts(f);
      return message(
        `Nessuno ${dei(n)} ${n} indicatori ${scope.it} ha ${what.it}${written.it}. ${fix.it}`,
        `None of the ${n} indicators ${scope.en} has ${what.en}${written.en}. ${fix.en}`
      );
    },
  };
}

const ACTUAL_FIX = message(
  "Inserire il valore osservato, oppure «n.d.» con una nota che spieghi perché non è disponibile.",
  "Enter the observed value, or «n.d.» with a note saying why it is not available."
);

/** W011's words: the actual due (its field is the finding's). */
const ACTUAL_TEXT: FindingText = {
  single: (f) => {
    const what = fieldLabel(f.field ?? "");
    return message(
      `Indicatore ${indicatorLabel(f.ind)}: manca il ${what.it}, periodo chiuso. ${ACTUAL_FIX.it}`,
      `Indicator ${indicatorLabel(f.ind)}: the ${what.en} is missing, and the period is closed. ${ACTUAL_FIX.en}`
    );
  },
  group: (f, n, scope) => {
    const what = fieldLabel(f.field ?? "");
    return message(
      `Nessuno ${dei(n)} ${n} indicatori ${scope.it} ha il ${what.it}, periodo chiuso. ${ACTUAL_FIX.it}`,
      `None of the ${n} indicators ${scope.en} has its ${what.en}, and the period is closed. ${ACTUAL_FIX.en}`
    );
  },
};

function actualChecks(ctx: ValidationContext, grouped: Grouped, ind: Indicator): void {
  if (!ctx.closed) return;
  grouped.applies(C.actualMissing, ind);
  const basis = basisActual(ind, ctx.firstYear);
  if (!absent(basis.value)) return;
  // neither closing has a value: the year end is the one due
  const key =
    basis.value === undefined && !(basis.key in ind.actuals) ? `${ctx.firstYear}-12-31` : basis.key;
  const field = `actuals.${key}`;
  grouped.add({ code: C.actualMissing, signature: field, ind, field, text: ACTUAL_TEXT });
}

export function completeness(ctx: ValidationContext): void {
  for (const p of ctx.plan.programmes) programmeChecks(ctx, p);
  const grouped = new Grouped(ctx);
  const later = laterTargetsText(ctx.firstYear);
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
    fieldChecks(grouped, ind);
    targetChecks(ctx, grouped, later, ind);
    actualChecks(ctx, grouped, ind);
  }
  grouped.flush();
}
