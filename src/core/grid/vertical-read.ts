/**
 * A vertical sheet's blocks into the plan: an objective block opens its programme's scheda
 * (Missione and Programma its codes, Titolo the objective, Centri di responsabilità, Risorse a
 * preventivo primo anno the budget); an indicator block is one indicator (Titolo its name, the
 * targets of the first, second and third year keyed by the reference year, "Target conseguito
 * nell'esercizio precedente" its baseline at the end of the year before).
 */
import { message } from "../message";
import type { Baseline } from "../plan";
import { newIndicatorDraft, type GridIndicatorDraft } from "./model";
import { placeOf } from "./place";
import { equalsSign, GRID_CODES, GRID_REASONS, type GridReport } from "./report";
import { readCodeCell, yearsIn, type LabelField, type Marker } from "./sections";
import type { Place } from "./types";
import { cellValue } from "./value";
import type { GridView } from "./view";
import { verticalBlocks, type VerticalBlock, type VerticalPair } from "./vertical";

/** What the reader does with what a block says. */
export interface VerticalSink {
  /** opens the scheda of a programme (as a "Missione … / Programma …" row does) */
  open(marker: Marker, place: Place): void;
  /** a field of the open scheda */
  schedaField(field: LabelField, label: string, text: string): boolean;
  /** an indicator of the open programme */
  indicator(ind: GridIndicatorDraft): void;
  /** the reference year found ("Anno di riferimento") */
  referenceYear(year: number): void;
  /** the year to use when no block gave one, said once */
  fallbackYear(): number;
}

/** A placeholder that is no text: "–", "-", blank. */
function blank(v: string): boolean {
  return v === "" || v === "-" || v === "\u2013" || v === "\u2014";
}

const TARGET_OFFSET = { target1: 0, target2: 1, target3: 2 } as const;

function useCells(view: GridView, pairs: readonly VerticalPair[]): void {
  for (const p of pairs) for (const c of p.cells) view.use(p.row, c);
}

class VerticalReader {
  private year: number | null = null;

  constructor(
    private readonly view: GridView,
    private readonly sink: VerticalSink,
    private readonly report: GridReport
  ) {}

  private place(p: VerticalPair): Place {
    return placeOf(this.view.grid, p.row, p.cells[0]);
  }

  private valuePlace(p: VerticalPair): Place {
    return placeOf(this.view.grid, p.row, p.cells[p.cells.length - 1]);
  }

  private noteYear(block: VerticalBlock): void {
    for (const p of block.pairs) {
      if (p.field !== "referenceYear") continue;
      const y = yearsIn(p.value)[0];
      if (y !== undefined) {
        this.year = y;
        this.sink.referenceYear(y);
      }
    }
  }

  private baseYear(): number {
    if (this.year === null) {
      this.year = this.sink.fallbackYear();
      this.report.diagnose({
        code: GRID_CODES.firstYearNotFound,
        severity: "warning",
        message: message(
          `Scheda verticale senza «Anno di riferimento»: i target del primo, secondo e terzo anno letti dal ${this.year}.`,
          `Vertical sheet without «Anno di riferimento»: the first, second and third year's targets read from ${this.year}.`
        ),
        field: "firstYear",
        place: placeOf(this.view.grid, 0, 0),
      });
    }
    return this.year;
  }

  objective(block: VerticalBlock): void {
    let mission: ReturnType<typeof readCodeCell> = null;
    let programme: ReturnType<typeof readCodeCell> = null;
    for (const p of block.pairs) {
      if (p.field === "mission") mission = readCodeCell(p.value);
      if (p.field === "programme") programme = readCodeCell(p.value);
    }
    const marker: Marker = {
      mission: mission?.code ?? null,
      missionTitle: mission?.title ?? "",
      programme: programme?.second ?? programme?.code ?? null,
      programmeTitle: programme?.title ?? "",
      namesProgramme: true,
    };
    if (programme?.second && marker.mission === null) marker.mission = programme.code;
    this.sink.open(marker, this.place(block.pairs[0]));
    for (const p of block.pairs) {
      if (blank(p.value)) continue;
      switch (p.field) {
        case "title":
          this.sink.schedaField("objective", p.label, p.value);
          break;
        case "description":
          this.sink.schedaField("description", p.label, p.value);
          break;
        case "responsible":
          this.sink.schedaField("responsible", p.label, p.value);
          break;
        case "resources1":
          this.sink.schedaField("budget", p.label, p.value);
          break;
        case "mission":
        case "programme":
        case "referenceYear":
          break;
        default:
          this.sink.schedaField("extra", p.label, p.value);
      }
    }
    useCells(this.view, block.pairs);
  }

