/**
 * The PIRA custom functions in a real formula engine: HyperFormula (GPL-3.0, tests only) with a
 * FunctionPlugin whose functions are src/functions' own (the code Excel runs), under the names a
 * user types: PIRA.PERFORMANCE, PIRA.VALUE, PIRA.DEVIATION, PIRA.OUTCOME, PIRA.MISSION,
 * PIRA.PROGRAMME, PIRA.WEIGHTED.
 *
 * The plugin does what Excel's custom-functions runtime does around a function: a blank cell is
 * null, a single cell given to a range parameter is a 1×1 matrix, an error argument propagates
 * without calling the function, a CustomFunctions.Error (thrown, or inside a result matrix)
 * becomes a cell error of the same type with its message, and a matrix result spills.
 *
 *   import { piraEngine } from "../helpers/hyperformula-pira";
 *   const hf = piraEngine([["'4.428", "'15.500", "=PIRA.PERFORMANCE(A1,B1)"]]);
 *   hf.getCellValue({ sheet: 0, row: 0, col: 2 }); // 0.2856…
 *
 * Raw text that HyperFormula would read as an English number ("4.428") must be entered as text
 * with a leading apostrophe, as in Excel.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type RawCellContent,
} from "hyperformula";
import * as functions from "../../src/functions/functions";
import { installCustomFunctions, StandInError } from "./custom-functions";

installCustomFunctions();

type Fn = (...args: unknown[]) => unknown;
type Ast = { args: Ast[] };
type State = never;

const ERROR_TYPES: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** A HyperFormula cell value as Excel hands it to a custom function. */
function cellIn(x: unknown): unknown {
  if (x === EmptyValue || x === undefined) return null;
  if (x instanceof CellError)
    return { type: "Error", errorType: x.type === ErrorType.NA ? "NotAvailable" : String(x.type) };
  if (typeof x === "object" && x !== null && "val" in x) return (x as { val: unknown }).val; // rich number
  return x;
}

function argumentIn(x: unknown): unknown {
  if (x instanceof SimpleRangeValue) return x.rawData().map((row) => row.map(cellIn));
  return cellIn(x);
}

function cellOut(x: unknown): number | string | boolean | CellError {
  if (x instanceof StandInError)
    return new CellError(ERROR_TYPES[x.code] ?? ErrorType.VALUE, x.message);
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  throw new Error(`a PIRA function returned ${String(x)}`); // a bug: let the test fail
}

/** A custom function's answer as a HyperFormula value. */
function resultOut(run: () => unknown): number | string | boolean | CellError | SimpleRangeValue {
  let r: unknown;
  try {
    r = run();
  } catch (e) {
    if (e instanceof StandInError) return cellOut(e);
    throw e;
  }
  if (Array.isArray(r)) {
    if (r.length === 1 && r[0].length === 1) return cellOut(r[0][0]);
    return SimpleRangeValue.onlyValues(r.map((row: unknown[]) => row.map(cellOut)) as never);
  }
  return cellOut(r);
}

const f = functions as unknown as Record<string, Fn>;
const ID = ["PERFORMANCE", "VALUE", "DEVIATION", "OUTCOME", "MISSION", "PROGRAMME", "WEIGHTED"];

/** The function names the plugin registers: "PIRA.PERFORMANCE", … */
export const PIRA_NAMES = ID.map((id) => `PIRA.${id}`);

const value = { argumentType: FunctionArgumentType.NOERROR };
const optionalValue = { argumentType: FunctionArgumentType.NOERROR, optionalArg: true };
const range = { argumentType: FunctionArgumentType.ANY };
const optionalRange = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

export class PiraPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "PIRA.PERFORMANCE": {
      method: "performance",
      sizeOfResultArrayMethod: "performanceSize",
      vectorizationForbidden: true,
      parameters: [range, range, optionalRange, optionalValue],
    },
    "PIRA.VALUE": { method: "value", parameters: [value] },
    "PIRA.DEVIATION": { method: "deviation", parameters: [value, value, optionalValue] },
    "PIRA.OUTCOME": { method: "outcome", parameters: [value, optionalValue, optionalValue] },
    "PIRA.MISSION": { method: "mission", parameters: [value] },
    "PIRA.PROGRAMME": { method: "programme", parameters: [value, optionalValue] },
    "PIRA.WEIGHTED": {
      method: "weighted",
      vectorizationForbidden: true,
      parameters: [range, range],
    },
  };

  private call(id: string, ast: Ast, state: State) {
    return this.runFunction(
      ast.args as never,
      state,
      this.metadata(`PIRA.${id}`),
      (...args: unknown[]) => resultOut(() => f[id](...args.map(argumentIn))) as never
    );
  }

  performance(ast: Ast, state: State) {
    return this.call("PERFORMANCE", ast, state);
  }
  value(ast: Ast, state: State) {
    return this.call("VALUE", ast, state);
  }
  deviation(ast: Ast, state: State) {
    return this.call("DEVIATION", ast, state);
  }
  outcome(ast: Ast, state: State) {
    return this.call("OUTCOME", ast, state);
  }
  mission(ast: Ast, state: State) {
    return this.call("MISSION", ast, state);
  }
  programme(ast: Ast, state: State) {
    return this.call("PROGRAMME", ast, state);
  }
  weighted(ast: Ast, state: State) {
    return this.call("WEIGHTED", ast, state);
  }

  /** The spill size of PERFORMANCE: the ranges' common size; a single cell if they disagree. */
  performanceSize(ast: Ast, state: State): ArraySize {
    const sizes = ast.args
      .slice(0, 3)
      .map((a) => this.arraySizeForAst(a as never, state))
      .filter((s) => !(s.width === 1 && s.height === 1));
    if (sizes.length === 0) return ArraySize.scalar();
    const [first] = sizes;
    if (sizes.some((s) => s.width !== first.width || s.height !== first.height))
      return ArraySize.scalar(); // the function answers #VALUE! with its message
    return new ArraySize(first.width, first.height);
  }
}

let registered = false;

/** Registers the plugin once per module registry (HyperFormula's function registry is global). */
export function registerPira(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(PiraPlugin, {
    enGB: Object.fromEntries(PIRA_NAMES.map((n) => [n, n])),
  });
  registered = true;
}

/** A HyperFormula engine over one sheet, with the PIRA functions. */
export function piraEngine(
  sheet: RawCellContent[][],
  config: Partial<ConfigParams> = {}
): HyperFormula {
  registerPira();
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", ...config });
}
