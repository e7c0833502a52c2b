/**
 * What the table reader's parts share while it reads one input: the report, the options, the
 * headers a mapping names, the programmes being read (schede.ts), the document's title and the
 * base year of each table read.
 */
import { chamberName } from "../import";
import type { PlannedTable } from "./columns";
import type { KnownHeaders } from "./header";
import type { GridReport } from "./report";
import type { Schede } from "./schede";
import { yearsIn } from "./sections";
import type { GridImportOptions } from "./types";

/** A table's base year and how it was found. */
export interface TableYear {
  year: number;
  from: PlannedTable["baseFrom"];
}

/** The document's title, the entity it names and the years it mentions. */
export class Titles {
  title: string | null = null;
  entityName: string | null = null;
  readonly years: number[] = [];

  /** A title or heading: the entity it names (the first one), the years it mentions. */
  note(text: string): void {
    if (this.entityName === null) this.entityName = chamberName(text);
    this.years.push(...yearsIn(text));
  }
}

export interface ReadState {
  readonly report: GridReport;
  readonly options: GridImportOptions;
  readonly known: KnownHeaders;
  readonly schede: Schede;
  readonly titles: Titles;
  readonly tableYears: TableYear[];
}
