/**
 * Which indicator of one version is which of the other. Two versions made separately share
 * neither ids nor rows: an indicator is known by its programme (entity and codes, a retired code
 * read as the one that replaced it; among programmes with the same codes, the scheda), its name
 * and its formula. Passes, each on what the earlier
 * ones left:
 *  1. same programme, name and formula;
 *  2. same programme and name (the formula changed);
 *  3. same programme and formula, the names alike (a rewording);
 *  4. same programme, the names alike (a rewording with a new formula): the most alike first;
 *  5. another programme, same name and formula, or the same name alone when one of a kind (a move).
 * Indexed by key: linear in the plans' size, except pass 4, which compares only a programme's
 * leftovers, at most LEFTOVER_LIMIT of them on each side.
 */
import { lookupProgramme } from "../catalogue";
import type { Indicator, Plan, Programme } from "../plan";
import { folded, likeness, nameWords, sameText } from "./fold";
import { sameValue } from "./values";

/** Names this alike (Dice coefficient of their significant words) are a rewording. */
export const REWORDING = 0.6;
/** With the same formula, a rewording may go further. */
export const REWORDING_SAME_FORMULA = 0.4;
/** Pass 4 compares at most this many leftovers a side in a programme (bounded work). */
export const LEFTOVER_LIMIT = 200;

export interface IndicatorMatch {
  before: Indicator;
  after: Indicator;
  /** the programme changed (a move) */
  moved: boolean;
}

export interface Matching {
  pairs: IndicatorMatch[];
  removed: Indicator[];
  added: Indicator[];
}

/** The entities of `old` by the id of the same entity in `next` (by name; one left on each side: the same). */
function entityMap(old: Plan, next: Plan): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of next.entities) if (!byName.has(folded(e.name))) byName.set(folded(e.name), e.id);
  const out = new Map<string, string>();
  const used = new Set<string>();
  const left: string[] = [];
  for (const e of old.entities) {
    const id = byName.get(folded(e.name));
    if (id !== undefined && !used.has(id)) {
      out.set(e.id, id);
      used.add(id);
    } else left.push(e.id);
  }
  const rest = next.entities.filter((e) => !used.has(e.id));
  if (left.length === 1 && rest.length === 1) out.set(left[0], rest[0].id);
  return out;
}

/** A programme's codes, a retired code read as the one that replaced it. */
function currentCode(p: Programme): string {
  const found = lookupProgramme(p.mission, p.programme);
  return found.status === "replaced" ? found.replacedBy.code : `${p.mission}.${p.programme}`;
}

/** What tells apart programmes with the same codes (Prato's three 011.005): their scheda's words. */
function signature(p: Programme): string {
  return [p.strategicArea, p.strategicProgramme, p.objective].map(folded).join("|");
}

/**
 * Each programme of `old` → the same programme of `next`: the same entity and codes (a retired
 * code read as its replacement); among several with the same codes, the same scheda (strategic
 * area, strategic programme, objective), else the most alike, else in order. Groups are small.
 */
function programmeMap(old: Plan, next: Plan): Map<string, string> {
  const entities = entityMap(old, next);
  const groups = new MultiMap<Programme>();
  for (const p of next.programmes) groups.add(`${p.entity}|${currentCode(p)}`, p);
  const olds = new MultiMap<Programme>();
  const keys: string[] = [];
  for (const p of old.programmes) {
    const k = `${entities.get(p.entity) ?? `old:${p.entity}`}|${currentCode(p)}`;
    if (olds.get(k).length === 0) keys.push(k);
    olds.add(k, p);
  }
  const out = new Map<string, string>();
  for (const k of keys) {
    const a = olds.get(k);
    const b = groups.get(k);
    if (b.length === 0) continue;
    const used = new Set<Programme>();
    const left: Programme[] = [];
    for (const p of a) {
      const hit = b.find((q) => !used.has(q) && signature(q) === signature(p));
      if (hit) {
        used.add(hit);
        out.set(p.id, hit.id);
      } else left.push(p);
    }
    for (const p of left) {
      const words = nameWords(signature(p));
      let best: Programme | null = null;
      let bestScore = -1;
      for (const q of b) {
        if (used.has(q)) continue;
        const score = likeness(words, nameWords(signature(q)));
        if (score > bestScore) {
          best = q;
          bestScore = score;
        }
      }
      if (best) {
        used.add(best);
        out.set(p.id, best.id);
      }
    }
  }
  return out;
}

