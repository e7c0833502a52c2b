/**
 * Formulas of the computed columns.
 *
 * native: ordinary Excel functions only (IF, AND, OR, MIN, MAX, ABS, MATCH, LOWER, TRIM, CELL,
 * ISNUMBER …), so Excel and LibreOffice compute the file without the add-in. They mirror the
 * core's rules (src/core/performance/achievement.ts) branch by branch:
 *  - the two figures ("Calcolato: Consuntivo/Target"): a bare number against a percent is percent
 *    points (÷100) — the cell's percent format is seen with CELL("format", …), which starts with
 *    "P" for a percent format in Excel and LibreOffice; blank or "n.d." → "n.d."; other text → "n.c.";
 *  - higher is better: min(1, a/t), zero target, negative figures; lower is better: 1 when a ≤ t,
 *    else t/a …; yes/no: flags equal → 1; ratings: equal, or the order on the same scale.
 * What they cannot express ("4 su 8", a yes/no word against a quantity, text) is filled as values
 * for that row, and the "Calcolato: Metodo" column says so.
 * The basis columns (year-end or interim actual, the year's or the triennium target) are chosen
 * when filling; fill again after adding a year-end actual to an indicator that had none.
 *
 * pira: the PIRA custom functions, which read numbers and Italian text themselves. The two
 * figures pass the typed cells on (blank → "n.d."), dividing by 100 only where a bare number
 * stands against a percent (percent points) — decided when filling, from the values' kinds, so
 * no CELL() is needed and any engine with the PIRA functions computes them (HyperFormula in the
 * tests). In Excel (Office.js) they are written as the user types them, PIRA.PERFORMANCE(…). In
 * a file they must be written as Excel itself stores an add-in function: "_xldudf_" followed by
 * the name with the dot made an underscore, _xldudf_PIRA_PERFORMANCE(…) — the form seen in
 * files saved by Excel with JavaScript custom functions (a plain "PIRA.PERFORMANCE(" in the XML
 * is not bound to the add-in and shows #NAME?). The xlsx adapter converts with toFileForm /
 * fromFileForm; the description always holds the form the user sees.
 */
import { readValue, QUALITATIVE_SCALES } from "../../core/values";
import type { Polarity } from "../../core/plan";
import { WORDS } from "../columns/names";
import type { Thresholds } from "./computed";

/** A cell of the same row: a structured reference, or an A1 reference when the range is not a table. */
export type RowRef = (column: string) => string;

