/**
 * Findings about indicators that may concern a whole programme or entity: when every indicator
 * a rule applies to in a programme (or in an entity) has the same finding, one diagnostic says so
 * for the programme (or entity) instead of one per indicator — a column missing from a whole
 * table is one defect, not sixty.
 */
import { message, type Message } from "../message";
import type { Indicator } from "../plan";
import type { ValidationContext } from "./context";
import { programmeLabel } from "./labels";

/** How a rule words a finding: for the indicator alone, or for `n` indicators of a scope. */
export interface FindingText {
  single(f: Finding): Message;
  /** scope: "del programma 011.005 «…»" / "dell'ente «…»" */
  group(f: Finding, n: number, scope: Message): Message;
}

export interface Finding {
  code: string;
  /** findings group only with the same code and signature (e.g. the same missing years) */
  signature: string;
  ind: Indicator;
  field: string | null;
  /** messages are built only for what is emitted */
  text: FindingText;
  /** what the text needs beyond the indicator (e.g. the missing years) */
  data?: unknown;
}

const MIN_GROUP = 2;

export class Grouped {
  /** code → indicators the rule applies to, by programme position (last slot: unknown programme) */
  private readonly applicable = new Map<string, Int32Array>();
  private readonly programmeAt = new Map<string, number>();
  private programmesOfEntity: Map<string, string[]> | null = null;
  /** code → signature → findings, each list in the order of its first finding (see flush) */
  private readonly findings = new Map<string, Map<string, Finding[]>>();
  private lastProgramme: string | null = null;
  private lastAt = 0;

  constructor(private readonly ctx: ValidationContext) {
    ctx.plan.programmes.forEach((p, i) => {
      if (!this.programmeAt.has(p.id)) this.programmeAt.set(p.id, i);
    });
  }

  private at(programme: string): number {
    if (programme !== this.lastProgramme) {
      this.lastProgramme = programme;
      this.lastAt = this.programmeAt.get(programme) ?? this.ctx.plan.programmes.length;
    }
    return this.lastAt;
  }

  /** The rule `code` applies to this indicator (call once per indicator and rule). */
  applies(code: string, ind: Indicator): void {
    let counts = this.applicable.get(code);
    if (!counts) {
      counts = new Int32Array(this.ctx.plan.programmes.length + 1);
      this.applicable.set(code, counts);
    }
    counts[this.at(ind.programme)]++;
  }

  add(f: Finding): void {
    // by code, then signature (no key text made per finding: 67,000 on a 50,000-indicator plan)
    let bySignature = this.findings.get(f.code);
    if (!bySignature) this.findings.set(f.code, (bySignature = new Map()));
    const list = bySignature.get(f.signature);
    if (list) list.push(f);
    else bySignature.set(f.signature, [f]);
  }

  private count(code: string, programme: string): number {
    return this.applicable.get(code)?.[this.at(programme)] ?? 0;
  }

  private entityCount(code: string, entity: string): number {
    if (this.programmesOfEntity === null) {
      this.programmesOfEntity = new Map();
      for (const p of this.ctx.plan.programmes) {
        const l = this.programmesOfEntity.get(p.entity);
        if (l) l.push(p.id);
        else this.programmesOfEntity.set(p.entity, [p.id]);
      }
    }
    let n = 0;
    for (const id of this.programmesOfEntity.get(entity) ?? []) n += this.count(code, id);
    return n;
  }

  /**
   * The entity id of each programme position (of the programme its id names: the last of that
   * id, as ctx.programmes holds it), "" past the end (an unknown programme): a finding's entity
   * is found by the position at() keeps, not by a look-up of its programme's id.
   */
  private entityAt(): string[] {
    const out = this.ctx.plan.programmes.map((p) => this.ctx.programmes.get(p.id)?.entity ?? "");
    out.push("");
    return out;
  }

  /**
   * Emits the findings: by entity, by programme, or one by one. The lists go by code, then by
   * signature: a code's lists in the order of their first findings. Diagnostics of different
   * codes never tie in the final order (sortDiagnostics compares codes), so this is the order
   * one list per code and signature in order of first finding gave.
   */
  flush(): void {
    if (this.findings.size === 0) return;
    const entityAt = this.entityAt();
    for (const bySignature of this.findings.values())
      for (const list of bySignature.values()) this.flushList(list, entityAt);
  }

  private flushList(list: Finding[], entityAt: readonly string[]): void {
    const byEntity = new Map<string, Finding[]>();
    for (const f of list) {
      const e = entityAt[this.at(f.ind.programme)];
      const l = byEntity.get(e);
      if (l) l.push(f);
      else byEntity.set(e, [f]);
    }
    for (const [entityId, own] of byEntity) {
      const first = own[0];
      const entity = this.ctx.entities.get(entityId);
      if (
        entity &&
        own.some((f) => f.ind.programme !== first.ind.programme) &&
        own.length >= MIN_GROUP &&
        own.length === this.entityCount(first.code, entityId)
      ) {
        const scope = message(`dell'ente «${entity.name}»`, `of entity «${entity.name}»`);
        this.ctx.emit(first.code, first.text.group(first, own.length, scope), {
          entity: entityId,
          field: first.field,
        });
        continue;
      }
      this.byProgramme(own);
    }
  }

  private byProgramme(list: Finding[]): void {
    const byProgramme = new Map<string, Finding[]>();
    for (const f of list) {
      const l = byProgramme.get(f.ind.programme);
      if (l) l.push(f);
      else byProgramme.set(f.ind.programme, [f]);
    }
    for (const [programmeId, own] of byProgramme) {
      const first = own[0];
      const p = this.ctx.programmes.get(programmeId);
      if (p && own.length >= MIN_GROUP && own.length === this.count(first.code, programmeId)) {
        const label = programmeLabel(p);
        const scope = message(`del programma ${label}`, `of programme ${label}`);
        this.ctx.emit(
          first.code,
          first.text.group(first, own.length, scope),
          this.ctx.atProgramme(p, first.field)
        );
        continue;
      }
      for (const f of own)
        this.ctx.emit(f.code, f.text.single(f), this.ctx.atIndicator(f.ind, f.field));
    }
  }
}
