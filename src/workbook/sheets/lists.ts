/** Elenchi: the lists behind the drop-downs (missions, programmes, polarity, typology, unit …). */
import { missions, programmes as cataloguePrograms } from "../../core/catalogue";
import type { Plan } from "../../core/plan";
import { absolute, quoteSheet } from "../write/a1";
import { LIST_HEADERS, SHEETS, WORDS } from "../columns/names";
import { emptySheet, type Block, type SheetSpec } from "../write/spec";

export type ListKey = keyof typeof LIST_HEADERS;

/** Typologies and units seen in PIRA documents, offered beside those of the plan. */
const TYPOLOGIES = [
  "Realizzazione fisica",
  "Realizzazione finanziaria",
  "Risultato (output)",
  "Impatto (outcome)",
  "Output",
  "Indicatore di efficacia",
  "Indicatore di efficienza",
  "Indicatore di qualità erogata",
  "Indicatore di volume",
  "Struttura",
  "Salute economica",
];
const UNITS = ["n.", "%", "euro", "giorni", "si/no", "Percentuale", "Numero assoluto"];

function distinct(values: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (v === null || v === undefined || v.trim() === "") continue;
    const k = v.trim().toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

export interface ListsSheet {
  sheet: SheetSpec;
  /** reference of each list, for data validation: "Elenchi!$A$2:$A$6" */
  ranges: Record<ListKey, string>;
}

export function listsSheet(plan: Plan): ListsSheet {
  const mission = missions();
  const lists: Record<ListKey, string[]> = {
    missions: distinct([...mission.map((m) => m.code), ...plan.programmes.map((p) => p.mission)]),
    programmeCodes: distinct([
      ...cataloguePrograms().map((p) => p.programme),
      ...plan.programmes.map((p) => p.programme),
    ]).sort(),
    programmeIds: plan.programmes.map((p) => p.id),
    entities: plan.entities.map((e) => e.id),
    kinds: [WORDS.kind.indicator, WORDS.kind.progress],
    polarity: Object.values(WORDS.polarity),
    yesNo: [WORDS.yes, WORDS.no],
    typology: distinct([...TYPOLOGIES, ...plan.indicators.map((i) => i.typology)]),
    unit: distinct([...UNITS, ...plan.indicators.map((i) => i.unit)]),
  };
  const sheet = emptySheet(SHEETS.lists, "lists");
  const ranges = {} as Record<ListKey, string>;
  const keys = Object.keys(LIST_HEADERS) as ListKey[];
  keys.forEach((key, k) => {
    const col = k + 1;
    const items = lists[key];
    const block: Block = {
      row: 1,
      col,
      cells: [
        [{ value: LIST_HEADERS[key], style: "header" }],
        ...items.map((v) => [{ value: v, format: "@" }]),
      ],
    };
    sheet.blocks.push(block);
    sheet.widths.push({
      col,
      width: Math.min(40, Math.max(14, ...items.map((v) => v.length + 2))),
    });
    ranges[key] =
      `${quoteSheet(SHEETS.lists)}!${absolute(2, col)}:${absolute(Math.max(2, items.length + 1), col)}`;
  });
  // Mission titles beside the lists, for reference.
  const titleCol = keys.length + 2;
  sheet.blocks.push({
    row: 1,
    col: titleCol,
    cells: [
      [
        { value: "Missione", style: "header" },
        { value: "Titolo", style: "header" },
      ],
      ...mission.map((m) => [{ value: m.code, format: "@" }, m.title]),
    ],
  });
  sheet.widths.push({ col: titleCol, width: 10 }, { col: titleCol + 1, width: 60 });
  sheet.freeze = { rows: 1, cols: 0 };
  return { sheet, ranges };
}
