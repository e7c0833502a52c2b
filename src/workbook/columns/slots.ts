/**
 * Value slots of an indicator — each actual, each target, the baseline, the reported performance — and the
 * headers of their columns. The standard slots follow plan.firstYear; keys found in a plan beyond
 * them get columns of their own, so nothing is dropped.
 */
import { actualKeyOrder, targetKeyOrder, type Plan } from "../../core/plan";
import { INDICATOR_COLUMNS, VALUE_HEADERS } from "./names";

export type Slot =
  | { section: "actuals"; key: string }
  | { section: "targets"; key: string }
  | { section: "baseline" }
  | { section: "reported" };

export function slotId(s: Slot): string {
  return s.section === "reported" || s.section === "baseline" ? s.section : `${s.section}.${s.key}`;
}

/** "2020-09-30" → "30/09/2020" */
function dateLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function slotHeader(s: Slot): string {
  if (s.section === "reported") return INDICATOR_COLUMNS.reported;
  if (s.section === "baseline") return VALUE_HEADERS.baseline;
  if (s.section === "actuals") return VALUE_HEADERS.actualPrefix + dateLabel(s.key);
  return s.key === "triennium" ? VALUE_HEADERS.triennium : VALUE_HEADERS.targetPrefix + s.key;
}

export function textHeader(s: Slot): string {
  return slotHeader(s) + VALUE_HEADERS.textSuffix;
}

/**
 * Reads a value header back into its slot: "Consuntivo 31.12.2020", "target 2021", "Target triennio".
 * A key that is not a date or a year is taken as written ("Consuntivo Q3" → actuals key "Q3").
 */
export function slotOfHeader(header: string): Slot | null {
  const h = header.replace(/\s+/g, " ").trim();
  const lower = h.toLowerCase();
  if (lower === INDICATOR_COLUMNS.reported.toLowerCase()) return { section: "reported" };
  if (lower === VALUE_HEADERS.baseline.toLowerCase()) return { section: "baseline" };
  if (lower === VALUE_HEADERS.triennium.toLowerCase())
    return { section: "targets", key: "triennium" };
  const actual = /^consuntivo (?:al )?(.+)$/i.exec(h);
  if (actual) {
    const d = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(actual[1]);
    const key = d ? `${d[3]}-${d[2].padStart(2, "0")}-${d[1].padStart(2, "0")}` : actual[1];
    return { section: "actuals", key };
  }
  const target = /^target (.+)$/i.exec(h);
  if (target) return { section: "targets", key: target[1] };
  return null;
}

function standardActualKeys(firstYear: number): string[] {
  return [`${firstYear}-09-30`, `${firstYear}-12-31`];
}

function standardTargetKeys(firstYear: number): string[] {
  return [String(firstYear), String(firstYear + 1), String(firstYear + 2), "triennium"];
}

/** The value slots of a plan's Indicatori table, in column order. */
export function planSlots(plan: Plan): Slot[] {
  const actuals = new Set(standardActualKeys(plan.firstYear));
  const targets = new Set(standardTargetKeys(plan.firstYear));
  let baseline = false;
  for (const ind of plan.indicators) {
    for (const k of Object.keys(ind.actuals)) actuals.add(k);
    for (const k of Object.keys(ind.targets)) targets.add(k);
    if (ind.baseline) baseline = true;
  }
  return [
    ...[...actuals].sort(actualKeyOrder).map((key): Slot => ({ section: "actuals", key })),
    ...[...targets].sort(targetKeyOrder).map((key): Slot => ({ section: "targets", key })),
    // only a plan that has baselines (a rolled-over plan) gets the column
    ...(baseline ? [{ section: "baseline" } as Slot] : []),
    { section: "reported" },
  ];
}
