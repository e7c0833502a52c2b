#!/usr/bin/env node
/*
 * Issue "One way in", its speed goals, side by side with their floors (fresh Node processes, best
 * of a few rounds, wall time and the processes' CPU time — steadier on a busy machine):
 *   - `pira validate PLAN.json` of 50,000 indicators (the reference plan replicated, written as a
 *     plan JSON), the whole process from start to exit, beside a bare `JSON.parse` of the same file
 *     in a fresh process (goal ≤ 3×);
 *   - `pira fill FILE -o OUT` of a 10,000-row analyst's own workbook (analyst-import.cjs), beside
 *     `pira import FILE -o OUT.json` of the same file (goal ≤ 1.2×);
 *   - the package reads of each action on that workbook (src/adapters/xlsx/read readCounts:
 *     package openings, sheet scans, table reads; goal: one each).
 * Uses the compiled code in lib/ (npm run build:cli).
 * node --expose-gc scripts/bench/45-one-way-in.js [validate|fill]…
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { analystWorkbook } = require("./analyst-import.cjs");
const { replicate } = require("./replicate.cjs");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const SEED = path.join(root, "..", "..", "shared", "seed", "000_98715954a5934375.txt");
const SEED_ALT = path.join(root, "..", "shared", "seed", "000_98715954a5934375.txt");
const MB = 1024 * 1024;

/** Runs `node -e code args…` (or this file as a child) and returns its wall and CPU time. */
function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    encoding: "utf8",
    timeout: 600000,
    maxBuffer: 64 * MB,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    return {
      error: (r.stderr || r.stdout || String(r.error)).trim().split("\n").slice(-3).join(" | "),
    };
  const last = r.stdout.trim().split("\n").pop() || "{}";
  let report = {};
  try {
    report = JSON.parse(last);
  } catch {
    report = {};
  }
  return { ms, ...report };
}

function best(runs) {
  const ok = runs.filter((r) => !r.error);
  return ok.length ? ok.reduce((a, b) => (b.ms < a.ms ? b : a)) : runs[0];
}

/** A child process: the CLI's main() on argv, its CPU time and the package reads it made. */
async function child(argv) {
  const { main } = require(lib("cli/main.js"));
  const { readCounts } = require(lib("adapters/xlsx/read/index.js"));
  const io = {
    stdout: () => undefined,
    stderr: () => undefined,
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8" },
    cwd: process.cwd(),
  };
  const code = await main(argv, io);
  const cpu = process.cpuUsage();
  return { code, cpuMs: (cpu.user + cpu.system) / 1000, reads: { ...readCounts } };
}

const PARSE = `const c0=process.cpuUsage();JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const c=process.cpuUsage();process.stdout.write("\\n"+JSON.stringify({cpuMs:(c.user+c.system)/1000})+"\\n")`;

function validateBench(dir) {
  const { importDocument } = require(lib("core/import"));
  const seed = fs.existsSync(SEED) ? SEED : SEED_ALT;
  const plan = replicate(importDocument(fs.readFileSync(seed, "utf8")).plan, 50000);
  const file = path.join(dir, "plan-50000.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  const parses = [];
  const validates = [];
  for (let k = 0; k < 3; k++) {
    parses.push(timed(["-e", PARSE, file]));
    validates.push(timed([__filename, "--child", "validate", file, "--as-of", "2021-06-30"]));
  }
  const p = best(parses);
  const v = best(validates);
  if (p.error || v.error) return console.log(`  validate: ${p.error || v.error}`);
  console.log(
    `\npira validate of 50,000 indicators (plan JSON, ${(fs.statSync(file).size / MB).toFixed(1)} MB), whole fresh process:`
  );
  console.log(
    `  JSON.parse (floor)  ${(p.ms / 1000).toFixed(2)} s   cpu ${(p.cpuMs / 1000).toFixed(2)} s`
  );
  console.log(
    `  pira validate       ${(v.ms / 1000).toFixed(2)} s   cpu ${(v.cpuMs / 1000).toFixed(2)} s   ${(v.ms / p.ms).toFixed(2)}× the floor (goal ≤ 3×; 6.2× before)`
  );
}

async function fillBench(dir) {
  const file = path.join(dir, "analyst-10000.xlsx");
  await analystWorkbook(file, 10000);
  const imports = [];
  const fills = [];
  for (let k = 0; k < 3; k++) {
    imports.push(
      timed([__filename, "--child", "import", file, "-o", path.join(dir, "plan.json"), "--force"])
    );
    fills.push(
      timed([__filename, "--child", "fill", file, "-o", path.join(dir, "filled.xlsx"), "--force"])
    );
  }
  const i = best(imports);
  const f = best(fills);
  if (i.error || f.error) return console.log(`  fill: ${i.error || f.error}`);
  console.log(
    `\npira fill of a 10,000-row analyst's workbook (${(fs.statSync(file).size / 1024).toFixed(0)} KB) beside pira import of it:`
  );
  console.log(
    `  pira import (floor) ${(i.ms / 1000).toFixed(2)} s   cpu ${(i.cpuMs / 1000).toFixed(2)} s`
  );
  console.log(
    `  pira fill           ${(f.ms / 1000).toFixed(2)} s   cpu ${(f.cpuMs / 1000).toFixed(2)} s   ${(f.ms / i.ms).toFixed(2)}× import (goal ≤ 1.2×)`
  );
  const filled = path.join(dir, "filled.xlsx");
  console.log("\npackage reads per action (openings, sheet scans, table reads; goal: one each):");
  const actions = [
    ["import", ["import", file, "-o", path.join(dir, "plan.json"), "--force"]],
    ["fill", ["fill", file, "-o", filled, "--force"]],
    ["fill, again", ["fill", filled, "-o", path.join(dir, "again.xlsx"), "--force"]],
    ["validate", ["validate", filled]],
    ["summary", ["summary", filled]],
    ["export", ["export", filled, "-o", path.join(dir, "export.json"), "--force"]],
  ];
  for (const [name, argv] of actions) {
    const r = timed([__filename, "--child", ...argv]);
    if (r.error) console.log(`  ${name}: ${r.error}`);
    else
      console.log(
        `  ${name.padEnd(12)} ${r.reads.opens} opening, ${r.reads.scans} sheet scans, ${r.reads.tableReads} table reads`
      );
  }
  console.log(
    "  (the second fill and the actions after it also scan the hidden sheet «PIRA Mappature»)"
  );
}

async function run(which) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-one-way-"));
  try {
    if (which.length === 0 || which.includes("validate")) validateBench(dir);
    if (which.length === 0 || which.includes("fill")) await fillBench(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  child(process.argv.slice(3)).then(
    (r) => process.stdout.write(`\n${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exit(3);
    }
  );
} else {
  run(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
