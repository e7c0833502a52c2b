/*
 * PERFORMANCE over cells or whole ranges: one call for a column of a thousand indicators.
 *
 * actual, target and polarity are each a cell or a range; every range must have the same size,
 * and a single cell is used for every row (one target or one polarity for the whole column).
 * The result has that size; a cell that cannot be computed holds its CustomFunctions.Error
 * (#N/A, #VALUE!, #DIV/0!) and the others are unaffected.
 *
 * Two ways to a cell's value, with the same result:
 * - numbers with polarity higher/lower (or none): exactRatio, floating point proven equal to
 *   decimal.js (see exact-ratio.ts), or decimal.js on the two numbers where it cannot decide —
 *   the common case of a large numeric column; the same for the commonest Italian texts ("4.428",
 *   "98,47%", "€ 3.155.497"), read into doubles the core agrees with (see quick-text.ts);
 * - everything else (Italian text, yes/no, ratings, negative figures, zeros): the core, valueFromCell
 *   and achievement, in decimal.js.
 */
import Decimal from "decimal.js";
import { message, type Message } from "../core/message";
import { achievement } from "../core/performance";
import type { Polarity } from "../core/plan";
import { defaultPolarity, flagArgument, LABELS, polarityWord } from "./arguments";
import {
  gridOf,
  omitted,
  position,
  ragged,
  sizeText,
  valueArgument,
  type CellRange,
} from "./cells";
import { about, failure, finite, isFailure, toCellError, type Failure } from "./errors";
import { exactRatio } from "./exact-ratio";
import { quickPercent, quickQuantity } from "./quick-text";

const RESULT = message("raggiungimento", "achievement");
// bound once: global lookups in a loop of a million rows are slow in some hosts (vm sandboxes)
const isArray = Array.isArray;
const ArrayOf = Array;

/** One cell's achievement through the core (any input). */
export function achievementOfCell(
  actual: unknown,
  target: unknown,
  polarity: Polarity | null,
  cap: boolean
): number | Failure {
  const a = valueArgument(actual, LABELS.actual);
  if (isFailure(a)) return a;
  const t = valueArgument(target, LABELS.target);
  if (isFailure(t)) return t;
  const r = achievement(a, t, polarity ?? defaultPolarity(a, t), cap);
  if (!r.ok) return { failure: r.code, reason: r.reason };
  return finite(r.value.toNumber(), RESULT);
}

/**
 * n / d as the core computes it (decimal.js, rounded to a double): exactRatio when it can decide,
 * else decimal.js directly (the numbers are plain, no text to read).
 */
function decimalRatio(n: number, d: number): number {
  // NOINLINE: keeps the minifier from pasting single-use functions into their caller as
  // immediately invoked closures: the hot loop stays made of small functions the engine optimises
  const q = /*#__NOINLINE__*/ exactRatio(n, d);
  return q === q ? q : new Decimal(n).div(d).toNumber();
}

/**
 * One cell's achievement. Numbers with polarity higher or lower (or none) and the common signs
 * take the fast path: the core's rule (higher: min(1, a / t); lower: 1 when a ≤ t, else t / a)
 * on decimalRatio, identical results. Everything else goes to the core.
 */
export function achievementOf(
  actual: unknown,
  target: unknown,
  polarity: Polarity | null,
  cap: boolean
): number | Failure {
  if (typeof actual === "number" && typeof target === "number") {
    const q = /*#__NOINLINE__*/ numbersAchievement(actual, target, polarity, cap);
    if (q >= 0) return q;
  } else if (
    typeof actual === "string" &&
    typeof target === "string" &&
    polarity !== "yesno" &&
    polarity !== "qualitative"
  ) {
    // the commonest texts read into doubles the core would agree with (quick-text.ts)
    const a = /*#__NOINLINE__*/ quickQuantity(actual);
    const aPercent = quickPercent;
    if (a === a) {
      const t = /*#__NOINLINE__*/ quickQuantity(target);
      // both percentages or both not (a bare number against a percentage is read in points)
      if (t === t && quickPercent === aPercent) {
        const q = /*#__NOINLINE__*/ numbersAchievement(a, t, polarity, cap);
        if (q >= 0) return q;
      }
    }
  }
  return /*#__NOINLINE__*/ achievementOfCell(actual, target, polarity, cap);
}

/**
 * The core's rule on two plain numbers (higher: min(1, a / t); lower: 1 when a ≤ t, else t / a)
 * where it can be decided here, else −1 (no NaN: a global lookup, slow in some hosts).
 */
function numbersAchievement(a: number, t: number, polarity: Polarity | null, cap: boolean): number {
  // x − x === 0: a finite number (NaN and ±Infinity give NaN)
  if (a - a !== 0 || t - t !== 0) return -1;
  let q = -1;
  if (polarity === null || polarity === "higher") {
    if (t > 0 && a >= 0) q = decimalRatio(a, t);
  } else if (polarity === "lower") {
    if (cap && a <= t) q = 1;
    else if (t > 0 && a > 0) q = decimalRatio(t, a);
  }
  // finite (else the core decides, and reports what Excel cannot hold); -0 is 0
  if (q >= 0 && q - q === 0) return cap && q > 1 ? 1 : q === 0 ? 0 : q;
  return -1;
}

