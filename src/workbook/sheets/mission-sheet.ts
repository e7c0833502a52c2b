/**
 * One generated sheet per mission, "M011 Competitività e sviluppo …": each programme's scheda
 * (label / value rows, as the published document shows it) followed by its indicators, the
 * scheda and indicators grouped under the programme's heading row (Excel outline).
 */
import { missionTitle } from "../../core/catalogue";
import type { Indicator, Plan, Programme } from "../../core/plan";
import { columnLetters } from "../../core/a1";
import { sheetRef } from "../write/a1";
import { computeValues, type ComputedValues, type Thresholds } from "../write/computed";
import { FORMATS } from "../columns/formats";
import type { IndicatorLocation } from "../read/read";
import { INDICATOR_COLUMNS, MISSION_SHEET_PREFIX, SCHEDA_LABELS } from "../columns/names";
import { planSlots, slotHeader, type Slot } from "../columns/slots";
import { emptySheet, type CellInput, type SheetSpec } from "../write/spec";
import { joinLines, writePhases } from "../columns/text-fields";

const MAX_SHEET_NAME = 31;
const TRAILING = new Set([
  "e",
  "ed",
  "di",
  "del",
  "della",
  "delle",
  "dei",
  "degli",
  "per",
  "a",
  "al",
  "alla",
  "in",
  "il",
  "la",
  "le",
  "lo",
  "gli",
  "i",
]);