  indicator(block: VerticalBlock): void {
    const title = block.pairs.find((p) => p.field === "title" && !blank(p.value));
    const named = title ?? block.pairs.find((p) => p.field === "description" && !blank(p.value));
    if (!named) {
      this.report.diagnose({
        code: GRID_CODES.rowWithoutName,
        severity: "warning",
        message: message(
          "Blocco di un indicatore senza «Titolo» (né «Descrizione»): non importato, le sue righe sono nel resoconto.",
          "An indicator block with no «Titolo» (nor «Descrizione»): not imported, its rows are in the report."
        ),
        place: this.place(block.pairs[0]),
      });
      return;
    }
    const ind = newIndicatorDraft(this.place(named), named.value);
    for (const p of block.pairs) {
      if (p === named || blank(p.value)) continue;
      switch (p.field) {
        case "formula":
          ind.formula = p.value;
          break;
        case "unit":
          ind.unit = p.value;
          break;
        case "source":
          ind.source = p.value;
          break;
        case "typology":
          ind.typology = p.value;
          break;
        case "notes":
          ind.notes.push(p.value);
          break;
        case "target1":
        case "target2":
        case "target3":
          this.target(ind, p, String(this.baseYear() + TARGET_OFFSET[p.field]));
          break;
        case "baseline":
          this.baseline(ind, p);
          break;
        case "referenceYear":
          break;
        default:
          ind.extra[p.label] = p.value;
      }
    }
    this.sink.indicator(ind);
    useCells(this.view, block.pairs);
  }

  private read(ind: GridIndicatorDraft, p: VerticalPair, path: string) {
    const read = cellValue(p.value, null);
    if (read === null) return null;
    if (!read.readable)
      this.report.diagnose({
        code: GRID_CODES.valueUnreadable,
        severity: "warning",
        message: message(
          `Indicatore «${ind.name}», «${p.label}»: «${p.value}» non è un valore leggibile, tenuto come testo.`,
          `Indicator «${ind.name}», «${p.label}»: «${p.value}» is not a readable value, kept as text.`
        ),
        indicator: ind,
        field: path,
        place: this.valuePlace(p),
      });
    if (read.pira?.equals)
      this.report.diagnose(equalsSign(ind, p.label, p.value, path, this.valuePlace(p)));
    return read;
  }

  private target(ind: GridIndicatorDraft, p: VerticalPair, key: string): void {
    const read = this.read(ind, p, `targets.${key}`);
    if (!read) return;
    ind.targets[key] = read.value;
    if (read.pira) ind.readings.push(read.pira);
  }

  private baseline(ind: GridIndicatorDraft, p: VerticalPair): void {
    const read = this.read(ind, p, "baseline");
    if (!read || read.value.kind === "missing") return;
    const baseline: Baseline = { ...read.value, date: `${this.baseYear() - 1}-12-31` };
    ind.baseline = baseline;
  }

  block(block: VerticalBlock): void {
    this.noteYear(block);
    if (block.kind === "objective") this.objective(block);
    else if (block.kind === "indicator") this.indicator(block);
    // neither: left unused, the sweep reports its rows
  }
}

/** Reads the blocks of a vertical sheet; rows outside the blocks are left to the sweep. */
export function readVerticalSheet(
  view: GridView,
  pairs: readonly VerticalPair[],
  sink: VerticalSink,
  report: GridReport,
  reasons: Map<number, typeof GRID_REASONS.outsideTable>
): void {
  const reader = new VerticalReader(view, sink, report);
  for (const block of verticalBlocks(pairs)) {
    reader.block(block);
    if (block.kind === "unknown")
      for (const p of block.pairs) reasons.set(p.row, GRID_REASONS.verticalUnknown);
  }
  for (let r = 0; r < view.height; r++)
    if (!reasons.has(r)) reasons.set(r, GRID_REASONS.verticalOutside);
}
