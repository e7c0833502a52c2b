#!/usr/bin/env node
/*
 * npm run fuzz [-- MINUTES]: the fuzz properties of test/fuzz run for a long time (default 10
 * minutes in all), for use before a release. Each property gets an equal share of the time and
 * runs as many cases as fit (PIRA_FUZZ_SECONDS, test/fuzz/budget.ts), from random seeds; a
 * failure prints the fast-check seed and path that replay it (PIRA_FUZZ_SEED, PIRA_FUZZ_PATH:
 * docs/testing.md). In the normal test suite the same files run a few dozen cases each, from
 * the suite's fixed seed.
 */
const path = require("path");
const { spawnSync } = require("child_process");

const fs = require("fs");

// the fuzz properties in test/fuzz, counted (deterministic tests take no share)
const FUZZ = path.join(__dirname, "..", "test", "fuzz");
const PROPERTIES = fs
  .readdirSync(FUZZ)
  .filter((f) => f.endsWith(".test.ts"))
  .reduce(
    (n, f) => n + fs.readFileSync(path.join(FUZZ, f), "utf8").split("fc.assert(").length - 1,
    0
  );
const minutes = Number(process.argv[2] ?? 10);
if (!(minutes > 0)) {
  console.error("usage: npm run fuzz [-- MINUTES]   (default 10)");
  process.exit(2);
}
const seconds = Math.max(10, Math.round((minutes * 60) / PROPERTIES));
console.log(
  `fuzz: ${PROPERTIES} properties × ${seconds} s (about ${minutes} minutes), ` +
    (process.env.PIRA_FUZZ_SEED
      ? `from seed ${process.env.PIRA_FUZZ_SEED}`
      : "random seeds (a failure prints the seed that replays it: docs/testing.md)")
);
const jest = path.join(__dirname, "..", "node_modules", "jest", "bin", "jest.js");
const r = spawnSync(process.execPath, [jest, "test/fuzz", "--runInBand"], {
  cwd: path.join(__dirname, ".."),
  stdio: "inherit",
  env: { ...process.env, PIRA_FUZZ_SECONDS: String(seconds) },
});
process.exit(r.status ?? 1);
