/**
 * The workbook's own settings, stored in the workbook so they travel with it: the validation
 * rules switched off, the outcome thresholds and the formula style. They are rows of the "Piano"
 * key/value table (Voce | Valore), after the plan's title, first year and format:
 *
 *   Regole disattivate              PIRA-W008, PIRA-W010   (codes or families, comma separated)
 *   Soglia raggiunto                90%
 *   Soglia parzialmente raggiunto   70%
 *   Stile delle formule             formula Excel          (formula Excel | formula PIRA | valore)
 *
 * A workbook without these rows has no settings (defaults apply); an unreadable value is a
 * warning (PIRA-X013) and the default applies.
 */
import { message } from "../../core/message";
import { DEFAULT_THRESHOLDS } from "../../core/performance";
import { readValue } from "../../core/values";
import type { Thresholds } from "../write/computed";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { FORMATS } from "./formats";
import { foldHeader } from "./headers";
import { PLAN_COLUMNS, SETTING_KEYS, WORDS } from "./names";
import { DEFAULT_STYLE, type FormulaStyle } from "../write/row-cells";
import { TableReader } from "../read/row-reader";
import type { CellInput, Scalar } from "../write/spec";
import type { TableData } from "../read/tables";

export interface WorkbookSettings {
  /** rule codes or families to switch off (as validatePlan takes them) */
  disabledRules: string[];
  /** null: not stored, or unreadable */
  thresholds: Thresholds | null;
  /** null: not stored, or unreadable */
  formulas: FormulaStyle | null;
}

export const NO_SETTINGS: WorkbookSettings = {
  disabledRules: [],
  thresholds: null,
  formulas: null,
};

const STYLE_WORDS: Record<string, FormulaStyle> = {
  [foldHeader(WORDS.method.native)]: "native",
  [foldHeader(WORDS.method.pira)]: "pira",
  [foldHeader(WORDS.method.values)]: "values",
  native: "native",
  excel: "native",
  "formule excel": "native",
  pira: "pira",
  "formule pira": "pira",
  values: "values",
  valori: "values",
};

/** The settings rows of the Piano table, as layout writes them. */
export function settingsRows(s: {
  disabledRules?: readonly string[];
  thresholds?: Thresholds;
  formulas?: FormulaStyle | "none";
}): CellInput[][] {
  const thresholds = s.thresholds ?? DEFAULT_THRESHOLDS;
  const style = s.formulas === undefined || s.formulas === "none" ? DEFAULT_STYLE : s.formulas;
  return [
    [
      SETTING_KEYS.disabledRules,
      { value: (s.disabledRules ?? []).join(", "), format: FORMATS.text },
    ],
    [SETTING_KEYS.thresholdHigh, { value: thresholds.high, format: FORMATS.percent }],
    [SETTING_KEYS.thresholdLow, { value: thresholds.low, format: FORMATS.percent }],
    [SETTING_KEYS.formulas, { value: WORDS.method[style], format: FORMATS.text }],
  ];
}

/** "PIRA-W008, PIRA-W010; duplicati" → the entries. */
export function splitRules(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A threshold cell: 0,9 or 90% or "90%" or 90 (points) → 0.9; anything else → null. */
function threshold(v: Scalar): number | null {
  if (typeof v === "number") return v > 1 ? v / 100 : v;
  if (typeof v !== "string") return null;
  const r = readValue(v);
  if (!r.ok || !r.value.number) return null;
  const n = r.value.number.toNumber();
  return r.value.kind === "percent" ? n : n > 1 ? n / 100 : n;
}

export function readWorkbookSettings(
  table: TableData | undefined,
  diagnostics: WorkbookDiagnostic[]
): WorkbookSettings {
  if (!table) return { ...NO_SETTINGS, disabledRules: [] };
  const folded = new Set(Object.values(PLAN_COLUMNS).map(foldHeader));
  const r = new TableReader(table, (f) => folded.has(f));
  const out: WorkbookSettings = { disabledRules: [], thresholds: null, formulas: null };
  let high: { value: number | null; cell: string; text: string } | null = null;
  let low: { value: number | null; cell: string; text: string } | null = null;
  const unreadable = (key: string, cell: string, text: string, expected: string, en: string) =>
    diagnostics.push(
      diagnostic(
        "PIRA-X013",
        "warning",
        message(
          `Impostazione «${key}»: «${text}» non si legge (${expected}); vale il valore predefinito.`,
          `Setting «${key}»: «${text}» cannot be read (${en}); the default applies.`
        ),
        { sheet: table.sheet, cell, field: key }
      )
    );
  for (let i = 0; i < r.rowCount; i++) {
    const key = foldHeader(r.text(i, PLAN_COLUMNS.key));
    const value = r.value(i, PLAN_COLUMNS.value);
    const cell = r.cell(i, PLAN_COLUMNS.value);
    const text = r.text(i, PLAN_COLUMNS.value) ?? "";
    if (key === foldHeader(SETTING_KEYS.disabledRules)) out.disabledRules = splitRules(text);
    else if (key === foldHeader(SETTING_KEYS.thresholdHigh))
      high = { value: threshold(value), cell, text };
    else if (key === foldHeader(SETTING_KEYS.thresholdLow))
      low = { value: threshold(value), cell, text };
    else if (key === foldHeader(SETTING_KEYS.formulas) && text.trim() !== "") {
      const style = STYLE_WORDS[foldHeader(text)];
      if (style) out.formulas = style;
      else
        unreadable(
          SETTING_KEYS.formulas,
          cell,
          text,
          `usare ${WORDS.method.native}, ${WORDS.method.pira} o ${WORDS.method.values}`,
          `use ${WORDS.method.native}, ${WORDS.method.pira} or ${WORDS.method.values}`
        );
    }
  }
  if (high || low) {
    const h = high ? high.value : DEFAULT_THRESHOLDS.high;
    const l = low ? low.value : DEFAULT_THRESHOLDS.low;
    if (h !== null && l !== null && l >= 0 && h <= 1 && l < h) out.thresholds = { low: l, high: h };
    else {
      const at = high ?? low;
      unreadable(
        `${SETTING_KEYS.thresholdHigh} / ${SETTING_KEYS.thresholdLow}`,
        at ? at.cell : "",
        `${high?.text ?? ""} / ${low?.text ?? ""}`,
        "percentuali con 0% ≤ parzialmente raggiunto < raggiunto ≤ 100%",
        "percentages with 0% ≤ partly achieved < achieved ≤ 100%"
      );
    }
  }
  return out;
}
