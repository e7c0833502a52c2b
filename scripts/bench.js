#!/usr/bin/env node
/*
 * npm run bench: every benchmark in scripts/bench/ (name order), each printing its own section.
 * They use the compiled code (lib/, from `npm run build:cli`) and the production bundle (dist/).
 * Figures are measurements, not pass/fail checks: goals are printed beside them.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const dir = path.join(__dirname, "bench");
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".js") && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f.replace(/\.js$/, "")} ===`);
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(dir, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
