/**
 * The seeds of the property tests (test/setup-fast-check.ts): fixed in the normal suite, so CI
 * never fails on a new random draw; random under npm run fuzz; PIRA_FUZZ_SEED replays a failure.
 */
import fc from "fast-check";
import { SUITE_SEED, suiteSeed } from "./seeds";

test("the normal suite runs from the fixed seed, npm run fuzz from random ones", () => {
  expect(suiteSeed({})).toBe(SUITE_SEED);
  expect(suiteSeed({ PIRA_FUZZ_RUNS: "10" })).toBe(SUITE_SEED);
  expect(suiteSeed({ PIRA_FUZZ_SECONDS: "60" })).toBeUndefined();
});

test("PIRA_FUZZ_SEED replays a seed as fast-check prints it, in the suite and under fuzz", () => {
  expect(suiteSeed({ PIRA_FUZZ_SEED: "1376979454" })).toBe(1376979454);
  expect(suiteSeed({ PIRA_FUZZ_SEED: "-2047", PIRA_FUZZ_SECONDS: "60" })).toBe(-2047);
  expect(() => suiteSeed({ PIRA_FUZZ_SEED: "abc" })).toThrow(/PIRA_FUZZ_SEED/);
  expect(() => suiteSeed({ PIRA_FUZZ_SEED: "1.5" })).toThrow(/PIRA_FUZZ_SEED/);
});

test("this very run: every property draws from the seed the environment gives", () => {
  const seed = suiteSeed(process.env);
  expect(fc.readConfigureGlobal().seed).toBe(seed);
  // a fixed seed draws the same cases twice
  if (seed !== undefined)
    expect(fc.sample(fc.nat(), 5)).toEqual(fc.sample(fc.nat(), { numRuns: 5, seed }));
});
