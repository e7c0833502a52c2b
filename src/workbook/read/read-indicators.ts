/** Reading the Indicatori table back into the plan's indicators, tolerant to an analyst's edits. */
import { message } from "../../core/message";
import { indicatorId } from "../../core/plan";
import type { Indicator, IndicatorKind, PlanValue, Polarity } from "../../core/plan";
import { inferPolarity, POLARITY_LABEL, readPolarity } from "../../core/performance";
import { piraFromPlanValue } from "../../core/values";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { foldHeader } from "../columns/headers";
import { COMPUTED_PREFIX, INDICATOR_COLUMNS as C, VALUE_HEADERS, WORDS } from "../columns/names";
import { TableReader } from "./row-reader";
import { RowIds } from "./row-ids";
import { slotHeader, slotId, slotOfHeader, textHeader, type Slot } from "../columns/slots";
import type { Scalar } from "../write/spec";
import type { TableData } from "./tables";
import { splitLines } from "../columns/text-fields";
import { readValueCells } from "../columns/value-cells";

const FIELDS = new Set([...Object.values(C), VALUE_HEADERS.baselineDate].map(foldHeader));

/** The baseline's day as the column writes it («31/12/2020») or as ISO; null when not a day. */
function readDay(v: Scalar): string | null {
  if (typeof v !== "string") return null;
  const t = v.trim();
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = it
    ? `${it[3]}-${it[2].padStart(2, "0")}-${it[1].padStart(2, "0")}`
    : /^\d{4}-\d{2}-\d{2}$/.test(t)
      ? t
      : null;
  if (iso === null) return null;
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
    ? iso
    : null;
}

/** A folded header is an Indicatori column (a field, a value slot, its text, a computed column). */
export function isIndicatorColumn(folded: string): boolean {
  return isKnown(folded);
}

function isKnown(folded: string): boolean {
  if (FIELDS.has(folded) || folded.startsWith(foldHeader(COMPUTED_PREFIX))) return true;
  const base = folded.endsWith(VALUE_HEADERS.textSuffix)
    ? folded.slice(0, -VALUE_HEADERS.textSuffix.length)
    : folded;
  return slotOfHeader(base) !== null;
}

/** The value slots present in the header, each with its typed and text column names. */
function headerSlots(header: readonly Scalar[]): Slot[] {
  const out = new Map<string, Slot>();
  for (const h of header) {
    if (typeof h !== "string") continue;
    const name = h.trim();
    const base = name.toLowerCase().endsWith(VALUE_HEADERS.textSuffix)
      ? name.slice(0, -VALUE_HEADERS.textSuffix.length)
      : name;
    const slot = slotOfHeader(base);
    if (slot && !out.has(slotId(slot))) out.set(slotId(slot), slot);
  }
  return [...out.values()];
}

function readKind(v: string | null): IndicatorKind {
  const f = foldHeader(v);
  return f === WORDS.kind.progress || f === "progress" || f === "indicatore di avanzamento"
    ? "progress"
    : "indicator";
}

function readFlag(v: Scalar): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const f = foldHeader(v);
  if (f === "") return null;
  if (["si", "x", "vero", "true", "yes", "1"].includes(f)) return true;
  if (["no", "falso", "false", "0"].includes(f)) return false;
  return null;
}

export interface IndicatorsRead {
  indicators: Indicator[];
  locations: Record<string, { sheet: string; row: number }>;
  /** indicator id of each data row (null: blank row) */
  rowIds: (string | null)[];
}