/** "M011 Competitività e sviluppo delle" — at most 31 characters, cut at a word, no [ ] : * ? / \ . */
export function missionSheetName(code: string, taken: Set<string>): string {
  const base = `${MISSION_SHEET_PREFIX}${code}`;
  const title = (missionTitle(code) ?? "")
    .replace(/[[\]:*?/\\']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let name = base;
  for (const word of title.split(" ")) {
    if (!word) continue;
    const next = `${name} ${word}`;
    if (next.length > MAX_SHEET_NAME) break;
    name = next;
  }
  // not ending on a conjunction or preposition ("Servizi istituzionali e")
  const words = name.split(" ");
  while (words.length > 1 && TRAILING.has(words[words.length - 1].toLowerCase())) words.pop();
  name = words.join(" ");
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++)
    unique = `${name.slice(0, MAX_SHEET_NAME - 3)} ${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}

function slotRaw(ind: Indicator, s: Slot): string | null {
  const v =
    s.section === "reported"
      ? ind.reportedPerformance
      : s.section === "baseline"
        ? ind.baseline
        : s.section === "actuals"
          ? ind.actuals[s.key]
          : ind.targets[s.key];
  return v ? v.raw : null;
}

function schedaRows(p: Programme, entityName: string): [string, string | null][] {
  const budget = p.budget
    ? p.budget.raw || (p.budget.amount !== null ? String(p.budget.amount) : null)
    : null;
  const rows: [string, string | null][] = [
    [SCHEDA_LABELS.entity, entityName],
    [SCHEDA_LABELS.strategicArea, p.strategicArea],
    [SCHEDA_LABELS.strategicProgramme, p.strategicProgramme],
    [SCHEDA_LABELS.objective, p.objective],
    [SCHEDA_LABELS.benefits, joinLines(p.benefits)],
    [SCHEDA_LABELS.description, p.description],
    [SCHEDA_LABELS.budget, budget],
    [SCHEDA_LABELS.responsible, p.responsible],
    [SCHEDA_LABELS.stakeholders, p.stakeholders],
    [SCHEDA_LABELS.phases, writePhases(p.phases)],
  ];
  return rows.filter(([, v]) => v !== null && v.trim() !== "");
}

export interface MissionSheetInput {
  plan: Plan;
  code: string;
  name: string;
  thresholds: Thresholds;
  /** where each indicator sits in Indicatori (for the links) */
  locations: Record<string, IndicatorLocation>;
  /** the plan's indicators by programme id, in plan order (made once for every mission sheet) */
  byProgramme?: ReadonlyMap<string, Indicator[]>;
  /** the plan's value columns (made once for every mission sheet) */
  slots?: readonly Slot[];
  /**
   * An indicator's achievement and outcome when already computed (Indicatori's computed cells):
   * each indicator is then computed once for both sheets
   */
  resultOf?: (ind: Indicator) => IndicatorResult | undefined;
}

/** What a mission sheet shows of an indicator's computed columns. */
export type IndicatorResult = Pick<ComputedValues, "achievement" | "outcome">;

/** The plan's indicators by programme id, each list in plan order. */
export function indicatorsByProgramme(plan: Plan): Map<string, Indicator[]> {
  const out = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    const list = out.get(ind.programme);
    if (list) list.push(ind);
    else out.set(ind.programme, [ind]);
  }
  return out;
}

/** The value columns a mission sheet shows: the plan's, but the reported achievement. */
export function missionSlots(plan: Plan): Slot[] {
  return planSlots(plan).filter((s) => s.section !== "reported");
}

export function missionSheet(input: MissionSheetInput): SheetSpec {
  const { plan, code, thresholds, locations } = input;
  const sheet = emptySheet(input.name, "generated");
  const slots = input.slots ?? missionSlots(plan);
  const indHeader = [
    INDICATOR_COLUMNS.name,
    INDICATOR_COLUMNS.formula,
    INDICATOR_COLUMNS.typology,
    INDICATOR_COLUMNS.unit,
    ...slots.map(slotHeader),
    SCHEDA_LABELS.achievement,
    SCHEDA_LABELS.outcome,
    "",
  ];
  const width = indHeader.length;
  const pad = (cells: CellInput[]): CellInput[] => [
    ...cells,
    ...Array(Math.max(0, width - cells.length)).fill(null),
  ];
  const cells: CellInput[][] = [];
  cells.push(
    pad([
      { value: `${SCHEDA_LABELS.mission} ${code} – ${missionTitle(code) ?? ""}`, style: "title" },
    ])
  );
  const entities = new Map<string, string>();
  for (const e of plan.entities) if (!entities.has(e.id)) entities.set(e.id, e.name);
  const entityName = (id: string) => entities.get(id) ?? id;
  // each programme's indicators looked up, not searched for among every indicator of the plan
  const byProgramme = input.byProgramme ?? indicatorsByProgramme(plan);

  for (const p of plan.programmes.filter((x) => x.mission === code)) {
    cells.push(pad([]));
    const heading = `${SCHEDA_LABELS.programme} ${p.mission}.${p.programme} – ${p.title}${p.strategicProgramme ? ` (${p.strategicProgramme})` : ""}`;
    cells.push(pad([{ value: heading, style: "label" }]));
    const from = cells.length + 1;
    for (const [label, value] of schedaRows(p, entityName(p.entity)))
      cells.push(
        pad([
          { value: label, style: "label" },
          { value, style: "wrap" },
        ])
      );
    const inds = byProgramme.get(p.id) ?? [];
    if (inds.length) {
      cells.push(indHeader.map((h) => ({ value: h, style: "header" as const })));
      for (const ind of inds) {
        const v = input.resultOf?.(ind) ?? computeValues(ind, plan.firstYear, thresholds);
        const loc = locations[ind.id];
        cells.push([
          { value: ind.name, style: "wrap" },
          ind.formula,
          ind.typology,
          ind.unit,
          ...slots.map((s) => ({ value: slotRaw(ind, s), format: FORMATS.text })),
          typeof v.achievement === "number"
            ? { value: v.achievement, format: FORMATS.achievement }
            : v.achievement,
          v.outcome,
          loc
            ? { value: SCHEDA_LABELS.back, link: sheetRef(loc.sheet, loc.row, 1), style: "link" }
            : null,
        ]);
      }
    }
    const to = cells.length;
    if (to >= from) sheet.groups.push({ from, to });
  }
  sheet.blocks.push({ row: 1, col: 1, cells });
  const achievementCol = 5 + slots.length;
  sheet.bands.push({ range: `${colRange(achievementCol, cells.length)}`, ...thresholds });
  sheet.widths = [40, 40, 22, 12, ...slots.map(() => 14), 15, 22, 24].map((w, i) => ({
    col: i + 1,
    width: w,
  }));
  sheet.freeze = { rows: 1, cols: 0 };
  return sheet;
}

function colRange(col: number, rows: number): string {
  const letters = columnLetters(col);
  return `${letters}2:${letters}${Math.max(2, rows)}`;
}
