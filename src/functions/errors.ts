/*
 * How the custom functions report a failure: as a value (Failure) while computing, turned into a
 * CustomFunctions.Error only at the edge, where Excel needs it.
 *
 * Codes: missing data → #N/A, unreadable input or unknown word/code → #VALUE!, a division by zero
 * where the result is undefined → #DIV/0!. Excel shows the custom message only with #N/A and
 * #VALUE!; the #DIV/0! message is kept anyway (tests and other hosts can read it).
 */
import { message, type Message } from "../core/message";

export type FailureKind = "missing" | "invalid" | "div0";

export interface Failure {
  failure: FailureKind;
  reason: Message;
}

export function failure(kind: FailureKind, it: string, en: string): Failure {
  return { failure: kind, reason: message(it, en) };
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === "object" && x !== null && "failure" in x && "reason" in x;
}

/** The same failure with a prefix naming what it is about ("consuntivo: …"). */
export function about(label: Message, f: Failure): Failure {
  return {
    failure: f.failure,
    reason: message(`${label.it}: ${f.reason.it}`, `${label.en}: ${f.reason.en}`),
  };
}

/** The CustomFunctions.Error Excel shows for a failure, with the Italian message. */
export function toCellError(f: Failure): CustomFunctions.Error {
  const code =
    f.failure === "missing"
      ? CustomFunctions.ErrorCode.notAvailable
      : f.failure === "div0"
        ? CustomFunctions.ErrorCode.divisionByZero
        : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, f.reason.it);
}

/** The value, or the failure thrown as a CustomFunctions.Error (how a scalar function reports one). */
export function orThrow<T>(x: T | Failure): T {
  if (isFailure(x)) throw toCellError(x);
  return x;
}

/** A number Excel can hold: NaN and ±Infinity become a failure, -0 becomes 0. */
export function finite(x: number, what: Message): number | Failure {
  if (Number.isFinite(x)) return x === 0 ? 0 : x;
  return failure(
    "invalid",
    `${what.it}: risultato fuori dall'intervallo dei numeri di Excel`,
    `${what.en}: result out of the range of Excel numbers`
  );
}
