/**
 * Linear time shown without a wall-clock bound that another process can break.
 *
 * A test compares the time of the same work on an input and on an input `factor` times larger
 * (4 by default): linear work takes about `factor` times as long, quadratic work `factor`² times.
 * No absolute number of milliseconds is asserted, only the ratio, so a machine slowed down by other
 * processes slows both sides alike and the ratio holds. What is timed is this process's CPU time
 * (process.cpuUsage), not the clock: the time other processes hold the cores is not counted. To keep
 * the measurement above the noise of a busy machine (a scheduler slice, a GC pause, caches):
 * - each side is timed over enough repetitions that the large side takes at least 100 ms of CPU;
 * - the two sides are timed in turn, two rounds (small, large, small, large), best of each;
 * - the growth may be up to 2.5 × the factor (10× for 4×: quadratic is 16×, cubic 64×);
 * - a test gets three attempts: linear work passes when one attempt holds, super-linear work fails
 *   all three.
 * Speed goals (how fast, in milliseconds) are `npm run bench`'s, not the unit tests'.
 */

/** The large side is timed over repetitions adding up to at least this. */
export const MIN_WINDOW_MS = 100;
const ROUNDS = 2;
const ATTEMPTS = 3;
/** How much worse than linear a measurement may look before it counts as super-linear. */
export const MARGIN = 2.5;

/** The CPU time of this process (user and system) that `times` runs of fn take, in ms. */
function millis(fn: () => unknown, times: number): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < times; i++) fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

export interface Growth {
  /** time(large) / time(small), each the best of its rounds over the same repetitions */
  ratio: number;
  /** the bound the ratio is held to: MARGIN × factor */
  bound: number;
  /** repetitions of each side */
  times: number;
  small: number;
  large: number;
}

/**
 * The growth of `run` from `small` to `large` (`large` being `factor` times `small`): one
 * measurement as described above.
 */
export function measureGrowth<T>(
  run: (input: T) => unknown,
  small: T,
  large: T,
  factor = 4
): Growth {
  run(small); // warm-up: compile, caches
  run(large);
  // repetitions: doubled until a tenth of the window, then scaled to the whole window
  let times = 1;
  let ms = millis(() => run(large), times);
  while (ms < MIN_WINDOW_MS / 10 && times < 1 << 20) ms = millis(() => run(large), (times *= 2));
  if (ms < MIN_WINDOW_MS) times = Math.ceil((times * MIN_WINDOW_MS * 1.2) / Math.max(ms, 1e-3));
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    a = Math.min(
      a,
      millis(() => run(small), times)
    );
    b = Math.min(
      b,
      millis(() => run(large), times)
    );
  }
  return { ratio: b / Math.max(a, 1e-3), bound: MARGIN * factor, times, small: a, large: b };
}

/**
 * Asserts that `run` grows linearly from `small` to `large` (`factor` times larger), in up to three
 * attempts; `what` names the case in a failure.
 */
export function expectLinearGrowth<T>(
  what: string,
  run: (input: T) => unknown,
  small: T,
  large: T,
  factor = 4
): void {
  let g = measureGrowth(run, small, large, factor);
  for (let attempt = 1; attempt < ATTEMPTS && g.ratio > g.bound; attempt++)
    g = measureGrowth(run, small, large, factor);
  const said = `${what}: ×${g.ratio.toFixed(1)} for ×${factor} the input (${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms over ${g.times} runs)`;
  expect({ said, linear: g.ratio <= g.bound }).toEqual({ said, linear: true });
}

/**
 * A clock of this process's CPU time (user and system), for a bound on work that must end (a
 * fuzzed file, a zip bomb): other processes holding the cores do not advance it, as they do the
 * wall clock. Returns the milliseconds of CPU used since it started.
 */
export function cpuClock(): () => number {
  const t0 = process.cpuUsage();
  return () => {
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
}
