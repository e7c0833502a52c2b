/**
 * The pira formula style evaluated by a formula engine: HyperFormula (GPL, tests only) with a
 * PIRA plugin implementing PIRA.PERFORMANCE / DEVIATION / OUTCOME by the contract of
 * docs/functions.md (numbers or Italian text in; missing data → #N/A, unreadable → #VALUE!), on
 * the core. HyperFormula has no Excel tables, so the table is filled as a plain range (A1
 * references), the form fill uses for a range found by its header.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type CellValue,
} from "hyperformula";
import { achievement, deviation, outcome } from "../../src/core/performance";
import { valueFromCell } from "../../src/core/values";
import { readPolarity } from "../../src/core/performance";
import {
  computeValues,
  fill,
  layout,
  patchCells,
  read,
  tablesOfSpec,
  type Scalar,
} from "../../src/workbook";
import { referencePlan } from "../fixtures/plans";

type Arg = number | string | boolean;

function typed(x: Arg) {
  return valueFromCell(x);
}

class PiraPlugin extends FunctionPlugin {
  performance(ast: { args: never }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("PIRA.PERFORMANCE"),
      (a: Arg, t: Arg, p: string) => {
        const x = typed(a);
        const y = typed(t);
        if (!x.ok || !y.ok) return new CellError(ErrorType.VALUE);
        const polarity = readPolarity(p);
        if (!polarity) return new CellError(ErrorType.VALUE);
        const r = achievement(x.value, y.value, polarity);
        if (!r.ok) return new CellError(r.code === "missing" ? ErrorType.NA : ErrorType.VALUE);
        return r.value.toNumber();
      }
    );
  }

  deviation(ast: { args: never }, state: never) {
    return this.runFunction(ast.args, state, this.metadata("PIRA.DEVIATION"), (a: Arg, t: Arg) => {
      const x = typed(a);
      const y = typed(t);
      if (!x.ok || !y.ok) return new CellError(ErrorType.VALUE);
      const r = deviation(x.value, y.value);
      if (!r.ok) return new CellError(r.code === "missing" ? ErrorType.NA : ErrorType.VALUE);
      return r.value.toNumber();
    });
  }

  outcome(ast: { args: never }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("PIRA.OUTCOME"),
      (a: number, low: number, high: number) => outcome(a, low, high)
    );
  }
}

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const number = { argumentType: FunctionArgumentType.NUMBER };
(PiraPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  "PIRA.PERFORMANCE": {
    method: "performance",
    parameters: [scalar, scalar, { argumentType: FunctionArgumentType.STRING }],
  },
  "PIRA.DEVIATION": { method: "deviation", parameters: [scalar, scalar] },
  "PIRA.OUTCOME": { method: "outcome", parameters: [number, number, number] },
};

HyperFormula.registerFunctionPlugin(PiraPlugin, {
  enGB: {
    "PIRA.PERFORMANCE": "PIRA.PERFORMANCE",
    "PIRA.DEVIATION": "PIRA.DEVIATION",
    "PIRA.OUTCOME": "PIRA.OUTCOME",
  },
});

describe("pira formulas evaluated by HyperFormula with a PIRA plugin", () => {
  it("give the core's achievement, deviation and outcome on every row", () => {
    const plan = referencePlan();
    const tables = tablesOfSpec(layout(plan, { formulas: "none" }));
    const t = { ...tables.indicators!, source: "sheet" as const };
    const r = read({ ...tables, indicators: t });
    const f = fill(r.plan, { table: t, rowIds: r.rowIds }, { style: "pira" });
    // the sheet: header and typed cells as they are; text columns left out (no formula reads them)
    const grid: (Scalar | string)[][] = [
      t.header,
      ...t.rows.map((row) => row.map((v, j) => (t.header[j].endsWith("(testo)") ? null : v))),
    ];
    for (const { row, col, cell } of patchCells(f.patch))
      grid[row - 1][col - 1] =
        cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null);
    const hf = HyperFormula.buildFromArray(grid as (string | number | boolean | null)[][], {
      licenseKey: "gpl-v3",
    });
    const value = (i: number, name: string): CellValue =>
      hf.getCellValue({ sheet: 0, row: i + 1, col: t.header.indexOf(name) });

    const TH = { low: 0.7, high: 0.9 };
    let numbers = 0;
    plan.indicators.forEach((ind, i) => {
      const want = computeValues(ind, plan.firstYear, TH);
      const got = {
        achievement: value(i, "Calcolato: Raggiungimento"),
        deviation: value(i, "Calcolato: Scostamento"),
        outcome: value(i, "Calcolato: Esito"),
      };
      for (const k of ["achievement", "deviation"] as const) {
        const w = want[k];
        const g = got[k];
        if (typeof w === "number") {
          expect({ i, k, g: typeof g === "number" ? Number(g.toFixed(9)) : g }).toEqual({
            i,
            k,
            g: Number(w.toFixed(9)),
          });
          numbers++;
        } else {
          // n.d. → #N/A, n.c. → #VALUE!
          expect({ i, k, error: (g as { type?: string }).type }).toEqual({
            i,
            k,
            error: w === "n.d." ? "NA" : "VALUE",
          });
        }
      }
      if (typeof want.achievement === "number") expect(got.outcome).toBe(want.outcome);
    });
    expect(numbers).toBeGreaterThan(30);
  });
});