export function readIndicators(
  table: TableData,
  programmeIds: Set<string>,
  diagnostics: WorkbookDiagnostic[]
): IndicatorsRead {
  const r = new TableReader(table, isKnown);
  diagnostics.push(...r.requireColumns([C.programme, C.name]));
  for (const u of r.index.unknown) {
    diagnostics.push(
      diagnostic(
        "PIRA-X011",
        "info",
        message(
          `Colonna «${u.name}» non prevista: tenuta come colonna propria (campo extra di ogni indicatore).`,
          `Column «${u.name}» is not a PIRA column: kept as an own column (each indicator's extra field).`
        ),
        {
          sheet: table.sheet,
          cell: r.cell(-1, u.name),
        }
      )
    );
  }
  const slots = headerSlots(table.header);
  const ids = new RowIds(r, C.id);
  const indicators: Indicator[] = [];
  const locations: IndicatorsRead["locations"] = {};
  const rowIds: (string | null)[] = [];

  for (let i = 0; i < r.rowCount; i++) {
    if (r.blankRow(i)) {
      rowIds.push(null);
      continue;
    }
    const at = (column: string, field: string, indicator: string | null = null) => ({
      sheet: table.sheet,
      cell: r.cell(i, column),
      field,
      indicator,
    });
    const name = r.text(i, C.name) ?? "";
    const programme = r.key(i, C.programme) ?? "";
    if (!programmeIds.has(programme)) {
      diagnostics.push(
        diagnostic(
          "PIRA-X005",
          "error",
          message(
            `Indicatore «${name}»: programma «${programme}» non presente in Programmi.`,
            `Indicator «${name}»: programme «${programme}» is not in Programmi.`
          ),
          at(C.programme, "programme")
        )
      );
    }
    const id = ids.of(
      i,
      (inUse) => indicatorId(programme || "indicatore", inUse),
      {
        missing: (fresh) =>
          message(
            `Indicatore «${name}» senza id: assegnato «${fresh}».`,
            `Indicator «${name}» without an id: given «${fresh}».`
          ),
        repeated: (id, fresh) =>
          message(
            `Id di indicatore ripetuto «${id}»: assegnato «${fresh}».`,
            `Repeated indicator id «${id}»: given «${fresh}».`
          ),
      },
      (fresh) => at(C.id, "id", fresh),
      diagnostics
    );

    const actuals: Record<string, PlanValue> = {};
    const targets: Record<string, PlanValue> = {};
    let reported: PlanValue | null = null;
    let baseline: PlanValue | null = null;
    for (const slot of slots) {
      const typed = slotHeader(slot);
      const decoded = readValueCells(
        r.value(i, typed),
        r.value(i, textHeader(slot)),
        r.format(i, typed)
      );
      if (decoded.textIgnored) {
        diagnostics.push(
          diagnostic(
            "PIRA-X007",
            "info",
            message(
              `Indicatore «${name}», ${typed}: il testo «${r.text(i, textHeader(slot))}» non corrisponde più al valore; vale il valore della cella.`,
              `Indicator «${name}», ${typed}: the text «${r.text(i, textHeader(slot))}» no longer matches the value; the cell's value counts.`
            ),
            at(
              textHeader(slot),
              slot.section === "reported" ? "reportedPerformance" : slotId(slot),
              id
            )
          )
        );
      }
      if (!decoded.value) continue;
      if (slot.section === "actuals") actuals[slot.key] = decoded.value;
      else if (slot.section === "targets") targets[slot.key] = decoded.value;
      else if (slot.section === "baseline") baseline = decoded.value;
      else reported = decoded.value;
    }

    const formula = r.text(i, C.formula);
    const unit = r.text(i, C.unit);
    const polarityText = r.text(i, C.polarity);
    let polarity: Polarity | null = polarityText === null ? null : readPolarity(polarityText);
    const inferredCell = readFlag(r.value(i, C.polarityInferred));
    let polarityInferred = inferredCell ?? polarity === null;
    if (polarity === null) {
      const values = [...Object.values(actuals), ...Object.values(targets)].map(piraFromPlanValue);
      const inference = inferPolarity({ name, formula, unit, values });
      polarity = inference.polarity;
      polarityInferred = inference.inferred;
      if (polarityText !== null) {
        diagnostics.push(
          diagnostic(
            "PIRA-X006",
            "warning",
            message(
              `Polarità «${polarityText}» non riconosciuta: stimata «${POLARITY_LABEL[polarity]}» (usare crescente, decrescente, sì/no, qualitativo).`,
              `Polarity «${polarityText}» not recognised: inferred «${POLARITY_LABEL[polarity]}» (use crescente, decrescente, sì/no, qualitativo).`
            ),
            at(C.polarity, "polarity", id)
          )
        );
      }
    }

    // the analyst's own columns: kept in the record's extra, under their header
    const extra = r.extra(i);
    const ind: Indicator = {
      id,
      programme,
      kind: readKind(r.text(i, C.kind)),
      group: r.text(i, C.group),
      name,
      formula,
      typology: r.text(i, C.typology),
      unit,
      source: r.text(i, C.source),
      pareto: readFlag(r.value(i, C.pareto)) ?? false,
      polarity,
      polarityInferred,
      actuals,
      targets,
      reportedPerformance: reported,
      notes: splitLines(r.text(i, C.notes)),
    };
    if (Object.keys(extra).length > 0) ind.extra = extra;
    if (baseline !== null) {
      // the day it was observed: its column, else (absent or not a day) the year before the
      // triennium's end, set by read() where the first year is known
      const dateCell = r.value(i, VALUE_HEADERS.baselineDate);
      const date = readDay(dateCell);
      if (date === null && dateCell !== null && String(dateCell).trim() !== "")
        diagnostics.push(
          diagnostic(
            "PIRA-X015",
            "warning",
            message(
              `Indicatore «${name}»: «${String(dateCell)}» non è una data (GG/MM/AAAA): il valore di partenza è preso al 31/12 dell'anno prima del triennio.`,
              `Indicator «${name}»: «${String(dateCell)}» is not a date (DD/MM/YYYY): the baseline is taken at 31/12 of the year before the triennium.`
            ),
            at(VALUE_HEADERS.baselineDate, "baseline.date", id)
          )
        );
      ind.baseline = { ...(baseline as PlanValue), date: date ?? "" };
    }
    indicators.push(ind);
    locations[id] = { sheet: table.sheet, row: r.row(i) };
    rowIds.push(id);
  }
  return { indicators, locations, rowIds };
}
