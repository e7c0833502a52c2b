/**
 * A stand-in for the custom-functions runtime's global `CustomFunctions` (Error class and ErrorCode
 * enum, the part the PIRA functions use), for running src/functions outside Excel: unit tests,
 * HyperFormula, the bundle in a vm sandbox.
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StandInError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

/** A fresh `CustomFunctions` object; `associate` records what a bundle registers. */
export function customFunctionsStandIn(registered?: Map<string, (...args: unknown[]) => unknown>) {
  return {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      if (!registered) throw new Error("associate called on a stand-in without a registry");
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
}

/** Installs the stand-in as the global `CustomFunctions` (idempotent). */
export function installCustomFunctions(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) g.CustomFunctions = customFunctionsStandIn();
}

export function isCellError(x: unknown): x is StandInError {
  return x instanceof StandInError;
}

/** What a call gives: its value, or {error, message} for a CustomFunctions.Error thrown. */
export function outcome(fn: () => unknown): unknown {
  try {
    return plain(fn());
  } catch (e) {
    if (e instanceof StandInError) return { error: e.code, message: e.message };
    throw e;
  }
}

/** Errors inside results (matrices) as {error, message} too. */
export function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (x instanceof StandInError) return { error: x.code, message: x.message };
  return x;
}