/** Among indicators with the same key, how many are weighed for the best fit. */
const CANDIDATES = 32;

/** How much of two indicators is the same (fields and targets): picks among same-named ones. */
function closeness(a: Indicator, b: Indicator): number {
  let n = 0;
  for (const f of ["formula", "unit", "source", "typology", "group"] as const)
    if (sameText(a[f], b[f])) n++;
  if (a.polarity === b.polarity) n++;
  for (const [k, t] of Object.entries(a.targets)) if (sameValue(t, b.targets[k])) n++;
  return n;
}

class MultiMap<T> {
  private readonly m = new Map<string, T[]>();
  add(key: string, v: T): void {
    const list = this.m.get(key);
    if (list) list.push(v);
    else this.m.set(key, [v]);
  }
  get(key: string): T[] {
    return this.m.get(key) ?? [];
  }
  private readonly start = new Map<string, number>();
  private readonly gone = new Set<T>();
  /**
   * The key's item that `score` likes best among the first CANDIDATES not yet taken (ties: the
   * first added), taken out. Bounded work per call.
   */
  take(key: string, score: (x: T) => number): T | undefined {
    const list = this.m.get(key);
    if (!list) return undefined;
    let at = this.start.get(key) ?? 0;
    while (at < list.length && this.gone.has(list[at])) at++;
    this.start.set(key, at);
    let best: T | undefined;
    let bestScore = -Infinity;
    for (let i = at, seen = 0; i < list.length && seen < CANDIDATES; i++) {
      if (this.gone.has(list[i])) continue;
      seen++;
      const s = seen === 1 && i + 1 >= list.length ? 0 : score(list[i]);
      if (s > bestScore) {
        best = list[i];
        bestScore = s;
      }
    }
    if (best !== undefined) this.gone.add(best);
    return best;
  }
}