function escapeColumn(name: string): string {
  return name.replace(/['#[\]]/g, (c) => "'" + c);
}

/**
 * Formulas made once per distinct arguments and handed out again as the same string. A table's
 * rows repeat the same few formulas (structured references name no row): 10,000 indicators make
 * five of ~700 characters each, not 50,000 copies for the collector; and the package writer finds
 * a formula's XML by the string's identity (its hash kept on it) instead of hashing it per cell.
 * A1 references name the row, so each row's formulas are new: the memo is emptied when full.
 */
const KEPT = 4096;

function kept<A extends (string | number)[]>(make: (...args: A) => string): (...args: A) => string {
  // one level of maps per argument: no key to build, and no two argument lists share one
  type Level = Map<string | number, Level | string>;
  let made: Level = new Map();
  let size = 0;
  return (...args) => {
    let level = made;
    const last = args.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(args[i]) as Level | undefined;
      if (next === undefined) level.set(args[i], (next = new Map()));
      level = next;
    }
    let f = level.get(args[last]) as string | undefined;
    if (f === undefined) {
      f = make(...args);
      if (++size > KEPT) {
        size = 0;
        made = new Map();
        return f;
      }
      level.set(args[last], f);
    }
    return f;
  };
}

const structuredRef = kept(
  (table: string, column: string) => `${table}[[#This Row],[${escapeColumn(column)}]]`
);

export function tableRowRef(table: string): RowRef {
  return (column) => structuredRef(table, column);
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function arrayOf(words: readonly string[]): string {
  return `{${words.map(quote).join(",")}}`;
}

/** Candidate words, kept when the core reads them as missing / yes / no (so the lists follow the core). */
const CANDIDATES = [
  "n.d.",
  "n.d",
  "nd",
  "n. d.",
  "n/d",
  "n.a.",
  "n.a",
  "na",
  "n. a.",
  "non disponibile",
  "non rilevato",
  "non rilevata",
  "-",
  "\u2013",
  "\u2014",
  "si",
  "sì",
  "sí",
  "yes",
  "vero",
  "realizzato",
  "realizzata",
  "realizzati",
  "realizzate",
  "realizzazione",
  "raggiunto",
  "attivato",
  "no",
  "falso",
  "non realizzato",
  "non realizzata",
  "non raggiunto",
  "non attivato",
];

function wordsWhere(test: (w: string) => boolean): string[] {
  return CANDIDATES.filter(test);
}

const MISSING_LIST = arrayOf(
  wordsWhere((w) => {
    const r = readValue(w);
    return r.ok && r.value.kind === "missing";
  })
);
const YES_LIST = arrayOf(
  wordsWhere((w) => {
    const r = readValue(w);
    return r.ok && r.value.kind === "yesno" && r.value.yes === true;
  })
);
const NO_LIST = arrayOf(
  wordsWhere((w) => {
    const r = readValue(w);
    return r.ok && r.value.kind === "yesno" && r.value.yes === false;
  })
);

const ND = quote(WORDS.notAvailable);
const NC = quote(WORDS.notComputable);

function isMissing(x: string): string {
  return `OR(ISBLANK(${x}),ISNUMBER(MATCH(LOWER(TRIM(${x})),${MISSING_LIST},0)))`;
}

function isPercentCell(x: string): string {
  return `(LEFT(CELL("format",${x}))="P")`;
}

/**
 * The figure of a quantity cell `x` compared with the cell `other`: divided by 100 when `other`
 * is a percent and `x` is not (TRUE > FALSE), by 1 otherwise (exact).
 */
export const numericFigure = kept(
  (x: string, other: string): string =>
    `IF(ISNUMBER(${x}),${x}/IF(${isPercentCell(other)}>${isPercentCell(x)},100,1),IF(${isMissing(x)},${ND},${NC}))`
);

/** The flag (1/0) of a yes/no cell; a number stays a number (non-zero is yes). */
export const yesNoFigure = kept((x: string): string => {
  const w = `LOWER(TRIM(${x}))`;
  return (
    `IF(ISNUMBER(${x}),${x},IF(ISLOGICAL(${x}),IF(${x},1,0),` +
    `IF(ISNUMBER(MATCH(${w},${YES_LIST},0)),1,IF(ISNUMBER(MATCH(${w},${NO_LIST},0)),0,IF(${isMissing(x)},${ND},${NC})))))`
  );
});

/** A rating, lower case. */
export const ratingFigure = kept(
  (x: string): string => `IF(${isMissing(x)},${ND},LOWER(TRIM(${x})))`
);

/** "n.d." when either figure is "n.d.", else "n.c." (the figures are numbers, "n.d." or "n.c."). */
function failure(a: string, t: string): string {
  return `IF(OR(${a}=${ND},${t}=${ND}),${ND},${NC})`;
}

/**
 * `body` when both figures are numbers, else the failure word. The figures of the numeric and
 * yes/no paths are numbers, "n.d." or "n.c.", so this is the core's order: n.d. before n.c.
 */
function numbers(a: string, t: string, body: string): string {
  return `IF(COUNT(${a},${t})=2,${body},${failure(a, t)})`;
}

/** Ratings are words: "n.d." first, then "n.c.", then `body`. */
function guarded(a: string, t: string, body: string): string {
  return `IF(OR(${a}=${ND},${t}=${ND}),${ND},IF(OR(${a}=${NC},${t}=${NC}),${NC},${body}))`;
}

export const higherFormula = kept((a: string, t: string): string => {
  // t > 0 and a < 0: a/t < 0 becomes 0, as 1+(a-t)/t does in the core's negative branch.
  return numbers(
    a,
    t,
    `IF(${t}=0,IF(${a}>=0,1,0),MIN(1,MAX(0,IF(${t}>0,${a}/${t},1+(${a}-${t})/ABS(${t})))))`
  );
});

export const lowerFormula = kept((a: string, t: string): string => {
  return numbers(
    a,
    t,
    `IF(${a}<=${t},1,IF(${t}>0,${t}/${a},IF(${t}=0,0,MAX(0,1-(${a}-${t})/ABS(${t})))))`
  );
});

export const yesNoFormula = kept((a: string, t: string): string =>
  numbers(a, t, `IF((${a}<>0)=(${t}<>0),1,0)`)
);

export const ratingFormula = kept((a: string, t: string): string => {
  let body = NC;
  for (let i = QUALITATIVE_SCALES.length - 1; i >= 0; i--) {
    const s = arrayOf(QUALITATIVE_SCALES[i]);
    body = `IF(AND(ISNUMBER(MATCH(${a},${s},0)),ISNUMBER(MATCH(${t},${s},0))),IF(MATCH(${a},${s},0)>=MATCH(${t},${s},0),1,0),${body})`;
  }
  return guarded(a, t, `IF(AND(${a}=${t},${a}<>""),1,${body})`);
});

export const deviationFormula = kept((a: string, t: string): string => numbers(a, t, `${a}-${t}`));

export function outcomeFormula(r: string, th: Thresholds): string {
  return outcome(r, th.low, th.high);
}

const outcome = kept(
  (r: string, low: number, high: number): string =>
    `IF(ISNUMBER(${r}),IF(${r}>=${high},"raggiunto",IF(${r}>=${low},"parzialmente raggiunto","non raggiunto")),${r})`
);

/** Italian polarity words, as PIRA.PERFORMANCE accepts them. */
const POLARITY_ARGUMENT: Record<Polarity, string> = {
  higher: "crescente",
  lower: "decrescente",
  yesno: "si-no",
  qualitative: "qualitativo",
};

const PIRA_FUNCTIONS = {
  performance: "PIRA.PERFORMANCE",
  deviation: "PIRA.DEVIATION",
  outcome: "PIRA.OUTCOME",
  value: "PIRA.VALUE",
} as const;

/**
 * A figure for the PIRA functions: blank is "n.d.", a number is divided by `divisor` (100 for
 * percent points against a percent, decided when filling), text goes to the function as written.
 */
export function piraFigure(x: string, divisor: number): string {
  return `IF(ISBLANK(${x}),${ND},IF(ISNUMBER(${x}),${divisor === 1 ? x : `${x}/${divisor}`},${x}))`;
}

export function piraPerformance(a: string, t: string, polarity: Polarity): string {
  return `${PIRA_FUNCTIONS.performance}(${a},${t},${quote(POLARITY_ARGUMENT[polarity])})`;
}

export function piraDeviation(a: string, t: string): string {
  return `${PIRA_FUNCTIONS.deviation}(${a},${t})`;
}

export function piraOutcome(r: string, th: Thresholds): string {
  return `${PIRA_FUNCTIONS.outcome}(${r},${th.low},${th.high})`;
}

const FILE_PREFIX = "_xldudf_";

/** The formula as stored in a file: PIRA.X( → _xldudf_PIRA_X( (outside string literals). */
export function toFileForm(formula: string): string {
  if (!formula.includes("PIRA.")) return formula; // fast path: most formulas (native style)
  return mapOutsideStrings(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])PIRA\.([A-Z][A-Z0-9_]*)\s*\(/g, `$1${FILE_PREFIX}PIRA_$2(`)
  );
}

/** The formula as the user sees it: _xldudf_PIRA_X( → PIRA.X(. */
export function fromFileForm(formula: string): string {
  if (!/_xldudf_/i.test(formula)) return formula; // fast path: nothing to map
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      /_xldudf_PIRA_([A-Z][A-Z0-9_]*)\s*\(/gi,
      (_m, name: string) => `PIRA.${name.toUpperCase()}(`
    )
  );
}

function mapOutsideStrings(formula: string, f: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : f(p))).join("");
}
