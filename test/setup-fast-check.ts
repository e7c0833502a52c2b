/**
 * The seeds of the property tests (fast-check), one rule for the whole suite (docs/testing.md):
 *
 * - the normal suite (`npm test`, `jest …`): every property runs from the fixed seed SUITE_SEED,
 *   so a run in CI draws the same cases as the run before it and never fails on a new draw;
 * - `npm run fuzz` (PIRA_FUZZ_SECONDS set): random seeds, new cases each time;
 * - PIRA_FUZZ_SEED=N (either way): every property runs from seed N — the seed a failure printed
 *   replays it (PIRA_FUZZ_PATH too, for the fuzz properties: test/fuzz/budget.ts).
 *
 * A property that gives its own seed in its parameters keeps it.
 */
import fc from "fast-check";
import { suiteSeed } from "./fuzz/seeds";

const seed = suiteSeed(process.env);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