export function matchIndicators(old: Plan, next: Plan): Matching {
  const programmes = programmeMap(old, next);
  const progOld = (ind: Indicator) => programmes.get(ind.programme) ?? `old:${ind.programme}`;
  const progNew = (ind: Indicator) => ind.programme;
  const nameOf = new Map<Indicator, string>();
  const formulaOf = new Map<Indicator, string>();
  for (const ind of [...old.indicators, ...next.indicators]) {
    nameOf.set(ind, folded(ind.name));
    formulaOf.set(ind, folded(ind.formula));
  }
  const pairOf = new Map<Indicator, IndicatorMatch>();
  const taken = new Set<Indicator>();
  const pair = (before: Indicator, after: Indicator) => {
    const m = { before, after, moved: progOld(before) !== progNew(after) };
    pairOf.set(after, m);
    taken.add(before);
  };

  /** One pass: the leftovers of `next` looking up the leftovers of `old` by a key. */
  const byKey = (
    keyOld: (i: Indicator) => string | null,
    keyNew: (i: Indicator) => string | null,
    unique = false
  ) => {
    const index = new MultiMap<Indicator>();
    for (const ind of old.indicators) {
      if (taken.has(ind)) continue;
      const k = keyOld(ind);
      if (k !== null) index.add(k, ind);
    }
    const wanted = new MultiMap<Indicator>();
    if (unique)
      for (const ind of next.indicators) {
        if (pairOf.has(ind)) continue;
        const k = keyNew(ind);
        if (k !== null) wanted.add(k, ind);
      }
    for (const ind of next.indicators) {
      if (pairOf.has(ind)) continue;
      const k = keyNew(ind);
      if (k === null) continue;
      if (unique && (index.get(k).length !== 1 || wanted.get(k).length !== 1)) continue;
      const hit = index.take(k, (x) => closeness(x, ind));
      if (hit) pair(hit, ind);
    }
  };
  const sep = "\u0000";
  // 1. programme, name, formula
  byKey(
    (i) => progOld(i) + sep + nameOf.get(i) + sep + formulaOf.get(i),
    (i) => progNew(i) + sep + nameOf.get(i) + sep + formulaOf.get(i)
  );
  // 2. programme, name
  byKey(
    (i) => progOld(i) + sep + nameOf.get(i),
    (i) => progNew(i) + sep + nameOf.get(i)
  );
  // 3 and 4. within a programme, names alike (the same formula lets them differ more)
  rewordings(old, next, taken, pairOf, progOld, progNew, formulaOf, pair);
  // 5. another programme: name and formula; then the name alone, one of a kind on both sides
  byKey(
    (i) => nameOf.get(i) + sep + formulaOf.get(i),
    (i) => nameOf.get(i) + sep + formulaOf.get(i)
  );
  byKey(
    (i) => (nameOf.get(i) === "" ? null : (nameOf.get(i) as string)),
    (i) => (nameOf.get(i) === "" ? null : (nameOf.get(i) as string)),
    true
  );

  const pairs: IndicatorMatch[] = [];
  const added: Indicator[] = [];
  for (const ind of next.indicators) {
    const m = pairOf.get(ind);
    if (m) pairs.push(m);
    else added.push(ind);
  }
  const removed = old.indicators.filter((ind) => !taken.has(ind));
  return { pairs, removed, added };
}

function rewordings(
  old: Plan,
  next: Plan,
  taken: Set<Indicator>,
  pairOf: Map<Indicator, IndicatorMatch>,
  progOld: (i: Indicator) => string,
  progNew: (i: Indicator) => string,
  formulaOf: Map<Indicator, string>,
  pair: (before: Indicator, after: Indicator) => void
): void {
  const leftOld = new MultiMap<Indicator>();
  const leftNew = new MultiMap<Indicator>();
  const keys = new Set<string>();
  for (const ind of old.indicators) if (!taken.has(ind)) leftOld.add(progOld(ind), ind);
  for (const ind of next.indicators)
    if (!pairOf.has(ind)) {
      leftNew.add(progNew(ind), ind);
      keys.add(progNew(ind));
    }
  for (const key of keys) {
    const a = leftOld.get(key).slice(0, LEFTOVER_LIMIT);
    const b = leftNew.get(key).slice(0, LEFTOVER_LIMIT);
    if (a.length === 0) continue;
    const wordsA = a.map((i) => nameWords(i.name));
    const wordsB = b.map((i) => nameWords(i.name));
    const candidates: { i: number; j: number; score: number }[] = [];
    for (let j = 0; j < b.length; j++)
      for (let i = 0; i < a.length; i++) {
        const score = likeness(wordsA[i], wordsB[j]);
        const sameFormula =
          formulaOf.get(a[i]) !== "" && formulaOf.get(a[i]) === formulaOf.get(b[j]);
        if (score >= (sameFormula ? REWORDING_SAME_FORMULA : REWORDING))
          candidates.push({ i, j, score: score + (sameFormula ? 1 : 0) });
      }
    // the most alike first; ties in the plans' order
    candidates.sort((x, y) => y.score - x.score || x.j - y.j || x.i - y.i);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const c of candidates) {
      if (usedA.has(c.i) || usedB.has(c.j)) continue;
      usedA.add(c.i);
      usedB.add(c.j);
      pair(a[c.i], b[c.j]);
    }
  }
}
