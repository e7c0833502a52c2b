/**
 * A target (or actual) cell holding several years, "Anno 2015: >= 90% Anno 2016: >= 95% Anno
 * 2017: >=": each year's part read into its own target (or year-end actual); a year left empty
 * (nothing, or a sign with no number) is missing, and said so.
 */
import { message } from "../message";
import { scanComparison, piraFromPlanValue, splitYears } from "../values";
import type { GridIndicatorDraft } from "./model";
import { equalsSign, GRID_CODES, type GridReport } from "./report";
import type { Place } from "./types";
import { cellValue } from "./value";

/** Only a comparison sign or words, no value after it ("", ">=", "almeno"). */
function emptyYear(text: string): boolean {
  if (text === "") return true;
  const cmp = scanComparison(text);
  return cmp !== null && text.slice(cmp.end).trim() === "";
}

/** Places the cell's years on the indicator; false when the cell has no "Anno YYYY:" labels. */
export function placeYearsCell(
  text: string,
  field: "target" | "actual",
  ind: GridIndicatorDraft,
  header: string,
  placeOf: () => Place,
  report: GridReport
): boolean {
  const parts = splitYears(text);
  if (!parts) return false;
  const place = placeOf();
  for (const { year, text: part } of parts) {
    const key = field === "target" ? String(year) : `${year}-12-31`;
    const path = `${field === "target" ? "targets" : "actuals"}.${key}`;
    const into = field === "target" ? ind.targets : ind.actuals;
    if (emptyYear(part)) {
      into[key] = { raw: part, kind: "missing", value: null };
      report.diagnose({
        code: GRID_CODES.yearEmpty,
        severity: "warning",
        message: message(
          `Indicatore «${ind.name}», «${header}»: l'anno ${year} è vuoto («Anno ${year}: ${part}»), letto come mancante.`,
          `Indicator «${ind.name}», «${header}»: the year ${year} is empty («Anno ${year}: ${part}»), read as missing.`
        ),
        indicator: ind,
        field: path,
        place,
      });
      continue;
    }
    const read = cellValue(part, null);
    if (read === null) continue;
    if (!read.readable)
      report.diagnose({
        code: GRID_CODES.valueUnreadable,
        severity: "warning",
        message: message(
          `Indicatore «${ind.name}», «${header}», anno ${year}: «${part}» non è un valore leggibile, tenuto come testo.`,
          `Indicator «${ind.name}», «${header}», year ${year}: «${part}» is not a readable value, kept as text.`
        ),
        indicator: ind,
        field: path,
        place,
      });
    if (read.pira?.equals) report.diagnose(equalsSign(ind, header, part, path, place));
    into[key] = read.value;
    ind.readings.push(read.pira ?? piraFromPlanValue(read.value));
  }
  return true;
}
