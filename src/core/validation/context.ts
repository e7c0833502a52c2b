/**
 * What every rule needs while a plan is checked: the plan's records by id, the typed values
 * (read once per distinct text), the judging date, and the emitter that turns a finding into a
 * diagnostic (skipping switched-off rules, adding the record's place in the input).
 */
import { diagnostic, type Diagnostic } from "../diagnostics";
import type { Message } from "../message";
import { DEFAULT_THRESHOLDS } from "../performance";
import type { Entity, Indicator, Plan, PlanValue, Programme } from "../plan";
import { piraFromPlanValue, type PiraValue } from "../values";
import { disabledRuleCodes } from "./disabled";
import { RULE_BY_CODE } from "./rules";
import { memo } from "./text";
import { unitClass } from "./units";
import type { SourceLocation, ValidationOptions } from "./types";

const MISSING: PiraValue = { raw: "", kind: "missing", number: null };
const NOWHERE: SourceLocation = {};

export interface RecordPlace {
  entity?: string | null;
  programme?: string | null;
  indicator?: string | null;
  field?: string | null;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export class ValidationContext {
  readonly firstYear: number;
  /** the triennium's years as target keys: "2020", "2021", "2022" */
  readonly years: readonly [string, string, string];
  /** the first year's closing (31 December) is past: its actuals are due */
  readonly closed: boolean;
  readonly asOf: string;
  readonly high: number;
  /** some indicator carries a baseline: the plan was rolled over (baseline.ts) */
  readonly rolledOver: boolean;
  readonly entities = new Map<string, Entity>();
  readonly programmes = new Map<string, Programme>();
  readonly indicatorsOf = new Map<string, Indicator[]>();
  readonly diagnostics: Diagnostic[] = [];
  /** disabledRules entries that are neither a rule code nor a family */
  readonly unknownDisabled: readonly string[];
  /** the codes switched off (the importer's and the workbook's are switched off where they are made) */
  private readonly disabled: Set<string>;
  private readonly typedCache = new Map<string, PiraValue>();
  private readonly locations: Record<string, SourceLocation>;
  /** the locations hold any record's place */
  private readonly placed: boolean;

  constructor(
    readonly plan: Plan,
    options: ValidationOptions = {}
  ) {
    this.firstYear = plan.firstYear;
    this.years = [String(plan.firstYear), String(plan.firstYear + 1), String(plan.firstYear + 2)];
    this.asOf = options.asOf ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.asOf))
      throw new RangeError(`validatePlan: asOf must be an ISO date YYYY-MM-DD, got "${this.asOf}"`);
    this.closed = this.asOf >= `${this.firstYear}-12-31`;
    this.high = options.thresholds?.high ?? DEFAULT_THRESHOLDS.high;
    this.locations = options.locations ?? {};
    this.placed = Object.keys(this.locations).length > 0;
    const off = disabledRuleCodes(options.disabledRules ?? []);
    this.disabled = off.codes;
    this.unknownDisabled = off.unknown;
    for (const e of plan.entities) this.entities.set(e.id, e);
    for (const p of plan.programmes) {
      this.programmes.set(p.id, p);
      this.indicatorsOf.set(p.id, []);
    }
    this.rolledOver = plan.indicators.some((i) => i.baseline !== undefined);
    for (const ind of plan.indicators) {
      const list = this.indicatorsOf.get(ind.programme);
      if (list) list.push(ind);
    }
  }

  enabled(code: string): boolean {
    return !this.disabled.has(code);
  }

  /** Any of these rules is on (a check whose rules are all off is skipped). */
  anyEnabled(...codes: string[]): boolean {
    return codes.some((c) => !this.disabled.has(c));
  }

  /** The class of a unit column ("Percentuale" → percent), read once per distinct text. */
  readonly unitOf = memo((unit: string) => unitClass(unit));

  /**
   * The typed reading of a plan value (read once per distinct text); absent → missing. Every rule
   * family asks again for the same values: a look-up by text (a plan repeats its texts: "100%",
   * "n.d.", the same target over the years).
   */
  typed(v: PlanValue | null | undefined): PiraValue {
    if (!v) return MISSING;
    const raw = v.raw;
    if (raw === "" || (raw.charCodeAt(0) <= 32 && raw.trim() === "")) return piraFromPlanValue(v);
    // a comparison stated beside the raw text ({raw: "90%", comparison: ">="}) reads otherwise
    const key = v.comparison === undefined ? raw : `${raw}\u0000${v.comparison}`;
    let t = this.typedCache.get(key);
    if (t === undefined) {
      t = piraFromPlanValue(v);
      this.typedCache.set(key, t);
    }
    return t;
  }

  private lastProgramme: string | null = null;
  private lastEntity: string | null = null;

  /** The entity of a programme id (null: no such programme); the last one asked is kept. */
  private entityOf(programme: string): string | null {
    if (programme !== this.lastProgramme) {
      this.lastProgramme = programme;
      this.lastEntity = this.programmes.get(programme)?.entity ?? null;
    }
    return this.lastEntity;
  }

  /** The place of an indicator (its programme and entity too). */
  atIndicator(ind: Indicator, field: string | null = null): RecordPlace {
    return {
      entity: this.entityOf(ind.programme),
      programme: ind.programme,
      indicator: ind.id,
      field,
    };
  }

  atProgramme(p: Programme, field: string | null = null): RecordPlace {
    return { entity: p.entity, programme: p.id, field };
  }

  emit(code: string, msg: Message, place: RecordPlace = {}): void {
    if (!this.enabled(code)) return;
    const rule = RULE_BY_CODE.get(code);
    if (!rule) throw new Error(`validation: unknown rule ${code}`);
    // no places at all (a plan JSON): each look-up would find nothing (a key unknown to the
    // table, as with every key of an empty one: one look-up of a fresh text costs more than
    // the rest of the emission)
    const loc = !this.placed
      ? NOWHERE
      : ((place.indicator ? this.locations[place.indicator] : undefined) ??
        (place.programme ? this.locations[place.programme] : undefined) ??
        (place.entity ? this.locations[place.entity] : undefined) ??
        NOWHERE);
    this.diagnostics.push(
      diagnostic(code, rule.severity, msg, {
        entity: place.entity,
        programme: place.programme,
        indicator: place.indicator,
        field: place.field,
        sheet: loc.sheet,
        cell: loc.cell,
        line: loc.line,
      })
    );
  }
}