function sizeMismatch(grids: { label: Message; grid: CellRange }[]): Failure {
  const it = grids.map((g) => `${g.label.it} ${sizeText(g.grid)}`).join(", ");
  const en = grids.map((g) => `${g.label.en} ${sizeText(g.grid)}`).join(", ");
  return failure(
    "invalid",
    `intervalli di dimensioni diverse (${it}): attesi della stessa dimensione, oppure una sola cella`,
    `ranges of different sizes (${en}): expected the same size, or a single cell`
  );
}

/** 1×1 grids adapt to the others; the others must agree. */
function resultSize(
  grids: { label: Message; grid: CellRange }[]
): { rows: number; cols: number } | Failure {
  let rows = 1;
  let cols = 1;
  for (const { grid } of grids) {
    if (grid.length === 1 && grid[0].length === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = grid.length;
      cols = grid[0].length;
    } else if (grid.length !== rows || grid[0].length !== cols) {
      return sizeMismatch(grids);
    }
  }
  return { rows, cols };
}

/**
 * PERFORMANCE(actual, target, [polarity], [cap]) over cells or ranges. Returns the matrix of
 * results (numbers and CustomFunctions.Error values) or, when the call itself is wrong (ranges of
 * different sizes, an unknown single polarity, a bad cap), a Failure for the whole call.
 */
export function achievementGrid(
  actual: unknown,
  target: unknown,
  polarity: unknown,
  cap: unknown
): (number | CustomFunctions.Error)[][] | Failure {
  const capped = flagArgument(cap, true, LABELS.cap);
  if (isFailure(capped)) return capped;
  const A = gridOf(actual, LABELS.actual);
  if (isFailure(A)) return A;
  const T = gridOf(target, LABELS.target);
  if (isFailure(T)) return T;
  const P = omitted(polarity) ? null : gridOf(polarity, LABELS.polarity);
  if (isFailure(P)) return P;
  const grids = [
    { label: LABELS.actual, grid: A },
    { label: LABELS.target, grid: T },
  ];
  if (P) grids.push({ label: LABELS.polarity, grid: P });
  const size = resultSize(grids);
  if (isFailure(size)) return size;
  const { rows, cols } = size;

  // one polarity for every row: read it once; an unknown word fails the whole call
  const singlePolarity = !P || (P.length === 1 && P[0].length === 1);
  let polarityForAll: Polarity | null = null;
  if (P && singlePolarity) {
    const p = polarityWord(P[0][0]);
    if (isFailure(p)) return p;
    polarityForAll = p;
  }
  const words = new Map<unknown, Polarity | null | Failure>();
  const pGrid = singlePolarity ? null : P;

  /** One cell of the result; a polarity word of a polarity range is read once per distinct word. */
  const cell = (a: unknown, t: unknown, i: number, j: number): number | CustomFunctions.Error => {
    let pol = polarityForAll;
    if (pGrid !== null) {
      const word: unknown = pGrid[i][j];
      let p = words.get(word);
      if (p === undefined) {
        p = polarityWord(word);
        words.set(word, p);
      }
      if (isFailure(p)) return toCellError(about(position(i, j, cols), p));
      pol = p;
    }
    const r = achievementOf(a, t, pol, capped);
    return typeof r === "number" ? r : toCellError(r);
  };

  const aSingle = A.length === 1 && A[0].length === 1;
  const tSingle = T.length === 1 && T[0].length === 1;
  const out: (number | CustomFunctions.Error)[][] = new ArrayOf(rows);
  for (let i = 0; i < rows; i++) {
    const aRow = aSingle ? A[0] : A[i];
    const tRow = tSingle ? T[0] : T[i];
    if (!isArray(aRow) || aRow.length !== (aSingle ? 1 : cols)) return ragged(LABELS.actual, i);
    if (!isArray(tRow) || tRow.length !== (tSingle ? 1 : cols)) return ragged(LABELS.target, i);
    if (pGrid !== null && (!isArray(pGrid[i]) || pGrid[i].length !== cols))
      return ragged(LABELS.polarity, i);
    if (cols === 1) {
      // a column, the common case: one small array per row, allocated at its size
      out[i] = [cell(aRow[0], tRow[0], i, 0)];
      continue;
    }
    const row: (number | CustomFunctions.Error)[] = new ArrayOf(cols);
    for (let j = 0; j < cols; j++)
      row[j] = cell(aSingle ? aRow[0] : aRow[j], tSingle ? tRow[0] : tRow[j], i, j);
    out[i] = row;
  }
  return out;
}
