/**
 * Which seed the property tests run from (test/setup-fast-check.ts, docs/testing.md): the normal
 * suite's fixed seed, the one PIRA_FUZZ_SEED gives to replay a failure, or none (random) under
 * `npm run fuzz`.
 */

/** The normal suite's seed: every property draws the same cases on every run. */
export const SUITE_SEED = 20261207;

/** The seed to run from, or undefined for a random one (npm run fuzz). Throws on a bad seed. */
export function suiteSeed(env: Record<string, string | undefined>): number | undefined {
  const given = env.PIRA_FUZZ_SEED?.trim();
  if (given) {
    const n = Number(given);
    // fast-check's seeds are 32-bit integers (it prints them signed)
    if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 32)
      throw new Error(
        `PIRA_FUZZ_SEED must be an integer seed as fast-check prints it, not «${given}»`
      );
    return n;
  }
  return Number(env.PIRA_FUZZ_SECONDS ?? 0) > 0 ? undefined : SUITE_SEED;
}
