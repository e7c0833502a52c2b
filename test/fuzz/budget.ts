/**
 * How long the fuzz properties run. In the test suite: a modest number of runs (PIRA_FUZZ_RUNS
 * scales them: 0.5 halves, 10 runs ten times as many), from the suite's fixed seed
 * (test/setup-fast-check.ts). `npm run fuzz` (scripts/fuzz.js) sets PIRA_FUZZ_SECONDS instead:
 * each property then runs for that many seconds from a random seed, however many runs that
 * takes, and a failure prints the seed and path that replay it: PIRA_FUZZ_SEED=seed (every
 * property from that seed) and PIRA_FUZZ_PATH=path (straight to the failing case and its
 * shrinking), with `-t` naming the property (docs/testing.md).
 */
import fc from "fast-check";

const seconds = Number(process.env.PIRA_FUZZ_SECONDS ?? 0);
const scale = Number(process.env.PIRA_FUZZ_RUNS ?? 1);
const path = process.env.PIRA_FUZZ_PATH?.trim() || undefined;

/** fast-check parameters for a property worth `runs` runs in the normal suite. */
export function budget(runs: number): fc.Parameters<unknown> {
  // a replay: the failing case found again from its seed (set globally) and path
  if (path !== undefined && process.env.PIRA_FUZZ_SEED) return { path, endOnFailure: false };
  if (seconds > 0)
    return {
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
    };
  return { numRuns: Math.max(1, Math.round(runs * scale)) };
}

let inFlight: Promise<unknown> = Promise.resolve();

/**
 * An async property's run, tracked. Under a time limit (npm run fuzz) fast-check stops waiting for
 * the run in flight when the time is up; the test awaits settled() after fc.assert, so that run
 * never outlives its test (it would import a module after Jest tore the test down: exit 1).
 */
export function tracked<A extends unknown[]>(
  run: (...args: A) => Promise<void>
): (...args: A) => Promise<void> {
  return (...args) => {
    const p = run(...args);
    inFlight = p.catch(() => undefined);
    return p;
  };
}

/** The last tracked run, settled (fulfilled or not). */
export function settled(): Promise<unknown> {
  return inFlight;
}

/** The jest timeout of a property: its time budget and some. */
export function timeout(normalMs: number): number {
  return seconds > 0 ? seconds * 1000 + 120_000 : normalMs * Math.max(1, scale);
}

/** Byte-level edits of a file: a flipped bit, inserted or deleted bytes, a cut. */
export type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "set"; at: number; byte: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "delete"; at: number; length: number }
  | { kind: "truncate"; at: number };

export function mutation(): fc.Arbitrary<Mutation> {
  // a position anywhere in the file, uniformly (fast-check's numbers lean towards the edges)
  const at = fc.noBias(fc.nat(999_999)).map((n) => n / 1_000_000);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip" as const), at, bit: fc.nat(7) }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("set" as const), at, byte: fc.nat(255) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("insert" as const),
        at,
        bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 8 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("delete" as const),
        at,
        length: fc.integer({ min: 1, max: 16 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at }) }
  ) as fc.Arbitrary<Mutation>;
}

/** The bytes with the mutations applied in order (positions are fractions of the length). */
export function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = new Uint8Array(bytes);
  for (const m of mutations) {
    if (b.length === 0) break;
    const i = Math.floor(m.at * b.length);
    switch (m.kind) {
      case "flip":
        b[i] ^= 1 << m.bit;
        break;
      case "set":
        b[i] = m.byte;
        break;
      case "insert": {
        const out = new Uint8Array(b.length + m.bytes.length);
        out.set(b.subarray(0, i));
        out.set(m.bytes, i);
        out.set(b.subarray(i), i + m.bytes.length);
        b = out;
        break;
      }
      case "delete": {
        const out = new Uint8Array(Math.max(i, b.length - m.length));
        out.set(b.subarray(0, i));
        out.set(b.subarray(Math.min(b.length, i + m.length)), i);
        b = out;
        break;
      }
      case "truncate":
        b = b.slice(0, i);
        break;
    }
  }
  return b;
}
