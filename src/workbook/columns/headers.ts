/** Tolerant header matching: case, accents, spacing and a few synonyms do not matter. */
import {
  ENTITY_COLUMNS,
  INDICATOR_COLUMNS,
  PLAN_COLUMNS,
  PROGRAMME_COLUMNS,
  type TableKey,
} from "./names";
import type { Scalar } from "../write/spec";

export function foldHeader(h: Scalar | undefined): string {
  if (h === null || h === undefined) return "";
  return String(h)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Other spellings an analyst (or an older file) may use, by folded name. */
const SYNONYMS: Record<string, string> = {
  "id programma": PROGRAMME_COLUMNS.id,
  "id indicatore": INDICATOR_COLUMNS.id,
  "codice missione": PROGRAMME_COLUMNS.mission,
  "codice programma": PROGRAMME_COLUMNS.programme,
  "titolo programma": PROGRAMME_COLUMNS.title,
  stakeholder: PROGRAMME_COLUMNS.stakeholders,
  stakeholders: PROGRAMME_COLUMNS.stakeholders,
  "portatori d'interesse": PROGRAMME_COLUMNS.stakeholders,
  budget: PROGRAMME_COLUMNS.budgetRaw,
  formula: INDICATOR_COLUMNS.formula,
  udm: INDICATOR_COLUMNS.unit,
  "unita di misura": INDICATOR_COLUMNS.unit,
  "tipologia indicatore": INDICATOR_COLUMNS.typology,
  "valenza indicatore": INDICATOR_COLUMNS.name,
  note: INDICATOR_COLUMNS.notes,
  // the header workbooks written before it was «Polarità stimata» carry
  "polarita dedotta": INDICATOR_COLUMNS.polarityInferred,
};

/** The folded name, synonyms mapped to the canonical column. */
export function canonicalHeader(h: Scalar | undefined): string {
  const folded = foldHeader(h);
  return SYNONYMS[folded] ? foldHeader(SYNONYMS[folded]) : folded;
}

/** Column index by canonical (folded) name; the first occurrence wins. */
export class HeaderIndex {
  private readonly byName = new Map<string, number>();
  /** of() by unfolded name: folding is costly and readers ask for the same columns on every row */
  private readonly cache = new Map<string, number>();
  readonly unknown: { index: number; name: string }[] = [];

  constructor(header: readonly Scalar[], known: (folded: string) => boolean) {
    header.forEach((h, index) => {
      const key = canonicalHeader(h);
      if (key === "") return;
      if (!this.byName.has(key)) this.byName.set(key, index);
      if (!known(key)) this.unknown.push({ index, name: String(h) });
    });
  }

  /** index of a column by its (unfolded) name, or -1 */
  of(name: string): number {
    let i = this.cache.get(name);
    if (i === undefined) {
      i = this.byName.get(foldHeader(name)) ?? -1;
      this.cache.set(name, i);
    }
    return i;
  }

  has(name: string): boolean {
    return this.of(name) >= 0;
  }

  entries(): [string, number][] {
    return [...this.byName.entries()];
  }
}

/** Columns without which a table cannot be read, and columns that identify it on a plain sheet. */
export const REQUIRED: Record<TableKey, readonly string[]> = {
  plan: [PLAN_COLUMNS.key, PLAN_COLUMNS.value],
  entities: [ENTITY_COLUMNS.id, ENTITY_COLUMNS.name],
  programmes: [PROGRAMME_COLUMNS.mission, PROGRAMME_COLUMNS.programme],
  indicators: [INDICATOR_COLUMNS.programme, INDICATOR_COLUMNS.name],
};

/** Header detection on a sheet without a table: the first of its first rows holding every required column. */
export function findHeaderRow(
  grid: readonly (readonly Scalar[])[],
  key: TableKey,
  maxRows = 20
): number {
  const required = REQUIRED[key].map(foldHeader);
  for (let r = 0; r < Math.min(grid.length, maxRows); r++) {
    const row = new Set(grid[r].map(canonicalHeader));
    if (required.every((h) => row.has(h))) return r;
  }
  return -1;
}
